from __future__ import annotations

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import codes, fires, fixed
from strategies import phrases_among_pieces

import scrapelint
from scrapelint import phrases
from scrapelint.diagnostics import Applicability
from scrapelint.rules.truncation import (
    MAX_TEASER_CHARS,
    _is_teaser_line,
    _teaser_link_at_end,
    _teaser_phrases_in,
)

# -- T001 truncated-sentence -------------------------------------------------------------

TRUNCATED_FIRES = [
    "An operation that Lloyd Austin learned about during… It was implemented during a phone call.",
    "The minister said the plan would cut the... The vote is on Tuesday.",
    "Officials met with the families of… They promised an inquiry.",
    "She was the first to arrive and… Police closed the road at noon.",
    "The company has not said whether it will… Shares fell 3% on Monday.",
    "Residents were told to stay away from the… “We have no timeline,” the mayor said.",
    # other languages
    "Il a dit que la… Nous verrons demain.",
    "Der Minister sprach lange über die Pläne während der… Es wurde spät am Abend.",
    "El ministro habló durante la… Fue una noche larga para todos.",
    "O ministro falou sobre os planos durante a… Foi uma noite longa.",
    "Il ministro ha parlato a lungo dei piani della… Era tardi.",
    "De minister sprak lang over de plannen van de… Het werd laat.",
    "Министр долго говорил о планах, которые… Это было поздно вечером.",
    "Minister długo mówił o planach, które… To było późnym wieczorem.",
]

TRUNCATED_SILENT = [
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
    # a word that is an article in another language than the text's
    "The doctors said he would not die… Then he woke up and asked for the news.",
    "Il a dit qu'il voulait partir… Nous verrons demain si la ville accepte.",
    # a feed teaser that ends the text
    "Officials met with the families of…",
    # four dots
    "He left the.... It was odd.",
    # bullet lists and headings around it
    "Call details\n\n  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
]


@pytest.mark.parametrize("text", TRUNCATED_FIRES)
def test_truncated_sentence_fires(text: str) -> None:
    assert fires(text, "T001")


@pytest.mark.parametrize("text", TRUNCATED_SILENT)
def test_truncated_sentence_stays_silent(text: str) -> None:
    assert not fires(text, "T001")


def test_truncated_sentence_has_no_fix() -> None:
    (diagnostic,) = scrapelint.lint("Officials met with the families of… They promised an inquiry.", select=["T001"])
    assert diagnostic.fix is None
    assert "of" in diagnostic.message


# -- T002 unfinished-paragraph -----------------------------------------------------------

UNFINISHED_FIRES = [
    "Downtown San Antonio park will become 'Fantasyland' for the\n\nThe holiday event opens on Friday.\n",
    "Texas offers programs to traumatic brain injury victims and\n\nLocal news from across the state.\n",
    # extractor output: one paragraph a line, no blank lines
    "The council met on Tuesday to discuss the budget for the coming year, and the mayor said the city would cut spending on roads and\n"
    "Residents were told to move their cars to higher ground before the weekend.\n",
    # the text ends there
    "The company said it would announce the results of the review at the end of the",
    # a Markdown heading cut short
    "#### Himes rips Trump tweets as “witness intimidation and\n\n  * News\n",
    # other languages
    "Die Stadt hat am Dienstag beschlossen, die Brücke zu sperren, und die Arbeiten beginnen im Frühjahr und\n\nDie Anwohner wurden informiert.\n",
    "Le conseil municipal a décidé mardi de fermer le pont pour des travaux pendant les\n\nLes habitants ont été informés.\n",
    "El ayuntamiento decidió el martes cerrar el puente para hacer obras durante el\n\nLos vecinos fueron informados.\n",
    "Городской совет решил во вторник закрыть мост на ремонт, который начнется весной и\n\nЖители были предупреждены.\n",
]

