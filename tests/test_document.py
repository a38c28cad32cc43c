from __future__ import annotations

import itertools
from unittest.mock import patch

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from scrapelint import document
from scrapelint.diagnostics import Edit, Position
from scrapelint.document import (
    _SENTENCE_END,
    URL_OR_EMAIL,
    Document,
    Line,
    Paragraph,
    _abbreviation_searched,
    _ascii_sentence_end,
    _ends_with_abbreviation,
    _indented_below,
    contains_any,
    document_view,
    find_all,
    overlaps_any,
    scan_blocks,
)


def test_positions_count_characters_not_bytes() -> None:
    doc = Document("héllo\nwörld…x")
    assert doc.position(0) == Position(1, 1)
    assert doc.position(7) == Position(2, 2)
    assert doc.position(12) == Position(2, 7)


def test_crlf_offsets_map_back_to_the_raw_text() -> None:
    raw = "ab\r\ncd\r\nef"
    doc = Document(raw)
    assert doc.text == "ab\ncd\nef"
    for normalized, char in enumerate(doc.text):
        if char != "\n":
            assert raw[doc.to_raw(normalized)] == char
            assert doc.from_raw(doc.to_raw(normalized)) == normalized
    assert doc.newline == "\r\n"


def test_lines_and_paragraphs() -> None:
    doc = Document("Title\n\nOne.\nTwo.\n\n\nThree.\n")
    assert [line.text for line in doc.lines] == ["Title", "", "One.", "Two.", "", "", "Three.", ""]
    assert [p.text for p in doc.paragraphs] == ["Title", "One.\nTwo.", "Three."]
    assert [(p.first_line, p.last_line) for p in doc.paragraphs] == [(0, 0), (2, 3), (6, 6)]


def test_sentences_respect_abbreviations_and_numbers() -> None:
    doc = Document("U.S. officials met on Oct. 1 with Mr. Smith. Prices rose 3.5 percent. Then? Yes!")
    assert [s.text for s in doc.sentences] == [
        "U.S. officials met on Oct. 1 with Mr. Smith.",
        "Prices rose 3.5 percent.",
        "Then?",
        "Yes!",
    ]


def test_code_spans_only_in_markdown() -> None:
    text = "Use `Leave a Reply` here.\n\n```\ncode\n```\n"
    assert Document(text, "a.txt").code_spans == ()
    spans = Document(text, "a.md").code_spans
    assert [text[s:e] for s, e in spans] == ["`Leave a Reply`", "```\ncode\n```\n"]


def test_remove_lines_takes_one_adjacent_blank_line() -> None:
    def remove(text: str, index: int) -> str:
        doc = Document(text)
        edit = doc.remove_lines(index)
        return text[:edit.start] + text[edit.end:]

    assert remove("a\n\nb\n\nc\n", 2) == "a\n\nc\n"
    assert remove("a\n\nb\n", 2) == "a\n"
    assert remove("a\n\nb", 2) == "a"
    assert remove("a\nb\nc", 1) == "a\nc"
    assert remove("b", 0) == ""
    # a line taken out of a paragraph leaves the paragraph breaks around it
    assert remove("a\nb\n\nc\n", 1) == "a\n\nc\n"
    assert remove("a\n\nb\nc\n", 2) == "a\n\nc\n"


def test_blocks_are_lines_in_extracted_text_and_paragraphs_in_wrapped_text() -> None:
    extracted = "Storm Hits Coast\nWinds reached 90 mph overnight.\nThousands lost power.\n"
    assert not Document(extracted).is_hard_wrapped
    assert [b.text for b in Document(extracted).blocks] == [
        "Storm Hits Coast", "Winds reached 90 mph overnight.", "Thousands lost power.",
    ]
    wrapped = (
        "The council voted on Tuesday to close the Main Street bridge for repairs\n"
        "next spring, and the mayor said the work would take about six months in\n"
        "all, starting in April.\n\n"
        "Residents who live near the river were told to move their cars to higher\n"
        "ground before the weekend.\n"
    )
    doc = Document(wrapped)
    assert doc.is_hard_wrapped
    assert [(b.first_line, b.last_line) for b in doc.blocks] == [(0, 2), (4, 5)]
    # short lines (menus, verse) are not wrapped text
    assert not Document("Home\nNews\nSport\n\nWeather\nCulture\n").is_hard_wrapped


