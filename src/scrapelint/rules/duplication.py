"""Duplication: text printed twice by templates, feeds and copy-paste."""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.diagnostics import Applicability, Finding, Fix
from scrapelint.document import Document
from scrapelint.predicates import looks_like_title, normalize_line
from scrapelint.rules.base import Category, FixAvailability, Options, rule


@rule(
    code="D001",
    name="duplicated-headline",
    category=Category.DUPLICATION,
    summary="Headline printed again just below itself",
    fix=FixAvailability.ALWAYS,
    applicability=Applicability.SAFE,
    options={"window": 3},
)
def duplicated_headline(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    The first non-empty line of the text, when it reads as a title (short, and not ending
    with a period), repeated within the next few non-empty lines (option `window`,
    default 3), ignoring case, spacing and edge punctuation. A byline or a date line may
    sit between the two copies.

    ## Why it matters
    Page templates print the headline in the `<title>`, an `<h1>` and often an Open Graph
    block; scrapers and CMS exports keep more than one. The copy inflates the text,
    skews deduplication and reads as a stutter.

    ## Example
    ```text
    Behind Closed Doors: The Shadow Diplomacy of the Iran Standoff

    Behind Closed Doors: The Shadow Diplomacy of the Iran Standoff

    When the call ended, officials said nothing.
    ```
    The second line is flagged.

    ## Fix safety
    Safe: the repeat is identical to the headline once case and spacing are ignored, so
    removing it (with one adjacent blank line) loses nothing.
    """
    lines = [line for line in doc.lines if not line.is_blank]
    if len(lines) < 2 or not looks_like_title(lines[0].text):
        return
    title = normalize_line(lines[0].text)
    if not title:
        return
    for line in lines[1:1 + int(options["window"])]:
        if normalize_line(line.text) == title:
            yield Finding(
                line.start,
                line.end,
                f"Headline repeated (first printed on row {lines[0].index + 1})",
                Fix.safe("Remove the repeated headline", doc.remove_lines(line.index)),
            )
            return
