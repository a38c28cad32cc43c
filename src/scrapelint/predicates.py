"""Small judgements about text that many rules share.

Keep them here, once: "does this line read as a title", "is it a list item", "is this
offset inside a quotation". A rule that needs a new one adds it here with its tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from operator import lt
from typing import TYPE_CHECKING

import regex

from scrapelint import phrases
from scrapelint.patterns import lazy, standard

if TYPE_CHECKING:
    from scrapelint.document import Document

# A list item opens with a bullet, or with a number or a letter (after an opening bracket or
# not) that a closer ends ("1.", "2)", "(a)", "b."), then spaces ("o" is the bullet some
# converters write for "◦"). Declared once: is_list_item's fast path and the patterns that
# read a list item's marker are built from it.
_BULLETS = "-*+•·◦▪▸►‣o"
_NUMBERING_OPENER = "("
_NUMBERING_CLOSERS = (".", ")")
LIST_MARKER = (
    rf"(?:[{regex.escape(_BULLETS)}]"
    rf"|{regex.escape(_NUMBERING_OPENER)}?(?:\d{{1,3}}|[a-zA-Z])[{regex.escape(''.join(_NUMBERING_CLOSERS))}])"
)
"""A list item's marker, without the spaces after it, as a piece of a pattern."""
_LIST_MARKER = lazy(rf"^\s*{LIST_MARKER}\s+")
# The ASCII characters that may open a marker on their own; an ASCII letter opens one only
# when a closer follows it.
_ASCII_MARKER_OPENERS = "".join(c for c in _BULLETS if c.isascii()) + _NUMBERING_OPENER + "0123456789"
_LEADING_NOISE = lazy(r"[\s\p{Pd}*+•·◦▪▸►‣#>|]+")
# What the pattern class \s matches (Unicode White_Space: not the separators \x1c-\x1f that
# str.isspace() counts), and the punctuation that a line's end sheds.
PATTERN_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_TRAILING_NOISE = PATTERN_SPACE + ":;,.!?…|"
_SPACE = lazy(r"\s+")
_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*")
LETTER_OR_NUMBER = lazy(r"[\p{L}\p{N}]")
"""A letter or a number of any script: ``LETTER_OR_NUMBER.match(text, index)`` asks it of one character."""
# A sentence ends with one of these marks, then any closing quotes or brackets.
_SENTENCE_MARKS = (".", "!", "?", "…", "。", "！", "？")
SENTENCE_CLOSERS = "\"'”’»)]"
_LOWER_START = lazy(r"^\W*\p{Ll}")
_BARE_FIGURE = lazy(r"^\W*\p{Nd}[\p{Nd}.,:%]*\W*$")

MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 250


def words(text: str) -> list[str]:
    # The standard library's engine finds the same words in ASCII text twice as fast.
    return _ascii_word().findall(text) if text.isascii() else _WORD.findall(text)


@lru_cache(maxsize=1)
def _ascii_word() -> re.Pattern[str]:
    """``_WORD`` for ASCII text (no marks, and "’" is not ASCII)."""
    return re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


