"""The library API: lint() and fix() as the README shows them, pure, typed, and what the CLI runs."""

from __future__ import annotations

import builtins
import importlib.resources
import inspect
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED

import scrapelint
from scrapelint import Diagnostic, FixResult, Settings
from scrapelint.cli import main

TEXT = SEED.read_text(encoding="utf-8")


def test_signatures_are_those_of_the_readme() -> None:
    lint = inspect.signature(scrapelint.lint).parameters
    assert list(lint)[:4] == ["text", "select", "ignore", "filename"]
    assert lint["text"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in lint.items() if name != "text")
    assert (lint["select"].default, lint["filename"].default) == (None, None)
    fix = inspect.signature(scrapelint.fix).parameters
    assert list(fix)[:2] == ["text", "unsafe"]
    assert fix["unsafe"].default is False and fix["unsafe"].kind is inspect.Parameter.KEYWORD_ONLY


def test_lint_and_fix_results() -> None:
    diagnostics = scrapelint.lint(TEXT)
    assert diagnostics and all(isinstance(d, Diagnostic) for d in diagnostics)
    assert [d.code for d in diagnostics] == ["D001", "T001", "B001"]
    result = scrapelint.fix(TEXT)
    assert isinstance(result, FixResult)
    assert [d.code for d in result.fixed] == ["D001", "B001"]
    assert [d.code for d in result.remaining] == ["T001"]
    assert "Leave a Replay" not in result.text
    assert scrapelint.fix(result.text).text == result.text
    assert scrapelint.lint(TEXT, select=["D001"], ignore=["B"]) == diagnostics[:1]
    assert scrapelint.fix(TEXT, ignore=["comment-form"]).text.count("Leave a Replay") == 1


def test_selection_arguments_lay_over_settings_as_flags_over_a_file() -> None:
    settings = Settings(select=["D001", "B001"], ignore=["B001"])
    assert [d.code for d in scrapelint.lint(TEXT, settings=settings)] == ["D001"]
    assert [d.code for d in scrapelint.lint(TEXT, settings=settings, select=["T001"])] == ["T001"]
    assert [d.code for d in scrapelint.lint(TEXT, settings=settings, extend_select=["B001"])] == ["D001", "B001"]
    ruleset = settings.resolve()
    assert scrapelint.lint(TEXT, settings=ruleset) == scrapelint.lint(TEXT, settings=settings)
    with pytest.raises(ValueError):
        scrapelint.lint(TEXT, settings=ruleset, select=["D"])


def test_errors_are_value_errors_with_suggestions() -> None:
    with pytest.raises(scrapelint.SelectionError, match="did you mean 'D001'"):
        scrapelint.lint(TEXT, select=["D0001"])
    with pytest.raises(scrapelint.SettingsError, match="did you mean 'window'"):
        scrapelint.lint(TEXT, settings=Settings(rule_options={"D001": {"windw": 2}}))
    with pytest.raises(scrapelint.SettingsError, match="must be an integer, got string"):
        scrapelint.lint(TEXT, settings=Settings(rule_options={"D001": {"window": "2"}}))


def test_arguments_of_the_wrong_type_say_so_in_the_caller_s_terms() -> None:
    for function in (scrapelint.lint, scrapelint.fix):
        with pytest.raises(TypeError, match=r"^text must be a str, not bytes \(decode it first"):
            function(TEXT.encode())
        with pytest.raises(TypeError, match=r"^text must be a str, not NoneType$"):
            function(None)  # type: ignore[arg-type]
    with pytest.raises(scrapelint.SettingsError, match=r"'ignore' must be a list of strings, got \[1\]"):
        scrapelint.lint(TEXT, ignore=[1])  # type: ignore[list-item]
    with pytest.raises(scrapelint.SettingsError, match="'select' must be a list of strings, got 5"):
        scrapelint.lint(TEXT, select=5)  # type: ignore[arg-type]
    assert scrapelint.lint(TEXT, select=("D001",), ignore=iter(["T"])) == scrapelint.lint(TEXT, select=["D001"])
    # Tables of settings: a lone selector is not a list of one-letter ones.
    with pytest.raises(scrapelint.SettingsError, match=r"^'per-file-ignores\.\*\.md' must be a list of strings, got 'B001'$"):
        Settings(per_file_ignores={"*.md": "B001"})
    with pytest.raises(scrapelint.SettingsError, match=r"^'rules\.D001' must be a table of options, got 5$"):
        Settings(rule_options={"D001": 5})
    with pytest.raises(scrapelint.SettingsError, match=r"^'per-file-ignores' must be a table, got 3$"):
        Settings(per_file_ignores=3)  # type: ignore[arg-type]


