from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import codes, fires, fixed

import scrapelint
from scrapelint.document import Document
from scrapelint.rules import whitespace

# Text every whitespace rule must leave alone.
CLEAN = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "See https://example.com/a_(b)?x=1 or write to user.name+tag@example.co.uk.\n",
    "“I was going to tell you about the…” she said.\n",
    "  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
    "Le café « Chez Paul » ouvre à 8\u00a0h.\n",
    "政府表示，東京的會談將於週二恢復。\n",
    "First paragraph.\n\nSecond paragraph.\n\n\nA new section after two blank lines.\n",
    "    indented text\n",
]


# -- W001 trailing-whitespace ---------------------------------------------------------

TRAILING_FIRES = [
    ("The talks ended on Tuesday.   \n", None),
    ("The talks ended.\t\n", None),
    ("The talks ended.\u00a0\n", None),
    ("Paragraph one.\n   \nParagraph two.\n", None),
    ("Last line without newline  ", None),
    ("A hard break at the end of a paragraph  \n\nNext.\n", "a.md"),
    ("Three spaces   \nnext line\n", "a.md"),
    ("A tab\t\nnext line\n", "a.md"),
    ("Crlf file.  \r\nNext.\r\n", None),
]

TRAILING_SILENT = [(text, None) for text in CLEAN] + [
    ("A Markdown hard break  \nnext line\n", "a.md"),
    ("A Markdown hard break  \r\nnext line\r\n", "notes.markdown"),
    ("```\ncode with trailing spaces   \n```\n", "a.md"),
    ("| a | b |\n|---|---|\n| 1 | 2 |\n", "a.md"),
    ("No trailing whitespace\nanywhere\n", None),
]


@pytest.mark.parametrize(("text", "filename"), TRAILING_FIRES)
def test_trailing_whitespace_fires(text: str, filename: str | None) -> None:
    assert fires(text, "W001", filename=filename)


@pytest.mark.parametrize(("text", "filename"), TRAILING_SILENT)
def test_trailing_whitespace_stays_silent(text: str, filename: str | None) -> None:
    assert not fires(text, "W001", filename=filename)


def test_trailing_whitespace_fix() -> None:
    assert fixed("Ended.   \n   \nNext.\t\n", "W001") == "Ended.\n\nNext.\n"
    assert fixed("Ended.  \r\nNext. \r\n", "W001") == "Ended.\r\nNext.\r\n"
    assert fixed("Ended.\n   ", "W001") == "Ended."
    assert fixed("Ended.\n \n ", "W001") == "Ended."


def test_markdown_hard_break_keeps_two_spaces() -> None:
    text = "Line one    \nline two  \n\nPara end  \n"
    assert fixed(text, "W001", filename="a.md") == "Line one  \nline two\n\nPara end\n"
    # The same text in a plain-text file has no hard breaks.
    assert fixed(text, "W001") == "Line one\nline two\n\nPara end\n"


# -- W002 multiple-spaces -------------------------------------------------------------

MULTIPLE_SPACES_FIRES = [
    "Updated  1:39 am EST, Wednesday, November 20, 2019\n",
    "Earlier this year, Johnston told  Billboard the band is back.\n",
    "Air pollution in Delhi remains “unhealthy” this week.  Berkeley Earth\n",
    "for Russian travelers in 2019  Armenia has been named the most popular destination\n",
    "usually loses that game.  Instead, consider doing what they did.\n",
    "things for   members of his firm\n",
    # two spaces after one sentence of a text that otherwise puts one
    "The talks ended.  Officials said nothing.\nThey left. The hall closed. Nobody spoke.\n",
]

MULTIPLE_SPACES_SILENT = CLEAN + [
    "#####  Report: Bank of America Tower sells for record price\n",
    "  *   * share this!\n",
    "  *  __Instagram\n",
    "1.  First item of an ordered list\n",
    ">  quoted text here\n",
    "New,  15  comments\n",
    "Name    Age    City\nJohn    32     Paris\n",
    "Pos  Player\n32   Reed Sorenson\n",
    "| a  | b  |\n|----|----|\n",
    "Home |  | Archive\n",
    "Text.\n\n```\nx  =  1\n```\n",
    "Spaces at the end  \n",
    # the typewriter convention: two spaces after every sentence
    "The meeting is moved to Thursday.  Please bring the budget.\n"
    "The room is on the second floor.  Lunch is provided.\nThanks.  See you there.\n",
    # a listing, under a colon: its spacing is the program's
    "Deny the request:\nif (!user) {\nreturn  403;\n}\n",
]