UNFINISHED_SILENT = [
    # a text that shows code breaks its sentences at inline names
    "Query it:\n\nfrom sqlalchemy import select\nstmt = select(User).where(User.id.in_([1, 2]))\nprint(stmt)\n\n"
    "All column-like constructs can be used with the\nSQL IN operator.\n",
    # the last items of a list whose marks are gone, and a sentence broken at a link after a comma
    "Free plan:\n\nEasy switching between video calls and text-based communication, and\n\nSolid browser-based video calls.\n",
    "A DIY lube kit that includes an opener, pullers, a station, a brush, and\nKrytox\nGPL-205-GD0 lubricant, perfect for custom keyboards.\n",
    # headings and titles
    "Call details\n\nDuring the call, Biden affirmed his commitment.\n",
    "Meal Prep Menu for Eating Plan A\n\nPre-Workout Meal\n",
    "July 30 -- Ruoff Home Mortgage Music Center, Noblesville, IN\nAug. 2 -- DTE Energy Music Theatre, Clarkston, MI\n",
    # short lines: verse, bylines, labels
    "Powered by the\nNewswire\n",
    "Roses are red and\nViolets are blue\n",
    # list items
    "  • Pinpoint what your current business focus and the\n  • Get to know what happens in the other stages\n",
    # a colon, a dash or an ellipsis ends the paragraph on purpose
    "Here is what the minister said about the plan and the:\n\nThe vote is on Tuesday.\n",
    "If you are one of the people who never finished the course and …\n\nRead on.\n",
    # a stray line break inside a sentence: the next line goes on in lower case
    "Recommendation widgets provide publishers with an effective way to recirculate the\neffective organic content which keeps readers.\n",
    # extraction breaks lines at links: the sentence runs on through a fragment
    "Use of this site constitutes acceptance of our User Agreement and the\nPrivacy Policy\nand\nCookie Statement.\n",
    "It all happened during the tournament when the team played against the\nLos Angeles Kings\n, and the crowd cheered.\n",
    # a sentence that ends with a stranded preposition
    "This is the moment that all of us have been waiting for\n\nThe doors open at noon.\n",
    # hard-wrapped text breaks lines anywhere
    "The council voted on Tuesday to close the Main Street bridge for repairs, and the\n"
    "Mayor said the work would start in the spring and take about six months in all.\n"
    "Residents who live near the river were told to move their cars before the\n"
    "Weekend, when the water is expected to rise by more than two feet, officials said.\n",
    # URLs, e-mail addresses, U.S., dates and numbers at the end
    "For more details about the programme, see the website at www.example.com/the\n\nThe end.\n",
    "Officials said on Oct. 1 that the figures, up 3.5 percent, would be published by the U.S.\n\nThe end.\n",
    # Markdown code
    "```\nselect name from users where active and\n```\n",
]


@pytest.mark.parametrize("text", UNFINISHED_FIRES)
def test_unfinished_paragraph_fires(text: str) -> None:
    assert fires(text, "T002")


@pytest.mark.parametrize("text", UNFINISHED_SILENT)
def test_unfinished_paragraph_stays_silent(text: str) -> None:
    assert not fires(text, "T002", filename="notes.md")


def test_unfinished_paragraph_has_no_fix_and_names_the_word() -> None:
    (diagnostic,) = scrapelint.lint(UNFINISHED_FIRES[0], select=["T002"])
    assert diagnostic.fix is None
    assert UNFINISHED_FIRES[0][diagnostic.start:diagnostic.end] == "the"


# -- T003 feed-teaser --------------------------------------------------------------------

TEASER_FIRES = [
    "I want to tell you about another important change in Last Man, […]\n",
    "I want to tell you about another important change in Last Man [...]\n\nBonuses of May\n",
    "The officials met on Monday.\n\nContinue reading →\n",
    "The officials met on Monday.\n\nRead more »\n",
    "The officials met on Monday.\n\n[Read more...]\n",
    "Lorem ipsum dolor sit amet, the officials met on Monday (more…)\n",
    "Ambassador Yovanovitch came across as a compelling witness: heroic in serving the United ... Read More\n",
    "According to a poll, 36 percent of respondents had an unfavorable view of the plan. Read More\n",
    "The officials met on Monday.\n\nContinue reading “Why the council closed the bridge” →\n",
    "The officials met on Monday.\n\nContinue reading Why the council closed the bridge →\n",
    # other languages
    "Die Stadt hat die Brücke gesperrt.\n\nWeiterlesen\n",
    "La ville a fermé le pont.\n\nLire la suite »\n",
    "El ayuntamiento cerró el puente.\n\nLeer más\n",
    "Il comune ha chiuso il ponte.\n\nContinua a leggere\n",
    "Городской совет закрыл мост.\n\nЧитать далее →\n",
]