def test_sentences_stay_inside_their_block() -> None:
    doc = Document("Call details\nDuring the call, Biden spoke. He left.\n")
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("Call details", 0), ("During the call, Biden spoke.", 1), ("He left.", 1),
    ]


def test_sentences_of_some_blocks_are_those_the_sentences_view_holds_for_them() -> None:
    doc = Document("Menu\nHe came. She left… Then? No.\n\nDr. Who arrived at 3.5 p.m. today.\n  Short  \n")
    assert doc.sentences_of(range(len(doc.blocks))) == list(doc.sentences)
    assert doc.sentences_of([1, 3]) == [sentence for sentence in doc.sentences if sentence.paragraph in (1, 3)]
    assert doc.sentences_of([]) == []


def _ends_with_listed_word(text: str, words: frozenset[str], trailing: str, case_folded: bool) -> bool:
    """``Document.lines_ending_in``'s definition, line by line."""
    end = text.rstrip(trailing)
    for word in words:
        start = len(end) - len(word)
        piece = end[start:]
        if start >= 0 and (piece.casefold() == word if case_folded else piece == word):
            if start == 0 or not (end[start - 1].isalnum() or end[start - 1] == "_"):
                return True
    return False


ENDINGS_TEXT = st.text(alphabet=st.sampled_from(list("the andTHEAnd\t\n\u00a0,.»_é1")), max_size=60)


@given(ENDINGS_TEXT, st.booleans())
@example("the\n bathe\nfoo-the \nxthe\n\nthe", False)
@example("THE\nThe »\n_the\n1the\nthe and", True)
def test_lines_ending_in_finds_each_line_that_ends_with_a_listed_word(text: str, case_folded: bool) -> None:
    words = frozenset({"the", "and", "bathe", "é"})
    for trailing, characters in ((r"[^\S\n]", " \t\u00a0"), (r"[ ».,]", " ».,")):
        doc = Document(text)
        found = [line.index for line in doc.lines_ending_in(words, trailing, case_folded)]
        expected = [line.index for line in doc.lines if _ends_with_listed_word(line.text, words, characters, case_folded)]
        assert found == expected


def test_lines_opening_with_reads_each_line_from_the_break_before_it() -> None:
    import re

    doc = Document("* * *\nText\n\n  •  \n•x\n|")
    marks_only = re.compile(r"\n[^\S\n]*[*•|](?:[^\w\n])*(?=\n|\Z)")
    assert [line.index for line in doc.lines_opening_with(marks_only)] == [0, 3, 5]


@given(
    st.text(alphabet=st.sampled_from(list("the andTHEIıİſK\u212a\t\n ,.»_é1ß’”")), max_size=80),
    st.booleans(),
    st.sampled_from([r"[^\S\n]", r"[ ».,e]"]),
)
@example("bit\nBIT\nbıt »\nthe.", True, r"[ ».,e]")
@example("he said.”\nl’and\nL’AND »\nthe’", True, r"[ ».,e]")
def test_the_first_look_at_a_few_lines_never_hides_a_line_the_pattern_finds(text: str, case_folded: bool, trailing: str) -> None:
    """``lines_ending_in`` reads a short text's lines before it compiles the words' pattern;
    whatever that first look lets through, the result is the pattern's alone."""
    import scrapelint.document as document

    words = frozenset({"the", "bıt", "é", "and", "ße", "l’and"})
    document._line_end_patterns.clear()  # a built pattern is searched without a first look
    short = Document(text).lines_ending_in(words, trailing, case_folded)
    few_lines = document.FEW_LINES
    document.FEW_LINES = -1
    try:
        pattern_only = Document(text).lines_ending_in(words, trailing, case_folded)
    finally:
        document.FEW_LINES = few_lines
    assert short == pattern_only


def test_the_line_end_pattern_dropped_for_a_new_one_is_the_least_recently_used() -> None:
    import scrapelint.document as document

    document._line_end_patterns.clear()
    words = [frozenset({f"word{number}"}) for number in range(document.MAX_LINE_END_PATTERNS + 1)]
    for listed in words[:-1]:
        document._line_end_pattern(listed, " ", False)
    first = document._line_end_pattern(words[0], " ", False)
    document._line_end_pattern(words[-1], " ", False)
    assert document._line_end_pattern(words[0], " ", False) is first
    assert (words[1], " ", False) not in document._line_end_patterns
    assert len(document._line_end_patterns) == document.MAX_LINE_END_PATTERNS


