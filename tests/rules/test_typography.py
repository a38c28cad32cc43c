from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st
from ruletest import codes, fires, fixed

import scrapelint
from scrapelint.document import find_all
from scrapelint.rules.typography import (
    _glued_marks,
    _GluedCopies,
    _spaces_high_marks_on_purpose,
)

# Text that no default typography rule may flag.
CLEAN = [
    "Call details\n\nThe call lasted an hour.\n",
    "U.S. officials said on Oct. 1 that 3.5 million people left.\n",
    "Read the report at https://example.com/report.html?id=1 before Friday.\n",
    "Write to editor@example.com or Sarah.Needleman@wsj.com today.\n",
    "He paused… then said: “We will see […] what happens.”\n",
    "She hesitated... Then she spoke.\n",
    "Call details\n\n  • Biden condemned the attack.\n  • The two sides agreed to talk.\n",
    "Le président a déclaré : « Nous verrons demain ! » Pourquoi ? Parce que.\n",
    "Der Bundestag hat am Donnerstag, z.B. über das Gesetz, abgestimmt.\n",
    "Президент заявил, что переговоры продолжатся.\n",
    "中国外交部发言人表示，双方将继续保持沟通。\n",
    "Use `a ,b` and `x..y` in code.\n",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_text_is_not_flagged(text: str) -> None:
    assert codes(text, "P", filename="text.md") == []


# -- P001 space-before-punctuation ---------------------------------------------------------

SPACE_BEFORE_FIRES = [
    "The firm sells Creating Offers , Online Business and more.\n",
    "Your weather is set to . You can change it.\n",
    "Filed under: Encephalitis , EEE , health\n",
    "Why ? Nobody knows.\n",
    "Wow ! Great result.\n",
    "It rose ; then it fell.\n",
    "New York, NY 10036 .\n",
    "He said “no” , then left.\n",
]

SPACE_BEFORE_NOT_FIRES = [
    *CLEAN,
    "VIP : 60,000₩\n",
    "The Kaepernick Saga Drags On . . . off the Field\n",
    "He paused ... then spoke.\n",
    "Microsoft .NET and .5 percent\n",
    "You can play this game with a friend ;) or alone ;-)\n",
    "Bonjour ! Comment allez-vous ? Très bien ; merci.\n",
    "« Bonjour ! »\n",
    "Il est venu hier soir avec ses amis.\n\nMerci !\n",
    "Wait\u00a0! A no-break space is deliberate.\n",
    "Wait\u202f? So is a narrow one.\n",
    "Visit example .com/path later\n",
]


@pytest.mark.parametrize("text", SPACE_BEFORE_FIRES)
def test_space_before_punctuation_fires(text: str) -> None:
    assert fires(text, "P001")


@pytest.mark.parametrize("text", SPACE_BEFORE_NOT_FIRES)
def test_space_before_punctuation_stays_silent(text: str) -> None:
    assert not fires(text, "P001")


def test_french_allows_only_the_french_spaces() -> None:
    text = "Il a dit : « Bonjour ! » Est-ce que vous venez ? Oui , je viens.\n"
    assert [text[d.start:d.end] for d in scrapelint.lint(text, select=["P001"])] == [" ,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Creating Offers , Online Business .\n", "Creating Offers, Online Business.\n"),
        ("Why ? Because  , well.\n", "Why? Because, well.\n"),
    ],
)
def test_space_before_punctuation_fix(text: str, expected: str) -> None:
    assert fixed(text, "P001") == expected
    assert fixed(expected, "P001") == expected


# -- P002 missing-space-after-punctuation --------------------------------------------------

GLUED_FIRES = [
    "Kan reported on Wednesday.The stabbing occurred at noon.\n",
    "He worked as a chief physician.Police arrested a man.\n",
    "Have your say.Give us feedback.\n",
    "Do you have an account?Sign in here.\n",
    "It was over!Nobody moved.\n",
    "Verlust der Daten.Weder die Kasse noch IBM haben Zugriff.\n",
    "Он ушёл домой.Потом вернулся.\n",
    "He arrived at the end.Next he left.\n",
    # A login box that the page shows twice: the same glue twice.
    "Forgot your password?Privacy Policy\nForgot your password?Privacy Policy\n",
]

