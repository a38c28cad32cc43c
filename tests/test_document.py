from __future__ import annotations

from scrapelint.diagnostics import Position
from scrapelint.document import Document


def test_positions_count_characters_not_bytes() -> None:
    doc = Document("héllo\nwörld…x")
    assert doc.position(0) == Position(1, 1)
    assert doc.position(7) == Position(2, 2)
    assert doc.position(12) == Position(2, 7)


def test_crlf_offsets_map_back_to_the_raw_text() -> None:
    raw = "ab\r\ncd\r\nef"
    doc = Document(raw)
    assert doc.text == "ab\ncd\nef"
    for normalized, char in enumerate(doc.text):
        if char != "\n":
            assert raw[doc.to_raw(normalized)] == char
            assert doc.from_raw(doc.to_raw(normalized)) == normalized
    assert doc.newline == "\r\n"


def test_lines_and_paragraphs() -> None:
    doc = Document("Title\n\nOne.\nTwo.\n\n\nThree.\n")
    assert [line.text for line in doc.lines] == ["Title", "", "One.", "Two.", "", "", "Three.", ""]
    assert [p.text for p in doc.paragraphs] == ["Title", "One.\nTwo.", "Three."]
    assert [(p.first_line, p.last_line) for p in doc.paragraphs] == [(0, 0), (2, 3), (6, 6)]


def test_sentences_respect_abbreviations_and_numbers() -> None:
    doc = Document("U.S. officials met on Oct. 1 with Mr. Smith. Prices rose 3.5 percent. Then? Yes!")
    assert [s.text for s in doc.sentences] == [
        "U.S. officials met on Oct. 1 with Mr. Smith.",
        "Prices rose 3.5 percent.",
        "Then?",
        "Yes!",
    ]


def test_code_spans_only_in_markdown() -> None:
    text = "Use `Leave a Reply` here.\n\n```\ncode\n```\n"
    assert Document(text, "a.txt").code_spans == ()
    spans = Document(text, "a.md").code_spans
    assert [text[s:e] for s, e in spans] == ["`Leave a Reply`", "```\ncode\n```\n"]


def test_remove_lines_takes_one_adjacent_blank_line() -> None:
    def remove(text: str, index: int) -> str:
        doc = Document(text)
        edit = doc.remove_lines(index)
        return text[:edit.start] + text[edit.end:]

    assert remove("a\n\nb\n\nc\n", 2) == "a\n\nc\n"
    assert remove("a\n\nb\n", 2) == "a\n"
    assert remove("a\n\nb", 2) == "a"
    assert remove("a\nb\nc", 1) == "a\nc"
    assert remove("b", 0) == ""
    # a line taken out of a paragraph leaves the paragraph breaks around it
    assert remove("a\nb\n\nc\n", 1) == "a\n\nc\n"
    assert remove("a\n\nb\nc\n", 2) == "a\n\nc\n"
