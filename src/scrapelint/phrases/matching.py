"""Phrase lists matched against a document's lines: the machinery of the boilerplate rules.

A line is compared with a family's phrases by key (see ``phrase_key``): case,
punctuation and spacing ignored, every number read as one placeholder. This module
builds a family's ``PhraseList`` (exact keys, phrases that allow a few edits, templates
with wildcards) and finds, once per document and in C where it can, the lines that are
one of the phrases (``matching_lines``), that hold one (``lines_holding``) or that open
with one's first word (``lines_opening_with``). Whether such a line is furniture is the
rules' judgement, in ``scrapelint.rules.boilerplate``.
"""

import itertools
import operator
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import regex

from scrapelint import phrases
from scrapelint.document import Document, Line, document_view, first_offsets, line_starts, scan_blocks
from scrapelint.patterns import LazyPattern, lazy, within_time
from scrapelint.records import NamedTuple

MAX_PHRASE_LINE_CHARS = 80
"""Longer lines are never a phrase of their own."""

EXACT, FUZZY, TEMPLATE = "exact", "fuzzy", "template"

_NUMBER = lazy(r"\p{Nd}+(?:[.,:/]\p{Nd}+)*(?:[kKmM](?![\p{L}\p{N}]))?")
_NOT_WORD = lazy(r"[^\p{L}\p{M}\p{N}]+")
_ASCII_DIGITS = b"0123456789"
_ASCII_NOT_WORD = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_ASCII_NOT_WORD_TO_SPACE = bytes.maketrans(_ASCII_NOT_WORD, b" " * len(_ASCII_NOT_WORD))
_ASCII_LOWER_NOT_WORD_TO_SPACE = _ASCII_NOT_WORD_TO_SPACE.translate(bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz"))
# Spaces and punctuation of English text outside ASCII, none a letter, mark or number: a
# line whose other characters are ASCII gets the same key with these as spaces, without the
# patterns of other scripts.
_COMMON_NOT_WORD = frozenset("\xa0\u2009\u202f•·◦▪▸►‣‘’“”«»–—…")
_COMMON_NOT_WORD_TO_SPACE = dict.fromkeys(map(ord, _COMMON_NOT_WORD), " ")
# The characters of the scripts written without spaces between words, as the regex
# package's Unicode data has them (\p{Hangul}, \p{Han}, \p{Hiragana}, \p{Katakana}): a
# table, because compiling that pattern cost each run that reads a phrase of those scripts
# 0.7M instructions.
_UNSPACED_SCRIPTS = {
    "Hangul": (
        (0x1100, 0x11FF), (0x302E, 0x302F), (0x3131, 0x318E), (0x3200, 0x321E), (0x3260, 0x327E), (0xA960, 0xA97C),
        (0xAC00, 0xD7A3), (0xD7B0, 0xD7C6), (0xD7CB, 0xD7FB), (0xFFA0, 0xFFBE), (0xFFC2, 0xFFC7), (0xFFCA, 0xFFCF),
        (0xFFD2, 0xFFD7), (0xFFDA, 0xFFDC),
    ),
    "Han": (
        (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007), (0x3021, 0x3029),
        (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D), (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3),
        (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF), (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0),
        (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479),
    ),
    "Hiragana": (
        (0x3041, 0x3096), (0x309D, 0x309F), (0x1B001, 0x1B11F), (0x1B123, 0x1B123), (0x1B132, 0x1B132),
        (0x1B150, 0x1B152), (0x1F200, 0x1F200),
    ),
    "Katakana": (
        (0x30A1, 0x30FA), (0x30FD, 0x30FF), (0x31F0, 0x31FF), (0x32D0, 0x32FE), (0x3300, 0x3357), (0xFF66, 0xFF6F),
        (0xFF71, 0xFF9D), (0x1AFF0, 0x1AFF3), (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B000),
        (0x1B120, 0x1B122), (0x1B124, 0x1B128), (0x1B155, 0x1B155), (0x1B164, 0x1B168),
    ),
}
_UNSPACED_BOUNDS = tuple(
    chr(bound) for first, last in sorted(span for spans in _UNSPACED_SCRIPTS.values() for span in spans) for bound in (first, last + 1)
)
"""Where each range of those characters starts and where it has ended, in order: a
character is one of them when ``bisect_right`` places it at an odd position."""
_FIRST_WORD_OF_LINE = lazy(r"[^\p{L}\p{N}]*+([\p{L}\p{N}][\p{L}\p{M}\p{N}]*+)?")
# Words a wildcard stands for: one to six of them, or up to 20 characters of an unspaced script.
_WILDCARD = r"(?:\S+ ){0,5}\S+"
_UNSPACED_WILDCARD = r".{1,20}?"


# -- keys and phrase lists -------------------------------------------------------------


@lru_cache(maxsize=16384)
def phrase_key(text: str) -> str:
    """``text`` compared as a phrase: case-folded words, numbers as "0", no punctuation.

    Scripts written without spaces (Chinese, Japanese) lose their spaces too, and so does
    Korean, whose spacing varies from site to site. The phrase lists come with their
    phrases' keys ready-made (see ``phrase_list``); this keys lines, which recur.
    """
    return computed_phrase_key(text)


def computed_phrase_key(text: str) -> str:
    """What :func:`phrase_key` says, without its cache (``python -m scrapelint.phrases`` keys the listed phrases with it)."""
    if not text.isascii() and (beyond := frozenset(_beyond_ascii(text))) <= _COMMON_NOT_WORD:
        # Each of the few characters replaced in C: a translation by a table of characters
        # outside ASCII looks up every character of the line in a dict.
        for char in beyond:
            text = text.replace(char, " ")
    if text.isascii():
        # The same key for most lines, with a byte table instead of a pattern: 3x faster. The
        # table lowers the case too, and the digits it deletes tell a line with a number,
        # which the pattern keys (a pattern's compile costs more than the table's look).
        spaced = text.encode().translate(_ASCII_LOWER_NOT_WORD_TO_SPACE, _ASCII_DIGITS)
        if len(spaced) < len(text):
            spaced = _ascii_number().sub(" 0 ", text.lower()).encode().translate(_ASCII_NOT_WORD_TO_SPACE)
        return " ".join(spaced.decode().split())
    key = _NUMBER.sub(" 0 ", text.casefold())
    key = _NOT_WORD.sub(" ", key).strip()
    if is_unspaced(key):
        key = key.replace(" ", "")
    return key


@lru_cache(maxsize=1)
def _ascii_number() -> re.Pattern[str]:
    """``_NUMBER`` for ASCII text, in the standard library's engine: its compile cost a commit
    hook 1M instructions less (a line with a number)."""
    return re.compile(r"[0-9]+(?:[.,:/][0-9]+)*(?:[kKmM](?![A-Za-z0-9]))?")


@lru_cache(maxsize=16384)
def is_unspaced(key: str) -> bool:
    if key.isascii() or max(key) < _UNSPACED_BOUNDS[0]:
        return False
    return any(bisect_right(_UNSPACED_BOUNDS, char) % 2 for char in key)


def _allowed_errors(key: str) -> int:
    """How many edits a line may be away from a listed phrase and still be that phrase.

    None for short phrases, phrases of one or two words and scripts without spaces: one
    edit turns "Related posts" into "Related costs", and on four Chinese characters an
    edit is a different word.
    """
    if key.count(" ") < 2 or len(key) < 10 or is_unspaced(key):  # the pattern last: it is the slow test
        return 0
    if len(key) < 16:
        return 1
    return 2 if len(key) < 30 else 3


FUZZY_CLUE_CHARS = 4
"""Fuzzy matching runs only against phrases that share a word this long with the line."""


class PhraseList:
    """The phrases of one family (and a user's additions), ready to match line keys.

    Compared by identity: ``_is_near`` caches answers per list."""

    __slots__ = ("exact", "near", "near_lengths", "templates")

    def __init__(
        self,
        exact: frozenset[str],
        near: dict[str, tuple[tuple[str, int], ...]],
        near_lengths: tuple[int, int],
        templates: dict[str, tuple[tuple[str, LazyPattern], ...]],
    ) -> None:
        self.exact = exact
        self.near = near
        """Word of a phrase -> (phrase, edits it allows), for the phrases that allow edits."""
        self.near_lengths = near_lengths
        self.templates = templates
        """A template's first or last literal word ("" for unspaced scripts) -> (phrase, pattern)."""

    def match(self, key: str) -> str | None:
        """How ``key`` is one of the phrases: EXACT, TEMPLATE, FUZZY, or None."""
        if key in self.exact:
            return EXACT
        if self.templates and self._fits_template(key):
            return TEMPLATE
        # The same lines recur from page to page of a site: remember the slow answers.
        if self.near and self.near_lengths[0] <= len(key) <= self.near_lengths[1] and "0" not in key and _is_near(self, key):
            return FUZZY
        return None

    def _fits_template(self, key: str) -> bool:
        if is_unspaced(key):
            candidates = self.templates.get("", ())
        else:
            split = key.split()
            if not split:  # a line of symbols only has an empty key
                return False
            candidates = self.templates.get(split[0], ()) + self.templates.get(split[-1], ())
        for phrase, template in candidates:
            start, end = _template_affixes(phrase)
            # A key that does not start and end as the template does cannot fit it: most
            # keys are told so without the pattern, which a timeout slows several times.
            if key.startswith(start) and key.endswith(end) and within_time(template.fullmatch, key, phrase):
                return True
        return False

    def _near(self, key: str) -> bool:
        # Only phrases sharing a distinctive word with the line are worth an edit distance.
        # A phrase that shares two words with the line is listed under each: judged once.
        tried: set[str] = set()
        for word in key.split():
            if len(word) >= FUZZY_CLUE_CHARS:
                for phrase, errors in self.near.get(word, ()):
                    if abs(len(phrase) - len(key)) > errors or phrase in tried:
                        continue
                    tried.add(phrase)
                    # Each edit changes the count of at most one character on each side: a
                    # count test rules out most phrases before the edits are counted.
                    if _differing_chars(_chars(phrase), key) <= errors and _within_edits(phrase, key, errors):
                        return True
        return False

    def opening(self, key: str) -> str | None:
        """The longest phrase that ``key`` begins with and goes on after, if any."""
        if is_unspaced(key):
            found = [phrase for phrase in _unspaced_phrases(self) if key.startswith(phrase) and key != phrase]
            return max(found, key=len, default=None)
        split = key.split(" ", 6)
        for count in range(len(split) - 1, 0, -1):
            prefix = " ".join(split[:count])
            if prefix in self.exact:
                return prefix
        return None


@lru_cache(maxsize=64)
def _unspaced_phrases(listed: PhraseList) -> tuple[str, ...]:
    """The phrases of ``listed`` in unspaced scripts: a few among thousands, looked up for each
    line in such a script."""
    return tuple(phrase for phrase in listed.exact if is_unspaced(phrase))


@lru_cache(maxsize=65536)
def _is_near(listed: PhraseList, key: str) -> bool:
    return listed._near(key)


@lru_cache(maxsize=4096)
def _chars(phrase: str) -> Counter[str]:
    return Counter(phrase)


def _differing_chars(first: Counter[str], second: str) -> int:
    """A lower bound of the edit distance of ``second`` and the string ``first`` counts the
    characters of, from their character counts (the bag distance): the characters one has
    and the other lacks, on the side with more."""
    # The longer string less the characters the two have in common, counted in C:
    # subtracting two Counters is a loop in Python, a third of a fresh line's fuzzy look.
    # ``second`` is counted by str.count, only for the characters of ``first``: a Counter
    # of it took a fresh line's fuzzy look more time than the counts it was read for.
    common = sum(map(min, first.values(), map(second.count, first)))
    return max(first.total(), len(second)) - common


def _within_edits(phrase: str, key: str, errors: int) -> bool:
    """Whether ``key`` is at most ``errors`` insertions, deletions and substitutions away
    from ``phrase``: what the fuzzy pattern ``(?:phrase){e<=errors}`` says of it as a whole.

    The pattern compiled in a quarter of a millisecond for each phrase a process tried,
    more than a few of these counts cost.
    """
    # The ends the two share cost no edit: only what lies between them is compared.
    shared = len(os.path.commonprefix((phrase, key)))
    phrase, key = phrase[shared:], key[shared:]
    shared = len(os.path.commonprefix((phrase[::-1], key[::-1])))
    phrase, key = phrase[: len(phrase) - shared], key[: len(key) - shared]
    if abs(len(phrase) - len(key)) > errors:
        return False
    # The edit distances of the phrase's first i characters to the key's first j, for the
    # j within ``errors`` of i only: any other is beyond ``errors`` (``over`` stands for it).
    over = errors + 1
    width = len(key)
    previous = [min(j, over) for j in range(width + 1)]
    for i, char in enumerate(phrase, 1):
        low, high = max(1, i - errors), min(width, i + errors)
        current = [over] * (width + 1)
        current[0] = min(i, over)
        for j in range(low, high + 1):
            current[j] = min(previous[j - 1] + (char != key[j - 1]), previous[j] + 1, current[j - 1] + 1, over)
        if min(current[low - 1 : high + 1]) > errors:
            return False
        previous = current
    return previous[width] <= errors


@lru_cache(maxsize=None)
def phrase_list(family: str, extra: tuple[str, ...] = (), templates: bool = False) -> PhraseList:
    """A family's phrases, with ``extra`` ones; ``templates`` reads ``*`` as a wildcard.

    In phrase files ``{n}`` stands for a number and ``{network}`` for the name of any social
    network (``phrases.NETWORK``); with ``templates``, a ``*`` word stands for one to six
    words ("Most read in *"). Without ``extra`` the list comes ready-made with the phrase
    data (``python -m scrapelint.phrases`` builds it with ``phrase_list_parts``).
    """
    built = None if extra else phrases.built_list(family, templates)
    if built is None:
        exact, (near_words, near_phrases), near_lengths, (anchors, anchored) = phrase_list_parts(
            (*phrases.load(family), *extra), templates, phrases.load("social-network")
        )
        near: dict[str, tuple[tuple[str, int], ...]] = dict(zip(near_words, near_phrases))
    else:
        exact, packed_near, near_lengths, (anchors, anchored) = built
        near = _PackedNear(packed_near, exact)
    # One pattern for both words a template is looked up by, compiled when a line first has one.
    patterns = {pattern: lazy(pattern) for listed in anchored for _, pattern in listed}
    return PhraseList(
        exact=frozenset(exact),
        near=near,
        near_lengths=near_lengths,
        templates={
            anchor: tuple((phrase, patterns[pattern]) for phrase, pattern in listed) for anchor, listed in zip(anchors, anchored)
        },
    )


class _PackedNear(dict):  # type: ignore[type-arg]
    """A stored phrase list's words of the phrases that allow edits, each with its (phrase,
    edits) unpacked when first asked for (see ``phrases.near_phrases``): a run asks for the
    few words its lines hold. The packed entries name each phrase by its place among
    ``keys``, the list's keys."""

    def __init__(self, packed: dict[str, str], keys: Sequence[str]) -> None:
        super().__init__(packed)
        self._keys = keys

    def __getitem__(self, word: str) -> tuple[tuple[str, int], ...]:
        found = dict.__getitem__(self, word)
        if isinstance(found, str):
            found = phrases.near_phrases(found, self._keys)
            self[word] = found
        return found

    def get(self, word: str, default: Any = None) -> Any:
        return self[word] if word in self else default

    def values(self) -> Any:
        return [self[word] for word in self]

    def items(self) -> Any:
        return [(word, self[word]) for word in self]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, dict) and self.keys() == other.keys() and all(self[word] == other[word] for word in self)

    def __ne__(self, other: object) -> bool:
        return not self == other


