"""Truncation: sentences and paragraphs cut short by character limits and teasers."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from scrapelint import phrases
from scrapelint.diagnostics import Finding
from scrapelint.document import Document
from scrapelint.predicates import inside_quotation
from scrapelint.rules.base import Category, Options, rule


@lru_cache(maxsize=1)
def _glued_ellipsis() -> regex.Pattern[str]:
    # A word that leaves its clause open, an ellipsis glued to it, then a new sentence.
    return regex.compile(
        r"(?<![\p{L}\p{N}'’-])(?P<word>(?i:\L<open_words>))(?P<ellipsis>…|\.{3}(?!\.))"
        r"\s+(?=[\"“‘«]?\p{Lu})",
        regex.V1,
        open_words=phrases.load("open-clause-words"),
    )


@rule(
    code="T001",
    name="truncated-sentence",
    category=Category.TRUNCATION,
    summary="Sentence cut off at an ellipsis and glued to the next one",
)
def truncated_sentence(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    An ellipsis (`…` or `...`) glued to a word that leaves the clause open — a
    preposition, an article, a conjunction, an auxiliary ("during…", "the…", "was…") —
    and followed by a new capitalised sentence. Ellipses inside quotations, elisions
    such as "[…]", "Wait… what?", "1, 2, 3…" and "etc…" are left alone.

    ## Why it matters
    Feeds, summaries and machine translation cut sentences at a length limit and mark
    the cut with an ellipsis; when the text is stitched back together the stump is glued
    to the next sentence and reads as nonsense: "an operation that Austin learned about
    during… It was implemented during a phone call".

    ## Example
    ```text
    An operation that Lloyd Austin learned about during… It was implemented during a phone call.
    ```

    ## Fix safety
    No fix: the words that were cut cannot be guessed. Restore them from the source, or
    remove the sentence by hand.
    """
    text = doc.text
    if "…" not in text and "..." not in text:
        return
    pattern = _glued_ellipsis()
    for paragraph in doc.paragraphs:
        for match in pattern.finditer(paragraph.text):
            if inside_quotation(paragraph.text, match.start()):
                continue
            yield Finding(
                paragraph.start + match.start("ellipsis"),
                paragraph.start + match.end("ellipsis"),
                f"Sentence cut off after {match['word']!r} and glued to the next sentence",
            )
