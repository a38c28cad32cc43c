"""Inline suppression comments, in .txt and .md alike, and the unused-suppression rule (S100)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import scrapelint

RULES = ["B001", "D001", "S100"]
ARTICLE = "The storm reached the coast on Monday.\n\n"
PROMPT = "Leave a Reply\n"
"""A comment-form prompt: B001 fires on it, with a safe fix that removes the line."""


def codes(text: str, filename: str = "page.txt", select: list[str] = RULES) -> list[tuple[str, int]]:
    return [(d.code, d.location.row) for d in scrapelint.lint(text, select=select, filename=filename)]


FILENAMES = pytest.mark.parametrize("filename", ["page.txt", "page.md"])


@FILENAMES
def test_without_a_comment_the_prompt_is_flagged(filename: str) -> None:
    assert codes(ARTICLE + PROMPT, filename) == [("B001", 3)]


@FILENAMES
def test_disable_next_line(filename: str) -> None:
    text = ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT + "\n" + PROMPT
    assert codes(text, filename) == [("B001", 6)]  # only the next line


@FILENAMES
def test_disable_next_line_skips_blank_lines(filename: str) -> None:
    text = ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n\n" + PROMPT
    assert codes(text, filename) == []


@FILENAMES
def test_disable_and_enable(filename: str) -> None:
    text = (
        "<!-- scrapelint: disable B001 -->\n" + ARTICLE + PROMPT
        + "<!-- scrapelint: enable -->\n\n" + PROMPT
    )
    assert codes(text, filename) == [("B001", 7)]


@FILENAMES
def test_disable_without_enable_lasts_to_the_end(filename: str) -> None:
    assert codes(ARTICLE + "<!--scrapelint:disable B001-->\n" + PROMPT + "\n" + PROMPT, filename) == []


def test_enable_with_a_code_ends_only_that_code() -> None:
    text = (
        "Storm Hits Coast\n\n<!-- scrapelint: disable B001, D001 -->\n"
        "Storm Hits Coast\n\n" + PROMPT + "<!-- scrapelint: enable B001 -->\n\n"
        "Storm Hits Coast\n\n" + PROMPT
    )
    assert codes(text) == [("B001", 11)]


@FILENAMES
def test_blanket_forms_silence_every_rule(filename: str) -> None:
    assert codes("<!-- scrapelint: disable-file -->\nStorm Hits Coast\nStorm Hits Coast\n" + PROMPT, filename) == []
    text = "Storm Hits Coast\n<!-- scrapelint: disable -->\nStorm Hits Coast\n" + PROMPT
    assert codes(text, filename) == []


def test_disable_file_with_codes() -> None:
    text = "<!-- scrapelint: disable-file B001 -->\nStorm Hits Coast\nStorm Hits Coast\n\n" + PROMPT
    assert codes(text) == [("D001", 3)]


def test_selectors_may_be_names_prefixes_and_categories() -> None:
    for selector in ("comment-form", "B", "B0", "boilerplate", "ALL"):
        text = ARTICLE + f"<!-- scrapelint: disable-next-line {selector} -->\n" + PROMPT
        assert codes(text) == [], selector


def test_a_comment_inside_markdown_code_is_an_example_not_a_directive() -> None:
    text = "```\n<!-- scrapelint: disable-file -->\n```\n\n" + PROMPT
    assert codes(text, "page.md") == [("B001", 5)]
    assert codes(text, "page.txt") == []  # plain text has no code blocks


def test_crlf_text() -> None:
    text = (ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT + "\n" + PROMPT).replace("\n", "\r\n")
    [diagnostic] = scrapelint.lint(text, select=RULES)
    assert diagnostic.location.row == 6
    assert text[diagnostic.start:diagnostic.end] == PROMPT.strip()


def test_a_comment_opened_inside_a_directive_is_the_directive() -> None:
    # A directive's words end at the next comment's opening: the last opening before the
    # "-->" starts the directive, and the line of openers before it is read only once.
    text = ARTICLE + "<!-- scrapelint: disable-next-line <!-- scrapelint: disable-next-line B001 -->\n" + PROMPT
    assert codes(text) == []


def test_other_rules_leave_the_comments_alone() -> None:
    text = (
        "<!-- scrapelint: disable-file T001 -->\n"
        "Storm Hits Coast\n\n"
        "The storm reached the coast.   <!-- scrapelint: disable-next-line B001 -->\n"
        "Leave a Reply\n\n"
        "<!--   scrapelint:   disable   D001,B001   -->\n"
        "Storm Hits Coast\n"
        "<!-- scrapelint: enable -->\n"
    )
    comments = [(m.start(), m.end()) for m in __import__("re").finditer(r"<!--.*?-->", text)]
    for diagnostic in scrapelint.lint(text, select=["ALL"], filename="page.md"):
        if diagnostic.code == "S100":
            continue
        for start, end in comments:
            assert not (start < diagnostic.end and diagnostic.start < end), diagnostic
            if diagnostic.fix:
                assert all(not (start < e.end and e.start < end) for e in diagnostic.fix.edits), diagnostic


def test_a_suppressed_diagnostic_is_not_fixed() -> None:
    text = ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT + "\n" + PROMPT
    result = scrapelint.fix(text, select=RULES)
    assert result.text == ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT
    assert [d.code for d in result.fixed] == ["B001"]


# -- S100: the comments that do nothing ------------------------------------------------------

UNUSED = [
    # (text, message of the S100 finding)
    ("<!-- scrapelint: disable-next-line B001 -->\n" + ARTICLE,
     "Unused suppression: nothing to suppress for B001"),
    ("<!-- scrapelint: disable-file -->\n" + ARTICLE, "Unused suppression: `disable-file` suppresses nothing"),
    (ARTICLE + "<!-- scrapelint: enable -->\n", "Unused suppression: `enable` ends no suppression"),
    (ARTICLE + "<!-- scrapelint: disable D001 -->\nStorm\n<!-- scrapelint: enable B001 -->\n",
     "Unused suppression: ends no suppression of B001"),
    ("<!-- scrapelint: disable-file B0001 -->\n" + ARTICLE,
     "Unknown rule in suppression: B0001; did you mean 'B001'?"),
    ("<!-- scrapelint: disabel B001 -->\n" + ARTICLE, "Unknown suppression form 'disabel'; did you mean 'disable'?"),
]


@pytest.mark.parametrize(("text", "message"), UNUSED, ids=[m for _, m in UNUSED])
@FILENAMES
def test_unused_suppression_fires(text: str, message: str, filename: str) -> None:
    found = [d for d in scrapelint.lint(text, select=RULES, filename=filename) if d.code == "S100"]
    assert message in [d.message for d in found]
    assert all(d.name == "unused-suppression" and d.category == "structure" for d in found)


STAYS_SILENT = [
    # a comment that suppressed something
    ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT,
    # a rule that does not run here cannot be judged
    "<!-- scrapelint: disable-file T001 -->\n" + ARTICLE,
    # a comment about S100 itself
    "<!-- scrapelint: disable-file S100 -->\n" + ARTICLE,
    # an enable that ends a range, though the range suppressed something
    "<!-- scrapelint: disable B001 -->\n" + PROMPT + "<!-- scrapelint: enable -->\n",
    # the syntax shown in Markdown code
    "Write `<!-- scrapelint: disable-file -->` to silence a file.\n",
    # a comment that merely mentions the tool
    "<!-- generated by scrapelint: see the docs -->\n" + ARTICLE,
]


@pytest.mark.parametrize("text", STAYS_SILENT)
def test_unused_suppression_stays_silent(text: str) -> None:
    assert "S100" not in [code for code, _ in codes(text, "page.md")]


def test_unused_suppression_is_judged_only_when_selected() -> None:
    assert codes("<!-- scrapelint: disable-file B0001 -->\n" + ARTICLE, select=["B001"]) == []


def test_unused_suppression_can_itself_be_suppressed() -> None:
    text = "<!-- scrapelint: disable-file S100 -->\n<!-- scrapelint: disable-file B001 -->\n" + ARTICLE
    assert codes(text) == []


FIXES = [
    # unused comment alone on its line: the line goes, with one blank line
    (ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n\nThe end.\n", ARTICLE + "The end.\n"),
    # an unused range: the disable and the enable that ends only it
    ("<!-- scrapelint: disable B001 -->\n" + ARTICLE + "<!-- scrapelint: enable -->\nThe end.\n",
     ARTICLE + "The end.\n"),
    # one unused selector out of two
    ("Storm Hits Coast\n<!-- scrapelint: disable-next-line B001, D001 -->\nStorm Hits Coast\n",
     "Storm Hits Coast\n<!-- scrapelint: disable-next-line D001 -->\nStorm Hits Coast\n"),
    # an unknown selector next to a known one that is used
    ("Storm Hits Coast\n<!-- scrapelint: disable-next-line D001,X999 -->\nStorm Hits Coast\n",
     "Storm Hits Coast\n<!-- scrapelint: disable-next-line D001 -->\nStorm Hits Coast\n"),
    # a comment that shares its line with text: the text stays
    ("The storm reached the coast. <!-- scrapelint: disable-file D001 -->\n",
     "The storm reached the coast.\n"),
    ("<!-- scrapelint: disable-file D001 --> The storm reached the coast.\n",
     "The storm reached the coast.\n"),
]


@pytest.mark.parametrize(("text", "fixed"), FIXES)
def test_unused_suppression_fix(text: str, fixed: str) -> None:
    result = scrapelint.fix(text, select=RULES)
    assert result.text == fixed
    assert "S100" in [d.code for d in result.fixed]
    assert [d.code for d in result.remaining] == []


def test_an_unknown_form_has_no_fix() -> None:
    text = "<!-- scrapelint: disabel B001 -->\n" + ARTICLE
    [finding] = [d for d in scrapelint.lint(text, select=RULES) if d.code == "S100"]
    assert finding.fix is None


IDEMPOTENCE = [
    ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT + "\n" + PROMPT,
    "<!-- scrapelint: disable B001 -->\n" + PROMPT + "<!-- scrapelint: enable -->\n" + PROMPT,
    "<!-- scrapelint: disable D001 -->\n<!-- scrapelint: disable B001 -->\n" + PROMPT
    + "<!-- scrapelint: enable -->\n" + PROMPT,
    "Storm Hits Coast\n<!-- scrapelint: disable-next-line B001, D001, X999 -->\nStorm Hits Coast\n\n" + PROMPT,
    "<!-- scrapelint: enable -->\n<!-- scrapelint: enable -->\n\n" + PROMPT + "<!-- scrapelint: disable-file -->",
    (ARTICLE + "<!-- scrapelint: disable-next-line B001 -->\n" + PROMPT).replace("\n", "\r\n"),
]


@pytest.mark.parametrize("text", IDEMPOTENCE)
@FILENAMES
def test_fix_is_idempotent_with_suppressions(text: str, filename: str) -> None:
    once = scrapelint.fix(text, filename=filename)
    assert once.converged
    assert scrapelint.fix(once.text, filename=filename).text == once.text
    assert not [d for d in once.remaining if d.fix and d.fix.applicability.value == "safe" and d.code == "S100"]


# -- the lookups by bisection, against their definitions ------------------------------------------

_SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)).map(lambda pair: (pair[0], pair[0] + pair[1])), max_size=12)


@given(_SPANS, st.integers(0, 50), st.integers(0, 8))
@example([(0, 10), (2, 4)], 3, 1)  # inside a span that starts before another
@example([(5, 5), (5, 9)], 5, 0)
def test_comment_spans_found_by_bisection_are_those_a_test_of_each_finds(spans: list[tuple[int, int]], start: int, width: int) -> None:
    from scrapelint.suppression import _CommentSpans

    end = start + width
    comments = _CommentSpans(spans)
    assert comments.protect(start, end) == any(low <= start and end <= high for low, high in spans)
    assert comments.overlapping(start, end) == sorted(span for span in spans if start < span[1] and span[0] < end)


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 10), st.sampled_from([None, frozenset({"B001"}), frozenset({"B001", "D001"})])),
        max_size=10,
    ),
    st.integers(0, 55),
    st.sampled_from(["B001", "D001", "T001"]),
)
@example([(0, 50, None), (3, 0, frozenset({"B001"})), (3, 2, frozenset({"B001"}))], 3, "B001")  # nested and equal starts
def test_the_regions_covering_an_offset_are_those_a_test_of_each_finds(
    shapes: list[tuple[int, int, frozenset[str] | None]], offset: int, code: str
) -> None:
    from scrapelint.suppression import BLANKET, Directives, Region

    regions = tuple(Region(index, BLANKET if codes is None else 0, codes, start, start + length) for index, (start, length, codes) in enumerate(shapes))
    expected = [(r.directive, r.token) for r in regions if r.start <= offset <= r.end and (r.codes is None or code in r.codes)]
    assert sorted(Directives(regions=regions).suppressing(code, offset)) == sorted(expected)
