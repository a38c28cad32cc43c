"""Regular expressions compiled on first use.

The ``regex`` package compiles in Python, at a cost of up to milliseconds a pattern; a
commit hook that imports every rule module must not pay for patterns it never runs.
"""

from __future__ import annotations

from typing import Any

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
