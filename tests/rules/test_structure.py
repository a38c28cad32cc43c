from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import codes, fires, fixed

import scrapelint

# Text that no structure rule may flag.
CLEAN = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "Read https://en.wikipedia.org/wiki/Mercury_(planet) and write to desk@example.com.\n",
    "He paused… then said: “We will see […] what happens.”\n",
    "Call details\n\n  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
    "Le président a déclaré : « Nous verrons demain ! »\n",
    "Die App „Vivy“ wurde in Kooperation mit Krankenkassen entwickelt.\n",
    "Президент заявил: «Переговоры продолжатся».\n",
    "他说：「我们会继续沟通。」\n",
    "The plan (announced on Monday) will cost $3 billion [estimate].\n",
    "He is 5'10\" tall and ordered a 12\" pizza.\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_not_flagged(text: str) -> None:
    assert codes(text, "S") == []


# -- S001 unbalanced-brackets --------------------------------------------------------------

BRACKETS_FIRE = [
    "The plan (announced on Monday will cost $3 billion.\n",
    "The plan announced on Monday) will cost $3 billion.\n",
    "Asparagus [1 cup, 2 eggs (or 1 slice of toast]\n",
    "Run Test [4K@60FPS, Ultra Settings]]\n",
    "Zucker (16 and Dumba (25) celebrate.\n",
]

BRACKETS_DO_NOT_FIRE = [
    *CLEAN,
    "1) Preheat the oven.\n2) Mix the flour.\n",
    "Steps: a) mix, b) bake, c) serve.\n",
    "(see item 2) and the notes (iv) below.\n",
    "Great game :) and a sad ending :(\n",
    "What a day :-))\n",
    "Posted :[ 2018-08-25 15:24 ]\n",
    "The plan (announced\non Monday) will cost $3 billion.\n",
    "Use `f(x` in code.\n",
    "```\nif (a {\n```\n",
    "See [the report](https://example.com/a_(b)) for details.\n",
    # A listing (under a colon) whose blocks a converter spread over blank lines.
    "Let's see these rules in action:\nfn main() {\nlet s1 = String::from(\"hello\");\n\nlet s2 = s1;\n\n}\n",
]


@pytest.mark.parametrize("text", BRACKETS_FIRE)
def test_unbalanced_brackets_fires(text: str) -> None:
    assert fires(text, "S001")


@pytest.mark.parametrize("text", BRACKETS_DO_NOT_FIRE)
def test_unbalanced_brackets_stays_silent(text: str) -> None:
    assert not fires(text, "S001", filename="text.md")


def test_unbalanced_brackets_points_at_the_bracket_and_has_no_fix() -> None:
    text = "The plan (announced on Monday will cost $3 billion.\n"
    (diagnostic,) = scrapelint.lint(text, select=["S001"])
    assert text[diagnostic.start:diagnostic.end] == "("
    assert diagnostic.fix is None


# -- S002 unbalanced-quotes ----------------------------------------------------------------

QUOTES_FIRE = [
    "“The committee will meet again on Monday, the chair said.\n\nNobody else spoke.\n",
    'The chair said: "We will meet again.\n\nNobody else spoke.\n',
    "It was called “Glasgow (“No Place Like Home”). “It grabbed me,” he said.\n",
    "Himes rips Trump tweets as “witness intimidation and\n\nNews\n",
    "Il a dit « bonjour et il est parti.\n",
    # a reopened quotation must have been left open by the paragraph before
    "The report is out.\n\n“Nobody else spoke, the chair said.\n\nThe meeting ended.\n",
    "«Первая «вторая» и третья» цитаты, «четвёртая без конца.\n",
]