GLUED_NOT_FIRES = [
    *CLEAN,
    "J.R.R. Tolkien wrote it.\n",
    "The U.S.Army base is closed.\n",
    "Mr.Smith and Mrs.Jones met Gen.Patton and Dr.Who.\n",
    "Visit Booking.Com or Amazon.Com today.\n",
    "Open index.Html or README.Md in Node.Js.\n",
    "Call Console.WriteLine to print.\n",
    "Import java.Util.List first.\n",
    "He earned a Ph.D.Then he left.\n",
    "See www.DearAbby.com for answers.\n",
    "Version 3.5.Beta is out.\n",
    "The iPhone.It is new.\n",
    "approx.Ten people came.\n",
    "Buy fruit, e.g.Apples and pears.\n",
    "See https://example.com/the-end.Next/page today.\n",
    "Write to desk@news.Example.org today.\n",
    "If the call to os.Create(name) fails, the function returns.\n",
    "Print it with fmt.Println(quote.Go()) and the list with items.Get[0].\n",
    "Rocket.Chat is open source. The team moved to Rocket.Chat in May.\n",
]

CODE_LINE = "    total = items.Count + 1;\n"
LISTING = "Define the model:\nclass Person(models.Model):\n" + CODE_LINE + "\n"


def test_missing_space_after_punctuation_leaves_lines_of_code_alone_in_a_text_that_shows_code() -> None:
    assert not fires(LISTING, "P002")
    # Without a listing in sight, the same line is read as text; the prose around a listing still is.
    assert fires(CODE_LINE, "P002")
    assert fires(LISTING + "Kan reported on Wednesday.The stabbing occurred at noon.\n", "P002")


@pytest.mark.parametrize("text", GLUED_FIRES)
def test_missing_space_after_punctuation_fires(text: str) -> None:
    assert fires(text, "P002")


@pytest.mark.parametrize("text", GLUED_NOT_FIRES)
def test_missing_space_after_punctuation_stays_silent(text: str) -> None:
    assert not fires(text, "P002")


_GLUED_PAIR = regex.compile(r"\p{Lu}?\p{Ll}{2,}[.!?]\p{Lu}\p{Ll}+")


def _glued_pairs(text: str, glue: int) -> Iterator[tuple[str, int]]:
    """Each piece of ``text`` around the glue point that has the shape of a glued pair, with its glue's index in it."""
    for start in range(max(0, glue - 5), glue):
        for end in range(glue + 3, min(len(text), glue + 7) + 1):
            if _GLUED_PAIR.fullmatch(text, start, end):
                yield text[start:end], glue - start


@given(st.lists(st.sampled_from(["ab", "Ab", "aab", "bé", "Éa", ".", "!", " ", "\n", "x"]), max_size=30).map("".join))
@example("Abc.Abc.Abc x Abc.Abc")
@example("aab.Aab.Aab.Aab")
def test_glued_pairs_are_counted_as_str_count_counts_them(text: str) -> None:
    glues = list(_glued_marks(text))
    copies = _GluedCopies(text, glues)
    for glue in glues:
        for pair, glue_in_pair in _glued_pairs(text, glue):
            assert copies.count(pair, glue_in_pair) == text.count(pair)


@given(st.lists(st.sampled_from(["a", " ", "\t", ",", ".", ";", "!", "?", "\n", "é"]), max_size=30).map("".join))
@example("a ,b\t.")
def test_blanks_before_marks_are_those_a_search_for_each_pair_finds(text: str) -> None:
    needles = [blank + mark for blank in " \t" for mark in ",.;!?"]
    assert find_all(text, *needles) == _search_each(text, needles)


@given(st.lists(st.sampled_from(["a", ",", ";", ",,", ";;", ".", " ", "\n"]), max_size=20).map("".join))
def test_doubled_commas_and_semicolons_are_those_a_search_for_each_finds(text: str) -> None:
    assert find_all(text, ",,", ";;") == _search_each(text, [",,", ";;"])


def _search_each(text: str, needles: list[str]) -> list[int]:
    """``find_all`` as it searched for every needle, whether the text held its characters or not."""
    return sorted(found.start() for needle in needles for found in regex.finditer(regex.escape(needle), text))


def test_glued_pairs_overlapping_copies_count_once() -> None:
    text = "Abc.Abc.Abc and Abc.Abc"
    pairs = dict(_glued_pairs(text, 2))
    assert pairs["Abc.Abc"] == 2
    assert _GluedCopies(text, list(_glued_marks(text))).count("Abc.Abc", 2) == text.count("Abc.Abc") == 2


def _spaces_high_marks_by_lookbehinds(text: str) -> bool:
    """What ``_spaces_high_marks_on_purpose`` says, counted with one lookbehind pattern per side."""
    spaced = len(regex.findall(r"(?<=[ \t\u00a0\u202f])[;!?]", text))
    return spaced >= 2 and spaced >= len(regex.findall(r"(?<=[\p{L}\p{N}])[;!?]", text))


