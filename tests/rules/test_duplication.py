from __future__ import annotations

import textwrap
from unittest.mock import patch

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import assert_only_unsafe_fix, codes, fires, fixed

import scrapelint
from scrapelint import document
from scrapelint.diagnostics import Applicability
from scrapelint.document import SCAN_BLOCK_CHARS, Document
from scrapelint.rules.duplication import (
    _DOUBLED_WORD,
    _ends_as_prose,
    _holds_each_word,
    _listed_doubles,
    _opening_sentence_pattern,
)

# A long paragraph of running text, and others to surround it.
COUNCIL = "The council voted 7-2 on Tuesday to close the Main Street bridge for repairs next spring, the mayor's office said."
FLOODS = "Residents who live near the river were told to move their cars to higher ground before the weekend."
PULL_QUOTE = "No one bothered mentioning that the sick state of the nation's finances isn't technology's problem to solve."


def fix_is_idempotent(text: str, code: str, unsafe: bool = False) -> None:
    once = fixed(text, code, unsafe=unsafe)
    assert fixed(once, code, unsafe=unsafe) == once


def applicabilities(text: str, code: str) -> list[Applicability]:
    return [d.fix.applicability for d in scrapelint.lint(text, select=[code]) if d.fix is not None]


# -- D001 duplicated-headline ------------------------------------------------------------

HEADLINE_FIRES = [
    "Biden Warns Netanyahu Over Strikes\n\nBiden Warns Netanyahu Over Strikes\n\nThe call lasted an hour.\n",
    "Biden warns Netanyahu over strikes\nBIDEN WARNS NETANYAHU OVER STRIKES\nThe call lasted an hour.\n",
    # a byline and a date between the copies
    "How the Deal Fell Apart\nBy Jane Doe\nOct. 3, 2024\nHow the Deal Fell Apart\n\nIt began in June.\n",
    "# Markets rally on rate cut hopes\n\nMarkets rally on rate cut hopes\n\nStocks rose on Friday.\n",
    "Why cities are banning gas stoves?\n\nWhy cities are banning  gas stoves?\n\nA look at the rules.\n",
    "  Storm Hits Coast  \n\nStorm Hits Coast\n\nWinds reached 90 mph.\n",
    # a copy with the site name, on either side
    "Storm Hits Coast | The Daily News\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n",
    "Storm Hits Coast\n\nStorm Hits Coast - CNN\n\nWinds reached 90 mph.\n",
    "Alibaba to raise up to $12.9bn in Hong Kong listing : CityAM\nAlibaba to raise up to $12.9bn in Hong Kong listing\nThe deal is the largest this year.\n",
]

HEADLINE_SILENT = [
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
    # a title and subtitle joined by a colon without a space before it
    "Storm Hits Coast\n\nStorm Hits Coast: What We Know\n\nWinds reached 90 mph.\n",
    # a long tail after the separator is a subtitle, not a site name
    "Brexit\n\nBrexit | What happens to the border, the money and the people who live on both sides\n\nText.\n",
]


@pytest.mark.parametrize("text", HEADLINE_FIRES)
def test_duplicated_headline_fires(text: str) -> None:
    assert fires(text, "D001")


@pytest.mark.parametrize("text", HEADLINE_SILENT)
def test_duplicated_headline_stays_silent(text: str) -> None:
    assert not fires(text, "D001")


def test_headline_fix_removes_the_repeat_and_one_blank_line() -> None:
    text = "Storm Hits Coast\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n"
    assert fixed(text, "D001") == "Storm Hits Coast\n\nWinds reached 90 mph.\n"
    fix_is_idempotent(text, "D001")


def test_headline_fix_keeps_crlf_line_endings() -> None:
    text = "Storm Hits Coast\r\n\r\nStorm Hits Coast\r\n\r\nWinds reached 90 mph.\r\n"
    assert fixed(text, "D001") == "Storm Hits Coast\r\n\r\nWinds reached 90 mph.\r\n"


def test_headline_fix_when_the_repeat_ends_the_text_without_newline() -> None:
    assert fixed("Storm Hits Coast\n\nStorm Hits Coast", "D001") == "Storm Hits Coast"


def test_headline_with_site_name_is_removed_only_as_an_unsafe_fix() -> None:
    text = "Storm Hits Coast | The Daily News\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n"
    assert applicabilities(text, "D001") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D001", "Storm Hits Coast\n\nWinds reached 90 mph.\n")
    fix_is_idempotent(text, "D001", unsafe=True)


def test_headline_copy_in_another_letter_case_is_removed_only_as_an_unsafe_fix() -> None:
    text = "Best Film Cameras\n\nBEST FILM CAMERAS\n\nFilm is back.\n"
    assert applicabilities(text, "D001") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D001", "Best Film Cameras\n\nFilm is back.\n")
    same_case = "Best Film Cameras\n\nBest  Film Cameras:\n\nFilm is back.\n"
    assert applicabilities(same_case, "D001") == [Applicability.SAFE]


def test_every_copy_of_a_headline_printed_over_and_over_goes_in_one_round() -> None:
    # Each removal brings the next copy into the window: reported at once, not a round each
    # (fixes stop after ten rounds, and fifteen copies never settled).
    for copies in (3, 15):
        text = "Storm Hits Coast\n\n" * copies + "Winds reached 90 mph.\n"
        assert applicabilities(text, "D001") == [Applicability.SAFE] * (copies - 1)
        result = scrapelint.fix(text, select=["D001"])
        assert result.converged and len(result.rounds) == 1
        assert result.text == "Storm Hits Coast\n\nWinds reached 90 mph.\n"


def test_the_copies_after_one_a_fix_cannot_take_safely_are_left_for_later() -> None:
    # What comes after a copy only an unsafe fix removes is judged once that copy is gone.
    text = "Best Film Cameras\n\nBEST FILM CAMERAS\n\nBest Film Cameras\n\nFilm is back.\n"
    assert applicabilities(text, "D001") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D001", "Best Film Cameras\n\nFilm is back.\n")


def test_a_headline_printed_again_beyond_the_window_is_left_alone() -> None:
    text = "Storm Hits Coast\n\nStorm Hits Coast\n\nBy Jane Doe\n\nMay 1\n\nUpdated\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n"
    assert [d.location.row for d in scrapelint.lint(text, select=["D001"])] == [3]


# -- D002 repeated-paragraph -------------------------------------------------------------