QUOTES_DO_NOT_FIRE = [
    *CLEAN,
    # quotations over several paragraphs: each opens, only the last closes
    "“The first paragraph of the statement.\n\n“The second paragraph.\n\n“The last one,” she said.\n",
    '"He is renowned for his prowess.\n\n"And he has won everything," the club said.\n',
    # the last paragraph the page kept of a quotation cut short by an embedded post
    'The club said: "Jose is one of the best.\n\n"He is renowned for his tactics.\n\nClub statement\n',
    "Il a dit : « Nous verrons.\n\n« Nous reviendrons.\n\nPublication partagée\n",
    # a straight quote after a digit: an inch mark, or the end of a quotation
    'He called it "Top 10" and laughed.\n',
    # one closing guillemet for a nested quotation and the one around it (Russian usage)
    "Договор подписало ООО «Компания «Ромашка».\n",
    '[caption id="attachment_1" align="alignnone"]The harbour.[/caption]\n',
    # one paragraph a line, a quotation split across lines by a converter
    "Football food is “\ncomfort food\n” — pizza, wings and dips.\n",
    # mixed styles that still pair up
    "“The end of the year is popular,\" the analyst said.\n",
    # Swedish style
    "Hon sa ”hej” och gick.\n",
    # guillemets as arrows
    "Home » News » World\n",
    "Next »\n",
    "« Previous\n",
    # single quotes are apostrophes too
    "The players’ union said ‘no.\n",
    "Use `\"` in code.\n",
]


@pytest.mark.parametrize("text", QUOTES_FIRE)
def test_unbalanced_quotes_fires(text: str) -> None:
    assert fires(text, "S002")


@pytest.mark.parametrize("text", QUOTES_DO_NOT_FIRE)
def test_unbalanced_quotes_stays_silent(text: str) -> None:
    assert not fires(text, "S002", filename="text.md")


def _unbalanced_quotes_block_by_block(text: str) -> list[tuple[int, int, str]]:
    """S002 as it read every block that holds a double quote, and every block of a text
    with a guillemet or a corner bracket, with a pattern and a loop in Python."""
    from scrapelint.document import Document
    from scrapelint.rules.structure import (
        _DOUBLE_QUOTE,
        _OPENING_QUOTE,
        _is_after_digit,
        _outside_code_and_urls,
        _unpaired,
        _unpaired_marks,
    )

    doc = Document(text)
    blocks = doc.blocks
    found = []

    def opens(index: int) -> bool:
        return 0 <= index < len(blocks) and _OPENING_QUOTE.match(blocks[index].text) is not None

    odd = {}
    for index in doc.blocks_holding('"', "“", "”", "„", "‟"):
        quotes = list(_DOUBLE_QUOTE.finditer(blocks[index].text))
        if len(quotes) % 2 and not any(_is_after_digit(blocks[index].text, quote) for quote in quotes):
            odd[index] = quotes[-1]
    for index in _unpaired(blocks, odd):
        start = blocks[index].start + odd[index].start()
        if not (opens(index + 1) or index - 1 in odd and opens(index)) and _outside_code_and_urls(doc, start):
            found.append((start, start + 1, "Odd number of double quotes in this paragraph"))
    left_open: set[str] = set()
    for index, block in enumerate(blocks):
        reopened, left_open = left_open, set()
        for opener, closer, position in _unpaired_marks(block.text):
            if block.text.count(opener) > block.text.count(closer):
                left_open.add(opener)
                if opens(index + 1) or opener in reopened and opens(index):
                    continue
            if _outside_code_and_urls(doc, block.start + position):
                found.append((block.start + position, block.start + position + 1, f"{opener} and {closer} do not pair up in this paragraph"))
    return found


@given(st.lists(st.sampled_from(['"', "“", "”", "„", "«", "»", "「", "」", "『", "』", "Word", "a", "12", " ", "- ", "é", "\n", "\n\n", " \n"]), max_size=40).map("".join))
@example("«Издательство «Наука»\n«Next paragraph »\n» и\n")
@example('He said "yes\n"and no\n\n“Then\n“again”\n')
def test_unbalanced_quotes_reads_only_blocks_that_hold_marks_as_it_read_every_block(text: str) -> None:
    found = [(d.start, d.end, d.message) for d in scrapelint.lint(text, select=["S002"])]
    assert found == sorted(_unbalanced_quotes_block_by_block(text))


def test_unbalanced_quotes_has_no_fix() -> None:
    (diagnostic,) = scrapelint.lint("“Unclosed quotation.\n\nNext.\n", select=["S002"])
    assert diagnostic.fix is None


# -- S003 punctuation-only-line ------------------------------------------------------------

