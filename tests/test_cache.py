"""The cache of ``check`` reports: an unchanged file is reported from it, anything that
could change its report is part of the key, and a cache that cannot be read or written
changes nothing but the time a run takes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import SEED, run_cli
from test_check_jobs import _mixed_folder, _pool_loaded

from scrapelint.cache import ResultCache, _entry_of, _report_from
from scrapelint.checker import CACHE_MIN_FILES, DEFAULT_CACHE_DIRECTORY, check_file
from scrapelint.settings import Settings

TAMPERED = "Left by a test in the cache"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return _mixed_folder(tmp_path / "articles")


def _check(folder: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("check", "--output-format", "json-lines", *args, ".", cwd=folder)
    return result.returncode, result.stdout, result.stderr


def _entries(folder: Path) -> list[Path]:
    return sorted((folder / DEFAULT_CACHE_DIRECTORY).glob("v*/*.json"))


def _tamper(folder: Path) -> int:
    """Rewrite every cached message: a run that reports them read the cache. The number of diagnostics changed."""
    changed = 0
    for entry in _entries(folder):
        content = json.loads(entry.read_text(encoding="utf-8"))
        for diagnostic in content["diagnostics"]:
            diagnostic[3] = TAMPERED
            changed += 1
        entry.write_text(json.dumps(content), encoding="utf-8")
    return changed


def test_a_second_run_reports_unchanged_files_from_the_cache(folder: Path) -> None:
    first = _check(folder)
    assert first[0] == 2  # two files cannot be checked (see _mixed_folder); never cached
    assert _check(folder) == first
    files = [path for path in folder.iterdir() if path.name != DEFAULT_CACHE_DIRECTORY]
    assert len(_entries(folder)) == len(files) - 2
    tampered = _tamper(folder)
    assert tampered > 0
    code, output, errors = _check(folder)
    assert (code, errors) == first[0::2]
    assert output.count(TAMPERED) == tampered == first[1].count("\n")


def test_a_changed_file_is_checked_again(folder: Path) -> None:
    _check(folder)
    _tamper(folder)
    (folder / "h-article-001.txt").write_text("The council met.\n\nLeave a Reply\n", encoding="utf-8")
    _, output, _ = _check(folder)
    changed = [json.loads(line) for line in output.splitlines() if "h-article-001" in line]
    assert changed and not any(TAMPERED in d["message"] for d in changed)
    # The other files with findings are still read from the cache.
    assert TAMPERED in output


@pytest.mark.parametrize(
    "second",
    [["--select", "B001"], ["--ignore", "B002"], ["--extend-select", "P003"], ["--encoding", "latin-1"]],
    ids=["select", "ignore", "extend-select", "encoding"],
)
def test_other_rules_or_codecs_check_again(folder: Path, second: list[str]) -> None:
    _check(folder)
    _tamper(folder)
    expected = _check(folder, "--no-cache", *second)
    assert _check(folder, *second) == expected
    assert TAMPERED not in expected[1]


def test_the_key_holds_what_a_report_depends_on(tmp_path: Path) -> None:
    cache = ResultCache.at(str(tmp_path / "cache"))
    ruleset = Settings().resolve()
    key = cache.key("a.txt", b"Leave a Reply\n", ruleset, None)
    assert cache.key("a.txt", b"Leave a Reply\n", ruleset, None) == key
    different = {
        cache.key("b.txt", b"Leave a Reply\n", ruleset, None),
        cache.key("a.txt", b"Leave a reply\n", ruleset, None),
        cache.key("a.txt", b"Leave a Reply\n", ruleset, "cp1252"),
        cache.key("a.txt", b"Leave a Reply\n", Settings().override(select=["B"]).resolve(), None),
        cache.key("a.txt", b"Leave a Reply\n", Settings().override(ignore=["B001"]).resolve(), None),
        ResultCache(cache.directory, cache.stamp + " other version").key("a.txt", b"Leave a Reply\n", ruleset, None),
    }
    assert key not in different and len(different) == 6


def test_an_edited_phrase_file_checks_again(tmp_path: Path) -> None:
    phrases = tmp_path / "prompts.list"
    phrases.write_text("Quibble with the gnus below\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.scrapelint.boilerplate]\ncomment-form = "{phrases.name}"\n', encoding="utf-8"
    )
    for number in range(CACHE_MIN_FILES):
        (tmp_path / f"{number}.txt").write_text(f"Report {number}.\n\nQuibble with the gnus below\n", encoding="utf-8")
    first = _check(tmp_path)
    assert first[1].count('"B001"') == CACHE_MIN_FILES
    phrases.write_text("Something else entirely\n", encoding="utf-8")
    os.utime(phrases, ns=(os.stat(phrases).st_mtime_ns + 10**9,) * 2)
    assert _check(tmp_path) == _check(tmp_path, "--no-cache")
    assert _check(tmp_path)[1].count('"B001"') == 0


def test_no_cache_neither_reads_nor_writes(folder: Path) -> None:
    first = _check(folder, "--no-cache")
    assert not (folder / DEFAULT_CACHE_DIRECTORY).exists()
    _check(folder)
    _tamper(folder)
    assert _check(folder, "--no-cache") == first


UNSAFE_ONLY = (
    "The council met on Tuesday.\n\nFollow us on Twitter\n\n"
    "The mayor said the budget would pass in the spring after a long debate about it.\n"
)
"""A text whose one finding (B011) has an unsafe fix only."""


def test_a_fix_run_checks_again_only_the_files_it_would_change(folder: Path) -> None:
    (folder / "f-unsafe-only.txt").write_text(UNSAFE_ONLY, encoding="utf-8")
    _check(folder)
    _tamper(folder)
    _, output, _ = _check(folder, "--fix")
    reported = [json.loads(line) for line in output.splitlines()]
    # Safe fixes to apply: checked again, fixed, and what remains reported afresh.
    assert "Leave a Reply" not in (folder / "h-article-001.txt").read_text(encoding="utf-8")
    assert not any(TAMPERED in d["message"] for d in reported if "h-article" in d["filename"])
    # Nothing this run would apply: reported from the cache. With --unsafe-fixes, fixed.
    assert [d["message"] for d in reported if "f-unsafe-only" in d["filename"]] == [TAMPERED]
    _check(folder, "--fix", "--unsafe-fixes")
    assert "Follow us" not in (folder / "f-unsafe-only.txt").read_text(encoding="utf-8")


def test_a_fix_run_keeps_the_reports_of_what_it_wrote(folder: Path) -> None:
    _check(folder, "--fix")
    expected = _check(folder, "--no-cache")
    assert _check(folder) == expected
    assert _tamper(folder) == expected[1].count("\n") > 0
    assert _check(folder)[1].count(TAMPERED) == expected[1].count("\n")


def test_a_diff_that_would_change_a_file_keeps_nothing_for_it(folder: Path) -> None:
    _check(folder, "--diff")
    checked = _check(folder, "--no-cache")
    assert _check(folder, "--diff")[1] == _check(folder, "--diff", "--no-cache")[1]
    assert _check(folder) == checked


@pytest.mark.parametrize(
    "damage",
    ["", "not json", "[]", '{"diagnostics": [[1, 2]], "rows": [], "positions": []}',
     '{"diagnostics": [], "rows": [["1", 2]], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [1, 2], [[[0, 1, 2]], "safe", "m"]]], "rows": [], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [1, 2], [[], "sometimes", "m"]]], "rows": [], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [2, 1], null]], "rows": [[1, "x"]], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [1, 2], [[[0, 1, ""]], "safe", "m"]]], "rows": [[1, "x"]], '
     '"positions": [[0, 1, 1]]}',
     '{"diagnostics": [["B001", "n", "c", 7, 0, 1, [1, 1], [1, 2], null]], "rows": [[1, "x"]], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [1, 2], [[], ["safe"], "m"]]], "rows": [[1, "x"]], '
     '"positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, 1], [1, 2], [[], "safe", null]]], "rows": [[1, "x"]], "positions": []}',
     '{"diagnostics": [["B001", "n", "c", "m", 0, 1, [1, "1"], [1, 2], null]], "rows": [[1, "x"]], "positions": []}',
     '{"diagnostics": [], "rows": [], "positions": [[0, 1, 1.5]]}',
     '{"diagnostics": ' + "[" * 100_000 + "]" * 100_000 + "}"],
    ids=["empty", "not-json", "a-list", "short-diagnostic", "row-not-a-number", "edit-content-not-text", "unknown-fix",
         "row-missing", "edit-position-missing", "message-not-text", "fix-kind-a-list", "fix-message-not-text",
         "column-not-a-number", "position-not-a-whole-number", "nested-too-deeply"],
)
def test_a_broken_entry_is_a_miss(folder: Path, damage: str) -> None:
    first = _check(folder)
    for entry in _entries(folder):
        entry.write_text(damage, encoding="utf-8")
    assert _check(folder) == first


def test_a_cache_that_cannot_be_written_changes_nothing(folder: Path) -> None:
    (folder / "not-a-directory").write_text("", encoding="utf-8")
    expected = _check(folder, "--no-cache")
    assert _check(folder, "--cache-dir", "not-a-directory") == expected
    assert _check(folder, "--cache-dir", "not-a-directory") == expected


def test_the_cache_directory_is_marked_and_can_be_moved(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    run_cli("check", ".", cwd=folder, env={"SCRAPELINT_CACHE_DIR": str(elsewhere)})
    assert not (folder / DEFAULT_CACHE_DIRECTORY).exists()
    assert (elsewhere / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (elsewhere / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert list(elsewhere.glob("v*/*.json"))


def test_a_small_run_does_not_open_the_cache(tmp_path: Path) -> None:
    for number in range(CACHE_MIN_FILES - 1):
        (tmp_path / f"{number}.txt").write_text("Leave a Reply\n", encoding="utf-8")
    _check(tmp_path)
    assert not (tmp_path / DEFAULT_CACHE_DIRECTORY).exists()


def test_a_run_whose_reports_all_come_from_the_cache_starts_no_pool(folder: Path) -> None:
    first = _check(folder, "-j", "2")
    assert _pool_loaded("-j", "2", ".", cwd=folder) == "pool: False False"
    assert _check(folder, "-j", "2") == first == _check(folder, "-j", "1", "--no-cache")


def test_a_copy_whose_files_cannot_be_listed_uses_no_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapelint import cache, checker

    # As a copy run from a zip archive: not an installed package, and no folder to list.
    monkeypatch.setattr(cache, "__file__", str(folder / "app.pyz" / "scrapelint" / "cache.py"))
    assert ResultCache.at(str(folder / DEFAULT_CACHE_DIRECTORY)) is None
    settings = Settings().resolve()
    files = [(str(path), settings) for path in sorted(folder.glob("h-*.txt"))]
    reports = list(checker.check_files(files, cache_directory=str(folder / DEFAULT_CACHE_DIRECTORY)))
    assert len(reports) == len(files) >= CACHE_MIN_FILES
    assert not (folder / DEFAULT_CACHE_DIRECTORY).exists()


def test_an_entry_reads_back_as_the_report_it_was_made_from(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n") + "Leave a Reply\r\nIt&amp;s “here”.\r\n".encode())
    report = check_file(crlf, Settings().resolve()).report()
    assert report.diagnostics and report.positions and any(d.fix for d in report.diagnostics)
    entry = json.loads(json.dumps(_entry_of(report)))
    assert _report_from(entry, str(crlf)) == report
    assert [d.filename for d in _report_from(entry, "moved.txt").diagnostics] == ["moved.txt"] * len(report.diagnostics)


@pytest.mark.parametrize("moment", ["as the temporary file is made", "right after the replace"])
def test_an_interrupted_store_stays_an_interrupt_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moment: str
) -> None:
    """Ctrl-C while an entry is stored: the run stops, and the cache holds whole entries
    only. A Ctrl-C right after the rename once became a missing temporary file, which the
    store took for a cache it cannot write, and the run went on; one that came as
    tempfile.mkstemp made the file left it behind."""
    (tmp_path / "a.txt").write_text("Leave a Reply\n", encoding="utf-8")
    report = check_file(tmp_path / "a.txt", Settings().resolve()).report()
    cache = ResultCache.at(str(tmp_path / "cache"))
    assert cache is not None
    cache.store("first", report)
    opening, replacing = os.open, os.replace

    def made_then_interrupted(path: str, flags: int, mode: int = 0o777) -> int:
        os.close(opening(path, flags, mode))
        raise KeyboardInterrupt

    def replaced_then_interrupted(source_path: str, target: str) -> None:
        replacing(source_path, target)
        raise KeyboardInterrupt

    if moment == "right after the replace":
        monkeypatch.setattr(os, "replace", replaced_then_interrupted)
    else:
        monkeypatch.setattr(os, "open", made_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.store("second", report)
    monkeypatch.undo()
    assert not list((tmp_path / "cache").glob("**/*.tmp"))
    assert cache.load("first", str(tmp_path / "a.txt")) == report
    stored = cache.load("second", str(tmp_path / "a.txt"))
    assert stored == (report if moment == "right after the replace" else None)