PARAGRAPH_FIRES = [
    # extractor output, one paragraph a line, printed twice in a row
    f"Officials met on Monday.\n{COUNCIL}\n{COUNCIL}\n{FLOODS}\n",
    # the same, far apart, with blank lines
    f"{COUNCIL}\n\n{FLOODS}\n\nThe bridge opened in 1932.\n\n{COUNCIL}\n",
    # a table header printed twice (thead and tbody)
    "Defensive Line\n| Pos | Player | Plays | % | Stats |\n| Pos | Player | Plays | % | Stats |\n| DL | Larry Ogunjobi | 63 | 85% | 1 tackle |\n",
    # a byline printed twice
    "Storm Hits Coast\n\nBy Sarah E. Needleman\nBy Sarah E. Needleman\n\nWinds reached 90 mph.\n",
    # a hard-wrapped paragraph printed twice
    "The council voted 7-2 on Tuesday to close the Main Street bridge for\n"
    "repairs next spring, the mayor's office said on Wednesday morning.\n\n"
    "The council voted 7-2 on Tuesday to close the Main Street bridge for\n"
    "repairs next spring, the mayor's office said on Wednesday morning.\n\n"
    "Residents who live near the river were told to move their cars to\n"
    "higher ground before the weekend, and to keep their phones charged.\n",
    # another language
    "Совет проголосовал во вторник за закрытие моста на Главной улице на ремонт следующей весной.\n"
    "Совет проголосовал во вторник за закрытие моста на Главной улице на ремонт следующей весной.\n",
    # a copy that differs only in spacing
    f"{COUNCIL}\n{COUNCIL.replace(' ', '  ', 3)}\n",
    # a hard-wrapped paragraph printed again apart, wrapped at another width: no line repeats
    "The council voted on Tuesday to close the Main Street bridge for repairs next\n"
    "spring, and residents who live near the river were told to expect long detours\n"
    "for months.\n\n"
    "Nobody at the meeting could say when the work would start or how much it would\n"
    "cost the city in the end, and the mayor said she would ask again.\n\n"
    "The council voted on Tuesday to close the Main Street bridge for\n"
    "repairs next spring, and residents who live near the river were told\n"
    "to expect long detours for months.\n",
]

PARAGRAPH_SILENT = [
    # list items may repeat
    "- apples\n- apples\n- pears\n",
    "  • Biden condemned the attack on Israel by Iran.\n  • Biden condemned the attack on Israel by Iran.\n",
    # one word printed twice is boilerplate, not a duplicated paragraph
    "Advertisement\n\nAdvertisement\n\nThe call lasted an hour.\n",
    "Oct. 1\nOct. 1\nThe attack came on Oct. 1, officials said.\n",
    # interviews ask each guest the same question
    "Olga\nWhat kind of food do you love, and is there anything that you would never eat?\nI love soups.\n"
    "Daria\nWhat kind of food do you love, and is there anything that you would never eat?\nPasta, always.\n",
    # printed three times apart: the structure of the page
    "Vote for Olga on the last page, and the three winners will get prizes and gift sets.\n\nOlga cooks.\n\n"
    "Vote for Olga on the last page, and the three winners will get prizes and gift sets.\n\nDaria bakes.\n\n"
    "Vote for Olga on the last page, and the three winners will get prizes and gift sets.\n",
    # figures repeat in meal plans and tables
    "Meal 1\nPortion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.\nMeal 2\nSnack\n"
    "Meal 3\nPortion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.\n",
    # a short line repeated far apart
    "Call details\n\nDuring the call, Biden affirmed his commitment.\n\nCall details\n",
    "Source: https://example.com/report-2024\n\nThe report was published on Monday.\n\nSource: https://example.com/report-2024\n",
    # the headline repeated is D001's business
    "Storm Hits Coast Along The Eastern Seaboard\n\nStorm Hits Coast Along The Eastern Seaboard\n\nWinds reached 90 mph.\n",
    # two paragraphs that differ by one word
    f"{COUNCIL}\n\n{FLOODS}\n\n{COUNCIL.replace('Tuesday', 'Monday')}\n",
    # e-mail addresses and dates in different paragraphs
    "Contact press@example.com for details.\n\nThe statement was issued on Oct. 1, 2024, at 3.5 p.m.\n",
]


@pytest.mark.parametrize("text", PARAGRAPH_FIRES)
def test_repeated_paragraph_fires(text: str) -> None:
    assert fires(text, "D002")


@pytest.mark.parametrize("text", PARAGRAPH_SILENT)
def test_repeated_paragraph_stays_silent(text: str) -> None:
    assert not fires(text, "D002")


def test_repeated_paragraph_in_markdown_code_is_left_alone() -> None:
    text = "Run this:\n\n```\nprint(total, count, average)\nprint(total, count, average)\n```\n"
    assert not fires(text, "D002", filename="notes.md")


def test_long_repeated_paragraph_is_removed_safely() -> None:
    long = COUNCIL + " " + FLOODS
    text = f"Officials met on Monday.\n{long}\n{long}\nThe bridge opened in 1932.\n"
    assert applicabilities(text, "D002") == [Applicability.SAFE]
    assert fixed(text, "D002") == f"Officials met on Monday.\n{long}\nThe bridge opened in 1932.\n"
    fix_is_idempotent(text, "D002")


def test_short_repeated_paragraph_is_removed_only_as_an_unsafe_fix() -> None:
    text = "Storm Hits Coast\n\nBy Sarah E. Needleman\nBy Sarah E. Needleman\n\nWinds reached 90 mph.\n"
    assert applicabilities(text, "D002") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D002", "Storm Hits Coast\n\nBy Sarah E. Needleman\n\nWinds reached 90 mph.\n")


def test_paragraph_repeated_apart_from_its_first_copy_is_removed_only_unsafely() -> None:
    # The same answer under two questions: printed twice on purpose.
    long = COUNCIL + " " + FLOODS
    text = f"Is the bridge still open?\n{long}\nWhen will the works start?\n{long}\nWho pays?\n"
    assert applicabilities(text, "D002") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D002", f"Is the bridge still open?\n{long}\nWhen will the works start?\nWho pays?\n")


def test_paragraph_quoted_again_under_a_colon_is_left_alone() -> None:
    # The writer repeats an earlier paragraph on purpose and says so.
    long = COUNCIL + " " + FLOODS
    text = f"{long}\nThe mayor agreed.\n\nLet's repeat that, with emphasis:\n\n{long}\n\nShe did.\n"
    assert not fires(text, "D002")
    # The same copy with nothing introducing it is reported.
    assert fires(f"{long}\nThe mayor agreed.\n\n{long}\n\nShe did.\n", "D002")


