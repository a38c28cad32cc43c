"""Phrase lists: data, not code.

Each file is ``<family>.<language>.txt``: one phrase a line; a line that starts with
``#`` is a comment.
Rules load a family on first use; nothing here is read for rules that are not selected.
"""

from __future__ import annotations

import os
from functools import lru_cache

_HERE = os.path.dirname(__file__)


def parse(text: str) -> list[str]:
    """The phrases of a phrase file's text: one a line, without comments or blank lines."""
    stripped = (line.strip() for line in text.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _languages_by_family() -> dict[str, list[str]]:
    # One listing of the folder for every family: a glob per family costs a commit hook
    # milliseconds each.
    found: dict[str, list[str]] = {}
    for name in sorted(os.listdir(_HERE)):
        parts = name.split(".")
        if len(parts) == 3 and parts[2] == "txt":
            found.setdefault(parts[0], []).append(parts[1])
    return found


def _read(family: str, language: str) -> str:
    with open(os.path.join(_HERE, f"{family}.{language}.txt"), encoding="utf-8") as file:
        return file.read()


@lru_cache(maxsize=None)
def load(family: str) -> tuple[str, ...]:
    """Every phrase of a family, across all languages, without duplicates."""
    seen: dict[str, None] = {}
    for language in languages(family):
        for phrase in parse(_read(family, language)):
            seen.setdefault(phrase, None)
    return tuple(seen)


def languages(family: str) -> list[str]:
    return list(_languages_by_family().get(family, ()))


@lru_cache(maxsize=None)
def load_by_language(family: str) -> dict[str, frozenset[str]]:
    """Each language of a family and its phrases, case-folded.

    For word lists whose words mean different things in different languages ("die" is a
    German article and an English verb): a rule picks the languages a text is written in.
    """
    return {
        language: frozenset(phrase.casefold() for phrase in parse(_read(family, language)))
        for language in languages(family)
    }
