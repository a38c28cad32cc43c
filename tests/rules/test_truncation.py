from __future__ import annotations

import pytest
from ruletest import fires

MUST_FIRE = [
    "An operation that Lloyd Austin learned about during… It was implemented during a phone call.",
    "The minister said the plan would cut the... The vote is on Tuesday.",
    "Officials met with the families of… They promised an inquiry.",
    "She was the first to arrive and… Police closed the road at noon.",
    "The company has not said whether it will… Shares fell 3% on Monday.",
    "Residents were told to stay away from the… “We have no timeline,” the mayor said.",
]

MUST_NOT_FIRE = [
    # trailing-off speech inside quotations
    "\"I was going to tell you about the… No, never mind,\" she said.",
    "“We waited for the… It never came,” he said.",
    # elision in a quotation
    "He wrote that “the law […] must be changed” before the vote.",
    "The statement read: “We condemn the attack [...] and call for calm.”",
    # deliberate ellipses that end a thought
    "Wait… what? Nobody expected that.",
    "Count with me: 1, 2, 3… Go!",
    "Bring pens, paper, tape etc… The list goes on.",
    "And then… Nothing happened for an hour.",
    # an ellipsis that ends the sentence, followed by lowercase text
    "It was implemented during… a phone call.",
    # an ellipsis with a space before it
    "He paused for a moment ... Then he spoke.",
    # the open word inside a longer word
    "The show was called Tomorrow… It ran for years.",
    # other languages
    "Il a dit que la… Nous verrons demain.",
    # a feed teaser that ends the text
    "Officials met with the families of…",
    # four dots
    "He left the.... It was odd.",
    # bullet lists and headings around it
    "Call details\n\n  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_truncated_sentence_fires(text: str) -> None:
    assert fires(text, "T001")


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_truncated_sentence_stays_silent(text: str) -> None:
    assert not fires(text, "T001")


def test_truncated_sentence_has_no_fix() -> None:
    import scrapelint

    (diagnostic,) = scrapelint.lint("Officials met with the families of… They promised an inquiry.", select=["T001"])
    assert diagnostic.fix is None
    assert "of" in diagnostic.message