def test_three_copies_in_a_row_leave_one() -> None:
    long = COUNCIL + " " + FLOODS
    text = f"{long}\n\n{long}\n\n{long}\n"
    assert codes(text, "D002") == ["D002", "D002"]
    assert fixed(text, "D002") == f"{long}\n"


# -- D003 repeated-block -----------------------------------------------------------------

BLOCK_FIRES = [
    "Share this article\nFacebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\nThe council voted on Tuesday.\n",
    # blank lines between the lines of the run
    "Facebook\n\nTwitter\n\nEmail\n\nFacebook\n\nTwitter\n\nEmail\n\nThe council voted on Tuesday.\n",
    # a menu printed for small and large screens
    "  * News\n  * Sport\n  * Weather\n  * Culture\n  * News\n  * Sport\n  * Weather\n  * Culture\n",
    # a list of teasers
    "Related\nStorm hits coast\nBridge to close for repairs\nStorm hits coast\nBridge to close for repairs\nBody text.\n",
    # three copies
    "Facebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\n",
    # other scripts
    "Поделиться\nВКонтакте\nТелеграм\nПоделиться\nВКонтакте\nТелеграм\n",
]

BLOCK_SILENT = [
    # a line that comes back, not a run
    "Facebook\nTwitter\nFacebook\nEmail\n",
    # one line three times (D002's business)
    "Share this article now\nShare this article now\nShare this article now\n",
    # the same run far apart: meal plans repeat their structure
    "Meal 1\nEat every 2–3 hours\nShakeology\nMeal 2\nEat every 2–3 hours\nChicken salad\n"
    "Day 2\nMeal 1\nEat every 2–3 hours\nShakeology\n",
    # numbers only
    "1\n2\n1\n2\n",
    "10:00\n11:30\n10:00\n11:30\n",
    # a short answer pattern
    "Q:\nA:\nQ:\nA:\n",
    "Yes\nNo\nYes\nNo\n",
    # different runs
    "Call details\nDuring the call, Biden spoke.\nCall summary\nDuring the call, Biden spoke again.\n",
    # a chorus after a verse is not repeated right away
    "We will rock you\nWe will rock you\nBuddy, you're a boy\nMake a big noise\nWe will rock you\nWe will rock you\n",
    # URLs and addresses that differ
    "https://example.com/a\npress@example.com\nhttps://example.com/b\npress@example.org\n",
    # U.S. and dates in a list that does not repeat
    "U.S.\nOct. 1\n3.5\nU.S. News\nOct. 2\n3.6\n",
]


@pytest.mark.parametrize("text", BLOCK_FIRES)
def test_repeated_block_fires(text: str) -> None:
    assert fires(text, "D003")


@pytest.mark.parametrize("text", BLOCK_SILENT)
def test_repeated_block_stays_silent(text: str) -> None:
    assert not fires(text, "D003")


def test_repeated_block_fix_removes_the_second_copy() -> None:
    text = "Share this article\nFacebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\nThe council voted on Tuesday.\n"
    assert applicabilities(text, "D003") == [Applicability.SAFE]
    assert fixed(text, "D003") == "Share this article\nFacebook\nTwitter\nEmail\nThe council voted on Tuesday.\n"
    fix_is_idempotent(text, "D003")


def test_three_copies_of_a_block_leave_one() -> None:
    text = "Facebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\nFacebook\nTwitter\nEmail\nEnd of the story.\n"
    assert fixed(text, "D003") == "Facebook\nTwitter\nEmail\nEnd of the story.\n"


def test_two_line_block_is_removed_only_as_an_unsafe_fix() -> None:
    text = "Facebook\nTwitter\nFacebook\nTwitter\nThe council voted on Tuesday.\n"
    assert applicabilities(text, "D003") == [Applicability.UNSAFE]
    assert fixed(text, "D003", unsafe=True) == "Facebook\nTwitter\nThe council voted on Tuesday.\n"


def test_a_repeated_quotation_is_removed_only_as_an_unsafe_fix() -> None:
    # A run that holds sentences may be a citation or a quotation the article repeats on purpose.
    quote = "“We will rebuild the bridge before winter, whatever it costs.”\n— Mayor Jane Doe\nCity Hall, 12 May\n"
    text = "The mayor spoke.\n" + quote + quote + "The council voted on Tuesday.\n"
    assert applicabilities(text, "D003") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D003", "The mayor spoke.\n" + quote + "The council voted on Tuesday.\n")


def test_a_repeated_reference_split_at_its_links_is_removed_only_as_an_unsafe_fix() -> None:
    reference = "Doe, Jane (May 2, 2017).\nBridges of the North\n. Northern Press &\nCompany. p. 80.\nISBN\n978-1476668413\n"
    text = "Notes\n" + reference + reference + "External links\n"
    assert applicabilities(text, "D003") == [Applicability.UNSAFE]
    assert fixed(text, "D003") == text


def test_a_menu_printed_twice_with_its_copyright_line_is_still_a_safe_fix() -> None:
    menu = "Home\nNews\nReviews\nVideos\n© 2000-2018 Example Media, Inc. All Rights Reserved.\n"
    text = menu + menu + "The new model goes on sale in May.\n"
    assert applicabilities(text, "D003") == [Applicability.SAFE]


TABLE_OF_CONTENTS = "Contents\nWhy the bridge closed\nWhat the repairs cost\nWhen it reopens\n"
BRIDGE_BODY = (
    "Why the bridge closed\nInspectors found cracks in two of the main cables after the storm last winter.\n"
    "What the repairs cost\nThe council puts the bill at four million, paid from the road budget over two years.\n"
    "When it reopens\nThe crews expect to finish the work before the first snow arrives in the valley.\n"
)


def test_a_table_of_contents_printed_twice_is_still_flagged() -> None:
    assert fires("Bridge news\n" + TABLE_OF_CONTENTS * 2 + BRIDGE_BODY, "D003")


def test_a_table_of_contents_over_the_headings_of_the_body_is_removed_only_as_an_unsafe_fix() -> None:
    # The second copy may be the body's headings with their text folded away.
    text = "Bridge news\n" + TABLE_OF_CONTENTS * 2 + BRIDGE_BODY
    assert applicabilities(text, "D003") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D003", "Bridge news\n" + TABLE_OF_CONTENTS + BRIDGE_BODY)