def test_a_character_without_case_matches_only_itself_when_case_is_ignored() -> None:
    """What the first look of ``lines_ending_in`` takes for granted of the ends of lines
    outside ASCII that it compares with the words itself."""
    import re

    from scrapelint.document import _ascii_or_caseless

    caseless = [chr(code) for code in range(0x80, 0x110000) if _ascii_or_caseless(chr(code))]
    ranges: list[list[int]] = []
    for character in caseless:
        if ranges and ranges[-1][1] == ord(character) - 1:
            ranges[-1][1] = ord(character)
        else:
            ranges.append([ord(character), ord(character)])
    any_caseless = re.compile("[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in ranges) + "]", re.IGNORECASE)
    assert any_caseless.findall("".join(map(chr, range(0x110000)))) == caseless


# -- code the text shows ----------------------------------------------------------------

DJANGO_LISTING = (
    "The form renders its fields in a loop.\n"
    "Add this to your template:\n"
    "{% for field in form %}\n"
    "    <div class=\"fieldWrapper\">\n"
    "        {{ field.errors }}\n"
    "        {{ field.label_tag }} {{ field }}\n"
    "    </div>\n"
    "{% endfor %}\n"
    "Each field then carries its own errors.\n"
)
INDENTED_JSX = (
    "A button that counts its clicks.\n\n"
    "jsx\n\n"
    "    function MyButton() {\n"
    "      return <button onClick={handleClick}>Click me</button>;\n"
    "    }\n\n"
    "Clicking it updates the count.\n"
)
# A naive converter prints each highlighted token of a listing on a line of its own.
TOKEN_SPLIT = (
    "The handler is a plain function.\n"
    + "function\nhandleClick\n()\n{\nalert\n(\n'clicked'\n)\n;\n}\n" * 3
    + "const\ncount\n=\n0\n;\n" * 2
    + "It runs on every click.\n"
)
PROMPT_SESSION = (
    "Every pair of letters, in order:\n"
    ">>> from itertools import product\n"
    ">>> for pair in product('ABCD', repeat=2): print(''.join(pair))\n"
    "AA\nAB\nAC\nAD\n"
)
SHELL_SESSION = "Install it and run the tests.\n$ pip install example\n$ pytest -q\n"
# A session whose prompts a converter put on lines of their own.
SPLIT_PROMPT_SESSION = "Decimal keeps the digits:\n>>>\nDecimal('1.1') + Decimal('2.2')\nDecimal('3.3')\n>>>\nimport math\n"

# A code viewer's label over a listing, which a converter may join on one line.
LABELLED_LISTING = (
    "Function expressions are convenient when passing a function as an argument\n"
    "js\n"
    "const square = function (number) {\n"
    "return number * number;\n"
    "};\n"
    "It returns the square of its argument.\n"
)
LABELLED_ONE_LINE_LISTING = (
    "      Here's some code that uses createAudioFileAsync()\n\n"
    "          js\n"
    "        function done(result) { console.log(result); } createAudioFileAsync(settings, done);\n\n"
    "      The callbacks run when the file is ready.\n"
)
# Markup listings: what an element holds is indented, or each line closes what it opens.
HTML_LISTING = (
    "Wrap the fields in a form:\n"
    "<form action=\"/signup\" method=\"post\">\n"
    "  <input name=\"email\" type=\"email\">\n"
    "  <button>Join</button>\n"
    "</form>\n"
)
HEAD_LISTING = "Add these lines to your page:\n<link rel=\"stylesheet\" href=\"/style.css\">\n<script src=\"/app.js\"></script>\n"

