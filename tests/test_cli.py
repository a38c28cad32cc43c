"""The command line: exit codes, selection, diff, standard input, rule docs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED, cli_environment, run_cli

from scrapelint.rules import ALL_RULES


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "clean.md"
    path.write_text("# Call details\n\nThe call lasted an hour.\n", encoding="utf-8")
    result = run_cli("check", str(path))
    assert result.returncode == 0
    assert result.stdout == "All checks passed!\n"


def test_exit_zero_and_quiet() -> None:
    result = run_cli("check", "--exit-zero", "--quiet", "--output-format", "concise", str(SEED))
    assert result.returncode == 0
    assert result.stdout.count("\n") == 3
    assert "Found" not in result.stdout


def test_concise_format() -> None:
    result = run_cli("check", "--output-format", "concise", str(SEED))
    first = result.stdout.splitlines()[0]
    assert first == f"{SEED}:3:1: D001 [*] Headline repeated (first printed on row 1)"


def test_select_and_ignore() -> None:
    def codes(*args: str) -> list[str]:
        out = run_cli("check", "--output-format", "json", *args, str(SEED)).stdout
        return [d["code"] for d in json.loads(out)]

    assert codes("--select", "D001") == ["D001"]
    assert codes("--select", "duplication,boilerplate") == ["D001", "B001"]
    assert codes("--select", "D001,T,B001", "--ignore", "T") == ["D001", "B001"]
    assert "W005" in codes("--select", "ALL")  # ALL includes opt-in rules
    assert codes("--ignore", "comment-form") == ["D001", "T001"]
    assert codes("--select", "D", "--extend-select", "T001") == ["D001", "T001"]


def test_unknown_selector_is_a_usage_error_with_a_suggestion() -> None:
    result = run_cli("check", "--select", "D0001", str(SEED))
    assert result.returncode == 2
    assert "unknown rule selector 'D0001'" in result.stderr
    assert "did you mean" in result.stderr


def test_diff_writes_nothing_and_exits_one(seed_copy: Path) -> None:
    before = seed_copy.read_bytes()
    result = run_cli("check", "--diff", str(seed_copy))
    assert result.returncode == 1
    assert seed_copy.read_bytes() == before
    assert result.stdout.startswith("--- a/")
    assert "-Leave a Replay" in result.stdout
    assert "T001" not in result.stdout


REPEATED_PAIR = "The council met on Monday.\n\nSpring Gala\nTicket Office\nSpring Gala\nTicket Office\n"
"""A run of two lines printed twice: its removal is an unsafe fix (a poem may repeat a couplet)."""


def test_unsafe_fixes_alone_writes_nothing_and_counts_them_as_fixable(tmp_path: Path) -> None:
    """As in ruff: --unsafe-fixes widens what --fix and --diff apply; on its own it only reports."""
    path = tmp_path / "a.txt"
    path.write_text(REPEATED_PAIR, encoding="utf-8")
    plain = run_cli("check", "--isolated", "--select", "D003", "--output-format", "concise", str(path))
    assert "D003 2 lines repeated" in plain.stdout
    assert "1 hidden fix can be enabled with the `--unsafe-fixes` option." in plain.stdout
    widened = run_cli("check", "--isolated", "--select", "D003", "--output-format", "concise", "--unsafe-fixes", str(path))
    assert widened.returncode == 1
    assert path.read_text(encoding="utf-8") == REPEATED_PAIR
    assert "D003 [*] 2 lines repeated" in widened.stdout
    assert "[*] 1 fixable with the `--fix` option." in widened.stdout
    assert "hidden fix" not in widened.stdout
    diff = run_cli("check", "--isolated", "--select", "D003", "--diff", "--unsafe-fixes", str(path))
    assert (diff.returncode, diff.stdout.count("\n-")) == (1, 2)
    assert run_cli("check", "--isolated", "--select", "D003", "--diff", str(path)).stdout == ""
    fixed = run_cli("check", "--isolated", "--select", "D003", "--fix", "--unsafe-fixes", str(path))
    assert fixed.returncode == 0
    assert path.read_text(encoding="utf-8") == "The council met on Monday.\n\nSpring Gala\nTicket Office\n"


def test_diff_on_clean_file_exits_zero(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Fine.\n", encoding="utf-8")
    result = run_cli("check", "--diff", str(path))
    assert (result.returncode, result.stdout) == (0, "")


def test_stdin_check_and_fix() -> None:
    text = SEED.read_bytes()
    checked = run_cli("check", "--output-format", "concise", "--stdin-filename", "page.txt", "-", input=text)
    assert checked.returncode == 1
    assert "page.txt:3:1: D001" in checked.stdout
    fixed = run_cli("check", "--fix", "-", input=text)
    assert "Leave a Replay" not in fixed.stdout
    assert fixed.stdout.startswith("Behind Closed Doors")
    assert "T001" in fixed.stderr


def test_stdin_is_checked_alone(seed_copy: Path) -> None:
    # Not read as a file named "-" beside the others.
    mixed = run_cli("check", "-", str(seed_copy), input=b"Hello.\n")
    assert (mixed.returncode, mixed.stdout) == (2, "")
    assert mixed.stderr == "error: '-' (standard input) cannot be checked together with other paths\n"


def test_rules_json_lists_every_rule() -> None:
    result = run_cli("rules", "--output-format", "json")
    listed = json.loads(result.stdout)
    assert [r["code"] for r in listed] == [r.code for r in ALL_RULES]
    d001 = next(r for r in listed if r["code"] == "D001")
    assert d001 == {
        "code": "D001",
        "name": "duplicated-headline",
        "category": "duplication",
        "summary": d001["summary"],
        "default": True,
        "fix": {"availability": "always", "applicability": "safe"},
    }


def test_rule_prints_documentation_by_code_or_name() -> None:
    by_code = run_cli("rule", "T001")
    assert by_code.returncode == 0
    for section in ("What it flags", "Why it matters", "Example", "Fix safety"):
        assert f"## {section}" in by_code.stdout
    assert run_cli("rule", "truncated-sentence").stdout == by_code.stdout


def test_rule_unknown_code() -> None:
    result = run_cli("rule", "X999")
    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown rule 'X999'")


def test_version_and_help() -> None:
    assert run_cli("--version").stdout.startswith("scrapelint, version ")
    assert "Examples:" in run_cli("check", "--help").stdout


# -- the rest of the check surface: fix reporting, output file, help, completion -------------


def test_show_fixes_lists_codes_and_counts_per_file(tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_bytes(SEED.read_bytes())
    result = run_cli("check", "--isolated", "--fix", "--show-fixes", "--select", "D001,B001,T001", str(first), str(second))
    assert result.returncode == 1  # T001 remains
    listing = (
        "Fixed 4 errors:\n"
        f"- {first}:\n    1 × B001 (comment-form)\n    1 × D001 (duplicated-headline)\n"
        f"- {second}:\n    1 × B001 (comment-form)\n    1 × D001 (duplicated-headline)\n"
    )
    assert listing in result.stdout
    assert result.stdout.index("T001") < result.stdout.index("Fixed 4 errors:") < result.stdout.index("Found 6 errors")


def test_show_fixes_keeps_machine_output_parseable(seed_copy: Path) -> None:
    result = run_cli("check", "--isolated", "--fix", "--show-fixes", "--output-format", "json", str(seed_copy))
    assert [d["code"] for d in json.loads(result.stdout)] == ["T001"]
    assert "Fixed 2 errors:" in result.stderr


def test_fix_only_reports_nothing_and_exits_zero(seed_copy: Path) -> None:
    result = run_cli("check", "--isolated", "--fix-only", "--select", "D001,B001,T001", str(seed_copy))
    assert (result.returncode, result.stdout.splitlines()[-1]) == (0, "Fixed 2 errors.")
    assert "T001" not in result.stdout
    assert "Leave a Replay" not in seed_copy.read_text(encoding="utf-8")
    again = run_cli("check", "--isolated", "--fix-only", "--exit-non-zero-on-fix", str(seed_copy))
    assert (again.returncode, again.stdout) == (0, "")


def test_exit_non_zero_on_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The council met.\n\nLeave a Reply\n", encoding="utf-8")
    assert run_cli("check", "--isolated", "--fix", "--exit-non-zero-on-fix", str(path)).returncode == 1
    assert path.read_text(encoding="utf-8") == "The council met.\n"
    path.write_text("The council met.\n\nLeave a Reply\n", encoding="utf-8")
    assert run_cli("check", "--isolated", "--fix", str(path)).returncode == 0


def test_output_file(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = run_cli("check", "--isolated", "--output-format", "json", "--output-file", str(report), str(SEED))
    assert (result.returncode, result.stdout) == (1, "")
    assert [d["code"] for d in json.loads(report.read_text(encoding="utf-8"))] == ["D001", "T001", "B001"]


def test_every_command_has_help_with_an_example() -> None:
    from scrapelint.cli import main

    assert "Examples:" in run_cli("--help").stdout
    for name in main.commands:
        result = run_cli(name, "--help")
        assert result.returncode == 0 and "Examples:" in result.stdout, name
        assert f"scrapelint {name} " in result.stdout.split("Examples:")[1], name


def test_version_matches_the_package() -> None:
    from importlib.metadata import version

    from scrapelint import __version__

    assert run_cli("--version").stdout == f"scrapelint, version {__version__}\n"
    assert __version__ == version("scrapelint")


def test_shell_completion_through_click() -> None:
    import subprocess
    import sys

    def complete(**env: str) -> str:
        return subprocess.run(
            [sys.executable, "-m", "scrapelint"], capture_output=True, text=True,
            env={**cli_environment(), **env},
        ).stdout

    assert "_scrapelint_completion" in complete(_SCRAPELINT_COMPLETE="bash_source")
    assert "compdef" in complete(_SCRAPELINT_COMPLETE="zsh_source")
    words = complete(_SCRAPELINT_COMPLETE="bash_complete", COMP_WORDS="scrapelint check --show-f", COMP_CWORD="2")
    assert sorted(words.split()) == ["plain,--show-files", "plain,--show-fixes"]
    assert "plain,check" in complete(_SCRAPELINT_COMPLETE="bash_complete", COMP_WORDS="scrapelint ch", COMP_CWORD="1")


def test_importing_leaves_the_cyclic_collector_as_it_was() -> None:
    """The package pauses the collector while its modules load; afterwards it is on or off as
    before, nothing is left frozen, and an application's frozen objects stay frozen."""
    script = (
        "import gc, sys\n"
        "if sys.argv[1] == 'off': gc.disable()\n"
        "if sys.argv[1] == 'frozen': gc.freeze()\n"
        "import scrapelint.cli\n"
        "print(gc.isenabled(), gc.get_freeze_count() > 0)\n"
    )
    for state, expected in (("on", "True False"), ("off", "False False"), ("frozen", "True True")):
        process = subprocess.run([sys.executable, "-c", script, state], capture_output=True, text=True, env=cli_environment())
        assert process.stdout.strip() == expected, (state, process.stderr)