def test_a_menu_printed_again_in_the_footer_is_still_a_safe_fix() -> None:
    # Lines that come back as a menu, not as headings over paragraphs, list no headings.
    menu = "Place an Ad\nClassifieds\nFind Jobs\nSubscribe\n"
    body = "The council voted on Tuesday to close the bridge for the whole of the coming winter.\n"
    text = menu + menu + body + "Classifieds\nPlace an Ad\nSubscribe\nTerms of Use\n"
    assert applicabilities(text, "D003") == [Applicability.SAFE]
    assert fixed(text, "D003") == menu + body + "Classifieds\nPlace an Ad\nSubscribe\nTerms of Use\n"


# -- D004 repeated-sentence --------------------------------------------------------------

SENTENCE_FIRES = [
    # a pull quote printed beside the body
    f"The money conference was gloomy. {PULL_QUOTE} Founders disagreed.\n\n{PULL_QUOTE}\n\nThe same logic applies to work.\n",
    # the standalone copy first
    f"{PULL_QUOTE}\n\nThe money conference was gloomy. {PULL_QUOTE} Founders disagreed.\n",
    # the same sentence in two nearby paragraphs
    "Bridenstine expects three rockets by 2024. “Adding an additional SLS into the mix could—I’m not confident that could happen.”\n\n"
    "The agency disagreed.\n\n"
    "At current rates, there will be three rockets. “Adding an additional SLS into the mix could—I’m not confident that could happen.”\n",
    # extractor output, one paragraph a line
    f"The money conference was gloomy. {PULL_QUOTE}\n{PULL_QUOTE}\nThe same logic applies to work.\n",
    # other languages
    "Die Stadt hat am Dienstag beschlossen, die Brücke an der Hauptstraße im Frühjahr zu sperren. Die Arbeiten dauern lange.\n\n"
    "Die Stadt hat am Dienstag beschlossen, die Brücke an der Hauptstraße im Frühjahr zu sperren.\n",
]

SENTENCE_SILENT = [
    # short sentences repeat
    "Thank you. We met on Monday.\n\nThank you. We met again.\n",
    # questions repeat in interviews
    "Olga: What kind of food do you love, and is there anything you would never eat? Soups.\n\n"
    "Daria: What kind of food do you love, and is there anything you would never eat? Pasta.\n",
    # two whole paragraphs are D002's business
    f"{COUNCIL}\n\n{FLOODS}\n\n{COUNCIL}\n",
    # the same paragraph twice, with several sentences each
    f"{COUNCIL} {FLOODS}\n\nMiddle.\n\n{COUNCIL} {FLOODS}\n",
    # a sentence recalled far away: an introduction restated in the conclusion
    f"Intro. {COUNCIL}\n\n" + "".join(f"Paragraph number {n} of the story.\n\n" for n in range(25)) + f"To sum up. {COUNCIL}\n",
    # three times: a refrain
    f"One. {COUNCIL}\n\nTwo. {COUNCIL}\n\nThree. {COUNCIL}\n",
    # figures
    "Day 1. Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 Blue, 1 tsp. Then rest.\n\n"
    "Day 2. Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 Blue, 1 tsp. Then walk.\n",
    # list items
    f"  • {COUNCIL}\n  • Other item.\n\nSummary. {COUNCIL}\n",
    # abbreviations do not split sentences into repeats
    "U.S. officials met on Oct. 1 with Mr. Smith in Washington. It rained.\n\nU.S. officials met on Oct. 1 with Mr. Smith in Boston. It rained.\n",
    # URLs and e-mail addresses in otherwise different sentences
    "Read the full report at https://example.com/report for the details. It is long.\n\n"
    "Write to press@example.com for the full report and the details. It is short.\n",
    # similar sentences that differ by a word
    f"Start. {COUNCIL}\n\nEnd. {COUNCIL.replace('7-2', '6-3')}\n",
]


@pytest.mark.parametrize("text", SENTENCE_FIRES)
def test_repeated_sentence_fires(text: str) -> None:
    assert fires(text, "D004")


@pytest.mark.parametrize("text", SENTENCE_SILENT)
def test_repeated_sentence_stays_silent(text: str) -> None:
    assert not fires(text, "D004")


def test_pull_quote_copy_is_removed_only_by_a_display_only_fix() -> None:
    text = f"The money conference was gloomy. {PULL_QUOTE} Founders disagreed.\n\n{PULL_QUOTE}\n\nThe same logic applies to work.\n"
    (diagnostic,) = scrapelint.lint(text, select=["D004"])
    assert text[diagnostic.start:diagnostic.end] == PULL_QUOTE
    assert diagnostic.location.row == 3
    assert diagnostic.fix is not None and diagnostic.fix.applicability is scrapelint.Applicability.DISPLAY_ONLY
    expected = f"The money conference was gloomy. {PULL_QUOTE} Founders disagreed.\n\nThe same logic applies to work.\n"
    assert scrapelint.fixer.apply_edits(text, list(diagnostic.fix.edits)) == expected
    assert_only_unsafe_fix(text, "D004", text)


def test_sentence_repeated_inside_paragraphs_has_no_fix() -> None:
    text = SENTENCE_FIRES[2]
    (diagnostic,) = scrapelint.lint(text, select=["D004"])
    assert diagnostic.fix is None
    assert diagnostic.location.row == 5