def phrase_list_parts(
    listed: Sequence[str], templates: bool, networks: Sequence[str] = (), make_key: Callable[[str], str] = phrase_key,
) -> tuple[Any, ...]:
    """What a ``PhraseList`` of ``listed`` is made of, as constants that the phrase data can
    store: its keys; the words of the phrases that allow edits, and (phrase, edits) for each
    word; the shortest and longest key worth an edit distance; the words templates are
    looked up by, and (phrase, pattern) for each. ``make_key`` makes a phrase's key; a
    phrase with ``{network}`` gives one key for each of ``networks``, matched exactly: many
    names are short ("X", "VK", "SMS"), and an edit or two turns one into a common word."""
    exact: set[str] = set()
    near: dict[str, set[tuple[str, int]]] = {}
    wildcards: dict[str, list[tuple[str, str]]] = {}
    for phrase in listed:
        if templates and "*" in phrase and "*" in phrase.split():
            pattern, anchors = _template(phrase, make_key)
            for anchor in sorted(anchors):
                wildcards.setdefault(anchor, []).append((phrase, pattern))
            continue
        if phrases.NETWORK in phrase:
            exact.update(filter(None, (make_key(phrase.replace(phrases.NETWORK, name).replace("{n}", "0")) for name in networks)))
            continue
        key = make_key(phrase.replace("{n}", "0"))
        if not key:
            continue
        exact.add(key)
        errors = _allowed_errors(key)
        for word in key.split() if errors else ():
            if len(word) >= FUZZY_CLUE_CHARS:
                near.setdefault(word, set()).add((key, errors))
    near_keys = [near_key for near_listed in near.values() for near_key, _ in near_listed]
    near_words = sorted(near)
    anchors = sorted(wildcards)
    return (
        tuple(sorted(exact)),
        (tuple(near_words), tuple(tuple(sorted(near[word])) for word in near_words)),
        (min(map(len, near_keys), default=0) - 3, max(map(len, near_keys), default=0) + 3),
        (tuple(anchors), tuple(tuple(wildcards[anchor]) for anchor in anchors)),
    )


