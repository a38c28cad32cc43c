"""Strange files never crash, hang or corrupt: each gets a clear one-line message.

The real command line runs in a subprocess with a timeout that only guards against a
hang (the speed figures live in benchmarks/scaling.py). When the tests run as root,
the command runs without the capabilities that let root read and write any file, so
that permissions mean for it what they mean for everybody else.
"""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED, cli_environment

from scrapelint import checker, source
from scrapelint.settings import Settings

DIRTY = "Storm Hits Coast\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n\nLeave a Reply\n"
CLEAN = "Storm Hits Coast\n\nWinds reached 90 mph.\n"
HANG_GUARD = 120
"""Seconds: far beyond what any of these inputs needs; only a hang reaches it."""

_DROP_ROOT_POWERS = (
    ["setpriv", "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    if os.geteuid() == 0 and shutil.which("setpriv")
    else []
)


def run(*args: str, cwd: Path | None = None, input: bytes | None = None, timeout: float = HANG_GUARD) -> subprocess.CompletedProcess[str]:
    """The command line as an ordinary user runs it.

    Errors must be valid UTF-8; the report may hold the raw bytes of a file name that
    is not, as ``ls`` and compilers print them.
    """
    process = subprocess.run(
        [*_DROP_ROOT_POWERS, sys.executable, "-m", "scrapelint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=cli_environment(),
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8", "surrogateescape"),
        process.stderr.decode("utf-8"),
    )


def errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    """The error lines of a run, after checking that no traceback leaked out."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    for line in lines:
        assert line.startswith("error: "), f"not a one-line error: {line!r}"
    return lines


needs_permissions = pytest.mark.skipif(
    os.geteuid() == 0 and not _DROP_ROOT_POWERS, reason="root reads every file and setpriv is missing"
)


# -- empty, blank and huge files ---------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n", b"\n" * 1000, b"\r\n" * 1000, b"\r" * 1000, b" \t \n\n \r\n"])
def test_empty_and_blank_files_are_fine_and_fixes_settle(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    result = run("check", "--fix", str(path))
    assert result.returncode in (0, 1) and not errors(result)
    once = path.read_bytes()
    assert run("check", "--fix", str(path)).returncode in (0, 1)
    assert path.read_bytes() == once


def _paragraph() -> str:
    return SEED.read_text(encoding="utf-8").replace("\n", " ")


@pytest.mark.slow
def test_a_50_mb_single_line(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    unit = _paragraph()
    path.write_text((unit * (50_000_000 // len(unit) + 1))[:50_000_000], encoding="utf-8")
    result = run("check", "--statistics", str(path), timeout=900)
    assert result.returncode in (0, 1) and not errors(result)


@pytest.mark.slow
def test_a_million_short_lines(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"Line {n} of the list.\n" for n in range(1_000_000)), encoding="utf-8")
    result = run("check", "--statistics", str(path), timeout=900)
    assert result.returncode in (0, 1) and not errors(result)


# -- binary and undecodable files ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        b"Leave a Reply\x00\n",
        bytes(range(256)) * 4,
        b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64,
    ],
    ids=["png", "nul-in-text", "all-bytes", "elf"],
)
def test_binary_files_are_one_error_and_left_alone(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "a.txt").write_bytes(content)
    (tmp_path / "b.txt").write_text(DIRTY, encoding="utf-8")
    result = run("check", "--fix", str(tmp_path))
    assert result.returncode == 2
    [line] = errors(result)
    assert "a.txt" in line and ("binary" in line or "not valid utf-8" in line)
    assert (tmp_path / "a.txt").read_bytes() == content
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == CLEAN


def test_a_run_where_no_file_could_be_checked_does_not_say_all_checks_passed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    result = run("check", str(tmp_path))
    assert result.returncode == 2
    assert errors(result) == [f"error: {tmp_path / 'a.txt'}: binary file (contains NUL bytes)"]
    assert "All checks passed" not in result.stdout


def test_invalid_utf8_names_the_byte_and_suggests_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café au lait\r\n\r\nLeave a Reply\r\n".encode("cp1252"))
    result = run("check", str(path))
    assert result.returncode == 2
    assert errors(result) == [
        f"error: {path}: not valid utf-8: byte 0xe9 at offset 3 (use --encoding if the file uses another encoding)"
    ]
    fixed = run("check", "--fix", "--encoding", "cp1252", str(path))
    assert fixed.returncode == 0 and not errors(fixed)
    assert path.read_bytes() == "Café au lait\r\n".encode("cp1252")


def test_unknown_encoding_is_one_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    for codec, message in [("klingon", "unknown encoding 'klingon'"), ("base64", "'base64' is not a text encoding")]:
        result = run("check", "--encoding", codec, str(tmp_path))
        assert result.returncode == 2
        assert errors(result) == [f"error: {message}"]


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
    ],
)
def test_files_with_a_byte_order_mark_round_trip(tmp_path: Path, bom: bytes, codec: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(bom + DIRTY.replace("\n", "\r\n").encode(codec))
    result = run("check", "--fix", str(path))
    assert result.returncode == 0 and not errors(result)
    assert path.read_bytes() == bom + CLEAN.replace("\n", "\r\n").encode(codec)


def test_utf16_without_a_mark_gets_a_hint_and_keeps_having_no_mark(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(DIRTY.encode("utf-16-le"))
    result = run("check", str(path))
    assert result.returncode == 2
    assert errors(result) == [
        f"error: {path}: binary file (contains NUL bytes; it looks like UTF-16 without a "
        "byte-order mark: try --encoding utf-16-le)"
    ]
    # "utf-16" would write a byte-order mark of its own: the file must not gain one.
    assert run("check", "--fix", "--encoding", "utf-16", str(path)).returncode == 0
    assert path.read_bytes() == CLEAN.encode("utf-16-le")


def test_a_fix_the_file_encoding_cannot_hold_is_an_error_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\xe9\n".encode("latin-1"))
    loaded = source.read(path, "latin-1")
    with pytest.raises(source.SourceError, match=r"'→' \(U\+2192\), which latin-1 cannot encode"):
        source.write_atomic(path, loaded, "Café → bar\n")
    assert path.read_bytes() == "Caf\xe9\n".encode("latin-1")
    assert [p.name for p in tmp_path.iterdir()] == ["latin.txt"]


def test_stdin_fix_keeps_encoding_mark_and_line_endings() -> None:
    data = codecs.BOM_UTF8 + DIRTY.replace("\n", "\r\n").encode("utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "scrapelint", "check", "--fix", "-"],
        input=data,
        capture_output=True,
        env=cli_environment(),
        timeout=HANG_GUARD,
    )
    assert process.returncode == 0, process.stderr
    assert process.stdout == codecs.BOM_UTF8 + CLEAN.replace("\n", "\r\n").encode("utf-8")


# -- files that cannot be read or written ----------------------------------------------


@needs_permissions
def test_an_unreadable_file_is_an_error_and_the_others_are_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    secret = tmp_path / "b.txt"
    secret.write_text(DIRTY, encoding="utf-8")
    secret.chmod(0)
    (tmp_path / "c.txt").write_text(DIRTY, encoding="utf-8")
    try:
        result = run("check", "--fix", str(tmp_path))
    finally:
        secret.chmod(0o644)
    assert result.returncode == 2
    assert errors(result) == [f"error: {secret}: permission denied"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert secret.read_text(encoding="utf-8") == DIRTY
    assert (tmp_path / "c.txt").read_text(encoding="utf-8") == CLEAN


@pytest.fixture
def locked_directory(tmp_path: Path) -> Iterator[Path]:
    """``tmp_path/locked``, holding a dirty ``inside.txt`` and closed to everybody, next to
    a dirty ``z.txt``; opened again after the test."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "z.txt").write_text(DIRTY, encoding="utf-8")
    locked.chmod(0)
    try:
        yield locked
    finally:
        locked.chmod(0o755)


@needs_permissions
def test_an_unreadable_directory_is_an_error_and_the_others_are_checked(tmp_path: Path, locked_directory: Path) -> None:
    result = run("check", "--fix", str(tmp_path))
    assert result.returncode == 2
    assert errors(result) == [f"error: {locked_directory}: permission denied"]
    assert (tmp_path / "z.txt").read_text(encoding="utf-8") == CLEAN


@needs_permissions
def test_a_named_file_that_cannot_be_looked_at_is_an_error_and_the_others_are_checked(
    tmp_path: Path, locked_directory: Path
) -> None:
    result = run("check", "--fix", str(locked_directory / "inside.txt"), str(tmp_path / "z.txt"))
    assert result.returncode == 2
    assert errors(result) == [f"error: {locked_directory / 'inside.txt'}: permission denied"]
    assert (tmp_path / "z.txt").read_text(encoding="utf-8") == CLEAN


def test_fix_on_a_read_only_file_is_an_error_nothing_written_others_fixed(tmp_path: Path) -> None:
    locked = tmp_path / "a.txt"
    locked.write_text(DIRTY, encoding="utf-8")
    locked.chmod(0o444)
    (tmp_path / "b.txt").write_text(DIRTY, encoding="utf-8")
    result = run("check", "--fix", str(tmp_path))
    assert result.returncode == 2
    assert errors(result) == [f"error: {locked}: permission denied (file is read-only); not written"]
    assert locked.read_text(encoding="utf-8") == DIRTY
    assert locked.stat().st_mode & 0o777 == 0o444
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("same_size", [False, True], ids=["edited", "same-size-same-mtime"])
def test_a_file_changed_between_read_and_write_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, same_size: bool
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(DIRTY, encoding="utf-8")
    before = path.stat()
    theirs = DIRTY.replace("Winds", "Gusts") if same_size else DIRTY + "An editor added this.\n"
    real_check_text = checker.check_text

    def someone_saves_meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        result = real_check_text(*args, **kwargs)
        path.write_text(theirs, encoding="utf-8")
        if same_size:  # as on a file system whose clock ticks once a second
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        return result

    monkeypatch.setattr(checker, "check_text", someone_saves_meanwhile)
    result = checker.check_file(path, Settings().resolve(), checker.Mode.FIX)
    assert result.error == "file changed while it was being checked; not written"
    assert path.read_text(encoding="utf-8") == theirs


# -- special files, links and names ----------------------------------------------------


def test_named_pipes_and_devices_are_refused_without_waiting(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    (tmp_path / "real.txt").write_text(DIRTY, encoding="utf-8")
    result = run("check", "--fix", str(tmp_path), "/dev/null", timeout=30)
    assert result.returncode == 2
    assert errors(result) == [f"error: {pipe}: not a regular file", "error: /dev/null: not a regular file"]
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == CLEAN


def test_symbolic_link_loops_are_reported_once_and_do_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    result = run("check", "--fix", str(tmp_path), timeout=30)
    assert result.returncode == 2
    assert errors(result) == [  # a directory's files come before its subdirectories
        f"error: {tmp_path / 'self.txt'}: too many levels of symbolic links",
        f"error: {tmp_path / 'loop'}: symbolic link loop; not followed",
    ]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == CLEAN


def test_a_link_to_a_directory_already_walked_is_not_a_loop(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "latest").symlink_to("b", target_is_directory=True)
    result = run("check", "--output-format", "concise", str(tmp_path))
    assert result.returncode == 1 and not errors(result)
    assert f"{tmp_path / 'latest'}" not in result.stdout


def test_fixing_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.txt"
    target.write_text(DIRTY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to("real.txt")
    assert run("check", "--fix", str(link)).returncode == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == CLEAN


def test_a_deeply_nested_tree_is_walked(tmp_path: Path) -> None:
    chain = [tmp_path / "deep"]
    for _ in range(1100):  # deeper than Python's recursion limit
        chain.append(chain[-1] / "d")
    try:
        for directory in chain:
            directory.mkdir()
        (chain[-1] / "a.txt").write_text(DIRTY, encoding="utf-8")
        result = run("check", "--fix", str(chain[0]))
        assert result.returncode == 0 and not errors(result)
        assert (chain[-1] / "a.txt").read_text(encoding="utf-8") == CLEAN
    finally:  # bottom up: shutil.rmtree, which pytest cleans up with, recurses
        for path in chain[-1].glob("*"):
            path.unlink()
        for directory in reversed(chain):
            if directory.exists():
                directory.rmdir()


@pytest.mark.parametrize(
    "name",
    [b"with space.txt", b"new\nline.txt", b"tab\there.txt", b"bad\xff\xfename.txt", b"\xe2\x80\xaeevil.txt", b"x" * 251 + b".txt"],
    ids=["space", "newline", "tab", "undecodable", "bidi-override", "255-bytes"],
)
def test_strange_file_names_are_checked_fixed_and_printed_on_one_line(tmp_path: Path, name: bytes) -> None:
    path = os.path.join(os.fsencode(tmp_path), name)
    with open(path, "wb") as handle:
        handle.write(DIRTY.encode("utf-8"))
    result = run("check", "--output-format", "concise", str(tmp_path))
    assert result.returncode == 1 and not errors(result)
    fixed = run("check", "--fix", str(tmp_path))
    assert fixed.returncode == 0 and not errors(fixed)
    with open(path, "rb") as handle:
        assert handle.read() == CLEAN.encode("utf-8")
    assert os.listdir(os.fsencode(tmp_path)) == [name]
    # As an error, the name is escaped so that the message stays on one line.
    with open(path, "wb") as handle:
        handle.write(b"\x00binary")
    [line] = errors(run("check", str(tmp_path)))
    assert line.endswith(": binary file (contains NUL bytes)")
    assert line.isprintable()


# -- security: configuration and phrases are data; Trojan Source is flagged ---------------

PAYLOADS = ("__import__('os').system('touch ran-python')", "$(touch ran-shell)", "`touch ran-backticks`", "{{ 7*7 }}")


def test_configuration_values_that_look_like_code_stay_data(tmp_path: Path) -> None:
    """Phrases in the configuration and in a phrase file are matched as text, never run."""
    listed = ", ".join(json.dumps(payload) for payload in PAYLOADS)  # valid TOML strings too
    (tmp_path / "payloads.txt").write_text("\n".join(PAYLOADS) + "\n", encoding="utf-8")
    (tmp_path / "scrapelint.toml").write_text(
        f"[rules.B001]\nextend-phrases = [{listed}]\n[rules.B006]\nextend-phrases-file = 'payloads.txt'\n",
        encoding="utf-8",
    )
    (tmp_path / "a.txt").write_text("Winds reached 90 mph.\n\n" + "\n\n".join(PAYLOADS) + "\n", encoding="utf-8")
    result = run("check", "--output-format", "concise", "a.txt", cwd=tmp_path)
    assert result.returncode == 1 and not errors(result)
    assert len([line for line in result.stdout.splitlines() if " B001 " in line or " B006 " in line]) >= len(PAYLOADS)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt", "payloads.txt", "scrapelint.toml"]


@pytest.mark.parametrize(
    "setting",
    [
        "select = [\"__import__('os').system('touch ran')\"]",
        "[rules.B001]\nextend-phrases-file = '$(touch ran)'",
        "[rules.B001]\n\"__import__('os').system('touch ran')\" = 1",
    ],
    ids=["rule-selection", "phrase-file-path", "option-name"],
)
def test_a_configuration_value_that_is_code_is_one_error_and_runs_nothing(tmp_path: Path, setting: str) -> None:
    (tmp_path / "scrapelint.toml").write_text(setting + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    result = run("check", "a.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert len(errors(result)) == 1
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt", "scrapelint.toml"]


def test_no_code_path_evaluates_or_imports_what_a_user_wrote() -> None:
    """The package never calls eval, exec, compile or __import__, imports no module that
    unpickles or runs code from data, and imports modules by name in one place only: the
    reporters, from their fixed table of formats."""
    import ast

    import scrapelint

    package = Path(scrapelint.__file__).parent
    runs_code = {"eval", "exec", "compile", "__import__"}
    loads_code = {"pickle", "marshal", "shelve", "runpy", "yaml", "dill", "cloudpickle", "code", "codeop"}
    found = []
    for path in sorted(package.rglob("*.py")):
        where = path.relative_to(package).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                function = node.func
                if isinstance(function, ast.Name) and function.id in runs_code:
                    found.append((where, ast.unparse(node)))
                elif isinstance(function, ast.Attribute) and function.attr == "import_module":
                    found.append((where, ast.unparse(node)))
            elif isinstance(node, ast.Import):
                found += [(where, f"import {alias.name}") for alias in node.names if alias.name.split(".")[0] in loads_code]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in loads_code:
                found.append((where, f"from {node.module} import ..."))
    assert found == [("reporters/__init__.py", "importlib.import_module(FORMATS[name])")], found
    from scrapelint.reporters import FORMATS

    assert all(module.startswith("scrapelint.reporters.") for module in FORMATS.values())


TROJAN_SOURCE = [
    # The three attacks of "Trojan Source" (Boucher and Anderson, CVE-2021-42574).
    "/*\u202e } \u2066if (isAdmin)\u2069 \u2066 begin admins only */",  # commenting-out
    "access_level = \"user\u202e \u2066// Check if admin\u2069 \u2066\"",  # stretched string
    "if access_level != \"none\u202e\u2066\": # Check if admin\u2069\u2066",  # early return
    # The same trick in prose: a file name or an amount displayed reversed.
    "Open the attached report\u202efdp.exe before Friday.",
    "The invoice total is \u202e00.001\u202c dollars.",
]


@pytest.mark.parametrize("line", TROJAN_SOURCE)
def test_the_bidirectional_control_rule_flags_trojan_source(line: str) -> None:
    from scrapelint import lint

    text = f"Winds reached 90 mph.\n\n{line}\n"
    flagged = [d for d in lint(text) if d.code == "E005"]  # a default rule: no selection needed
    assert flagged
    assert all(set(text[d.start:d.end]) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") for d in flagged)