def test_rule_options_and_per_file_ignores_through_settings() -> None:
    text = "Storm Hits Coast\n\nWinds rose.\n\nStorm Hits Coast\n\nMore.\n"
    assert [d.code for d in scrapelint.lint(text, select=["D001"])] == ["D001"]
    narrower = Settings(select=["D001"], rule_options={"duplicated-headline": {"window": 1}})
    assert scrapelint.lint(text, settings=narrower) == []
    ignoring = Settings(per_file_ignores={"archive/*.txt": ["D"]})
    assert scrapelint.lint(TEXT, settings=ignoring, filename="site/archive/page.txt")[0].code == "T001"
    assert scrapelint.lint(TEXT, settings=ignoring, filename="site/news/page.txt")[0].code == "D001"


def test_pure_same_input_same_output_and_no_file_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = Settings(select=["ALL"])
    expected = (scrapelint.lint(TEXT, settings=everything), scrapelint.fix(TEXT, settings=everything, unsafe=True))

    def no_io(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the library opened a file: {args!r}")

    monkeypatch.chdir(tmp_path)
    for module, name in ((builtins, "open"), (io, "open"), (os, "open")):
        monkeypatch.setattr(module, name, no_io)
    for _ in range(2):
        assert scrapelint.lint(TEXT, settings=everything) == expected[0]
        again = scrapelint.fix(TEXT, settings=everything, unsafe=True)
        assert (again.text, again.fixed, again.remaining) == (expected[1].text, expected[1].fixed, expected[1].remaining)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_no_state_leaks_between_calls() -> None:
    settings = Settings(select=["D001"])
    before = (settings.select, settings.overrides)
    scrapelint.lint(TEXT, settings=settings, extend_select=["B001"])
    assert (settings.select, settings.overrides) == before
    assert [d.code for d in scrapelint.lint(TEXT, settings=settings)] == ["D001"]
    assert [d.code for d in scrapelint.lint(TEXT)] == ["D001", "T001", "B001"]


def test_the_command_line_runs_the_same_functions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "page.txt"
    path.write_text(TEXT, encoding="utf-8")
    calls: list[tuple[str, str]] = []
    real_lint, real_fix = scrapelint.lint, scrapelint.fix

    def spy_lint(text: str, **kwargs: object) -> list[Diagnostic]:
        calls.append(("lint", text))
        return real_lint(text, **kwargs)  # type: ignore[arg-type]

    def spy_fix(text: str, **kwargs: object) -> FixResult:
        calls.append(("fix", text))
        return real_fix(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scrapelint, "lint", spy_lint)
    monkeypatch.setattr(scrapelint, "fix", spy_fix)
    result = CliRunner().invoke(main, ["check", "--isolated", "--output-format", "json", str(path)])
    assert calls == [("lint", TEXT)]
    reported = [(d["code"], d["location"]["row"], d["message"]) for d in json.loads(result.stdout)]
    assert reported == [(d.code, d.location.row, d.message) for d in real_lint(TEXT, filename=str(path))]
    CliRunner().invoke(main, ["check", "--isolated", "--diff", str(path)])
    assert calls[-1] == ("fix", TEXT)


def test_documented_and_typed() -> None:
    for function in (scrapelint.lint, scrapelint.fix):
        doc = inspect.getdoc(function) or ""
        assert "Args:" in doc and "Returns:" in doc
        assert function.__annotations__["return"]
    assert "scrapelint.lint" in (scrapelint.__doc__ or "")
    assert importlib.resources.files("scrapelint").joinpath("py.typed").is_file()
    assert set(scrapelint.__all__) >= {"lint", "fix", "Diagnostic", "FixResult", "Settings", "__version__"}


def test_the_wheel_ships_py_typed_and_the_phrase_lists(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "--target", "wheel", "--directory", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "scrapelint/py.typed" in names
    assert "scrapelint/phrases/comment-form.en.txt" in names