def test_a_commit_hook_compiles_no_named_tuple_constructor(tmp_path: Path) -> None:
    """typing.NamedTuple and collections.namedtuple compile each class's constructor from
    source (and typing compiles each field's annotation that is a string): some 500,000
    instructions a class. Every named tuple of the package is a scrapelint.records.NamedTuple."""
    clean = tmp_path / "clean.txt"
    clean.write_text("A plain sentence.\n", encoding="utf-8")
    script = (
        "import atexit, sys\n"
        "def compiled():\n"
        "    for module in [module for name, module in sys.modules.items() if name.startswith('scrapelint')]:\n"
        "        for value in list(vars(module).values()):\n"
        "            if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, '_fields'):\n"
        "                print(module.__name__, value.__name__, value.__new__.__module__)\n"
        "atexit.register(compiled)\n"
        "from scrapelint.cli import main\n"
        "sys.argv = ['scrapelint', 'check', '--no-cache', sys.argv[1]]\n"
        "main()\n"
    )
    process = subprocess.run([sys.executable, "-c", script, str(clean)], capture_output=True, text=True, env=cli_environment())
    assert process.returncode == 0, process.stderr
    found = [line.split() for line in process.stdout.splitlines()[1:]]
    assert len(found) >= 17, found
    # A constructor that collections.namedtuple compiled lives in a module of its own name.
    assert not [row for row in found if row[2].startswith("namedtuple_")], found


