"""Boilerplate: page furniture left on lines of its own."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Applicability, Finding, Fix
from scrapelint.document import Document
from scrapelint.predicates import normalize_line
from scrapelint.rules.base import Category, FixAvailability, Options, rule


@lru_cache(maxsize=None)
def _fuzzy_phrases(family: str) -> regex.Pattern[str]:
    """One pattern for a phrase family, allowing small edit distances on longer phrases.

    Short phrases must match exactly: one edit turns "Reply" into "Replay" but also
    into a different word.
    """
    listed = [normalize_line(p) for p in phrases.load(family)]
    short = [p for p in listed if len(p) < 8]
    medium = [p for p in listed if 8 <= len(p) < 16]
    long = [p for p in listed if len(p) >= 16]
    alternatives = []
    if short:
        alternatives.append(r"(?:\L<short>)")
    if medium:
        alternatives.append(r"(?:\L<medium>){e<=1}")
    if long:
        alternatives.append(r"(?:\L<long>){e<=2}")
    return regex.compile(
        "|".join(alternatives) or r"(?!)",
        regex.BESTMATCH | regex.V1,
        short=short,
        medium=medium,
        long=long,
        ignore_unused=True,
    )


def standalone_phrase_lines(doc: Document, family: str, max_chars: int = 80) -> Iterator[tuple[int, str]]:
    """(line index, normalised text) of each short line that is one phrase of ``family``."""
    pattern = _fuzzy_phrases(family)
    for line in doc.lines:
        if line.is_blank or len(line.text) > max_chars:
            continue
        normalized = normalize_line(line.text)
        if normalized and pattern.fullmatch(normalized):
            yield line.index, normalized


@rule(
    code="B001",
    name="comment-form",
    category=Category.BOILERPLATE,
    summary="Comment-form prompt left on a line of its own",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
)
def comment_form(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A line that holds nothing but a comment-form prompt: "Leave a Reply", "Leave a
    comment", "Post a comment", in several languages, including misspellings and
    machine-translation variants within a small edit distance ("Leave a Replay").
    The same words inside a sentence are never flagged.

    ## Why it matters
    Blog and news templates put a comment form under every article; scrapers keep its
    heading. It is not part of the article, and in a training corpus it becomes one of
    the most repeated lines of all.

    ## Example
    ```text
    The two sides agreed to remain in close contact.

    Leave a Replay
    ```

    ## Fix safety
    Safe: the line holds only the prompt, so removing it (with one adjacent blank line)
    removes no article text.
    """
    for index, _ in standalone_phrase_lines(doc, "comment-form"):
        line = doc.lines[index]
        yield Finding(
            line.start,
            line.end,
            f"Comment-form boilerplate: {line.text.strip()!r}",
            Fix.safe("Remove the line", doc.remove_lines(index)),
        )