SHOWS_CODE = [
    DJANGO_LISTING, INDENTED_JSX, TOKEN_SPLIT, PROMPT_SESSION, SHELL_SESSION, SPLIT_PROMPT_SESSION,
    LABELLED_LISTING, LABELLED_ONE_LINE_LISTING, HTML_LISTING, HEAD_LISTING,
]
SHOWS_NO_CODE = [
    "The council met on Tuesday.\nIt voted 7-2 to close the bridge (for repairs).\n",
    # Scripts a converter leaked, level with the text and not introduced.
    "window.dataLayer = window.dataLayer || [];\nfunction gtag(){dataLayer.push(arguments);}\n"
    "The museum reopens on Monday.\ngoogletag.cmd.push(function() { googletag.display('ad-1'); });\n"
    "Tickets go on sale next week.\n",
    # A list in prose whose items end with ";" under a colon.
    "A comment will be deleted if it:\ndoes not match the subject of the post;\n"
    "promotes hatred or discrimination of any kind;\ncontains insults or threats;\n",
    # Placeholders a page failed to fill, under a label.
    "Display Name:\n{* public_displayName *}\n{* public_name *}\n{{ user.title }}\n* {title}\n",
    # Labels with a remark in brackets under a colon; product names.
    "Here is a quick guide:\nLightweight (<130 lbs):\nSoft to medium firmness\nAverage (130-230 lbs):\n"
    "Cleaning solution(1L)\nMopping Pads(2 pcs)\n",
    # A naive converter splits links and remarks in brackets, not code, one piece a line.
    "Shares of\nQualcomm\n(\nNASDAQ:\nQCOM\n)\nrose.\n" * 6 + "History\n[\nedit\n]\n" * 6,
    "The fund raised\n$ 5 million\nlast year and\n$ 7 million\nthis year.\n",
    # A menu's item, as menus write it, over a leaked script; a label over prose.
    "Docs\nPython\nwindow.dataLayer = window.dataLayer || [];\nThe course starts in May.\n",
    "The library speaks\njs\nand many other languages.\n",
    "Languages we teach:\njava\npython\nruby\nEnrol before the first of May.\n",
    # Arrows that news sites put before their links, not a prompt.
    "More from the industry:\n>>> Supplier profits from the recovery of aviation\n>>> The largest companies of the region\n",
    "Tickets are running out.\n>>>\nwww.example.com/tickets\n<<<\n>>>\nOrder the current issue now!\n<<<\n",
    # An embed's consent form that a converter leaked under the sentence introducing the
    # embed: its elements nest without indentation, as a program writes markup out.
    "A tweet by the secretary general about the filter:\n"
    "<form class=\"consent-form\" method=\"post\" accept-charset=\"UTF-8\">\n"
    "<div id=\"edit-allowed\" class=\"form-checkboxes\"><div class=\"service-twitter form-item\">\n"
    "<input type=\"checkbox\" name=\"allowed\" value=\"twitter\" />\n"
    "<label for=\"edit-allowed\">Twitter</label>\n</div>\n</div>\n</form>\n",
]


def test_shows_code_finds_listings_sessions_and_code_split_into_tokens() -> None:
    for text in SHOWS_CODE:
        assert Document(text).shows_code, text


def test_shows_code_leaves_prose_leaked_scripts_and_failed_templates() -> None:
    for text in SHOWS_NO_CODE:
        assert not Document(text).shows_code, text


INDENTS = ["", " ", "  ", "\t", " \t", "\u3000", "\xa0"]
INDENTED_CONTENTS = ["def f(x):", "return x;", "<div>", "x = 1", "Prose.", "// note", "}", "", "  "]


@given(st.lists(st.tuples(st.sampled_from(INDENTS), st.sampled_from(INDENTED_CONTENTS)).map("".join), max_size=8).map("\n".join))
@example("Add this:\n\n  \n    x = 1;\n")
def test_a_line_indented_below_another_follows_a_line_break_and_a_space_or_a_tab(text: str) -> None:
    """``shows_code`` searches a text for lines indented deeper only where it holds a line
    break followed by a space or a tab."""
    if _indented_below().search(text):
        assert "\n " in text or "\n\t" in text


URL_PIECES = ["www.", "WwW.", "wWW.", "ww.", "w.", "W.", "Now.", "w", "example.com", "/path", "a@b.co", "@", "http://", " ", "\n", "é", "ẃ"]