TEASER_SILENT = [
    # the same words inside a sentence
    "If you can't answer that question immediately, read on.\n",
    "… keep reading. I'm about to show you how to become a leader.\n",
    "Read more about the council's plans on its website before the vote.\n",
    "Continue reading the report, the minister told the committee on Monday.\n",
    # an elision inside a quotation, or followed by more text
    "He wrote that “the law must change […]”\n",
    "As Smith notes, the process is slow […] and costly.\n",
    # "more" without the teaser form
    "The council wants more\n\nMore money for roads.\n",
    # headings and lists
    "Call details\n\n  • Read the statement.\n  • Continue the talks.\n",
    # URLs, addresses, dates
    "See https://example.com/read-more for the report.\n",
    "Write to read.more@example.com on Oct. 1 for the U.S. report on 3.5 million jobs.\n",
    # a deliberate ellipsis at the end
    "And then there was silence…\n",
    # other languages in sentences
    "Wer weiterlesen möchte, findet den Bericht online.\n",
]


@pytest.mark.parametrize("text", TEASER_FIRES)
def test_feed_teaser_fires(text: str) -> None:
    assert fires(text, "T003")


@pytest.mark.parametrize("text", TEASER_SILENT)
def test_feed_teaser_stays_silent(text: str) -> None:
    assert not fires(text, "T003")


_TEASER_PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", ".", "!", "…", "...", "”", '"', "“", "’", ")", "]", "[", "(", "→", "»", "›", ">>",
    "more", "MORE", "Title of the post", "word", "ı", "İ", "ſ", "ﬆ", "ß", "é",
]


@given(phrases_among_pieces(_TEASER_PIECES, phrases.load("feed-teaser"), max_size=12))
@example("The end. CONTINUE READING →")
@example("The end.  Read the reﬆ")
@example("DEVAMINI OKU »")
@example("[Read more…]")
@example("The end. (more…)")
@example("The end. (more…) Read more")
@example("The end. Read more (more…)")
def test_teaser_links_of_the_phrases_a_line_holds_are_found_as_the_patterns_of_all_find_them_ignoring_case_throughout(line: str) -> None:
    more = r"[\[(]\s*+more\s*+(?:…|\.{3})\s*+[\])]"
    link = (
        r"[\[(]?\s*+\L<teaser>(?:\s*+[\"“][^\"”\n]{1,150}[\"”]|\s++[^\n]{1,150}?(?=\s*+[→»›]))?"
        r"\s*+(?:[→»›]+|>>|…|\.{3})?\s*+[\])]?"
    )
    every, flags = phrases.load("feed-teaser"), regex.IGNORECASE | regex.V1
    all_whole_line = regex.compile(rf"^\s*+(?:{link}|{more})\s*+$", flags, teaser=every)
    all_trailing = regex.compile(rf"(?:(?<=[.!?…\"”’)\]])(?P<gap>\s++){link}|(?P<gap>\s*+){more})\s*+$", flags, teaser=every)
    held = _teaser_phrases_in(line)
    assert _is_teaser_line(line, held) == (all_whole_line.match(line) is not None)
    start = max(0, len(line) - MAX_TEASER_CHARS)
    any_link = all_trailing.search(line, start)
    assert _teaser_link_at_end(line, start, held) == (any_link and any_link.span("gap"))


def test_feed_teaser_in_markdown_code_is_left_alone() -> None:
    assert not fires("```\nRead more »\n```\n", "T003", filename="notes.md")


def test_teaser_link_line_is_removed_safely() -> None:
    text = "The officials met on Monday.\n\nContinue reading →\n"
    assert fixed(text, "T003") == "The officials met on Monday.\n"
    assert fixed(fixed(text, "T003"), "T003") == fixed(text, "T003")


def test_teaser_link_at_the_end_of_a_paragraph_is_removed_safely() -> None:
    text = "About 36 percent had an unfavorable view of the plan. Read More\n\nNext story.\n"
    assert fixed(text, "T003") == "About 36 percent had an unfavorable view of the plan.\n\nNext story.\n"


@pytest.mark.parametrize(
    "text",
    [
        # a link a sentence was broken at
        "Other backends are available, the default being the local (\nRead More\n).\n",
        # under a whole paragraph of the article, with more of it below
        "Successful apps need ongoing optimization, monitoring and new features after their launch.\n\n"
        "Read More\n\nContents\n",
    ],
)
def test_teaser_link_that_may_belong_to_the_article_is_removed_only_unsafely(text: str) -> None:
    diagnostics = scrapelint.lint(text, select=["T003"])
    assert [d.fix.applicability if d.fix else None for d in diagnostics] == [Applicability.UNSAFE]
    assert fixed(text, "T003") == text


def test_teaser_link_under_a_cut_teaser_is_removed_safely() -> None:
    text = "The importance of deadlines grew last week, as the inspector general released two reports that…\nRead More\n"
    assert fixed(text, "T003") == "The importance of deadlines grew last week, as the inspector general released two reports that…\n"