def test_long_paragraphs_of_repeated_sentences_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each repeated sentence is compared with its paragraph; squeezing the paragraph for
    each of them took quadratic time on a long single-line text (5 s on 600 KB)."""
    from scrapelint.rules import duplication

    squeezed: list[int] = []
    squeeze = duplication._squeezed
    monkeypatch.setattr(duplication, "_squeezed", lambda text: squeezed.append(len(text)) or squeeze(text))
    sentences = [f"The committee met again on day {day} and argued about the budget for hours." for day in range(200)]
    text = " ".join(sentences) + "\n\n" + " ".join(reversed(sentences)) + "\n"
    assert len(scrapelint.lint(text, select=["D004"])) == len(sentences)
    assert sum(squeezed) < 3 * len(text)


# -- D005 doubled-word -------------------------------------------------------------------

DOUBLED_FIRES = [
    "Sharing my full letter on the the sentencing of Patrick W. Carlineo.",
    "The the report was published on Monday by the agency.",
    "He said that it was one of of the best days of the year.",
    "She drove to the store and and bought milk for the week.",
    "They paid for for the tickets with a credit card at the door.",
    "It was a a great day for the team and the fans.",
    # the first copy ends a sentence's opening quote
    "He said: “The the best is yet to come,” and left the room.",
    # German, French and Spanish texts
    "Nach dem Abitur entschied er sich im gleichen Jahr für ein ein duales Studium an der Hochschule.",
    "Le maire a annoncé les les mesures pour la ville et pour les habitants du quartier.",
    "El alcalde anunció el el plan para la ciudad y para los vecinos del barrio.",
]

DOUBLED_SILENT = [
    # doubles that are correct
    "He had had enough of the delays by the end of the week.",
    "She said that that was the plan all along, and the team agreed.",
    "What the problem is is that nobody reads the manual at all.",
    "What it was was a mess, and the mayor said so in the statement.",
    # names and idioms
    "The band played in Walla Walla and then in New York, New York.",
    "The crowd shouted bye bye to the team as the bus left the city.",
    "The film was so so, and the critics said it was just okay.",
    "Duran Duran and the Goo Goo Dolls played at the festival.",
    # numbers
    "The score was 10 10 at the half, and the fans were on their feet.",
    # three or more in a row are deliberate
    "The crowd sang la la la and no no no until the end of the show.",
    "The the the — the printer repeated the word on every page of the book.",
    # a heading and the sentence that follows it
    "Notes on the\nThe report was published on Monday by the agency.",
    # German relative pronouns after a comma, French reflexive verbs
    "Die Frauen, die die Kinder betreuen, arbeiten in der Stadt und auf dem Land.",
    "Nous nous levons tôt pour aller au marché avec les enfants.",
    "Ik denk dat het het beste is voor de stad en voor de mensen.",
    # a word inside a longer one
    "They bathe the dog and then the cat in the same tub.",
    # URLs and e-mail addresses
    "See https://example.com/the/the/page for the report and the data.",
    "Write to the.the@example.com for the report and the data.",
    # Indonesian reduplication
    "Penghinaan yang amat amat keji itu dibahas di dalam buku dan di media.",
]


@pytest.mark.parametrize("text", DOUBLED_FIRES)
def test_doubled_word_fires(text: str) -> None:
    assert fires(text, "D005")


@pytest.mark.parametrize("text", DOUBLED_SILENT)
def test_doubled_word_stays_silent(text: str) -> None:
    assert not fires(text, "D005")


def test_doubled_word_in_markdown_code_is_left_alone() -> None:
    assert not fires("Run `grep the the` on the file, then read the output.\n", "D005", filename="notes.md")


def test_doubled_word_fix_removes_the_second_copy_safely() -> None:
    text = "Sharing my full letter on the the sentencing. The the report was long."
    assert applicabilities(text, "D005") == [Applicability.SAFE, Applicability.SAFE]
    assert fixed(text, "D005") == "Sharing my full letter on the sentencing. The report was long."
    fix_is_idempotent(text, "D005")


def test_any_word_option_flags_other_doubles_with_an_unsafe_fix() -> None:
    from scrapelint.settings import Settings

    text = "Spain's Rafael Nadal celebrates celebrates a point against Russia's Karen Khachanov, and he had had enough."
    settings = Settings(select=["D005"], rule_options={"D005": {"any-word": True}})
    (diagnostic,) = scrapelint.lint(text, settings=settings)
    assert text[diagnostic.start:diagnostic.end] == "celebrates"
    assert diagnostic.fix is not None and diagnostic.fix.applicability is Applicability.UNSAFE
    assert not fires(text, "D005")


# -- D006 headline-as-lede ---------------------------------------------------------------

LEDE_FIRES = [
    "Storm Hits Coast\n\nStorm hits coast. Winds reached 90 mph overnight and thousands lost power.\n",
    # a byline and a date between
    "Storm Hits Coast\nBy Jane Doe\nOct. 3, 2024\nStorm Hits Coast. Winds reached 90 mph overnight.\n",
    # a question headline
    "Why are cities banning gas stoves?\n\nWhy are cities banning gas stoves? The answer starts in California.\n",
    # Markdown heading
    "# Markets rally on rate cut hopes\n\nMarkets rally on rate cut hopes. Stocks rose on Friday in New York.\n",
    # other languages
    "Sturm trifft die Küste\n\nSturm trifft die Küste. Der Wind erreichte in der Nacht 140 km/h.\n",
]

LEDE_SILENT = [
    # the lede goes on with the headline's words: ordinary writing
    "Storm Hits Coast\n\nStorm hits coast, killing three and leaving thousands without power.\n",
    "Storm Hits Coast\n\nStorm hits coast as winds reach 90 mph overnight.\n",
    # a title and its subtitle
    "Storm Hits Coast\n\nStorm hits coast: what we know so far about the damage.\n",
    # the headline repeated alone is D001's business
    "Storm Hits Coast\n\nStorm Hits Coast\n\nWinds reached 90 mph.\n",
    # the first line is a sentence
    "The storm hit the coast.\n\nThe storm hit the coast. Winds reached 90 mph.\n",
    # a two-word heading
    "Call details\n\nCall details. During the call, Biden spoke.\n",
    # beyond the window
    "Storm Hits Coast\n\nOne.\n\nTwo.\n\nThree.\n\nStorm hits coast. Winds reached 90 mph.\n",
    # quoted in the body
    "Storm Hits Coast\n\nThe paper ran “Storm hits coast.” on its front page.\n",
    # U.S. and dates in the headline
    "U.S. Storm Hits Coast on Oct. 1\n\nThe U.S. storm hit the coast on Oct. 1, and 3.5 inches of rain fell.\n",
    # a URL line first
    "https://example.com/storm-hits-coast\n\nStorm hits coast. Winds reached 90 mph.\n",
    # bullet lists
    "  • Storm hits coast\n  • Storm hits coast. Winds reached 90 mph.\n",
]


@pytest.mark.parametrize("text", LEDE_FIRES)
def test_headline_as_lede_fires(text: str) -> None:
    assert fires(text, "D006")


@pytest.mark.parametrize("text", LEDE_SILENT)
def test_headline_as_lede_stays_silent(text: str) -> None:
    assert not fires(text, "D006")


def test_headline_as_lede_fix_is_unsafe_and_keeps_the_rest_of_the_paragraph() -> None:
    text = "Storm Hits Coast\n\nStorm hits coast. Winds reached 90 mph overnight.\n"
    assert applicabilities(text, "D006") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D006", "Storm Hits Coast\n\nWinds reached 90 mph overnight.\n")
    fix_is_idempotent(text, "D006", unsafe=True)


_HEADLINE_WORDS = ["Storm", "storm", "STRASSE", "Straße", "straße", "ẞ", "ss", "İzmir", "izmir", "IZMIR", "ı", "K", "\u212a", "ſ", "Σ", "ς", "σ", "é", "É", "a", "A."]
_LINE_PIECES = [" ", "  ", "\t", "\u00a0", ".", "?", "!", "”", "More text"]


@given(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=1, max_size=4), st.data())
@example(["Straße", "nach", "Izmir"], None)
def test_a_line_the_opening_sentence_pattern_matches_holds_each_word_of_the_headline(core: list[str], data: st.DataObject | None) -> None:
    """The words are looked for before the pattern is compiled: a line without one of them cannot match."""
    # Lines of the headline's words (or others) in any case, then the ends of a sentence.
    pieces = st.lists(st.sampled_from([*_HEADLINE_WORDS, *_LINE_PIECES]), max_size=8).map("".join)
    words = [data.draw(st.sampled_from([word, word.upper(), word.casefold(), *_HEADLINE_WORDS])) for word in core] if data else core
    text = " ".join(words) + (data.draw(pieces) if data else ". More text")
    if _opening_sentence_pattern(" ".join(core)).match(text):
        assert _holds_each_word(text, " ".join(core))


# A block that reads as content, not as a menu's labels, may be printed twice on purpose
# (two tabs, two tables) and its readers see both copies: the fix is unsafe.
PROS_AND_CONS = (
    "Pros\nFull control over the look of the website\nA large choice of free themes\nSEO-friendly\n"
    "Cons\nUpdates take a few minutes every month\nHosting is paid for separately\n"
)
PLAN_PRICES = "Basic\n: Free with a small banner\nPlus\n: 4 euros a month\nTeam\n: 9 euros a month\n"
LEAGUE_HEADER = "Pos\nPlayer\nPlays\n%\n"
LEAGUE_ROWS = "DL\nJane Doe\n63\n85%\nLB\nJohn Roe\n74\n100%\n"


@pytest.mark.parametrize(
    ("block", "before", "after"),
    [
        # pros and cons: phrases in sentence case
        (PROS_AND_CONS, "Our verdict\n", "The council voted on Tuesday.\n"),
        # a label's value on the line under it
        (PLAN_PRICES, "Prices\n", "The council voted on Tuesday.\n"),
        # a table's header row, printed again over its rows of figures
        (LEAGUE_HEADER, "Snap counts\n", LEAGUE_ROWS),
        # a table's row that repeats its own values
        ("Static\nDynamic\nDynamic\n", "Type system\n", "Memory safety\nYes\nNo\n"),
        ("Run Easy\n30 min\nCross-training\n30 min\n", "Week 1\n", "Rest\n"),
    ],
)
def test_a_block_that_reads_as_content_is_removed_only_as_an_unsafe_fix(block: str, before: str, after: str) -> None:
    text = before + block + block + after
    assert applicabilities(text, "D003") == [Applicability.UNSAFE]
    assert_only_unsafe_fix(text, "D003", before + block + after)


@pytest.mark.parametrize(
    "menu",
    [
        # labels in title case, however long
        "Home\nTerms and Conditions of Use\nPrivacy Policy\nContact Us\n",
        # a menu with sub-menus repeats a label, over a run longer than a table's row
        "News\nOverview\nWorld\nBusiness\nSport\nOverview\nFootball\nTennis\nCulture\nOverview\nFilm\nMusic\nBooks\n",
        # a short menu over figures that do not stand in one column
        "Home\nScores\nTables\n",
    ],
)
def test_a_menu_printed_twice_stays_a_safe_fix(menu: str) -> None:
    text = menu + menu + "12\nThe league resumes on Saturday.\n2024\n"
    assert applicabilities(text, "D003") == [Applicability.SAFE]
    assert fixed(text, "D003") == menu + "12\nThe league resumes on Saturday.\n2024\n"


@pytest.mark.parametrize(
    ("text", "applicability"),
    [
        # a byline between the copies: the template printed the headline twice
        ("Storm closes the bridge\nBy Jane Doe\nStorm closes the bridge\nThe council met.\n", Applicability.SAFE),
        # a paragraph between them: the second copy heads the body's first section
        (
            "Best Practices for Paid Leave\nA good leave policy keeps staff engaged for years.\n"
            "Best Practices for Paid Leave\nHere are the areas to focus on.\n",
            Applicability.UNSAFE,
        ),
        # a dek between them
        (
            "What is Mesh WiFi?\nA Guide to Whole Home Mesh WiFi in 2021\nWhat is Mesh WiFi?\nMesh WiFi covers a home.\n",
            Applicability.UNSAFE,
        ),
    ],
)
def test_a_headline_repeated_over_the_body_is_removed_only_as_an_unsafe_fix(text: str, applicability: Applicability) -> None:
    assert applicabilities(text, "D001") == [applicability]


def test_repeats_in_a_text_that_shows_code_are_removed_only_as_unsafe_fixes() -> None:
    # A parameter table's cells and a note printed under each tab of a listing repeat on purpose.
    shell = "Create a charge with a request like this:\n$ curl https://api.example.com/v1/charges\n$ curl https://api.example.com/v1/refunds\n"
    table = "Attributes\ncustomer\nnullable string\nExpandable\ncustomer\nnullable string\nExpandable\nID of the customer.\n"
    (block,) = scrapelint.lint(shell + table, select=["D003"])
    assert block.fix is not None and block.fix.applicability is Applicability.UNSAFE
    (control,) = scrapelint.lint(table, select=["D003"])
    assert control.fix is not None and control.fix.applicability is Applicability.SAFE
    (paragraph,) = scrapelint.lint(shell + f"{COUNCIL} {FLOODS}\n" * 2, select=["D002"])
    assert paragraph.fix is not None and paragraph.fix.applicability is Applicability.UNSAFE
    (control,) = scrapelint.lint(f"{COUNCIL} {FLOODS}\n" * 2, select=["D002"])
    assert control.fix is not None and control.fix.applicability is Applicability.SAFE


def test_a_description_a_manual_repeats_under_each_entry_is_reported_without_a_fix() -> None:
    # A reference page that shows code repeats a description under each parameter that
    # shares it; a listing holds the same line twice in a row.
    listing = "Call it like this:\nconst charge = stripe.charges.create({\n  amount: 2000,\n});\n"
    note = "For a card charge, this value is ignored unless you set the suffix of the statement descriptor."
    reference = f"statement_descriptor\n{note}\nstatement_descriptor_suffix\n{note}\n"
    (copy,) = scrapelint.lint(listing + reference, select=["D002"])
    assert copy.fix is not None and copy.fix.applicability is Applicability.DISPLAY_ONLY
    assert scrapelint.fix(listing + reference, select=["D002"], unsafe=True).text == listing + reference
    twice = "Render it twice:\n<Counter count={count} />\n<Counter count={count} />\n<Counter value={count} />\n"
    assert [d.fix.applicability for d in scrapelint.lint(twice, select=["D002"])] == [Applicability.DISPLAY_ONLY]  # type: ignore[union-attr]
    # Without code in sight, the copy apart from the first is an unsafe fix, as before;
    # in a text that shows code, a paragraph printed twice in a row stays one.
    (control,) = scrapelint.lint(reference, select=["D002"])
    assert control.fix is not None and control.fix.applicability is Applicability.UNSAFE
    doubled = listing + f"{COUNCIL} {FLOODS}\n" * 2
    (paragraph,) = scrapelint.lint(doubled, select=["D002"])
    assert paragraph.fix is not None and paragraph.fix.applicability is Applicability.UNSAFE


def test_a_listings_names_and_a_note_repeated_in_a_text_that_shows_code_are_reported_without_a_fix() -> None:
    # bs4 splits a listing one token a line; the same call printed twice repeats its names.
    shell = "Install it first.\n$ npm install react\n$ npm start\n"
    names = "MyButton\ncount\nonClick\nhandleClick\n"
    (block,) = scrapelint.lint(shell + "Render two buttons:\n" + names * 2 + "Each keeps its count.\n", select=["D003"])
    assert block.fix is not None and block.fix.applicability is Applicability.DISPLAY_ONLY
    note = "For more information, including links to example code, see\nAdd bindings to a function\n"
    (notes,) = scrapelint.lint(shell + "Output bindings\n" + note * 2 + "Input bindings\n", select=["D003"])
    assert notes.fix is not None and notes.fix.applicability is Applicability.DISPLAY_ONLY
    # A menu printed twice on such a page is still removed with the unsafe fixes.
    menu = "Home\nDocs\nBlog\nYouTube\niPhone app\n____\nI agree to the Terms of Service & Privacy Policy of the site\n"
    (twice,) = scrapelint.lint(shell + menu * 2 + "Getting started\n", select=["D003"])
    assert twice.fix is not None and twice.fix.applicability is Applicability.UNSAFE
    assert scrapelint.fix(shell + menu * 2, select=["D003"], unsafe=True).text == shell + menu


PARAGRAPH = "a line of a dozen words or more that reads as the text under a heading"


def _heads_later_text_by_search(keys: list[str], start: int, length: int) -> bool:
    """What ``_heads_later_text`` means, by a search after the run's copies for each of its lines."""
    from scrapelint.predicates import MIN_RUNNING_WORDS, words
    from scrapelint.rules.duplication import _end_of_copies

    run = set(keys[start:start + length])
    end = _end_of_copies(keys, start, length)
    headings = {
        keys[index] for index in range(end, len(keys) - 1)
        if keys[index] in run and len(words(keys[index + 1])) >= MIN_RUNNING_WORDS
    }
    return len(headings) >= 2 and 3 * len(headings) >= len(run)


