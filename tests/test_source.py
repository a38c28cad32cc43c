"""Bytes in and out: encodings, BOMs, line endings, final newlines, bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import run_cli

from scrapelint import source

DIRTY = "Storm Hits Coast{nl}{nl}Storm Hits Coast{nl}{nl}Winds reached 90 mph.{nl}{nl}Leave a Reply"
CLEAN = "Storm Hits Coast{nl}{nl}Winds reached 90 mph."


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("final", ["", "newline"])
@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8])
def test_fix_round_trip_keeps_endings_bom_and_final_newline(
    tmp_path: Path, newline: str, final: str, bom: bytes
) -> None:
    ending = newline if final else ""
    path = tmp_path / "article.txt"
    path.write_bytes(bom + (DIRTY.format(nl=newline) + ending).encode("utf-8"))
    result = run_cli("check", "--fix", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert path.read_bytes() == bom + (CLEAN.format(nl=newline) + ending).encode("utf-8")


def test_utf16_with_bom_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + DIRTY.format(nl="\n").encode("utf-16-le"))
    assert run_cli("check", "--fix", str(path)).returncode == 0
    assert path.read_bytes() == codecs.BOM_UTF16_LE + CLEAN.format(nl="\n").encode("utf-16-le")


def test_mixed_line_endings_are_kept_outside_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"Storm Hits Coast\r\n\r\nStorm Hits Coast\n\nWinds.\r\nMore.\n")
    run_cli("check", "--fix", "--select", "D001", str(path))
    assert path.read_bytes() == b"Storm Hits Coast\r\n\r\nWinds.\r\nMore.\n"


def test_binary_and_invalid_utf8_files_are_errors_and_others_still_checked(tmp_path: Path) -> None:
    (tmp_path / "a_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "b_latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1"))
    (tmp_path / "c_good.txt").write_text("Storm Hits Coast\n\nLeave a Reply\n", encoding="utf-8")
    result = run_cli("check", "--fix", str(tmp_path))
    assert result.returncode == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("error: ") and "a_binary.txt" in errors[0] and "binary" in errors[0]
    assert "b_latin1.txt" in errors[1] and "not valid utf-8" in errors[1]
    assert "Traceback" not in result.stderr
    assert (tmp_path / "c_good.txt").read_text(encoding="utf-8") == "Storm Hits Coast\n"
    assert (tmp_path / "b_latin1.txt").read_bytes() == "Caf\xe9 cr\xe8me".encode("latin-1")


def test_explicit_encoding_reads_and_writes_that_encoding(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes("Café\n\nLeave a Reply\n".encode("cp1252"))
    assert run_cli("check", "--fix", "--encoding", "cp1252", str(path)).returncode == 0
    assert path.read_bytes() == "Café\n".encode("cp1252")


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {tmp_path / 'nope.txt'}: no such file or directory"


def test_unchanged_file_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Nothing to see here.\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    assert run_cli("check", "--fix", str(path)).returncode == 0
    assert path.stat().st_mtime_ns == before


def test_write_atomic_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one\n", encoding="utf-8")
    loaded = source.read(path)
    path.write_text("changed by someone else\n", encoding="utf-8")
    with pytest.raises(source.SourceError, match="changed"):
        source.write_atomic(path, loaded, "two\n")
    assert path.read_text(encoding="utf-8") == "changed by someone else\n"


def test_write_atomic_keeps_the_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("one\n", encoding="utf-8")
    path.chmod(0o640)
    source.write_atomic(path, source.read(path), "two\n")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]
