"""benchmarks/snippets.py: how snippets are matched, and which rule a lost snippet is put down to."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from conftest import load_benchmark


@pytest.fixture(scope="module")
def snippets() -> ModuleType:
    return load_benchmark("snippets")


TEXT = "Die GEMA dreht v\u00f6llig\nam Zeiger! Ab\u00adsatz von AT&amp;T: \u201eZitat\u201c \u2014 10-15 min.\n"


@pytest.mark.parametrize(
    "snippet",
    [
        "Die GEMA dreht völlig am Zeiger!",  # across a line break
        "die gema DREHT",  # case
        "Absatz",  # soft hyphen
        "AT&T",  # entity
        '"Zitat" - 10\u201315 min',  # quotes and dashes
        "dreht vo\u0308llig",  # decomposed accent
    ],
)
def test_what_fixes_rewrite_does_not_hide_a_snippet(snippets: ModuleType, snippet: str) -> None:
    assert snippets.Words.of(TEXT).occurrences(snippets.snippet_words(snippet))


@pytest.mark.parametrize("snippet", ["dreht v", "GEM", "Zeiger Absatz von ATT", "am Zeiger dreht"])
def test_snippets_match_whole_words_in_order(snippets: ModuleType, snippet: str) -> None:
    assert not snippets.Words.of(TEXT).occurrences(snippets.snippet_words(snippet))


def test_every_occurrence_is_found_with_the_offsets_of_its_letters(snippets: ModuleType) -> None:
    text = "Menu\nThe body.\nMenu\n"
    words = snippets.Words.of(text)
    assert words.occurrences(["menu"]) == [0, 3]
    assert [text[offset] for offset in words.span_offsets(1, 2)] == list("Thebody")


PAGE = "The council said the new rules start in May.\n\nShare on Facebook\n\nThe vote is on Tuesday.\n"


def test_a_removed_snippet_is_put_down_to_the_rule_that_took_it(snippets: ModuleType) -> None:
    accuracy = snippets.load_accuracy()
    replay = accuracy.Replay(PAGE, "page.txt", unsafe=False)
    words = snippets.Words.of(PAGE)
    share = snippets.snippet_words("Share on Facebook")
    code, applicability, touched = snippets.attribute(replay, words, words.occurrences(share), len(share))
    assert (code, applicability, snippets.line_at(PAGE, touched)) == ("B002", "safe", "Share on Facebook")
    council = snippets.snippet_words("the new rules")
    assert snippets.attribute(replay, words, words.occurrences(council), len(council)) == (snippets.UNTOUCHED, "-", None)


def test_the_command_counts_kept_and_removed_snippets(snippets: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bs4").mkdir()
    (tmp_path / "bs4" / "page.txt").write_text(PAGE, encoding="utf-8")
    record = {"name": "page", "url": None, "with": ["the new rules", "Not on the page"], "without": ["Share on Facebook"]}
    (tmp_path / "snippets.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert snippets.main([str(tmp_path), "--json", str(out)]) == 0
    payload = json.loads(out.read_text(encoding="utf-8"))
    for run in ("safe", "unsafe"):
        assert payload["inputs"][f"bs4 {run}"] == {
            "with": 2, "with in input": 1, "without": 1, "without in input": 1, "without gone": 1
        }
    assert payload["lost"] == []
    assert [(entry["run"], entry["rule"], entry["line"]) for entry in payload["removed"]] == [
        ("safe", "B002", "Share on Facebook"),
        ("unsafe", "B002", "Share on Facebook"),
    ]
    assert "| bs4 | safe | 1 (2) | 1 (100.0%) | 1 (1) | 1 (100.0%) |" in capsys.readouterr().out


def test_a_text_the_command_refuses_as_binary_is_left_out(
    snippets: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "html2text").mkdir()
    # a byte-order mark, which the command line reads as the encoding's: the replay must too
    (tmp_path / "html2text" / "page.txt").write_text("\ufeff\n\n\n" + PAGE, encoding="utf-8")
    (tmp_path / "html2text" / "nul.txt").write_text("Share on Facebook\n\0\n", encoding="utf-8")
    records = [{"name": name, "url": None, "with": ["the vote"], "without": ["Share on Facebook"]} for name in ("page", "nul")]
    (tmp_path / "snippets.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    out = tmp_path / "out.json"
    assert snippets.main([str(tmp_path), "--quiet", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["inputs"]["html2text safe"]["without in input"] == 1
    assert capsys.readouterr().err.splitlines() == [
        "note: html2text/nul.txt holds NUL bytes, which scrapelint refuses as binary: left out"
    ]