@given(st.lists(st.sampled_from(["Intro", "Setup", "Usage", "FAQ", PARAGRAPH]), max_size=16))
@example(["Intro", "Setup", "Intro", "Setup", "Intro", PARAGRAPH, "Setup", PARAGRAPH])
def test_headings_of_later_text_found_once_are_those_a_search_after_each_run_finds(keys: list[str]) -> None:
    from collections import Counter

    from scrapelint.rules.duplication import (
        _end_of_copies,
        _heads_later_text,
        _last_headings,
        _repeated_indices,
    )

    counts = Counter(keys)
    last_headings = _last_headings(keys, _repeated_indices(keys, counts))
    for start in range(len(keys)):
        for length in range(1, len(keys) - start + 1):
            if all(counts[key] > 1 for key in keys[start:start + length]):
                expected = _heads_later_text_by_search(keys, start, length)
                end = _end_of_copies(keys, start, length)
                assert _heads_later_text(keys, start, length, end, last_headings) == expected, (start, length)


@given(st.lists(st.sampled_from(["a", ".", "!", "?", "…", "。", "！", "\"", "”", ")", "]", "»", " ", "\n"]), max_size=10).map("".join))
@example("Done.\n")
@example("Done.\n\n")
@example("Why?”")
def test_prose_ends_are_read_as_the_pattern_reads_them(text: str) -> None:
    assert _ends_as_prose(text) == (regex.search(r"""[.!…。！]["'”’»)\]]*$""", text) is not None)


