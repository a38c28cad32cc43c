from __future__ import annotations

import pytest
from ruletest import fires, fixed

MUST_FIRE = [
    "Biden Warns Netanyahu Over Strikes\n\nBiden Warns Netanyahu Over Strikes\n\nThe call lasted an hour.\n",
    "Biden warns Netanyahu over strikes\nBIDEN WARNS NETANYAHU OVER STRIKES\nThe call lasted an hour.\n",
    # a byline and a date between the copies
    "How the Deal Fell Apart\nBy Jane Doe\nOct. 3, 2024\nHow the Deal Fell Apart\n\nIt began in June.\n",
    "# Markets rally on rate cut hopes\n\nMarkets rally on rate cut hopes\n\nStocks rose on Friday.\n",
    "Why cities are banning gas stoves?\n\nWhy cities are banning  gas stoves?\n\nA look at the rules.\n",
    "  Storm Hits Coast  \n\nStorm Hits Coast\n\nWinds reached 90 mph.\n",
]

MUST_NOT_FIRE = [
    # the headline once
    "Biden Warns Netanyahu Over Strikes\n\nThe call lasted an hour.\n",
    # a heading repeated later, far from the top
    "Call details\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nCall details\n",
    # the first line is a sentence, not a title
    "The talks resumed on Monday.\n\nThe talks resumed on Monday.\n",
    # a headline quoted inside the first paragraph
    "Storm Hits Coast\n\nThe paper ran \"Storm Hits Coast\" on its front page.\n",
    # a bullet list that starts the text and repeats an item
    "- apples\n- apples\n- pears\n",
    "  • Biden condemned the attack.\n  • Biden condemned the attack.\n",
    # similar but different headline and subtitle
    "Storm Hits Coast\n\nStorm Hits Coast Again\n\nWinds reached 90 mph.\n",
    "Oct. 1\n\nThe attack came on Oct. 1, officials said.\n",
    # a one-line text
    "Storm Hits Coast",
    # other languages: title followed by a subtitle in the same words
    "Тайная дипломатия\n\nТайная дипломатия Ирана\n\nТекст статьи.\n",
    "東京で大雨\n\n東京で大雨の影響\n\n本文。\n",
    # text that starts with a URL line and repeats it
    "https://example.com/a.\n\nhttps://example.com/a.\n",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_duplicated_headline_fires(text: str) -> None:
    assert fires(text, "D001")


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_duplicated_headline_stays_silent(text: str) -> None:
    assert not fires(text, "D001")


def test_fix_removes_the_repeat_and_one_blank_line() -> None:
    text = "Storm Hits Coast\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n"
    assert fixed(text, "D001") == "Storm Hits Coast\n\nWinds reached 90 mph.\n"


def test_fix_keeps_crlf_line_endings() -> None:
    text = "Storm Hits Coast\r\n\r\nStorm Hits Coast\r\n\r\nWinds reached 90 mph.\r\n"
    assert fixed(text, "D001") == "Storm Hits Coast\r\n\r\nWinds reached 90 mph.\r\n"


def test_fix_when_the_repeat_ends_the_text_without_newline() -> None:
    assert fixed("Storm Hits Coast\n\nStorm Hits Coast", "D001") == "Storm Hits Coast"