MARKS_FIRE = [
    "The minister met the delegation\n,\nand both sides agreed.\n",
    "Text.\n•\nMore text.\n",
    "Home\n|\nNews\n",
    "Text.\n\n  * \n\nMore.\n",
    "Text.\n×\n",
    "Text.\n).\n",
    "Text.\n(\nMore.\n",
    "Text.\n-\nMore.\n",
    "Text.\n**\n",
    "Our score\n★\n★\n★\n★\n☆\n",
    "California Movers\n☆☆☆☆☆\nWebsite\n",
]

MARKS_DO_NOT_FIRE = [
    *CLEAN,
    "Part one.\n\n* * *\n\nPart two.\n",
    "Part one.\n\n***\n\nPart two.\n",
    "Part one.\n\n---\n\nPart two.\n",
    "Part one.\n\n___\n\nPart two.\n",
    "Part one.\n\n⁂\n\nPart two.\n",
    "The buses are yellow.\n§\nBut that was July.\n",
    "Part one.\n\n★ ★ ★\n\nPart two.\n",
    "Rated ★★★★☆ by readers.\n",
    "For more information, call 555-0100.\n\n###\n",
    "“We will not stop.\n\n...\n\nWe will win.”\n",
    "He said:\n\n[…]\n\nThen he left.\n",
    "| Team | Score |\n|---|:---:|\n| A | 1 |\n",
    "#\n",
    "1.\n2.\n",
    "❤️\n",
]


@pytest.mark.parametrize("text", MARKS_FIRE)
def test_punctuation_only_line_fires(text: str) -> None:
    assert fires(text, "S003")


@pytest.mark.parametrize("text", MARKS_DO_NOT_FIRE)
def test_punctuation_only_line_stays_silent(text: str) -> None:
    assert not fires(text, "S003")


def test_blockquote_markers_are_markdown() -> None:
    text = "> First quoted paragraph.\n>\n> Second quoted paragraph.\n"
    assert not fires(text, "S003", filename="post.md")
    assert fires(text, "S003", filename="post.txt")


BREAK_ABOVE = "This version corrects the spelling of the name of the region in the second paragraph."
BREAK_BELOW = "Two reporters in Moscow and one in Florida contributed to this report from the launch site."


@pytest.mark.parametrize(
    ("text", "safe", "unsafe"),
    [
        ("Text.\n•\nMore text.\n", "Text.\nMore text.\n", "Text.\nMore text.\n"),
        ("Our score\n★\n★\n☆\nReview\n", "Our score\nReview\n", "Our score\nReview\n"),
        ("Home\n\n|\n\nNews\n", "Home\n\nNews\n", "Home\n\nNews\n"),
        ("The minister met them\n,\nand agreed.\n", "The minister met them\n,\nand agreed.\n", "The minister met them,\nand agreed.\n"),
        ("Text\n  ).\nMore\n", "Text\n  ).\nMore\n", "Text).\nMore\n"),
        ("Text.\n-\nMore.\n", "Text.\n-\nMore.\n", "Text.\nMore.\n"),
        ("Text.\n(\nMore.\n", "Text.\n(\nMore.\n", "Text.\n(\nMore.\n"),
        # Underscores between two lines of text: a writer's break, a token of a listing.
        ("The name was corrected.\n__\nA reporter in Moscow contributed.\n",) * 2
        + ("The name was corrected.\nA reporter in Moscow contributed.\n",),
        ("for\n_\nin\nrange(3)\n", "for\n_\nin\nrange(3)\n", "for\nin\nrange(3)\n"),
        (f"{BREAK_ABOVE}\n\n__\n\n{BREAK_BELOW}\n",) * 2 + (f"{BREAK_ABOVE}\n\n{BREAK_BELOW}\n",),
        # Underscores that an empty emphasis leaves, apart from the text.
        ("## Title\n\n__\n\nFall is here.\n", "## Title\n\nFall is here.\n", "## Title\n\nFall is here.\n"),
        # A heading's permalink; a section break under a sentence stays.
        ("Install Go\n¶\nUse the installer.\n", "Install Go\n¶\nUse the installer.\n", "Install Go\nUse the installer.\n"),
        ("Usage\n§\nRun it.\n", "Usage\n§\nRun it.\n", "Usage\nRun it.\n"),
        ("Go on:\n¶\nMore.\n",) * 3,
    ],
)
def test_punctuation_only_line_fix(text: str, safe: str, unsafe: str) -> None:
    assert fixed(text, "S003") == safe
    assert fixed(text, "S003", unsafe=True) == unsafe
    assert fixed(unsafe, "S003", unsafe=True) == unsafe