def _has_repeated_sentence_candidate_replacing_each_mark(text: str) -> bool:
    """The first look of D004 as it replaced every sentence break, whether the text held it or
    not: on a text with every break replaced already, the look replaces none."""
    from scrapelint.rules.duplication import (
        _SENTENCE_BREAKS,
        _has_repeated_sentence_candidate,
    )

    for mark in _SENTENCE_BREAKS:
        text = text.replace(mark, ". ")
    return _has_repeated_sentence_candidate(text, text.split("\n"))


SENTENCE_PIECE = "The committee met again on Monday to discuss the plan"


@given(st.lists(st.sampled_from([SENTENCE_PIECE, "Fin", ". ", "! ", "? ", "… ", ".” ", '." ', ".’ ", "!” ", "?” ", "!", "”", "’", '"', " ", "\n", "é"]), max_size=12).map("".join))
@example(SENTENCE_PIECE + "! " + SENTENCE_PIECE + "\n" + SENTENCE_PIECE + ".\n")
@example(SENTENCE_PIECE + ".” Fin\n" + SENTENCE_PIECE + "\n")
def test_the_first_look_for_repeated_sentences_replaces_only_the_breaks_a_text_may_hold(text: str) -> None:
    from scrapelint.rules.duplication import _has_repeated_sentence_candidate

    assert _has_repeated_sentence_candidate(text, text.split("\n")) == _has_repeated_sentence_candidate_replacing_each_mark(text)


