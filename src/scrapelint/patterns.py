"""Regular expressions compiled on first use.

The ``regex`` package compiles in Python, at a cost of up to milliseconds a pattern; a
commit hook that imports every rule module must not pay for patterns it never runs.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import regex


class LazyPattern:
    """A stand-in for ``regex.compile(pattern, flags, **named_lists)`` that compiles when first used."""

    def __init__(self, pattern: str, flags: int = 0, **named_lists: Any) -> None:
        self._arguments = (pattern, flags, named_lists)

    def __getattr__(self, name: str) -> Any:
        pattern, flags, named_lists = self._arguments
        compiled = regex.compile(pattern, flags, **named_lists)
        # Keep the compiled pattern's attributes on the instance: later lookups skip this method.
        for attribute in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern"):
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0, **named_lists: Any) -> LazyPattern:
    return LazyPattern(pattern, flags, **named_lists)


STANDARD_HAS_POSSESSIVE = sys.version_info >= (3, 11)
"""Whether the standard library's engine has possessive quantifiers and atomic groups."""


def standard(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, for a pattern that the standard library's engine
    runs faster than ``regex`` (it skips to a literal opening in one scan) and that holds
    possessive quantifiers or atomic groups against backtracking.

    Before Python 3.11 the standard library has neither: there ``regex`` compiles the
    pattern, with the same matches except where its classes follow Unicode's properties
    (``\\s`` leaves out the separators U+001C to U+001F that ``str.isspace`` counts).
    """
    if STANDARD_HAS_POSSESSIVE:
        return re.compile(pattern, flags)
    return regex.compile(pattern, flags)  # type: ignore[return-value]


# Where a ``regex`` pattern ignoring case takes letters that str.casefold keeps apart:
# "I" matches "ı", "i" matches "İ" (case-folded, "i" and a combining dot), and "ß" matches
# U+1DF95, which regex's Unicode data has and Python 3.11's lacks.
_CASELESS_LETTERS = str.maketrans({"ı": "i", "\u0307": None, "\U0001df95": "ss"})


def caseless(text: str) -> str:
    """``text`` case-folded, so that where a ``regex`` pattern of literal text matches a
    piece of a text ignoring case (``regex.IGNORECASE``, with or without ``regex.V1``'s
    full case folding), the literal's ``caseless`` is in the text's.

    A test of a phrase against a line in a few ``in``: the patterns that hold long phrase
    lists cost milliseconds to compile, and most lines hold none of their phrases.
    """
    return text.casefold().translate(_CASELESS_LETTERS)


Built = TypeVar("Built")


class SubsetPatterns(Generic[Built]):
    """The patterns ``build`` makes of the few ``items`` a text may hold, which compile in a
    fraction of the time of the pattern of all ``items``.

    A process builds ``limit`` of them at most, then the pattern of all items for any other
    subset: a commit hook meets one or two subsets, a process that checks many texts meets
    many, and would otherwise compile again and again.
    """

    def __init__(self, build: Callable[[tuple[str, ...]], Built], items: tuple[str, ...], limit: int = 2) -> None:
        self._build = build
        self._items = items
        self._limit = limit
        self._built: dict[tuple[str, ...], Built] = {}
        self._every: Built | None = None

    def of(self, subset: tuple[str, ...]) -> Built:
        """The pattern for a text that holds ``subset`` of the items (in the items' order) and no other."""
        built = self._built.get(subset)
        if built is not None:
            return built
        if len(self._built) < self._limit:
            built = self._built[subset] = self._build(subset)
            return built
        if self._every is None:
            self._every = self._build(self._items)
        return self._every


def literal_tree(pieces: Iterable[tuple[str, str]]) -> str:
    """A pattern that matches any of the literals, each followed by its own pattern:
    ``literal_tree([("an", "X"), ("at", "Y")])`` reads ``a(?:nX|tY)``.

    Literals that share a start share its branch, so a text position is read once, not
    once for each literal: the standard library's engine skips a branch that opens with a
    character other than the one at hand without entering it. Longer literals are tried
    before a shorter one that starts them.
    """
    tree: dict[str, Any] = {}
    for literal, follower in pieces:
        node = tree
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = follower
    return _tree_pattern(tree)


def _tree_pattern(tree: dict[str, Any]) -> str:
    branches = [re.escape(char) + _tree_pattern(child) for char, child in sorted(tree.items()) if char]
    if "" in tree:
        branches.append(tree[""])
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


USER_PATTERN_SECONDS = 1.0
"""How long a pattern built from phrases (which users extend) may take on one line."""


class PatternTimeout(Exception):
    """A pattern built from a phrase took too long on one line; the message says which."""

    def __init__(self, phrase: str, rule: str | None = None) -> None:
        self.phrase = phrase
        self.rule = rule
        where = f"rule {rule}: " if rule else ""
        super().__init__(
            f"{where}matching the phrase {phrase!r} took over {USER_PATTERN_SECONDS:g} s on one line; "
            "simplify it (fewer '*' wildcards)"
        )


def within_time(method: Callable[..., Any], text: str, phrase: str) -> Any:
    """``method(text)`` (a compiled pattern's ``match``, ``fullmatch``...) for a pattern
    built from ``phrase``, stopped by the ``regex`` timeout instead of hanging."""
    try:
        return method(text, timeout=USER_PATTERN_SECONDS)
    except TimeoutError:
        raise PatternTimeout(phrase) from None