@given(st.lists(st.sampled_from(URL_PIECES), max_size=12).map("".join))
@example("Visit WWW.example.com\nnow.\nwWw.x.org/a b@c.de")
def test_url_spans_are_found_in_the_lines_holding_a_slash_an_at_or_www(text: str) -> None:
    """The lines searched for addresses are those holding "/", "@" or "www." in any case."""
    doc = Document(text)
    lines = [line for line in doc.lines if "/" in line.text or "@" in line.text or "www." in line.text.lower()]
    assert doc.url_spans == tuple(m.span() for line in lines for m in URL_OR_EMAIL.finditer(doc.text, line.start, line.end))


def test_nonblank_lines_before_gives_the_nearest_first_and_stops_at_the_top() -> None:
    doc = Document("Title\n\nFirst\n  \nSecond\n\nThird\n")
    assert [line.text for line in doc.nonblank_lines_before(6, 2)] == ["Second", "First"]
    assert [line.text for line in doc.nonblank_lines_before(2, 5)] == ["Title"]
    assert doc.nonblank_lines_before(0, 1) == []


# The sentence ends as the pattern found them when it opened with a lookbehind for the mark before.
_SENTENCE_END_BEHIND_MARKS = regex.compile(r"""(?<![.!?…。！？])[.!?…。！？]++["'”’»)\]]*+(?=\s+["'“‘«(\[]?[\p{Lu}\p{N}])|[。！？]""")


@given(st.lists(st.sampled_from(["A", "a", "7", ".", "!", "?", "…", "。", "！", "？", "”", "“", "(", " ", "\n"]), max_size=30).map("".join))
@example("Hi... There. 。Ok！ Yes?! (No)")
def test_sentence_ends_are_found_as_the_lookbehind_pattern_found_them(text: str) -> None:
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in _SENTENCE_END_BEHIND_MARKS.finditer(text)]


@given(st.lists(st.sampled_from(["A", "a", "7", ".", "!", "?", '"', "'", ")", "]", "(", "[", " ", "\n", "\t", "\v", "\x1c", "\x1f"]), max_size=30).map("".join))
@example('Hi... There. "Ok!" (Yes?!) [No]\x1cNo.\vA')
def test_sentence_ends_in_ascii_text_are_those_the_regex_pattern_finds(text: str) -> None:
    assert [m.span() for m in _ascii_sentence_end().finditer(text)] == [m.span() for m in _SENTENCE_END.finditer(text)]


LINE_PIECES = ["word", "Wörd", "é", "…", "政府", " ", "\t", "\xa0", "\u2003", ".", "", "x" * 60]


@given(st.lists(st.lists(st.sampled_from(LINE_PIECES), max_size=4).map("".join), max_size=12).map("\n".join))
@example("")
@example("\n")
@example("a\n\nb\n")
def test_line_views_are_those_a_loop_over_the_lines_builds(text: str) -> None:
    doc = Document(text)
    offset = 0
    expected_lines = []
    for index, line_text in enumerate(text.split("\n")):
        expected_lines.append((index, offset, offset + len(line_text), line_text, not line_text.strip()))
        offset += len(line_text) + 1
    assert doc.lines == tuple(expected_lines)
    assert {type(line) for line in doc.lines} == {Line}
    assert doc._line_starts == [line[1] for line in expected_lines]
    assert doc._line_ends == [line[2] for line in expected_lines]
    paragraphs = []
    first = None
    for line in [*doc.lines, None]:
        if line is not None and not line.is_blank:
            first = line.index if first is None else first
        elif first is not None:
            last = (line.index if line is not None else len(doc.lines)) - 1
            start, end = doc.lines[first].start, doc.lines[last].end
            paragraphs.append((first, last, start, end, text[start:end]))
            first = None
    assert doc.paragraphs == tuple(paragraphs)
    lines_as_blocks = tuple((line.index, line.index, line.start, line.end, line.text) for line in doc.lines if not line.is_blank)
    assert doc.blocks == (doc.paragraphs if doc.is_hard_wrapped else lines_as_blocks)
    assert {type(block) for block in doc.blocks} <= {Paragraph}


_ABBREVIATION_PIECES = ["Mr", "Dr", "e.g", "i.e", "E.G", "g", "e", "A", "U", "S", "x", "xMr", "é", "3", "pp", "p", "Sept", ".", " ", "-", "(", "_", "É"]