def test_the_process_ends_early_only_when_nothing_waits_for_the_exit(tmp_path: Path) -> None:
    """Run as a process, the command line skips the interpreter's teardown, but never past an
    exit callback (here one an embedding script registered), nor where the interpreter cannot
    say whether any are registered."""
    clean = tmp_path / "clean.txt"
    clean.write_text("A plain sentence.\n", encoding="utf-8")
    script = (
        "import atexit, sys\n"
        "if sys.argv[1] == 'uncountable': del atexit._ncallbacks\n"
        "atexit.register(print, 'callback ran')\n"
        "from scrapelint.cli import main\n"
        "sys.argv = ['scrapelint', 'check', sys.argv[2]]\n"
        "main()\n"
    )
    for variant in ("countable", "uncountable"):
        process = subprocess.run(
            [sys.executable, "-c", script, variant, str(clean)], capture_output=True, text=True, env=cli_environment()
        )
        assert process.returncode == 0, process.stderr
        assert process.stdout.rstrip().endswith("callback ran"), (variant, process.stdout)


def test_checking_a_file_imports_no_pathlib(tmp_path: Path) -> None:
    """A commit hook's cold start: checking a file, with the configuration found above it and
    per-file ignores that apply to it, loads neither pathlib nor what pathlib brings."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.scrapelint]\nextend-select = ["W005"]\n\n[tool.scrapelint.per-file-ignores]\n"docs/*.md" = ["W005"]\n',
        encoding="utf-8",
    )
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.md").write_text("A plain sentence without a final line break.", encoding="utf-8")
    script = (
        "import atexit, sys\n"
        "heavy = ('pathlib', 'urllib', 'ipaddress', 'ntpath')\n"
        "atexit.register(lambda: print('loaded:', [name for name in heavy if name in sys.modules]))\n"
        "from scrapelint.cli import main\n"
        "sys.argv = ['scrapelint', 'check', sys.argv[1]]\n"
        "main()\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script, "docs/notes.md"], cwd=tmp_path, capture_output=True, text=True,
        env=cli_environment(),
    )
    assert process.returncode == 0, process.stderr
    # W005 (no final line break), selected for the project, is ignored in docs/: the
    # per-file ignore was applied.
    assert process.stdout == "All checks passed!\nloaded: []\n"
