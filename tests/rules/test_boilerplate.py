from __future__ import annotations

import pytest
from ruletest import fires, fixed

MUST_FIRE = [
    "The talks ended.\n\nLeave a Reply\n",
    "The talks ended.\n\nLeave a Replay",
    "The talks ended.\n\nLeave a Repy\n",
    "The talks ended.\n\nLEAVE A COMMENT\n",
    "The talks ended.\n\nPost a comment:\n",
    "The talks ended.\nLeave a Reply Cancel reply\nYour name\n",
    "The talks ended.\n\n  Leave a comment  \n",
    "The talks ended.\n\n### Leave a Reply\n",
]

MUST_NOT_FIRE = [
    "They leave a reply card in every room.\n",
    "Leave a reply, she said, and the clerk did.\n",
    "Readers can leave a comment below the article, the editor said.\n",
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "Reply\n",
    "Leave\n",
    "Leave a legacy\n",
    "Leave a light on\n",
    "Leave the country\n",
    "Comments\n",
    "  • Leave a reply card on the desk.\n",
    "Laisser une trace\n",
    "https://example.com/leave-a-reply\n",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_comment_form_fires(text: str) -> None:
    assert fires(text, "B001")


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_comment_form_stays_silent(text: str) -> None:
    assert not fires(text, "B001")


def test_fix_removes_the_line_and_one_blank_line() -> None:
    assert fixed("The talks ended.\n\nLeave a Reply\n\nMore text.\n", "B001") == "The talks ended.\n\nMore text.\n"
    assert fixed("The talks ended.\n\nLeave a Reply", "B001") == "The talks ended."
    assert fixed("The talks ended.\n\nLeave a Reply\n", "B001") == "The talks ended.\n"