def _template(phrase: str, make_key: Callable[[str], str]) -> tuple[str, set[str]]:
    """A wildcard phrase as a pattern over keys, and the words it is looked up by."""
    parts = [make_key(part) for part in phrase.split("*")]
    unspaced = any(is_unspaced(part) for part in parts)
    pieces: list[str] = []
    for number, part in enumerate(parts):
        if number:
            pieces.append(_UNSPACED_WILDCARD if unspaced else _WILDCARD)
        if part:
            pieces.append(regex.escape(part))
    pattern = ("" if unspaced else " ").join(pieces)
    if unspaced:
        return pattern, {""}
    anchors = {parts[0].split()[0]} if parts[0] else set()
    if parts[-1]:
        anchors.add(parts[-1].split()[-1])
    return pattern, anchors


@lru_cache(maxsize=1024)
def _template_affixes(phrase: str) -> tuple[str, str]:
    """What a key that fits the wildcard phrase ``phrase`` starts and ends with (see
    ``_template``): its first and last literal parts, with the space that a wildcard
    beside them takes in a spaced script."""
    parts = [phrase_key(part) for part in phrase.split("*")]
    space = "" if any(is_unspaced(part) for part in parts) else " "
    return parts[0] + space if parts[0] else "", space + parts[-1] if parts[-1] else ""