def test_cut_marker_is_reported_without_a_fix() -> None:
    text = "I want to tell you about another important change in Last Man, […] Read more\n"
    diagnostics = scrapelint.lint(text, select=["T003"])
    assert [text[d.start:d.end] for d in diagnostics] == ["[…]", "Read more"]
    assert [d.fix.applicability if d.fix else None for d in diagnostics] == [None, Applicability.SAFE]
    once = fixed(text, "T003")
    assert once == "I want to tell you about another important change in Last Man, […]\n"
    assert fixed(once, "T003") == once
    assert codes(once, "T003") == ["T003"]


# -- T004 cut-mid-word -------------------------------------------------------------------

# Exactly 160 characters, cut inside "challenges".
CUT_160 = "NASA picked five companies on Monday. The importance of deadlines grew last week, as the inspector general released two reports that depicted technical challeng"


# Hard-wrapped text: a paragraph of lines filled to a width, which break off mid-sentence.
WRAPPED = (
    "The agency said the new contracts would be awarded by the end of the year to\n"
    "the companies that can deliver the first landers in time for the mission date\n"
)

CUT_FIRES = [
    CUT_160 + "\n",
    # a paragraph of hard-wrapped text, between blank lines that hold a space
    WRAPPED + " \n" + CUT_160.replace(" as the", "\nas the") + "\n \n" + WRAPPED,
    CUT_160 + "\n\nThe next story starts here.\n",
    # an ellipsis glued to the stump, counted in or out
    CUT_160[:150] + "…\n",
    CUT_160[:150] + "...\n",
    # a Markdown quote
    "> " + CUT_160 + "\n",
    # other lengths
    "The council met on Tuesday. It voted to close the bridge for repairs and residents were told to expe\n",
    "Der Stadtrat tagte am Dienstag. Er beschloss, die Brücke zu sperren, und die Anwohner erwarten langw\n",
]

CUT_SILENT = [
    # a headline of round length has no sentence inside
    "Doobie Brothers reunite with McDonald for the 50th anniversary tours of North American summer venues\n",
    # a paragraph that ends properly
    CUT_160[:-1] + ".\n",
    # one character more or less
    CUT_160 + "s\n",
    CUT_160[:-1] + "\n",
    # the cut fell after a word no sentence ends on: T002's business
    "The council met on Tuesday. It voted to close the bridge for repairs, so residents learned about the\n",
    # a tweet of 140 characters, written to fill the limit
    "It is very important that we protect ourselves from this toxic air. Through pvt and govt schools we have started distributing 50 lakhs masks\n",
    # a list item
    "• " + CUT_160[2:] + "\n",
    # the next line goes on: a stray line break
    CUT_160 + "\nes that delayed the launch.\n",
    # a sentence left hanging on purpose, picked up after an ellipsis in the next paragraph
    CUT_160[:150] + "…\n\n…after all, the deadlines held.\n",
    # a name in capitals
    "Credits: Director Kim Sang-hoon. Lighting Design by Lee Ji-won, Costume Design by Park Min and Kim Da-eun, Sound by Choi, and Make-ups by Kim Sang Hee\n",
    # URLs and numbers at the end
    "The council met on Tuesday. It voted to close the bridge. Details are at https://example.com/council\n",
    "The council met on Tuesday. It voted to close the bridge for repairs. The count was 7 to 2 on item 1\n",
]


@pytest.mark.parametrize("text", CUT_FIRES)
def test_cut_mid_word_fires(text: str) -> None:
    assert fires(text, "T004")


@pytest.mark.parametrize("text", CUT_SILENT)
def test_cut_mid_word_stays_silent(text: str) -> None:
    assert not fires(text, "T004")


def test_cut_mid_word_has_no_fix_and_names_the_length() -> None:
    (diagnostic,) = scrapelint.lint(CUT_160, select=["T004"])
    assert diagnostic.fix is None
    assert "160" in diagnostic.message and "challeng" in diagnostic.message


@given(
    st.lists(st.text(alphabet="ab é日\n.", max_size=12), max_size=10),
    st.integers(min_value=0, max_value=12),
)
def test_the_texts_long_enough_for_t004_are_those_of_the_length_or_more(texts: list[str], length: int) -> None:
    from scrapelint.rules.truncation import _long_enough

    assert list(_long_enough(texts, length)) == [index for index, text in enumerate(texts) if len(text) >= length]