@given(st.lists(st.sampled_from(_ABBREVIATION_PIECES), max_size=8).map("".join), st.integers(min_value=0, max_value=12))
@example("e.g.", 0)
@example("A.", 0)
@example("the U.S.", 2)
@example("Mr.", 1)
def test_abbreviations_looked_up_end_a_text_as_the_pattern_of_them_found(text: str, start: int) -> None:
    """A word looked up in the abbreviations is what the pattern of every abbreviation found."""
    every = regex.compile(
        r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Mt|Gen|Col|Capt|Lt|Sgt|Gov|Sen|Rep|Rev|Hon|Inc|Ltd|Co|Corp|No|Nos|Vol|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|p|pp|ca|cf|al|e\.g|i\.e)\.$)"
        r"|(?:\b\p{Lu}\.(?:\p{Lu}\.)*$)"
    )
    for end in range(len(text) + 1):
        assert _ends_with_abbreviation(text, start, end) == (every.search(text, start, end) is not None), (text, start, end)


@given(
    st.lists(
        st.sampled_from([*_ABBREVIATION_PIECES, "\n", "approx", "Approxx", "abcdefghij", "ſ", "K", "ǅ", "ı", "Ü", "ﬁ", "\u0301"]),
        max_size=10,
    ).map("".join),
    st.integers(min_value=0, max_value=12),
)
@example("x_Mr.", 0)
@example("Mr.\n", 0)
@example("3p.", 0)
@example("éNo.", 0)
def test_abbreviations_read_off_the_last_word_are_those_the_pattern_finds(text: str, start: int) -> None:
    for end in range(len(text) + 1):
        assert _ends_with_abbreviation(text, start, end) == _abbreviation_searched(text, start, end), (text, start, end)


def test_a_view_is_computed_once_and_kept_by_its_document() -> None:
    from scrapelint.document import cached_view

    calls = []

    class Counted(Document):
        @cached_view
        def line_texts(self) -> list[str]:
            """The lines, counted."""
            calls.append(self)
            return self.text.split("\n")

    first, second = Counted("a\nb\n"), Counted("c\n")
    assert first.line_texts is first.line_texts and second.line_texts == ["c", ""]
    assert calls == [first, second]
    assert Counted.line_texts.__doc__ == "The lines, counted."
    assert "line_texts" in vars(first)


