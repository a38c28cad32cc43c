"""Truncation: sentences and paragraphs cut short by character limits and teasers."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from scrapelint import phrases
from scrapelint.diagnostics import Finding
from scrapelint.document import Document
from scrapelint.patterns import lazy
from scrapelint.predicates import inside_quotation
from scrapelint.rules.base import Category, Options, rule


_NEW_SENTENCE = lazy(r"\s+[\"“‘«]?\p{Lu}")
_ELLIPSIS = lazy(r"…|(?<!\.)\.{3}(?!\.)")


@lru_cache(maxsize=1)
def _open_clause_words() -> frozenset[str]:
    return frozenset(word.casefold() for word in phrases.load("open-clause-words"))


def _word_before(text: str, end: int) -> str | None:
    """The word that ends at ``end``; None when it is glued to a digit, apostrophe or hyphen."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == end or start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        return None
    return text[start:end]


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
    if "…" not in doc.text and "..." not in doc.text:
        return
    open_words = _open_clause_words()
    for paragraph in doc.paragraphs:
        text = paragraph.text
        if "…" not in text and "..." not in text:
            continue
        for match in _ELLIPSIS.finditer(text):
            word = _word_before(text, match.start())
            if word is None or word.casefold() not in open_words:
                continue
            if not _NEW_SENTENCE.match(text, match.end()) or inside_quotation(text, match.start()):
                continue
            yield Finding(
                paragraph.start + match.start(),
                paragraph.start + match.end(),
                f"Sentence cut off after {word!r} and glued to the next sentence",
            )