@given(st.lists(st.sampled_from(["a", "é", "7", "٣", " ", "\t", "\u00a0", "\u202f", "\n", ";", "!", "?", "»", "_"]), max_size=40).map("".join))
@example("Quoi ? Vraiment ! Oui ; non?")
@example("? ?")
def test_high_marks_are_counted_as_the_lookbehind_patterns_count_them(text: str) -> None:
    assert _spaces_high_marks_on_purpose(text) == _spaces_high_marks_by_lookbehinds(text)


def test_missing_space_after_punctuation_fix() -> None:
    text = "Kan reported on Wednesday.The stabbing occurred.Police came.\n"
    once = fixed(text, "P002")
    assert once == "Kan reported on Wednesday. The stabbing occurred. Police came.\n"
    assert fixed(once, "P002") == once


# -- P003 mixed-quote-styles ---------------------------------------------------------------


def test_mixed_quote_styles_is_opt_in() -> None:
    text = "“The end of the year is popular,\" the analyst said.\n"
    assert "P003" not in {d.code for d in scrapelint.lint(text)}
    assert fires(text, "P003")


@pytest.mark.parametrize(
    "text",
    [
        *CLEAN,
        '"Only straight," he said. "Yes."\n',
        "“Only curly,” he said. “Yes.”\n",
        "A 12\" pizza and a “large” drink.\n",
        '"Straight here."\n\n“Curly in the next paragraph.”\n',
    ],
)
def test_mixed_quote_styles_stays_silent(text: str) -> None:
    assert not fires(text, "P003")


def test_mixed_quote_styles_points_at_the_minority_and_has_no_fix() -> None:
    text = "“Forty-five years of practicing law,\" he said, “has convinced me.”\n"
    (diagnostic,) = scrapelint.lint(text, select=["P003"])
    assert text[diagnostic.start:diagnostic.end] == '"'
    assert diagnostic.fix is None


# -- P004 doubled-punctuation --------------------------------------------------------------

DOUBLED_FIRES = [
    "We work with partners, media, etc.. requires a plan.\n",
    "Shares of Apple Inc.. rose.\n",
    "The U.S.. Army said so.\n",
    "The meeting ended.. The next one is Friday.\n",
    "Bring pens,, paper and tape.\n",
    "First;; second.\n",
    "A list,,\n",
]

DOUBLED_NOT_FIRES = [
    *CLEAN,
    "Wait... what?\n",
    "Wait.... what?\n",
    "Wait.. what?\n",
    "Go to ../images/a.png now.\n",
    "See http://example.com/a..b for it.\n",
    "Yes!! Really?? What?!\n",
    "Er sagte ,,Hallo`` und ging.\n",
    "a,,b,,c\n",
    "for (;;) { }\n",
    "‘우아한 가’ 배종옥, 여태껏 이..\n",
    "std::vector and ::1 are code.\n",
]


@pytest.mark.parametrize("text", DOUBLED_FIRES)
def test_doubled_punctuation_fires(text: str) -> None:
    assert fires(text, "P004")


@pytest.mark.parametrize("text", DOUBLED_NOT_FIRES)
def test_doubled_punctuation_stays_silent(text: str) -> None:
    assert not fires(text, "P004")


@pytest.mark.parametrize(
    ("text", "safe", "unsafe"),
    [
        ("media, etc.. requires\n", "media, etc. requires\n", "media, etc. requires\n"),
        ("pens,, paper;; tape\n", "pens, paper; tape\n", "pens, paper; tape\n"),
        ("It ended.. The next\n", "It ended.. The next\n", "It ended. The next\n"),
    ],
)
def test_doubled_punctuation_fix(text: str, safe: str, unsafe: str) -> None:
    assert fixed(text, "P004") == safe
    assert fixed(text, "P004", unsafe=True) == unsafe
    assert fixed(unsafe, "P004", unsafe=True) == unsafe


def test_space_before_punctuation_leaves_lines_of_code_alone_in_a_text_that_shows_code() -> None:
    flattened = "const [ form , setForm ] = useState ( 0 ) ;\n"
    listing = "Write the component:\n" + flattened + "export default Form ;\n\n"
    assert not fires(listing, "P001")
    assert fires(flattened, "P001")
    assert fires(listing + "The firm sells tools for Creating Offers , Online Business.\n", "P001")
