"""Phrase lists: data, not code.

Each file is ``<family>.<language>.txt``: one phrase a line; a line that starts with
``#`` is a comment.
Rules load a family on first use; nothing here is read for rules that are not selected.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).parent


def parse(text: str) -> list[str]:
    """The phrases of a phrase file's text: one a line, without comments or blank lines."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


@lru_cache(maxsize=None)
def load(family: str) -> tuple[str, ...]:
    """Every phrase of a family, across all languages, without duplicates."""
    seen: dict[str, None] = {}
    for path in sorted(_HERE.glob(f"{family}.*.txt")):
        for phrase in parse(path.read_text(encoding="utf-8")):
            seen.setdefault(phrase, None)
    return tuple(seen)


def languages(family: str) -> list[str]:
    return sorted(path.name.split(".")[1] for path in _HERE.glob(f"{family}.*.txt"))


@lru_cache(maxsize=None)
def load_by_language(family: str) -> dict[str, frozenset[str]]:
    """Each language of a family and its phrases, case-folded.

    For word lists whose words mean different things in different languages ("die" is a
    German article and an English verb): a rule picks the languages a text is written in.
    """
    return {
        language: frozenset(phrase.casefold() for phrase in parse((_HERE / f"{family}.{language}.txt").read_text(encoding="utf-8")))
        for language in languages(family)
    }
