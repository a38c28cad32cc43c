"""Configuration: discovery, every key, precedence, errors, and the flags that show or bend it."""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath

import pytest
from click.testing import CliRunner
from conftest import SEED

from scrapelint import config
from scrapelint.cli import main
from scrapelint.config import ConfigError, Resolver
from scrapelint.files import normalise
from scrapelint.settings import Settings

SEED_TEXT = SEED.read_text(encoding="utf-8")
"""Three findings: D001 on row 3, T001, and B001 ("Leave a Replay") on row 36."""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def cli(tmp_path: Path, *args: str, input: str | None = None) -> tuple[int, str, str]:
    """Run ``scrapelint`` in-process from ``tmp_path``."""
    runner = CliRunner()
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
    finally:
        os.chdir(cwd)
    return result.exit_code, result.stdout, result.stderr


def codes(tmp_path: Path, *args: str) -> dict[str, list[str]]:
    """file -> codes found, from the JSON report of ``check``."""
    status, out, err = cli(tmp_path, "check", "--output-format", "json", *args)
    assert status in (0, 1), err
    found: dict[str, list[str]] = {}
    for diagnostic in json.loads(out):
        found.setdefault(Path(diagnostic["filename"]).as_posix(), []).append(diagnostic["code"])
    return found


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose every file holds the seed's three findings."""
    for name in ("a.txt", "sub/b.txt", "sub/deep/c.md", "drafts/d.txt"):
        write(tmp_path / name, SEED_TEXT)
    return tmp_path


# -- discovery ------------------------------------------------------------------------------


def test_closest_configuration_wins_and_files_do_not_cascade(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.scrapelint]\nselect = ["D001", "B001"]\nignore = ["B001"]\n')
    write(project / "sub" / "scrapelint.toml", 'select = ["B001"]\n')
    found = codes(project, ".")
    assert found["a.txt"] == ["D001"]
    assert found["sub/b.txt"] == ["B001"]  # the parent's ignore does not reach it
    assert found["sub/deep/c.md"] == ["B001"]


def test_pyproject_without_table_is_passed_over(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.scrapelint]\nselect = ["T001"]\n')
    write(project / "sub" / "pyproject.toml", '[project]\nname = "scrapelint-user"\n')
    assert codes(project, "sub/b.txt") == {"sub/b.txt": ["T001"]}


def test_pyproject_that_only_names_the_tool_is_not_even_parsed(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["T001"]\n')
    write(project / "sub" / "pyproject.toml", '[project]\ndependencies = ["scrapelint"]\nbroken = [\n')
    assert codes(project, "sub/b.txt") == {"sub/b.txt": ["T001"]}
    write(project / "sub" / "pyproject.toml", '[tool]\nscrapelint = { select = ["B001"] }\n')
    assert codes(project, "sub/b.txt") == {"sub/b.txt": ["B001"]}


def test_order_of_files_in_one_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.scrapelint]\nselect = ["D001"]\n')
    assert config.find(tmp_path) == tmp_path / "pyproject.toml"
    write(tmp_path / "scrapelint.toml", 'select = ["B001"]\n')
    assert config.find(tmp_path) == tmp_path / "scrapelint.toml"
    write(tmp_path / ".scrapelint.toml", 'select = ["T001"]\n')
    assert config.find(tmp_path) == tmp_path / ".scrapelint.toml"
    write(tmp_path / "a.txt", SEED_TEXT)
    assert codes(tmp_path, "a.txt") == {"a.txt": ["T001"]}


def test_configuration_is_looked_up_once_per_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "scrapelint.toml", 'select = ["D001"]\n')
    looked_in: list[str] = []
    original = config._config_in
    monkeypatch.setattr(config, "_config_in", lambda d: looked_in.append(d) or original(d))
    resolver = Resolver()
    folder = tmp_path / "folder"
    found = {resolver.for_file(folder / f"{n}.txt") for n in range(500)}
    assert len(found) == 1
    assert looked_in == [str(folder), str(tmp_path)]
    resolver.for_file(tmp_path / "other" / "x.txt")
    assert looked_in[2:] == [str(tmp_path / "other")]


