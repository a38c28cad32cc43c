"""The seed article end to end: exactly its three artefacts are found, and fixed."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED, run_cli


def test_check_reports_exactly_the_three_artefacts() -> None:
    result = run_cli("check", str(SEED.parent), "--output-format", "json")
    assert result.returncode == 1, result.stderr
    found = json.loads(result.stdout)
    assert [(d["code"], d["category"], d["location"]["row"]) for d in found] == [
        ("D001", "duplication", 3),
        ("T001", "truncation", 19),
        ("B001", "boilerplate", 36),
    ]
    truncation = found[1]
    assert truncation["location"] == {"row": 19, "column": 345}
    assert truncation["fix"] is None
    assert found[0]["fix"]["applicability"] == "safe"
    assert found[2]["fix"]["applicability"] == "safe"
    assert all(d["filename"].endswith(SEED.name) for d in found)


def test_fix_removes_rows_3_and_36_and_changes_nothing_else(seed_copy: Path) -> None:
    original = seed_copy.read_bytes()
    result = run_cli("check", "--fix", str(seed_copy))
    assert result.returncode == 1  # the truncated sentence cannot be fixed
    lines = original.decode("utf-8").split("\n")
    expected = lines[:2] + lines[4:34]  # row 3 and the blank row 4; rows 35 (blank) and 36
    assert seed_copy.read_bytes() == "\n".join(expected).encode("utf-8")
    assert not seed_copy.read_bytes().endswith(b"\n")
    assert "Found 3 errors (2 fixed, 1 remaining)." in result.stdout


def test_fix_twice_changes_nothing_the_second_time(seed_copy: Path) -> None:
    run_cli("check", "--fix", str(seed_copy))
    once = seed_copy.read_bytes()
    mtime = seed_copy.stat().st_mtime_ns
    result = run_cli("check", "--fix", str(seed_copy))
    assert seed_copy.read_bytes() == once
    assert seed_copy.stat().st_mtime_ns == mtime  # not rewritten
    assert "T001" in result.stdout


def test_full_output_names_file_row_column_and_marks_the_span() -> None:
    result = run_cli("check", str(SEED))
    assert f"{SEED}:19:345: T001" in result.stdout
    assert "Found 3 errors." in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when piped