@pytest.mark.parametrize("text", MULTIPLE_SPACES_FIRES)
def test_multiple_spaces_fires(text: str) -> None:
    assert fires(text, "W002")


@pytest.mark.parametrize("text", MULTIPLE_SPACES_SILENT)
def test_multiple_spaces_stays_silent(text: str) -> None:
    assert not fires(text, "W002", filename="a.md" if "```" in text else None)


def test_multiple_spaces_fix() -> None:
    assert fixed("Updated  1:39 am\r\n", "W002") == "Updated 1:39 am\r\n"
    once = fixed("things for   members\n", "W002")
    assert once == "things for members\n"
    assert fixed(once, "W002") == once


# -- W003 excess-blank-lines ----------------------------------------------------------

BLANK_LINES_FIRES = [
    "The talks ended.\n\n\n\nOfficials said nothing.\n",
    "The talks ended.\n\n  \n\t\n\nOfficials said nothing.\n",
    "\n\n\n\nThe talks ended.\n",
    "The talks ended.\n\n\n\n\n",
    "The talks ended.\r\n\r\n\r\n\r\nOfficials said nothing.\r\n",
]

BLANK_LINES_SILENT = CLEAN + [
    "One.\n\nTwo.\n\n\nThree.\n",
    "The end.\n\n\n",
    "Text.\n\n```\n\n\n\n\n```\n",
]


@pytest.mark.parametrize("text", BLANK_LINES_FIRES)
def test_excess_blank_lines_fires(text: str) -> None:
    assert fires(text, "W003")


@pytest.mark.parametrize("text", BLANK_LINES_SILENT)
def test_excess_blank_lines_stays_silent(text: str) -> None:
    assert not fires(text, "W003", filename="a.md" if "```" in text else None)


def test_excess_blank_lines_fix_keeps_the_allowed_number() -> None:
    assert fixed("A.\n\n\n\n\nB.\n", "W003") == "A.\n\n\nB.\n"
    assert fixed("A.\r\n\r\n\r\n\r\n\r\nB.\r\n", "W003") == "A.\r\n\r\n\r\nB.\r\n"
    assert fixed("A.\n\n\n\n\n", "W003") == "A.\n\n\n"
    assert fixed("A.\n\n\n\n  ", "W003") == "A.\n\n  "
    settings = scrapelint.Settings(select=["W003"], rule_options={"W003": {"max-blank-lines": 1}})
    assert scrapelint.fix("A.\n\n\nB.\n", settings=settings).text == "A.\n\nB.\n"


# -- W004 mixed-line-endings ----------------------------------------------------------

MIXED_FIRES = [
    "One.\r\nTwo.\nThree.\r\nFour.\r\n",
    "One.\nTwo.\r\nThree.\nFour.\n",
    "One.\r\nTwo.\rThree.\r\n",
    "One.\nTwo.\r",
]

MIXED_SILENT = CLEAN + [
    "One.\r\nTwo.\r\nThree.\r\n",
    "One.\rTwo.\rThree.\r",
    "One.\nTwo.\n",
    "No line break at all",
]


@pytest.mark.parametrize("text", MIXED_FIRES)
def test_mixed_line_endings_fires(text: str) -> None:
    assert fires(text, "W004")


@pytest.mark.parametrize("text", MIXED_SILENT)
def test_mixed_line_endings_stays_silent(text: str) -> None:
    assert not fires(text, "W004")


def test_mixed_line_endings_fix_uses_the_dominant_style() -> None:
    assert fixed("One.\r\nTwo.\nThree.\r\nFour.\r\n", "W004") == "One.\r\nTwo.\r\nThree.\r\nFour.\r\n"
    assert fixed("One.\nTwo.\r\nThree.\nFour.\n", "W004") == "One.\nTwo.\nThree.\nFour.\n"
    assert fixed("One.\r\nTwo.\rThree.\r\n", "W004") == "One.\r\nTwo.\r\nThree.\r\n"