def has_words(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` words: ``len(words(text)) >= count``, read
    only as far as the ``count``-th word (a paragraph's words are not listed to be counted)."""
    # Two words need a character between them: a line too short to hold ``count`` words
    # (most lines of a page, asked for a paragraph's ten) answers from its length.
    if len(text) < 2 * count - 1:
        return False
    # As in words(): the standard library's engine counts ASCII text's words several times
    # as fast. An ASCII opening that holds them answers for any text: there the words are
    # those of _WORD, and what follows can only lengthen the last (of the paragraphs of the
    # 106 naive pages, half are not ASCII, and a third of those open with ten ASCII words).
    if _first_ascii_words(count).match(text) is not None:
        return True
    if text.isascii():
        return False
    # Other text's words are counted from the words' pattern, which a run compiles anyway: a
    # pattern for each count cost a commit hook 3.9M instructions of compiles (two counts).
    # A split at the first ``count`` words counts them in C, where a generator over the
    # matches took a third more time.
    return count <= 0 or len(_WORD.split(text, count)) > count


@lru_cache(maxsize=16)
def _first_ascii_words(count: int) -> re.Pattern[str]:
    """The first ``count`` words of a text, in an opening that is ASCII (no marks, and "’"
    is not ASCII), as ``_ascii_word`` is ``_WORD``."""
    # Possessive throughout: a word is never split in two to make up the count.
    return standard(rf"(?:[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]*+[A-Za-z0-9][A-Za-z0-9'-]*+){{{count}}}")


def normalize_line(text: str) -> str:
    """Case-folded, with inner whitespace collapsed and edge bullets and punctuation dropped."""
    # The end is stripped with str.rstrip: a pattern anchored at the end is tried at every
    # position of the line (half the time of this function on long lines). A line that
    # opens with a letter or a digit has nothing to strip at its start.
    leading = None if text[:1].isalnum() else _LEADING_NOISE.match(text)
    core = (text[leading.end():] if leading else text).rstrip(_TRAILING_NOISE)
    # str.split breaks a line where the pattern \s+ matches, and at the separators
    # \x1c-\x1f too; it takes a fraction of the pattern's time on a long line.
    if "\x1c" in core or "\x1d" in core or "\x1e" in core or "\x1f" in core:
        return _SPACE.sub(" ", core).casefold()
    return " ".join(core.split()).casefold()


def is_list_item(text: str) -> bool:
    # Most lines open with a word: an ASCII first character that opens no marker answers
    # without the pattern.
    stripped = text.lstrip(PATTERN_SPACE)
    first = stripped[:1]
    if first.isascii() and not (
        first and first in _ASCII_MARKER_OPENERS or first.isalpha() and stripped[1:2] in _NUMBERING_CLOSERS
    ):
        return False
    # Outside ASCII only a bullet or a digit opens a marker: a line that opens with a
    # quotation mark or a letter answers without the pattern (whose compile costs a commit
    # hook 3.0M instructions), and so does a bullet, which must be followed by a space. A
    # character Python's Unicode data does not know is not printable: the pattern's engine
    # may know it as a digit.
    if not first.isascii():
        if first in _BULLETS:
            after = stripped[1:2]
            return after != "" and after in PATTERN_SPACE
        if first.isprintable() and not first.isdecimal():
            return False
    return _LIST_MARKER.match(text) is not None


# What ends_sentence strips off a line's end, and the marks it then looks for (each one character).
_SHED_AT_SENTENCE_END = frozenset(PATTERN_SPACE + SENTENCE_CLOSERS)
_SENTENCE_MARK_SET = frozenset(_SENTENCE_MARKS)


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence: a final mark, then any closing quotes or
    brackets and spaces."""
    # Most lines end with neither a space nor a closer (3,934 of the 4,047 asked about over
    # the 53 fresh bs4 pages): their last character answers, without two strips and a test
    # of seven endings (12.2M -> 8.1M instructions for those calls).
    last = text[-1:]
    if last not in _SHED_AT_SENTENCE_END:
        return last in _SENTENCE_MARK_SET
    # Stripped off the end with str.rstrip: a pattern anchored at the end is tried at every
    # position of the text.
    return text.rstrip(PATTERN_SPACE).rstrip(SENTENCE_CLOSERS).endswith(_SENTENCE_MARKS)


MIN_RUNNING_WORDS = 12
"""A line this long that ends like a sentence is article prose, not a label or a title."""
MIN_PROSE_LINE_WORDS = 5
"""A line this long that does not close reads as a sentence broken off, not as a heading or a label."""


def is_running_text(text: str, min_words: int = MIN_RUNNING_WORDS) -> bool:
    """A line of article prose: ``min_words`` words or more (a dozen unless asked), ending like a sentence."""
    return ends_sentence(text) and has_words(text, min_words)


def opens_in_lower_case(text: str) -> bool:
    """Whether the first letter of ``text``, after any marks and spaces, is lower case."""
    # Most lines open with an ASCII letter or digit: no mark or space comes first, and its
    # own case answers without the pattern.
    first = text[:1]
    if first.isascii() and (first.isalnum() or first == "_"):
        return first.islower()
    return _LOWER_START.match(text) is not None


# How a statement or an introduction ends (a sentence broken at a link, not a button's "!").
_STATEMENT_ENDS = (".", ":", "。", "：")


def ends_statement(text: str) -> bool:
    """Whether a line ends with a period (not an ellipsis: "read more...") or a colon."""
    return text.endswith(_STATEMENT_ENDS) and not text.endswith("..")


def ends_sentence_or_label(text: str) -> bool:
    """Whether a line ends like a sentence or a label (a colon): what comes next starts afresh."""
    return ends_sentence(text) or ends_with_colon(text)


def ends_with_colon(text: str) -> bool:
    """Whether a line ends with a colon, closing Markdown emphasis aside ("Sections:",
    "**Services offered:**", as converters print a bold label): it introduces what follows."""
    return text.rstrip().rstrip("*_").endswith((":", "："))


def introduced_by_colon(doc: Document, index: int) -> bool:
    """Whether the nearest line with text above line ``index`` ends with a colon: it
    introduces what follows ("Sections:" over a list of the article's, "Let's repeat that:"
    over a paragraph quoted again)."""
    above = doc.nonblank_lines_before(index, 1)
    return bool(above) and ends_with_colon(above[0].text)


@lru_cache(maxsize=1)
def sentence_or_label_end() -> re.Pattern[str]:
    """What ``Document.lines_closing_with`` finds the lines that ``ends_sentence_or_label``
    by, in the text read backwards: from the line break after a line, the spaces that
    ``ends_sentence`` strips, any closing quotes or brackets and a sentence's mark; or any
    spaces that ``str.isspace`` counts and a colon. Of the standard library's engine, which
    skips from line break to line break: a rule reads only the lines it finds instead of
    asking each line. Read forwards, each character of the text was tested against the
    marks (69M instructions over the 106 naive pages; 26M backwards)."""
    marks = re.escape("".join(_SENTENCE_MARKS))
    closers = re.escape(SENTENCE_CLOSERS)
    blanks = PATTERN_SPACE.replace("\n", "")
    spaces = re.escape(blanks)
    # Spelt out, not [^\S\n]: before Python 3.11 the regex package compiles this pattern,
    # and its \s leaves out the separators that str.isspace counts.
    counted_spaces = re.escape(blanks + "\x1c\x1d\x1e\x1f")
    return standard(rf"\n(?:[{counted_spaces}]*+[:：]|[{spaces}]*+[{closers}]*+[{marks}])")


def opens_with_sentence_mark(text: str) -> bool:
    """Whether ``text`` opens with a mark that only goes on with a sentence (",", ".", ";",
    ":", ")"): the line above it broke off inside that sentence."""
    return text[:1] in _GOING_ON_MARKS


_GOING_ON_MARKS = frozenset(",.;:)")


def _reads_on(text: str) -> bool:
    """Whether a line reads as words of a sentence: it ends like one, or it is as long as one."""
    return ends_sentence(text) or len(text.split()) >= MIN_PROSE_LINE_WORDS


def joined_to_prose(previous: str, text: str, following: str) -> bool:
    r"""Whether the line ``text`` may be a piece of a sentence that a converter broke at a link.

    ``previous`` and ``following`` are the lines right above and below it ("" when blank
    or absent). The line goes on from the one above when it opens in lower case under a
    line of five words or more that does not close (no sentence end, no colon: "might
    look\nlike this:"), or under any line that does not close when it ends itself with a
    period or a colon: it ends the sentence that a link's words broke off ("with\ncurl\nlike
    this:", "Keep up with the\nDaily Brief\nnewsletter."; a label of a menu in lower case
    ends with no mark, or with a "!" of its own: "share this!"), or when the line above
    stops on an open bracket or a comma. It
    runs into the one below when it does not close and the line below opens in lower case
    and reads on ("Sign up today\nto get started!"), or opens with a mark that goes on
    with a sentence ("(\nRead More\n)."). List items are never pieces of a sentence.
    """
    above, line, below = previous.strip(), text.strip(), following.strip()
    if is_list_item(line):
        return False
    if above and not ends_sentence_or_label(above) and not is_list_item(above):
        if above.endswith(("(", "[", ",")):
            return True
        if opens_in_lower_case(line) and (len(above.split()) >= MIN_PROSE_LINE_WORDS or ends_statement(line)):
            return True
    if below and not ends_sentence_or_label(line) and not is_list_item(below):
        if opens_with_sentence_mark(below):
            return True
        if opens_in_lower_case(below) and len(below.split()) >= 2 and _reads_on(below):
            return True
    return False


def is_bare_figure(text: str) -> bool:
    """A line that is a number and nothing else ("74", "85%", "1.15", "$4.99"): a table's cell, one a line."""
    # Most lines open with an ASCII letter, which no figure does: answered without the pattern.
    first = text[:1]
    if first.isascii() and (first.isalpha() or first == "_"):
        return False
    return _BARE_FIGURE.match(text) is not None


def looks_like_title(text: str) -> bool:
    """A short line that does not end like a sentence: a headline or a heading."""
    stripped = text.strip().lstrip("#").strip()
    if not stripped or len(stripped) > MAX_TITLE_CHARS or is_list_item(text):
        return False
    if stripped.endswith(".") and not stripped.endswith("..."):
        return False
    count = len(words(stripped))
    return 0 < count <= MAX_TITLE_WORDS


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"), ("‘", "’"))


def inside_quotation(text: str, offset: int) -> bool:
    """Whether ``offset`` falls inside a quotation that opened earlier in ``text``.

    ``text`` is usually one paragraph. Straight double quotes count by parity; paired
    quotes by the balance of openers and closers before the offset.
    """
    return Quotations(text).inside(offset)


class Quotations:
    """:func:`inside_quotation` for many offsets of one text, in increasing order.

    Each question counts the quotation marks between the previous offset and this one,
    so asking at every match of a pattern stays linear in the length of the text.
    """

    _MARKS = ('"',) + tuple(mark for pair in _QUOTE_PAIRS[:2] for mark in pair)

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.counts = dict.fromkeys(self._MARKS, 0)

    def inside(self, offset: int) -> bool:
        if offset < self.offset:
            self.offset, self.counts = 0, dict.fromkeys(self._MARKS, 0)
        for mark in self._MARKS:
            self.counts[mark] += self.text.count(mark, self.offset, offset)
        self.offset = offset
        counts = self.counts
        return counts['"'] % 2 == 1 or any(counts[opener] > counts[closer] for opener, closer in _QUOTE_PAIRS[:2])


LANGUAGE_SAMPLE_CHARS = 3000
_TOKEN_EDGES = ".,;:!?\"'()[]{}«»“”„‘’…*|/-–—"
SHORT_TEXT_WORDS = 20


@lru_cache(maxsize=8)
def likely_languages(text: str, family: str) -> frozenset[str]:
    """The languages of a phrase family that ``text`` is most likely written in.

    Counts, in the first few thousand characters, how many different words of each
    language's list of ``family`` the text uses (function words are the most frequent
    words of a language); the languages within half of the best count win. Words of one
    letter are not counted: they double as list bullets ("o") and initials. Empty when no
    language has two listed words in a text of some length (a stray "com" from a web
    address does not make a Korean text Portuguese), or one in a short text.

    Cached: several rules ask about the same text, and a string hashes once.
    """
    sample = _sample_words(text)
    # The listed words of one letter are taken out of the sample (a set difference in C),
    # not the sample's words of one letter, which are measured one by one; the sample's
    # words are counted only when a single listed word asks how long the text is. Counting
    # the words of each language's intersection instead, in Python calls, cost a text of
    # 110 bytes 33k instructions more.
    used = sample - _one_letter_words(family)
    scores = {language: len(used & listed) for language, listed in _listed_by_language(family)}
    best = max(scores.values(), default=0)
    if best == 0 or best == 1 and _two_letters_or_more(sample) >= SHORT_TEXT_WORDS:
        return frozenset()
    return frozenset(language for language, score in scores.items() if score * 2 >= best)


@lru_cache(maxsize=4)
def _sample_words(text: str) -> frozenset[str]:
    """The different words at the start of ``text``, case-folded and stripped of the
    punctuation at their edges (some left empty or of one letter).

    Cached: several rules ask about the same text, and a string hashes once.
    """
    tokens = set(text[:LANGUAGE_SAMPLE_CHARS].casefold().split())
    # Stripped in C: a loop in Python over the tokens cost more than the rest.
    return frozenset(map(str.strip, tokens, repeat(_TOKEN_EDGES)))


def _two_letters_or_more(words: Iterable[str]) -> int:
    """How many of ``words`` ``likely_languages`` counts: counted in C."""
    return sum(map(lt, repeat(1), map(len, words)))


@lru_cache(maxsize=None)
def _one_letter_words(family: str) -> frozenset[str]:
    """The words of one letter that a language of a word family lists ("a", "y", "e")."""
    return frozenset(word for _, listed in _listed_by_language(family) for word in listed if len(word) == 1)


@lru_cache(maxsize=None)
def _listed_by_language(family: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each language of a word family and its words: read once, not for each text."""
    return tuple(phrases.load_by_language(family).items())