@lru_cache(maxsize=None)
def family_keys(family: str, extra: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The keys of a word family, longest first."""
    # The phrase list's exact keys are these keys, ready-made with the phrase data: keying
    # each phrase again cost a commit hook 5M instructions.
    return tuple(sorted(phrase_list(family, extra).exact, key=len, reverse=True))


def holds_any(key: str, listed: tuple[str, ...]) -> bool:
    """Whether ``key`` holds a listed word or stem: at a word start, or anywhere in unspaced text."""
    at_word_start, anywhere = _held_by(listed)
    return any(map(f" {key}".__contains__, at_word_start)) or any(map(key.__contains__, anywhere))


def count_held(key: str, listed: tuple[str, ...]) -> int:
    """How many of the listed words or stems ``key`` holds, as ``holds_any`` finds one."""
    at_word_start, anywhere = _held_by(listed)
    return sum(map(f" {key}".__contains__, at_word_start)) + sum(map(key.__contains__, anywhere))


@lru_cache(maxsize=64)
def _held_by(listed: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The listed words as a key with a space before it holds them (each with a space before
    it), and those of unspaced scripts, which it holds anywhere: searched in C, where a
    generator over a family's words cost a page's lines microseconds each."""
    unspaced = tuple(map(is_unspaced, listed))
    return (
        tuple(f" {phrase}" for phrase, alone in zip(listed, unspaced) if not alone),
        tuple(phrase for phrase, alone in zip(listed, unspaced) if alone),
    )




class ShortLines(NamedTuple):
    """The lines short enough to be a phrase of their own, and their keys (blank lines left out)."""

    indices: list[int]
    keys: list[str]


@document_view
def short_lines(doc: Document) -> ShortLines:
    """Each line short enough to be a phrase of its own (its index), with its key.

    Kept on the document: every phrase rule of a run reads the same lines. A
    line that matches must still stand alone (see ``_inside_sentence``).
    """
    # Picked, and keyed, in C: a loop in Python over the thousands of lines of a page costs
    # more than the rest (most keys come from phrase_key's cache).
    texts = doc.line_texts
    fits = list(map(operator.ge, itertools.repeat(MAX_PHRASE_LINE_CHARS), map(len, texts)))
    indices = list(itertools.compress(itertools.count(), fits))
    # A longer line counts when the spaces around it make it so: few lines are that long.
    padded = [
        index for index in itertools.compress(itertools.count(), map(operator.not_, fits))
        if len(texts[index].strip()) <= MAX_PHRASE_LINE_CHARS
    ]
    if padded:
        indices = sorted(indices + padded)
    keys = list(map(phrase_key, map(texts.__getitem__, indices)))
    # A blank line, or one of symbols only, has an empty key.
    return ShortLines(list(itertools.compress(indices, keys)), list(filter(None, keys)))


class ShortLineIndex(NamedTuple):
    """The different keys of ``short_lines(doc)``, and the words they are looked up by."""

    keys: list[str]
    """The keys, each once, in the order of the text."""
    by_word: dict[str, list[str]]
    """Each word of ``FUZZY_CLUE_CHARS`` or more, and the keys without a number that hold
    it: the words a phrase allowing edits is looked up by."""
    by_edge: dict[str, list[str]]
    """Each first or last word, and the keys it opens or closes: the words a template is looked up by."""


@document_view
def _short_line_index(doc: Document) -> ShortLineIndex:
    """The keys of ``short_lines(doc)`` indexed: a phrase family then looks up its own few
    keys and words instead of matching every line."""
    # The words of each different key only: the lines of menus and bars recur on a page.
    keys = list(dict.fromkeys(short_lines(doc).keys))
    by_word: dict[str, list[str]] = {}
    by_edge: dict[str, list[str]] = {}
    for key in keys:
        split = key.split()
        # A key with a number is near no phrase (see ``PhraseList.match``): not listed.
        if "0" not in key:
            for word in split:  # a word twice lists the key twice: candidates are a set
                if len(word) >= FUZZY_CLUE_CHARS:
                    by_word.setdefault(word, []).append(key)
        by_edge.setdefault(split[0], []).append(key)
        if len(split) > 1:
            by_edge.setdefault(split[-1], []).append(key)
    return ShortLineIndex(keys, by_word, by_edge)


def lines_with_edge_word(doc: Document, *words: str) -> list[int]:
    """The positions in ``short_lines(doc)`` of the lines whose key opens or closes with
    one of ``words`` ("0": the lines that open or close with a number)."""
    by_edge = _short_line_index(doc).by_edge
    wanted = frozenset(itertools.chain.from_iterable(map(by_edge.get, words, itertools.repeat(()))))
    if not wanted:
        return []
    return list(itertools.compress(itertools.count(), map(wanted.__contains__, short_lines(doc).keys)))


@document_view
def _unspaced_keys(doc: Document) -> tuple[str, ...]:
    """The keys of ``short_lines(doc)`` in scripts written without spaces."""
    # Only keys outside ASCII are asked, picked in C: most keys are ASCII, and the cached
    # function costs a call and a lookup for each.
    keys = list(itertools.filterfalse(str.isascii, _short_line_index(doc).keys))
    return tuple(itertools.compress(keys, map(is_unspaced, keys)))


def matching_positions(doc: Document, listed: PhraseList) -> dict[int, str]:
    """The positions in ``short_lines(doc)`` of the lines that are one of the phrases of
    ``listed``, in order, with how each matched (what ``listed.match`` says).

    Only the keys that ``match`` could accept are matched: a key that is a phrase needs no
    call; a template is tried on a key whose first or last word it is looked up by, and
    a phrase allowing edits on a key of the lengths it allows that shares a word with it.
    """
    index = _short_line_index(doc)
    kinds = dict.fromkeys(listed.exact.intersection(index.keys), EXACT)
    candidates: set[str] = set()
    if listed.templates:
        for word in listed.templates.keys() & index.by_edge.keys():
            candidates.update(index.by_edge[word])
        if "" in listed.templates:
            candidates.update(_unspaced_keys(doc))
    if listed.near:
        for word in listed.near.keys() & index.by_word.keys():
            shortest, longest = _near_key_lengths(listed, word)
            candidates.update(key for key in index.by_word[word] if shortest <= len(key) <= longest)
    for key in candidates.difference(kinds):
        kind = listed.match(key)
        if kind:
            kinds[key] = kind
    if not kinds:
        return {}
    keys = short_lines(doc).keys
    return {position: kinds[keys[position]] for position in itertools.compress(itertools.count(), map(kinds.__contains__, keys))}


@lru_cache(maxsize=4096)
def _near_key_lengths(listed: PhraseList, word: str) -> tuple[int, int]:
    """The shortest and the longest key within the edits of one of the phrases of ``listed``
    that allow edits and are looked up by ``word``."""
    # A key that shares only that word with the phrases and is of no such length is no
    # candidate: each of its fuzzy looks measured the phrases' lengths, to find none near.
    # The range of the whole list let through two keys out of three of the 106 bs4 pages'.
    # Word by word, as a page asks: the lengths of every word of every list cost a commit
    # hook 8.7M instructions.
    near = listed.near[word]
    return min(len(phrase) - errors for phrase, errors in near), max(len(phrase) + errors for phrase, errors in near)


def matching_lines(doc: Document, listed: PhraseList) -> Iterator[tuple[Line, str, str]]:
    """Each short line that is one of the phrases of ``listed``, with its key and how it matched."""
    indices, keys = short_lines(doc)
    lines = doc.lines
    for position, kind in matching_positions(doc, listed).items():
        yield lines[indices[position]], keys[position], kind


@document_view
def _folded(doc: Document) -> tuple[str, list[int] | None, list[tuple[int, int]]]:
    """The text case-folded, where its lines start (None where the text's do), and its
    blocks for searches (``scan_blocks``).

    Folding is done character by character and never adds or removes a line break: the
    lines keep their numbers. Nor does it shorten a character: a folded text as long as
    the text has its lines where the text has them, and their starts need no new list.
    (Nothing kept on the document refers to it: a document is freed once its last user
    lets go of it, not at the next collection of cycles.)
    """
    folded = doc.text.casefold()
    starts = None if len(folded) == len(doc.text) else line_starts(folded.split("\n"))
    return folded, starts, scan_blocks(folded)


def lines_holding(doc: Document, needles: Iterable[str]) -> Iterator[Line]:
    """Each line that holds one of the case-folded ``needles``, in order; plain substring search.

    The text is searched for the needles' clues (see ``_clues``); after a hit, the search
    goes on from the next line, and the lines found are read for the needles themselves.
    """
    folded, folded_starts, blocks = _folded(doc)
    line_at = doc.line_index if folded_starts is None else lambda offset: bisect_right(folded_starts, offset) - 1
    plan = _search_plan(tuple(needles))
    clues = plan.ascii_clues
    if plan.other_clues and not folded.isascii():
        # A clue with a character that the text lacks (another script's, an accented
        # letter) is not searched for.
        present = _characters_beyond_ascii(doc)
        clues += tuple(clue for clue, beyond_ascii in plan.other_clues if present.issuperset(beyond_ascii))
    found: dict[int, tuple[int, int]] = {}  # the lines that hold a clue: where each starts and ends
    find = folded.find
    for start, stop in blocks:
        # Each clue's first search in C: a block that holds none of them (most short texts)
        # is left before any loop in Python, which cost a short text more than its searches.
        firsts = first_offsets(folded, clues, blocks, start, stop)
        if firsts.count(-1) == len(firsts):
            continue
        for clue, offset in zip(clues, firsts):
            while offset != -1:
                end = find("\n", offset, stop)
                end = stop if end == -1 else end
                found[line_at(offset)] = (folded.rfind("\n", 0, offset) + 1, end)
                offset = find(clue, end + 1, stop)
    if not found:
        return
    lines = doc.lines
    if plan.needles is None:
        yield from map(lines.__getitem__, sorted(found))
        return
    # Only the needles that the text can hold are looked for in each line, in C.
    present = _characters_beyond_ascii(doc)
    possible = [needle for needle, beyond_ascii in _clue_characters(plan.needles) if present.issuperset(beyond_ascii)]
    for index in sorted(found):
        start, end = found[index]
        if any(map(folded[start:end].__contains__, possible)):
            yield lines[index]


class _SearchPlan(NamedTuple):
    """What ``lines_holding`` searches a text for, worked out once for a set of needles."""

    ascii_clues: tuple[str, ...]
    other_clues: tuple[tuple[str, frozenset[str]], ...]
    """The clues with characters outside ASCII, and those characters."""
    needles: tuple[str, ...] | None
    """The needles a line found by a clue is read for; None when the clues are the needles
    themselves."""


@lru_cache(maxsize=64)
def _search_plan(needles: tuple[str, ...]) -> _SearchPlan:
    innermost = _innermost(needles)
    clues = _clues(innermost)
    searched = _clue_characters(clues)
    return _SearchPlan(
        tuple(clue for clue, beyond_ascii in searched if not beyond_ascii),
        tuple((clue, beyond_ascii) for clue, beyond_ascii in searched if beyond_ascii),
        None if clues is innermost else innermost,
    )


# Cached apart from the plan: the needles' characters are asked only of a text that holds
# a clue, and working them out for a family's hundreds of needles cost a commit hook 1.5M
# instructions.
@lru_cache(maxsize=64)
def _clue_characters(clues: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each clue (or needle) that a line can hold (one without a line break), with its characters outside ASCII."""
    return tuple((clue, frozenset(char for char in clue if not char.isascii())) for clue in clues if "\n" not in clue)


_ASCII_BYTES = bytes(range(128))


@document_view
def _characters_beyond_ascii(doc: Document) -> frozenset[str]:
    """The characters of ``_folded(doc)`` outside ASCII."""
    folded = _folded(doc)[0]
    return frozenset() if folded.isascii() else frozenset(_beyond_ascii(folded))


def _beyond_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order."""
    # In UTF-8 a character outside ASCII is made of bytes outside ASCII only: the text's
    # bytes with the ASCII ones dropped, in C, are those characters (a pattern's deletion
    # of the ASCII runs took twice the time). A lone surrogate (bad input) passes through.
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _innermost(needles: tuple[str, ...]) -> tuple[str, ...]:
    """The needles that hold no other one: a line that holds "e-mail" holds "mail" too, and
    each needle searched costs a reading of the whole text."""
    distinct = set(needles)
    # A needle that another holds occurs twice or more in all of them joined: only those few
    # are looked for in each of the others (a test of every pair cost a commit hook 6M instructions).
    joined = "\n".join(distinct)
    holding = {
        other for needle in distinct if joined.count(needle) > 1 for other in distinct if other != needle and needle in other
    }
    return tuple(sorted(distinct - holding))


MIN_CLUE_CHARS = 5
MAX_CLUE_CHARS = 7


def _clues(needles: tuple[str, ...]) -> tuple[str, ...]:
    """Fewer strings to search for than ``needles`` (``needles`` itself when there are
    none), one of which each needle holds: a word's first few letters that several needles
    share ("contrib" for "contributed reporting", "contribuyó a este reportaje", …).

    Each string searched costs a reading of the whole text; the few lines that hold a clue
    are then read for the needles themselves.
    """
    chunks = {
        needle: {word[:MAX_CLUE_CHARS] for word in needle.split() if len(word) >= MIN_CLUE_CHARS} or {needle}
        for needle in needles
    }
    remaining = set(needles)
    clues = []
    while remaining:
        # The chunk that the most needles left hold (the longest, then the first in order, of those).
        counts = Counter(chunk for needle in remaining for chunk in chunks[needle])
        most = max(counts.values())
        if most < 2:
            # A chunk of one needle only is more common in text than the needle: "reporte"
            # of "con reportes de" is in every "reporter".
            clues.extend(remaining)
            break
        clue = min((chunk for chunk, count in counts.items() if count == most), key=lambda chunk: (-len(chunk), chunk))
        clues.append(clue)
        remaining = {needle for needle in remaining if clue not in needle}
    return needles if len(clues) == len(needles) else tuple(sorted(clues))


@lru_cache(maxsize=None)
def family_needles(family: str, extra: tuple[str, ...] = (), shortest: int = 1) -> tuple[str, ...]:
    """A family's phrases as case-folded search strings of at least ``shortest`` characters.

    A phrase of an unspaced script is searched by its first chunk: sites space it as they like.
    """
    listed = (*phrases.load(family), *extra)
    return tuple(sorted({
        (phrase.split()[0] if not phrase.isascii() and is_unspaced(phrase) else phrase).casefold()
        for phrase in listed if len(phrase) >= shortest
    }))


@lru_cache(maxsize=None)
def _openings(family: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """The first words of a family's phrases (the first character, for unspaced scripts)."""
    return frozenset(map(key_opening, family_keys(family, extra)))


def key_opening(key: str) -> str:
    first = key[:1]
    # ASCII first: most keys are, and the cached call costs more than the test.
    return first if not first.isascii() and is_unspaced(first) else key.split(" ", 1)[0]


def lines_opening_with(doc: Document, family: str, extra: tuple[str, ...] = ()) -> Iterator[Line]:
    """Each line whose first word is the first word of one of the family's phrases."""
    first_words, by_opening = _line_first_words(doc)
    openings = _openings(family, extra)
    # The smaller side is walked: a frozenset's intersection() walks its argument, and
    # "& dict.keys()" walks the whole frozenset (a short text has a few first words, a
    # family a hundred openings or more).
    shared = openings.intersection(by_opening) if len(by_opening) < len(openings) else by_opening.keys() & openings
    wanted = {word for opening in shared for word in by_opening[opening]}
    if not wanted:
        return
    lines = doc.lines
    # The lines are picked in C: a loop in Python over a page's thousands of lines costs more than the rest.
    for index in itertools.compress(itertools.count(), map(wanted.__contains__, first_words)):
        yield lines[index]


@document_view
def _line_first_words(doc: Document) -> tuple[list[str], dict[str, list[str]]]:
    """The first word of each line ("" for a line without a word), and the different first
    words by the opening each makes as a key (see ``key_opening``)."""
    # One search over the text, one match a line, in the standard library's engine: the
    # regex package's classes of Unicode properties read each character several times
    # slower (three quarters of this view's time). Only the few lines whose first word
    # touches a character outside ASCII are read again, by the pattern of those classes.
    ascii_first_word = _ascii_first_word_of_each_line()
    first_words = ascii_first_word.findall(doc.text)
    beyond_ascii = list(itertools.compress(itertools.count(), map(operator.not_, map(str.isascii, first_words))))
    if beyond_ascii:
        texts = doc.line_texts
        for index in beyond_ascii:
            # Curly quotes and dashes open many lines of English text: none is a letter, a
            # mark or a number, and a space in their place leaves the first word as it is.
            # Only a line with a word beyond ASCII needs the pattern (1M instructions to compile).
            word = ascii_first_word.match(texts[index].translate(_COMMON_NOT_WORD_TO_SPACE))[1]
            first_words[index] = word if word.isascii() else _FIRST_WORD_OF_LINE.match(texts[index])[1] or ""
    by_opening: dict[str, list[str]] = {}
    # The same words open line after line: each is keyed once. A word of ASCII letters
    # is its own opening once in lower case, as its key says.
    for word in set(first_words):
        if word.isascii() and word.isalpha():
            by_opening.setdefault(word.lower(), []).append(word)
        elif word:
            by_opening.setdefault(key_opening(phrase_key(word)), []).append(word)
    return first_words, by_opening


@lru_cache(maxsize=1)
def _ascii_first_word_of_each_line() -> re.Pattern[str]:
    """Of each line, the first word of ``_FIRST_WORD_OF_LINE`` where the line is ASCII up to
    the character after it. Where a character outside ASCII comes first, the match (of
    that line's only group) ends with it: a word in ASCII text is a run of ASCII letters
    and digits, and no ASCII character other than those is a letter, a digit or a mark."""
    # Greedy, not possessive (which Python 3.10's engine lacks): the runs cannot give back
    # a character that a later part of the pattern would take, and the match never fails.
    return re.compile(r"^[\x00-\x09\x0b-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]*([A-Za-z0-9]*[^\x00-\x7f]?)[^\n]*", re.MULTILINE)