# -- S004 empty-heading --------------------------------------------------------------------

HEADING_FIRES = [
    ("## Related\n\n###\n", "post.md"),
    ("#\n\nText.\n", "post.md"),
    ("##   \n\nText.\n", "post.md"),
    ("### **\n\nText.\n", "post.md"),
    ("# # #\n", "post.md"),
    ("Text.\n\n## \n\nMore.\n", None),
    ("Text.\n\n#\n", None),
    ("Text.\n#\n", None),
    ("Pricing\n#\n", "post.md"),
    ("Text.\n\n##### \n", None),
]

HEADING_DOES_NOT_FIRE = [
    *[(text, None) for text in CLEAN],
    ("# Call details\n\nText.\n", "post.md"),
    ("#hashtag of the day\n", "post.md"),
    ("#1 in the charts\n", None),
    ("For more information, call 555-0100.\n\n###\n", None),
    ("Part one.\n\n# # #\n\nPart two.\n", None),
    ("```\n#\n```\n", "post.md"),
    # a heading's permalink, as documentation sites print it
    ("Pricing\n#\nCharges apply to monthly active users.\n", None),
]


@pytest.mark.parametrize(("text", "filename"), HEADING_FIRES)
def test_empty_heading_fires(text: str, filename: str | None) -> None:
    assert fires(text, "S004", filename=filename)


@pytest.mark.parametrize(("text", "filename"), HEADING_DOES_NOT_FIRE)
def test_empty_heading_stays_silent(text: str, filename: str | None) -> None:
    assert not fires(text, "S004", filename=filename)


def test_empty_heading_fix_removes_the_line() -> None:
    text = "## Related\n\n###\n\nText.\n"
    once = fixed(text, "S004", filename="post.md")
    assert once == "## Related\n\nText.\n"
    assert fixed(once, "S004", filename="post.md") == once


def test_a_banner_in_a_programs_output_is_left_alone_or_removed_only_as_an_unsafe_fix() -> None:
    session = "Run the application and the log opens with its banner:\n$ ./mvnw spring-boot:run\n$ java -jar target/app.jar\n"
    text = session + "  .   ____          _\n =========|_|==============|___/=/_/_/_/\n :: Spring Boot ::  (v3.2.0)\n"
    assert not fires(text, "S003")
    # Other marks are flagged, but may be the program's output too.
    arrows = session + "→ → →\n"
    (banner,) = [d for d in scrapelint.lint(arrows, select=["S003"]) if d.fix is not None]
    assert banner.fix.applicability is scrapelint.Applicability.UNSAFE  # type: ignore[union-attr]
    assert fixed(arrows, "S003") == arrows
    # The same line of separators in prose, beside a script the converter leaked, stays safe.
    leaked = "window.dataLayer = window.dataLayer || [];\nThe council met on Tuesday.\n=====|=====\nThe bridge closes.\n"
    (separators,) = scrapelint.lint(leaked, select=["S003"])
    assert separators.fix is not None and separators.fix.applicability is scrapelint.Applicability.SAFE


def test_the_tokens_of_a_listing_split_one_a_line_are_left_alone() -> None:
    text = "Match any value:\n" + "match\nvalue\n{\n_\n=>\nNone\n,\n}\n" * 5 + "The arm catches the rest.\n"
    assert not fires(text, "S003")
    # A bullet left by the page's menu is flagged all the same.
    assert codes(text + "•\n", "S003") == ["S003"]


def test_a_listing_split_one_token_a_line_keeps_its_code_through_every_round_of_fixes() -> None:
    # The tokens on lines of their own are the sign that the text shows code: were they
    # removed or joined in a first round, the next round would take its listing for a
    # leaked script.
    listing = "function square(number) {\nreturn number * number;\n}\n"
    split = "const\nresult\n=\nsquare\n(\n2\n);\n" * 10
    text = "Functions\nThe function takes one parameter.\n" + listing + "Call it with a number.\n" + split
    assert scrapelint.fix(text, select=["S003", "M006"], unsafe=True).text == text