def test_ruleset_is_resolved_once_per_configuration_file(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001"]\n')
    resolver = Resolver()
    first = resolver.for_file(project / "a.txt")
    assert resolver.for_file(project / "sub" / "deep" / "c.md") is first
    assert first.ruleset is resolver.for_file(project / "sub" / "b.txt").ruleset


def test_no_configuration_uses_defaults(tmp_path: Path) -> None:
    configuration = Resolver().for_file(tmp_path / "a.txt")
    assert configuration.path is None
    assert configuration.ruleset.codes == Settings().resolve().codes


# -- extend: one file laid over another ------------------------------------------------------


def test_extend_lays_this_file_over_the_one_it_names(project: Path) -> None:
    write(
        project / "base.toml",
        'select = ["D001", "B001"]\nunfixable = ["B001"]\nextend-exclude = ["drafts"]\n'
        '[per-file-ignores]\n"*.md" = ["D001"]\n[rules.D001]\nwindow = 4\n[rules.T004]\nlengths = [90]\n',
    )
    write(project / "sub" / "scrapelint.toml", 'extend = "../base.toml"\nextend-select = ["T001"]\n[rules.D001]\nwindow = 2\n')
    # The base's selection, with this file's extend-select on top; the base's patterns,
    # relative to this file's directory (deep/c.md is an .md file: D001 ignored there).
    assert codes(project / "sub", ".") == {"b.txt": ["D001", "T001", "B001"], "deep/c.md": ["T001", "B001"]}
    settings = config.load(project / "sub" / "scrapelint.toml")
    assert settings.root == str(project / "sub")
    assert settings.extended == (str((project / "base.toml").resolve()),)
    assert settings.unfixable == ("B001",) and settings.extend_exclude == ("drafts",)
    assert settings.rule_options == {"D001": {"window": 2}, "T004": {"lengths": (90,)}}  # ours wins, per option
    # A key this file sets replaces the base's; a select starts the selection anew.
    write(project / "sub" / "scrapelint.toml", 'extend = "../base.toml"\nselect = ["T001"]\nper-file-ignores = {}\n')
    assert codes(project / "sub", ".") == {"b.txt": ["T001"], "deep/c.md": ["T001"]}
    write(project / "sub" / "scrapelint.toml", 'extend = "../base.toml"\nignore = ["B001"]\n')
    assert codes(project / "sub", ".") == {"b.txt": ["D001"]}


def test_extended_paths_are_relative_to_the_file_that_names_them(tmp_path: Path) -> None:
    text = "The council met on Monday.\n\nDrop us a line below\n\nThe vote is next week.\n"
    write(tmp_path / "project" / "docs" / "a.txt", text)
    write(tmp_path / "shared" / "phrases.txt", "Drop us a line below\n")
    write(tmp_path / "shared" / "common.toml", 'select = ["B001"]\n[boilerplate]\ncomment-form = "phrases.txt"\n')
    write(tmp_path / "shared" / "team" / "pyproject.toml", '[tool.scrapelint]\nextend = "../common.toml"\n')
    write(tmp_path / "project" / "pyproject.toml", '[tool.scrapelint]\nextend = "../shared/team/pyproject.toml"\n')
    assert codes(tmp_path / "project" / "docs", ".") == {"a.txt": ["B001"]}
    settings = config.load(tmp_path / "project" / "pyproject.toml")
    assert settings.rule_options["B001"]["extend-phrases-file"] == str(tmp_path / "shared" / "phrases.txt")
    status, out, _ = cli(tmp_path / "project", "check", "--show-settings", "docs/a.txt")
    assert status == 0
    shared = (tmp_path / "shared").resolve()
    assert f"# Extends: {shared / 'team' / 'pyproject.toml'} -> {shared / 'common.toml'}" in out


def test_extend_per_file_ignores_adds_to_per_file_ignores(project: Path) -> None:
    write(
        project / "scrapelint.toml",
        'select = ["D001", "B001"]\n[per-file-ignores]\n"*.md" = ["D001"]\n'
        '[extend-per-file-ignores]\n"*.md" = ["B001"]\n"sub/*.txt" = ["B001"]\n',
    )
    assert codes(project, "a.txt", "sub") == {"a.txt": ["D001", "B001"], "sub/b.txt": ["D001"]}
    # Across extend: per-file-ignores replaces the base's per-file-ignores only; the
    # extend-per-file-ignores of both files add up.
    write(project / "sub" / "scrapelint.toml", 'extend = "../scrapelint.toml"\nper-file-ignores = { "b.txt" = ["B001"] }\n'
          'extend-per-file-ignores = { "deep/*" = ["D001"] }\n')
    assert codes(project, "sub") == {"sub/b.txt": ["D001"]}  # deep/c.md: D001 (ours) and B001 (the base's)
    assert codes(project, "sub/deep/c.md", "--extend-select", "T001") == {"sub/deep/c.md": ["T001"]}


EXTEND_ERRORS = [
    ('extend = 3', "scrapelint.toml: 'extend' must be a path (a string), got integer"),
    ('extend = "missing.toml"', "scrapelint.toml: 'extend': no such file: missing.toml"),
    ('extend = "base.toml"', f"{Path('base.toml')}: unknown key 'selct'; did you mean 'select'?"),
    ('extend = "pyproject.toml"', f"{Path('pyproject.toml')}: no [tool.scrapelint] table (named by 'extend')"),
    ('extend = "scrapelint.toml"',
     "scrapelint.toml: 'extend': the files extend one another in a cycle: scrapelint.toml -> scrapelint.toml"),
    ('extend = "ring/one.toml"',
     f"{Path('ring/two.toml')}: 'extend': the files extend one another in a cycle: scrapelint.toml -> "
     f"{Path('ring/one.toml')} -> {Path('ring/two.toml')} -> {Path('ring/one.toml')}"),
    ('extend-per-file-ignores = { "*.md" = ["D0001"] }',
     "scrapelint.toml: unknown rule selector 'D0001' in 'extend-per-file-ignores.\"*.md\"'; did you mean 'D001'?"),
    ('extnd = "base.toml"', "scrapelint.toml: unknown key 'extnd'; did you mean 'extend'?"),
]


@pytest.mark.parametrize(("text", "message"), EXTEND_ERRORS, ids=[e[0] for e in EXTEND_ERRORS])
def test_extend_errors_are_one_line_and_name_the_file(project: Path, text: str, message: str) -> None:
    write(project / "base.toml", "selct = 1\n")
    write(project / "pyproject.toml", "[project]\nname = 'x'\n")
    write(project / "ring" / "one.toml", 'extend = "two.toml"\n')
    write(project / "ring" / "two.toml", 'extend = "one.toml"\n')
    write(project / "scrapelint.toml", text + "\n")
    status, out, err = cli(project, "check", "a.txt")
    assert (status, out) == (2, "")
    assert err == f"error: {message}\n"


# -- precedence: the command line beats the file ----------------------------------------------


def test_select_flag_replaces_the_configured_selection(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001", "B001"]\nignore = ["T001"]\n')
    assert codes(project, "a.txt") == {"a.txt": ["D001", "B001"]}
    assert codes(project, "--select", "T001", "a.txt") == {"a.txt": ["T001"]}


def test_extend_select_and_ignore_flags_change_only_what_they_name(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001", "B001"]\nignore = ["D001"]\n')
    assert codes(project, "a.txt") == {"a.txt": ["B001"]}
    assert codes(project, "--extend-select", "D001", "a.txt") == {"a.txt": ["D001", "B001"]}
    assert codes(project, "--extend-select", "T", "--ignore", "B001", "a.txt") == {"a.txt": ["T001"]}


def test_config_flag_uses_exactly_that_file(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001"]\n')
    write(project / "ci" / "strict.toml", 'select = ["B001"]\nper-file-ignores = { "sub/*" = ["B001"] }\n')
    found = codes(project, "--config", "ci/strict.toml", "a.txt", "sub/b.txt")
    assert found == {"a.txt": ["B001"]}  # its patterns are relative to the working directory
    found = codes(project, "--config", "ci/strict.toml", "--select", "D001", "a.txt")
    assert found == {"a.txt": ["D001"]}


def test_isolated_ignores_every_configuration_file(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001"]\n')
    assert codes(project, "--isolated", "--select", "D001,B001", "a.txt") == {"a.txt": ["D001", "B001"]}
    status, _, err = cli(project, "check", "--isolated", "--config", "scrapelint.toml", "a.txt")
    assert status == 2 and "cannot be used together" in err


def test_stdin_uses_the_configuration_of_its_file_name(project: Path) -> None:
    write(project / "sub" / "scrapelint.toml", 'select = ["B001"]\n')
    status, out, _ = cli(
        project, "check", "--output-format", "json", "--stdin-filename", "sub/page.txt", "-", input=SEED_TEXT
    )
    assert [d["code"] for d in json.loads(out)] == ["B001"]


# -- every key ------------------------------------------------------------------------------


def test_fixable_extend_fixable_and_unfixable(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001", "B001"]\nfixable = ["D"]\n')
    assert cli(project, "check", "--fix", "a.txt")[0] == 1
    assert codes(project, "a.txt") == {"a.txt": ["B001"]}  # D001 was fixed, B001 was not
    write(project / "a.txt", SEED_TEXT)
    write(project / "scrapelint.toml", 'select = ["D001", "B001"]\nfixable = ["D"]\nextend-fixable = ["B001"]\n')
    assert cli(project, "check", "--fix", "a.txt")[0] == 0
    write(project / "a.txt", SEED_TEXT)
    write(project / "scrapelint.toml", 'select = ["D001", "B001"]\nunfixable = ["comment-form"]\n')
    cli(project, "check", "--fix", "a.txt")
    assert codes(project, "a.txt") == {"a.txt": ["B001"]}


def test_per_file_ignores_globs(project: Path) -> None:
    write(
        project / "scrapelint.toml",
        'select = ["D001", "B001"]\n'
        "[per-file-ignores]\n"
        '"*.md" = ["D001"]\n'  # a name pattern matches at any depth
        '"sub/*.txt" = ["B001"]\n'  # a path pattern is anchored at the configuration's directory
        '"**/drafts/*" = ["duplication"]\n',
    )
    found = codes(project, ".", "drafts/d.txt")
    assert found == {
        "a.txt": ["D001", "B001"],
        "sub/b.txt": ["D001"],
        "sub/deep/c.md": ["B001"],
        "drafts/d.txt": ["B001"],
    }


def test_exclude_replaces_the_defaults_and_extend_exclude_adds(project: Path) -> None:
    write(project / ".hidden" / "e.txt", SEED_TEXT)
    write(project / "scrapelint.toml", 'extend-exclude = ["drafts", "sub/deep"]\n')
    status, out, _ = cli(project, "check", "--show-files")
    assert (status, out.split()) == (0, ["a.txt", "sub/b.txt"])
    write(project / "scrapelint.toml", 'exclude = ["*.md"]\n')
    out = cli(project, "check", "--show-files")[1]
    assert out.split() == ["a.txt", ".hidden/e.txt", "drafts/d.txt", "sub/b.txt"]


def test_include_and_extend_include(project: Path) -> None:
    write(project / "notes.rst", SEED_TEXT)
    write(project / "scrapelint.toml", 'include = ["*.md"]\n')
    assert cli(project, "check", "--show-files")[1].split() == ["sub/deep/c.md"]
    write(project / "scrapelint.toml", 'extend-include = ["*.rst"]\nextend-exclude = ["sub", "drafts"]\n')
    assert cli(project, "check", "--show-files")[1].split() == ["a.txt", "notes.rst"]


def test_files_named_explicitly_are_checked_unless_force_exclude(project: Path) -> None:
    write(project / "scrapelint.toml", 'select = ["D001"]\nextend-exclude = ["drafts"]\n')
    assert codes(project, "drafts/d.txt") == {"drafts/d.txt": ["D001"]}
    assert codes(project, "--force-exclude", "drafts/d.txt", "a.txt") == {"a.txt": ["D001"]}
    assert cli(project, "check", "--force-exclude", "--show-files", "drafts/d.txt")[1] == ""


def test_force_exclude_passes_excluded_stdin_through(project: Path) -> None:
    write(project / "scrapelint.toml", 'extend-exclude = ["drafts"]\n')
    status, out, _ = cli(
        project, "check", "--fix", "--force-exclude", "--stdin-filename", "drafts/x.txt", "-", input=SEED_TEXT
    )
    assert (status, out) == (0, SEED_TEXT)


def test_rule_options_by_code_or_name(tmp_path: Path) -> None:
    by_code = config.parse({"select": ["D001", "T004"], "rules": {"D001": {"window": 5}}}, tmp_path)
    assert [(r.code, dict(options)) for r, options in by_code.resolve().rules][0] == ("D001", {"window": 5})
    by_name = config.parse({"select": ["D001"], "rules": {"duplicated-headline": {"window": 1}}}, tmp_path)
    assert dict(by_name.resolve().rules[0][1]) == {"window": 1}
    lists = config.parse({"select": ["T004"], "rules": {"T004": {"lengths": [90, 120]}}}, tmp_path)
    assert lists.resolve().rules[0][1]["lengths"] == (90, 120)  # lists arrive as tuples
    with pytest.raises(Exception, match="given twice"):
        config.parse({"rules": {"D001": {"window": 1}, "duplicated-headline": {"window": 2}}}, tmp_path)


def test_every_documented_key_is_accepted(tmp_path: Path) -> None:
    write(
        tmp_path / "scrapelint.toml",
        'select = ["D", "B"]\nextend-select = ["T001"]\nignore = ["D005"]\nfixable = ["ALL"]\n'
        'extend-fixable = []\nunfixable = ["T"]\ninclude = ["*.txt"]\nextend-include = ["*.rst"]\n'
        'exclude = ["build"]\nextend-exclude = ["drafts"]\n'
        '[per-file-ignores]\n"*.md" = ["B"]\n[rules.D001]\nwindow = 2\n',
    )
    settings = config.load(tmp_path / "scrapelint.toml")
    assert settings.select == ("D", "B") and settings.extend_select == ("T001",)
    assert settings.include == ("*.txt",) and settings.extend_exclude == ("drafts",)
    assert settings.root == str(tmp_path)
    assert set(config.KEYS) == {
        "select", "extend-select", "ignore", "fixable", "extend-fixable", "unfixable", "include",
        "extend-include", "exclude", "extend-exclude", "per-file-ignores", "extend-per-file-ignores",
        "boilerplate", "rules", "extend",
    }


# -- errors: exit 2, one line, the file, the key, the nearest valid name ---------------------------

ERRORS = [
    ('selct = ["D"]', "scrapelint.toml: unknown key 'selct'; did you mean 'select'?"),
    ('extend_select = ["D"]', "scrapelint.toml: unknown key 'extend_select'; did you mean 'extend-select'?"),
    ("ignore = 3", "scrapelint.toml: 'ignore' must be a list of strings, got integer"),
    ('ignore = ["D", 3]', "scrapelint.toml: 'ignore' must be a list of strings, got integer 3 as item 2"),
    ('select = "D"', "scrapelint.toml: 'select' must be a list of strings, got string"),
    ('select = ["D0001"]', "scrapelint.toml: unknown rule selector 'D0001' in 'select'; did you mean 'D001'?"),
    ('unfixable = ["coment-form"]',
     "scrapelint.toml: unknown rule selector 'coment-form' in 'unfixable'; did you mean 'comment-form'?"),
    ('[per-file-ignores]\n"*.md" = ["D0001"]',
     "scrapelint.toml: unknown rule selector 'D0001' in 'per-file-ignores.\"*.md\"'; did you mean 'D001'?"),
    ("per-file-ignores = 1", "scrapelint.toml: 'per-file-ignores' must be a table, got integer"),
    ("[rules.D001]\nwindw = 3", "scrapelint.toml: unknown key 'rules.D001.windw'; did you mean 'window'?"),
    ('[rules.D001]\nwindow = "3"', "scrapelint.toml: 'rules.D001.window' must be an integer, got string"),
    ("[rules.D001]\nwindow = true", "scrapelint.toml: 'rules.D001.window' must be an integer, got boolean"),
    ("[rules.D0001]\nwindow = 3", "scrapelint.toml: unknown rule 'D0001' in 'rules.D0001'; did you mean 'D001'?"),
    ("[rules.truncated-sentence]\nx = 1",
     "scrapelint.toml: unknown key 'rules.truncated-sentence.x': rule T001 has no options"),
    ("[rules.T004]\nlengths = [100, '140']", "scrapelint.toml: 'rules.T004.lengths' must be a list of integers, got array"),
    ("[rules.B001]\nextend-phrases = 'Leave a note'",
     "scrapelint.toml: 'rules.B001.extend-phrases' must be a list of strings, got string"),
    ("[rules.B001]\nextend-phrases-file = 'missing.txt'",
     "scrapelint.toml: 'rules.B001.extend-phrases-file': no such file: missing.txt"),
    ("[boilerplate]\ncomment-form = 3",
     "scrapelint.toml: 'boilerplate.comment-form' must be a list of phrases or a path, got integer"),
    ("[boilerplate]\ncoment-form = ['x']",
     "scrapelint.toml: unknown rule 'coment-form' in 'boilerplate.coment-form'; did you mean 'comment-form'?"),
    ("[boilerplate]\nD001 = ['x']",
     "scrapelint.toml: 'boilerplate.D001': rule D001 (duplicated-headline) has no phrase list to extend"),
    ("select = [", "scrapelint.toml: invalid TOML: "),
    ("x = " + "[" * 100_000 + "]" * 100_000, "scrapelint.toml: invalid TOML: nested too deeply"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS, ids=[e[0][:40] for e in ERRORS])
def test_configuration_errors(project: Path, text: str, message: str) -> None:
    write(project / "scrapelint.toml", text + "\n")
    status, out, err = cli(project, "check", "a.txt")
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"error: {message}")


def test_pyproject_errors_name_the_full_key(project: Path) -> None:
    write(project / "sub" / "pyproject.toml", "[tool.scrapelint]\nselct = 1\n")
    status, _, err = cli(project, "check", "sub/b.txt")
    assert status == 2
    assert err == f"error: {Path('sub/pyproject.toml')}: unknown key 'tool.scrapelint.selct'; did you mean 'select'?\n"


def test_a_bad_configuration_stops_the_run_before_any_file_is_written(project: Path) -> None:
    write(project / "sub" / "scrapelint.toml", "selct = 1\n")
    status, _, err = cli(project, "check", "--fix", ".")
    assert status == 2 and "selct" in err
    assert (project / "a.txt").read_text(encoding="utf-8") == SEED_TEXT


def test_missing_or_empty_config_file(project: Path) -> None:
    assert cli(project, "check", "--config", "nope.toml", "a.txt")[2] == "error: nope.toml: no such file\n"
    write(project / "pyproject.toml", "[project]\nname = 'x'\n")
    err = cli(project, "check", "--config", "pyproject.toml", "a.txt")[2]
    assert err == "error: pyproject.toml: no [tool.scrapelint] table\n"


def test_errors_from_the_library_name_the_key() -> None:
    with pytest.raises(ConfigError):
        config.load(Path("/nonexistent/scrapelint.toml"))
    with pytest.raises(ValueError, match="'select' must be a list of strings"):
        Settings(select="D001")  # type: ignore[arg-type]


# -- showing what applies ----------------------------------------------------------------------


def test_show_settings(project: Path) -> None:
    write(
        project / "pyproject.toml",
        '[tool.scrapelint]\nselect = ["D001", "B001"]\n[tool.scrapelint.per-file-ignores]\n"sub/*" = ["B001"]\n'
        "[tool.scrapelint.rules.D001]\nwindow = 4\n",
    )
    status, out, _ = cli(project, "check", "--show-settings", "--extend-select", "T001", "sub/b.txt")
    assert status == 0
    assert "# Configuration file: pyproject.toml" in out
    assert 'select = ["D001", "B001"]' in out
    assert '# Command line: extend-select = ["T001"]' in out
    assert 'rules = ["D001", "T001"]' in out
    assert 'ignored-here = ["B001"]' in out
    assert "[resolved.options.D001]  # duplicated-headline\nwindow = 4" in out
    assert "Configuration file: none (the defaults)" in cli(project, "check", "--isolated", "--show-settings")[1]


def test_show_files_lists_in_order_and_reports_missing_paths(project: Path) -> None:
    status, out, err = cli(project, "check", "--show-files", ".", "missing.txt")
    assert out.split() == ["a.txt", "drafts/d.txt", "sub/b.txt", "sub/deep/c.md"]
    assert status == 2 and "missing.txt: no such file or directory" in err


def test_paths_are_reported_in_one_spelling_however_they_are_given(project: Path) -> None:
    given = ("./a.txt", "sub//deep/", "drafts/./d.txt", "sub/../a.txt", "missing//x.txt")
    status, out, err = cli(project, "check", "--show-files", *given)
    assert out.split() == ["a.txt", "sub/deep/c.md", "drafts/d.txt"]  # "sub/../a.txt" is a.txt again
    assert status == 2 and "missing/x.txt: no such file or directory" in err


@pytest.mark.parametrize("given", ["a.txt", "./a.txt", "a//b/", "./", ".", "", "/", "//a", "///a/./b", "../x/./y", "-"])
def test_paths_are_spelled_as_pathlib_spells_them(given: str) -> None:
    assert normalise(given) == str(PurePosixPath(given))


def test_boilerplate_table_adds_phrases_from_a_list_or_a_file(tmp_path: Path) -> None:
    text = "The council met on Monday.\n\nDrop us a line below\n\nThe vote is next week.\n"
    write(tmp_path / "docs" / "a.txt", text)
    write(tmp_path / "docs" / "b.txt", text.replace("Drop us a line below", "Send your thoughts to the desk"))
    assert codes(tmp_path, "--select", "B001", "docs") == {}
    write(tmp_path / "pyproject.toml", '[tool.scrapelint.boilerplate]\ncomment-form = ["Drop us a line below"]\n')
    assert codes(tmp_path, "--select", "B001", "docs") == {"docs/a.txt": ["B001"]}
    # A phrase file is found relative to the configuration file, wherever the run starts.
    write(tmp_path / "config" / "phrases.txt", "# our own prompts\nSend your thoughts to the desk\n")
    write(tmp_path / "docs" / "scrapelint.toml", '[boilerplate]\nB001 = "../config/phrases.txt"\n')
    assert codes(tmp_path / "docs", "--select", "B001", ".") == {"b.txt": ["B001"]}
    settings = config.load(tmp_path / "docs" / "scrapelint.toml")
    assert settings.rule_options["B001"]["extend-phrases-file"] == str(tmp_path / "docs" / "../config/phrases.txt")
