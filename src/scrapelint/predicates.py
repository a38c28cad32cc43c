"""Small judgements about text that many rules share.

Keep them here, once: "does this line read as a title", "is it a list item", "is this
offset inside a quotation". A rule that needs a new one adds it here with its tests.
"""

from __future__ import annotations

import re
from functools import lru_cache

from scrapelint import phrases
from scrapelint.patterns import lazy

_LIST_MARKER = lazy(r"^\s*(?:[-*+•·◦▪▸►‣o]\s+|\(?\d{1,3}[.)]\s+|\(?[a-zA-Z][.)]\s+)")
_LEADING_NOISE = lazy(r"[\s\p{Pd}*+•·◦▪▸►‣#>|]+")
# What the pattern class \s matches (Unicode White_Space: not the separators \x1c-\x1f that
# str.isspace() counts), and the punctuation that a line's end sheds.
_PATTERN_SPACE = "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_TRAILING_NOISE = _PATTERN_SPACE + ":;,.!?…|"
_SPACE = lazy(r"\s+")
_WORD = lazy(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*")
_SENTENCE_FINAL = lazy(r"""[.!?…。！？]["'”’»)\]]*\s*$""")

MAX_TITLE_WORDS = 25
MAX_TITLE_CHARS = 250


def words(text: str) -> list[str]:
    # The standard library's engine finds the same words in ASCII text twice as fast.
    return _ascii_word().findall(text) if text.isascii() else _WORD.findall(text)


@lru_cache(maxsize=1)
def _ascii_word() -> re.Pattern[str]:
    """``_WORD`` for ASCII text (no marks, and "’" is not ASCII)."""
    return re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


def normalize_line(text: str) -> str:
    """Case-folded, with inner whitespace collapsed and edge bullets and punctuation dropped."""
    # The end is stripped with str.rstrip: a pattern anchored at the end is tried at every
    # position of the line (half the time of this function on long lines).
    leading = _LEADING_NOISE.match(text)
    core = (text[leading.end():] if leading else text).rstrip(_TRAILING_NOISE)
    return _SPACE.sub(" ", core).casefold()


def is_list_item(text: str) -> bool:
    return _LIST_MARKER.match(text) is not None


def ends_sentence(text: str) -> bool:
    return _SENTENCE_FINAL.search(text) is not None


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


def likely_languages(text: str, family: str) -> frozenset[str]:
    """The languages of a phrase family that ``text`` is most likely written in.

    Counts, in the first few thousand characters, how many different words of each
    language's list of ``family`` the text uses (function words are the most frequent
    words of a language); the languages within half of the best count win. Words of one
    letter are not counted: they double as list bullets ("o") and initials. Empty when no
    language has two listed words in a text of some length (a stray "com" from a web
    address does not make a Korean text Portuguese), or one in a short text.
    """
    used = _sample_words(text)
    scores = {language: len(used & listed) for language, listed in phrases.load_by_language(family).items()}
    best = max(scores.values(), default=0)
    needed = 2 if len(used) >= SHORT_TEXT_WORDS else 1
    return frozenset(language for language, score in scores.items() if best >= needed and score * 2 >= best)


@lru_cache(maxsize=4)
def _sample_words(text: str) -> frozenset[str]:
    """The different words of two letters or more at the start of ``text``, case-folded.

    Cached: several rules ask about the same text, and a string hashes once.
    """
    tokens = set(text[:LANGUAGE_SAMPLE_CHARS].casefold().split())
    return frozenset(word for word in (token.strip(_TOKEN_EDGES) for token in tokens) if len(word) > 1)