def _has_repeated_sentence_candidate_rewriting_the_whole_text(text: str) -> bool:
    """The first look of D004 as it replaced the breaks in the whole text, then split it into lines."""
    from scrapelint.rules.duplication import _SENTENCE_BREAKS, MIN_SENTENCE_CHARS

    for mark in _SENTENCE_BREAKS:
        if mark[-2] in text:
            text = text.replace(mark, ". ")
    inside: set[str] = set()
    alone: set[str] = set()
    for line in text.split("\n"):
        if len(line) < MIN_SENTENCE_CHARS:
            continue
        if ". " not in line:
            piece = line.strip().rstrip(".")
            if piece in inside:
                return True
            alone.add(piece)
            continue
        for piece in line.split(". "):
            if len(piece) >= MIN_SENTENCE_CHARS:
                piece = piece.strip().rstrip(".")
                if piece in inside or piece in alone:
                    return True
                inside.add(piece)
    return False


SHORT_PIECE = "Le comité s’est réuni lundi, 委员会"


@given(
    st.lists(
        st.sampled_from(
            [SENTENCE_PIECE, SHORT_PIECE, "Fin", ".", ". ", "! ", "? ", "… ", ".” ", '." ', ".’ ", "!” ", "?” ", "!", "?", "…",
             "”", "’", '"', " ", "  ", "\t", "\n", "\n\n", " \n", "é", "。", " " * 40, "." * 40]
        ),
        max_size=14,
    ).map("".join)
)
@example(SENTENCE_PIECE + "! " + SENTENCE_PIECE + "\n" + SENTENCE_PIECE + ".\n")
@example(SENTENCE_PIECE[:38] + ".” Fin\n" + SENTENCE_PIECE[:38] + "?” \n")
@example(SENTENCE_PIECE + ". " + " " * 40 + ". Fin\n" + " " * 40 + "\n")
def test_the_first_look_rewrites_only_long_lines_as_it_rewrote_the_whole_text(text: str) -> None:
    """Breaks replaced line by line, in the lines long enough before any replacement, give
    the pieces that replacing them in the whole text gave."""
    from scrapelint.rules.duplication import _has_repeated_sentence_candidate

    assert _has_repeated_sentence_candidate(text, text.split("\n")) == _has_repeated_sentence_candidate_rewriting_the_whole_text(text)


def test_a_sentence_repeated_in_hard_wrapped_paragraphs_is_found() -> None:
    sentence = "It was the first time that the members of the committee had agreed on anything at all this year."
    first = textwrap.fill(f"The committee met on Monday morning to discuss the proposal in great detail and at length. {sentence} "
                          "Then they left for lunch and came back later in the day to argue about the budget for the rest of the afternoon", 80)
    second = textwrap.fill(f"Nobody could remember the exact time when the meeting ended, or who had spoken last on that day, or why. {sentence} "
                           "They went home at six in the evening and the building was locked by the guards soon after they left the place", 80)
    text = f"{first}\n\n{second}\n"
    assert Document(text).is_hard_wrapped
    assert codes(text, "D004") == ["D004"]


@given(st.lists(st.sampled_from([COUNCIL, FLOODS, "Share", "Home", " ", "  ", "\t", "\n", "\n\n", " \n"]), max_size=12).map("".join))
@example(f"{COUNCIL}\n{COUNCIL.replace(' ', '  ', 3)}\n")
def test_paragraphs_and_runs_reported_as_repeated_are_blocks_whose_text_the_text_holds_twice(text: str) -> None:
    """D002 and D003 look no further in a text whose blocks are all different: each of
    their findings starts at a block whose squeezed text another block holds too."""
    from scrapelint.document import Document
    from scrapelint.rules.duplication import _block_keys

    doc = Document(text)
    keys, counts, _ = _block_keys(doc)
    starts = {block.start: key for block, key in zip(doc.blocks, keys)}
    for diagnostic in scrapelint.lint(text, select=["D002", "D003"]):
        assert counts[starts[diagnostic.start]] >= 2


@given(st.lists(st.sampled_from(["Home", "home", "Share", COUNCIL, "é", "", "日本"]), max_size=16))
@example(["Home", "Home", "Share", "Home"])
def test_the_copies_d002_may_report_are_those_a_pass_over_every_block_picks(keys: list[str]) -> None:
    """Picked among the repeated blocks, as once from all: one of exactly two copies, or
    a copy right after the block before it."""
    from collections import Counter
    from operator import eq

    from scrapelint.rules.duplication import _repeated_indices, _reportable_copies

    counts = Counter(keys)
    twice = [number for number in range(len(keys)) if counts[keys[number]] == 2]
    after_itself = [number + 1 for number, same in enumerate(map(eq, keys[1:], keys)) if same]
    assert _reportable_copies(keys, counts, _repeated_indices(keys, counts)) == sorted(set(twice).union(after_itself))
    assert _repeated_indices(keys, counts) == [number for number in range(len(keys)) if counts[keys[number]] > 1]


DOUBLE_WORDS = frozenset({"the", "a", "und", "der", "ça", "ο"})


@given(st.lists(st.sampled_from(["the", "The", "THE", "a", "A", "und", "Und", "der", "ça", "Ça", "ο", "Ο", "x", "9", "é", " ", "  ", "\n", "-", "'"]), max_size=14).map("".join))
@example("the the the")
@example("xthe the")
@example("NASA a a")
@example("The the")
@example("Ça ça")
@example("the\nthe the the\nthe the")
def test_listed_doubles_start_wherever_a_listed_double_is_printed(text: str) -> None:
    """Each place a listed word follows itself (lower case, or capitalised first) after one
    space, overlapping copies included, is tried for a double; no other place is; however
    the text is cut into blocks for the search."""
    starts = sorted({
        index for index in range(len(text)) for word in DOUBLE_WORDS for first in {word, word.capitalize()}
        if text.startswith(f"{first} {word}", index)
    })
    expected = [match.span() for match in map(lambda start: _DOUBLED_WORD.match(text, start), starts) if match is not None]
    for block in (SCAN_BLOCK_CHARS, 1, 5):
        with patch.object(document, "SCAN_BLOCK_CHARS", block):
            assert [match.span() for match in _listed_doubles(text, DOUBLE_WORDS)] == expected