@given(st.text(alphabet="ab\n é", max_size=60), st.sampled_from([1, 3, 8, 100]))
@example("", 8)
@example("\n\n\n", 1)
@example("a" * 20 + "\nb", 3)
def test_scan_blocks_cut_the_text_after_line_breaks(text: str, block: int) -> None:
    """The spans follow one another from the text's start to its end; each but the last
    ends just after a line break, the first after ``SCAN_BLOCK_CHARS`` characters of it,
    so that a string without a line break that the text holds lies within one span."""
    with patch.object(document, "SCAN_BLOCK_CHARS", block):
        spans = scan_blocks(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(stop == start for (_, stop), (start, _) in zip(spans, spans[1:]))
    for start, stop in spans[:-1]:
        assert text[stop - 1] == "\n"
        assert "\n" not in text[start + block : stop - 1]
    start, stop = spans[-1]
    assert stop - start <= block or "\n" not in text[start + block :]


def _copies(text: str, needle: str) -> list[int]:
    """Where ``needle`` is printed in ``text``, each copy after the end of the one before."""
    found: list[int] = []
    for offset in range(len(text)):
        if text.startswith(needle, offset) and (not found or offset >= found[-1] + len(needle)):
            found.append(offset)
    return found


@given(
    st.text(alphabet="a.\n é", max_size=40),
    st.lists(st.sampled_from(["a", ".", "..", "é", "a.", "\n", ".\n", "x"]), min_size=1, max_size=4, unique=True),
    st.sampled_from([document.SCAN_BLOCK_CHARS, 1, 4]),
)
@example("a..\n...", [".."], 1)
@example("a.\n\na.", ["a.", ".\n"], 1)
def test_find_all_finds_each_copy_of_each_needle_in_order(text: str, needles: list[str], block: int) -> None:
    """Each needle's copies that do not overlap one another, all in order of offset, however
    the text is cut into blocks for the search."""
    expected = sorted(offset for needle in needles for offset in _copies(text, needle))
    with patch.object(document, "SCAN_BLOCK_CHARS", block):
        assert find_all(text, *needles) == expected


@given(st.text(alphabet="ab\n\x0bé“", max_size=40), st.lists(st.sampled_from(["a", "é", "\x0b", "“", "ba", "x"]), max_size=4), st.sampled_from([document.SCAN_BLOCK_CHARS, 1, 4]))
def test_contains_any_is_whether_the_text_holds_a_needle(text: str, needles: list[str], block: int) -> None:
    with patch.object(document, "SCAN_BLOCK_CHARS", block):
        assert contains_any(text, needles) is any(needle in text for needle in needles)


_computed: list[tuple[str, tuple[object, ...]]] = []


@document_view
def _first_word(doc: Document) -> str:
    _computed.append((doc.text, ()))
    return doc.text.split()[0]


@document_view
def _words_longer_than(doc: Document, length: int) -> list[str]:
    _computed.append((doc.text, (length,)))
    return [word for word in doc.text.split() if len(word) > length]


def test_a_document_view_is_worked_out_once_for_each_document_and_arguments() -> None:
    _computed.clear()
    one, other = Document("alpha beta gamma"), Document("delta epsilon")
    assert [_first_word(one), _first_word(one), _first_word(other)] == ["alpha", "alpha", "delta"]
    assert _words_longer_than(one, 4) == ["alpha", "gamma"]
    assert _words_longer_than(one, 4) == ["alpha", "gamma"]
    assert _words_longer_than(one, 3) == ["alpha", "beta", "gamma"]
    assert _computed == [
        ("alpha beta gamma", ()), ("delta epsilon", ()), ("alpha beta gamma", (4,)), ("alpha beta gamma", (3,)),
    ]


def test_a_linted_document_is_freed_with_its_views_once_nothing_holds_it() -> None:
    # Without a collection of cycles: no cache of a module, no view that refers back to
    # the document keeps it (and the views, tens of times the text's size) alive; fix()
    # lints a new document each round.
    import gc
    import weakref

    from conftest import SEED

    import scrapelint
    from scrapelint.linter import lint_document
    from scrapelint.settings import Settings

    ruleset = Settings(select=["ALL"]).resolve()
    texts = [SEED.read_text(encoding="utf-8"), "Share on Facebook\nTwitter\n\nA line.\nA line.\n", "Ünïcödé tëxt — “quoted” 😀\n"]
    collecting = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            doc = Document(text, "page.md")
            assert lint_document(doc, ruleset) == scrapelint.lint(text, select=["ALL"], filename="page.md")
            kept = weakref.ref(doc)
            del doc
            assert kept() is None
    finally:
        if collecting:
            gc.enable()


@given(st.lists(st.integers(0, 6), max_size=16), st.integers(0, 40), st.integers(0, 6))
@example([2, 3], 2, 0)  # an empty span where one starts
def test_overlaps_any_finds_what_a_test_of_each_span_finds(cuts: list[int], start: int, width: int) -> None:
    # Sorted spans, none overlapping another: cut from running offsets, every other piece a gap.
    offsets = list(itertools.accumulate(cuts))
    spans = [(low, high) for low, high in zip(offsets[::2], offsets[1::2])]
    end = start + width
    expected = any(low < end and start < high or low == start for low, high in spans)
    assert overlaps_any(spans, start, end) == expected


def test_remove_span_takes_the_invisible_end_of_a_text_without_a_final_newline() -> None:
    # Visible text after the span: the span alone.
    assert Document("a\u200bb", None).remove_span(1, 2) == Edit(1, 2)
    # Only invisible characters after it: they go too, and those between the last visible
    # character and the span, so the text still ends without a line break.
    assert Document("word\n\u200b\u200b\x07", None).remove_span(6, 7) == Edit(4, 8)
    assert Document("word\n\u200b\u200b\x07", None).remove_span(5, 6) == Edit(4, 8)
    # A span that holds the last visible character starts where it does.
    assert Document("one two\u200b", None).remove_span(3, 7) == Edit(3, 8)
    # A text with a final newline keeps it: the span alone.
    assert Document("word\u200b\n", None).remove_span(4, 5) == Edit(4, 5)
    # Nothing visible at all.
    assert Document("\u200b" * 3, None).remove_span(1, 2) == Edit(0, 3)
