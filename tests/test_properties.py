"""Properties every rule must keep, checked on generated article-like text.

Every rule runs (``select=["ALL"]``, so rules added later are covered without touching
this file). For any text:

- linting never raises, and every diagnostic and edit lies inside the text;
- a fix is idempotent, and leaves no fix that ``--fix`` would still apply;
- a fix changes only what was reported: in every round of fixing, each edit lies inside
  the span of the diagnostic it fixes, except for whitespace next to it (a removed line
  takes a line break and one blank line with it);
- line endings, a byte-order mark and the final newline are kept.

CI runs the ``quick`` Hypothesis profile (tests/conftest.py). For the thorough run, with
10,000 examples a test::

    HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
"""

from __future__ import annotations

import codecs

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from invariants import EVERY_RULE, check_fix_settles, check_fix_stays_inside_spans, check_lint, line_breaks
from strategies import NEWLINE_STYLES, any_text, article, uniform_article

import scrapelint
from scrapelint import checker, source
from scrapelint.document import Document

ADDS_FINAL_NEWLINE = ["missing-final-newline"]
"""The opt-in rule whose fix adds the final newline that the other rules must keep as it is."""
FILENAMES = st.sampled_from([None, "article.txt", "article.md"])


@given(any_text, FILENAMES)
@example("", None)
@example("\n\n\n", None)
@example("\r\n\r\r\n", "a.md")
@example("\U000d17d8@\x80\U00107a52\nLeave a Reply\n", None)  # a line of symbols only: B011 raised IndexError
def test_lint_never_raises_and_everything_it_reports_lies_inside_the_text(text: str, filename: str | None) -> None:
    check_lint(text, filename)


@given(article(), FILENAMES, st.booleans())
# The last line removed from a text without a final newline takes the line of a control
# character above it along (found by benchmarks/fuzz.py).
@example("The talks ended.\r\n\x00\r\n\r\n<!-- comment -->", None, False)
def test_fix_changes_only_what_was_reported(text: str, filename: str | None, unsafe: bool) -> None:
    check_fix_stays_inside_spans(text, filename, unsafe)


@given(article(), FILENAMES, st.booleans())
def test_fix_is_idempotent_and_leaves_nothing_it_would_fix(text: str, filename: str | None, unsafe: bool) -> None:
    check_fix_settles(text, filename, unsafe)


@given(uniform_article(), st.booleans())
@example(("Leave a Reply\nThe.\n\n\nLeave a Reply", "\n"), False)
@example(("Leave a Reply\nLeave a Reply\nThe\n\x1b\n\nLeave a Reply", "\n"), False)
def test_fix_keeps_the_line_ending_style_and_the_final_newline(case: tuple[str, str], unsafe: bool) -> None:
    text, newline = case
    fixed = scrapelint.fix(text, select=["ALL"], ignore=ADDS_FINAL_NEWLINE, unsafe=unsafe).text
    assert line_breaks(fixed) <= {newline}, f"{newline!r} file got {line_breaks(fixed)}: {fixed!r}"
    if fixed.strip():
        assert fixed.endswith(newline) == text.endswith(newline), (text, fixed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Removing the last line took the line break before it and one blank line, but left
        # the line break of a second blank line: the text gained a final newline.
        ("Leave a Reply\nThe.\n\n\nLeave a Reply", "The."),
        ("The.\n  \n  \nTweet\nAdvertisement\nShare on Facebook\nShare on Facebook", "The."),
        # Two fixes in one round: the removal kept a blank line's spaces as the end of the
        # text, and W001 trimmed them away in the same round.
        ("The talks went on.\n  \n  \nShare on Facebook", "The talks went on."),
        ("The.\r\n\r\n  \rShare on Facebook\rAdvertisement\nTweet", "The."),
        ("The.\r\n\r\n \rLeave a Reply", "The."),
        ("The.\n\nThe.\n\nLeave a Reply", "The.\n\nThe."),
        # The line above the removed one held only a control character, which E003 removed
        # in the same round (found by the property test below).
        ("تعليق\nLeave a Reply\n\x1b\nLeave a Reply", "تعليق"),
        ("The.\n\u200b\nShare on Facebook", "The."),
        ("The.\n\u202a\n\nLeave a Reply", "The."),
    ],
)
def test_removing_the_last_lines_keeps_a_text_without_a_final_newline(text: str, expected: str) -> None:
    assert scrapelint.fix(text, select=["ALL"], ignore=ADDS_FINAL_NEWLINE).text == expected


@given(article(), st.booleans())
@example("تعليق\nLeave a Reply\n\x1b\nLeave a Reply", False)
def test_fix_brings_no_new_line_ending_style_into_a_mixed_file(text: str, unsafe: bool) -> None:
    fixed = scrapelint.fix(text, select=["ALL"], ignore=ADDS_FINAL_NEWLINE, unsafe=unsafe).text
    assert line_breaks(fixed) <= line_breaks(text), (text, fixed)
    if fixed.strip():
        assert fixed.endswith(("\n", "\r")) == text.endswith(("\n", "\r")), (text, fixed)


BOMS = [
    (b"", "utf-8"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
]


@given(article(), st.sampled_from(BOMS), st.booleans())
def test_fixed_bytes_keep_the_byte_order_mark_and_the_encoding(
    text: str, bom: tuple[bytes, str], unsafe: bool
) -> None:
    assume("\x00" not in text)  # NUL bytes make a binary file
    assume(not text.startswith("\ufeff"))  # it would read as a byte-order mark
    mark, encoding = bom
    data = mark + text.encode(encoding)
    loaded = source.decode(data)
    assert loaded.text == text
    result = checker.check_text(loaded.text, "article.txt", EVERY_RULE, checker.Mode.FIX, unsafe)
    written = loaded.encode(result.text)
    assert written.startswith(mark)
    assert written[len(mark):] == result.text.encode(encoding)
    assert source.decode(written).text == result.text


@given(st.lists(st.tuples(st.text(max_size=5), st.sampled_from(NEWLINE_STYLES)), max_size=20))
def test_document_offsets_map_back_and_forth(parts: list[tuple[str, str]]) -> None:
    raw = "".join(text.replace("\r", "").replace("\n", "") + newline for text, newline in parts)
    doc = Document(raw)
    for offset in range(len(doc.text) + 1):
        assert doc.from_raw(doc.to_raw(offset)) == offset
        assert doc.text[:offset].count("\n") == raw[:doc.to_raw(offset)].replace("\r\n", "\n").replace("\r", "\n").count("\n")