def test_mixed_line_endings_reports_each_minority_break_once() -> None:
    text = "One.\r\nTwo.\nThree.\r\nFour.\nFive.\r\nSix.\r\n"
    diagnostics = scrapelint.lint(text, select=["W004"])
    assert [(d.location.row, text[d.start:d.end]) for d in diagnostics] == [(2, "\n"), (4, "\n")]
    assert "CRLF" in diagnostics[0].message


# -- W005 missing-final-newline -------------------------------------------------------


def test_missing_final_newline_is_opt_in() -> None:
    assert "W005" not in [d.code for d in scrapelint.lint("No newline")]


@pytest.mark.parametrize("text", ["No newline", "Two lines\nno newline", "Crlf\r\nno newline"])
def test_missing_final_newline_fires(text: str) -> None:
    assert fires(text, "W005")


@pytest.mark.parametrize("text", [*CLEAN, "", "Crlf\r\n", "Cr\r"])
def test_missing_final_newline_stays_silent(text: str) -> None:
    assert not fires(text, "W005")


def test_missing_final_newline_fix_uses_the_file_style() -> None:
    assert fixed("One\nTwo", "W005") == "One\nTwo\n"
    assert fixed("One\r\nTwo", "W005") == "One\r\nTwo\r\n"
    assert fixed(fixed("One", "W005"), "W005") == "One\n"


# -- W006 tab-in-prose ----------------------------------------------------------------

TAB_FIRES = [
    "The minister said the talks\twould resume on Tuesday.\n",
    "Officials,\tlike their counterparts, declined to comment.\n",
    "The company said \t it expects growth next year.\n",
]

TAB_SILENT = CLEAN + [
    "\tIndented paragraph with a tab at the start.\n",
    "1.\tFirst item of the list goes here.\n",
    "•\tBullet with a tab after it here.\n",
    "name\tage\tcity\nJohn\t32\tParis\n",
    "Population\tabout five million people\nArea\tthree hundred square km\n",
    "Tags:\tpolitics, economy, world news\n",
    "Posted by the editor\tJohn Smith on Monday\n",
    "Short\tline\n",
    "Text.\n\n```\nif x:\n\treturn a\tb and c\n```\n",
    "Trailing tab at the end of a sentence.\t\n",
]


@pytest.mark.parametrize("text", TAB_FIRES)
def test_tab_in_prose_fires(text: str) -> None:
    assert fires(text, "W006")


@pytest.mark.parametrize("text", TAB_SILENT)
def test_tab_in_prose_stays_silent(text: str) -> None:
    assert not fires(text, "W006", filename="a.md" if "```" in text else None)


def test_tab_in_prose_fix() -> None:
    once = fixed("The company said \t it expects growth.\r\n", "W006")
    assert once == "The company said it expects growth.\r\n"
    assert fixed(once, "W006") == once


# -- all whitespace rules together ----------------------------------------------------


def test_whitespace_rules_together_converge_on_a_crlf_file() -> None:
    text = "Title  \r\n\r\n\r\n\r\n\r\nThe talks  ended\ton Tuesday with a deal.\nMore text.   \r\n"
    once = scrapelint.fix(text, select=["W"])
    assert once.converged
    assert once.text == "Title\r\n\r\n\r\nThe talks ended on Tuesday with a deal.\r\nMore text.\r\n"
    assert scrapelint.fix(once.text, select=["W"]).text == once.text
    assert codes(once.text, "W") == []


def test_multiple_spaces_in_code_are_flagged_without_a_listing_in_sight() -> None:
    assert fires("return  403;\n", "W002")


@given(st.lists(st.sampled_from(["a", "é", "政", " ", "  ", "\t", "\u00a0", "\u3000", "\u2009", "\u200b", "\x0b", ".", "\n", "\n\n", "\r\n"]), max_size=16).map("".join))
@example(" ")
@example("a \n\u3000\n\nb\t")
def test_trailing_whitespace_reads_each_line_whose_last_character_is_a_space(text: str) -> None:
    doc = Document(text)
    ending_in_space = [line for line in doc.lines if line.text and line.text[-1] in whitespace.HORIZONTAL_SPACE]
    assert doc.lines_closing_with(whitespace._last_character_a_space()) == ending_in_space
