"""Suppression comments that do nothing: unknown rules, unknown forms, nothing suppressed.

The engine (``scrapelint.suppression``) decides what a comment suppressed, so it adds
this rule's findings for comments that suppressed nothing; the check below reports
what can be seen in the text alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from scrapelint.diagnostics import Applicability, Finding, Fix
from scrapelint.document import Document
from scrapelint.rules.base import Category, FixAvailability, Options, rule


@rule(
    code="S100",
    name="unused-suppression",
    category=Category.STRUCTURE,
    summary="Suppression comment that suppresses nothing or names an unknown rule",
    fix=FixAvailability.SOMETIMES,
    applicability=Applicability.SAFE,
)
def unused_suppression(doc: Document, options: Options) -> Iterator[Finding]:
    """## What it flags
    A `<!-- scrapelint: ... -->` comment that does nothing: one that names a rule code
    or selector that does not exist, uses a form other than `disable`, `enable`,
    `disable-next-line` and `disable-file`, suppresses no diagnostic of a rule that ran
    (`disable-file B001` in a text without B001 findings), or an `enable` that ends no
    range. A selector is judged only when a rule it names is selected for the file, so
    narrowing the selection on the command line does not turn comments into findings.

    ## Why it matters
    A suppression outlives the problem it silenced: once the text is cleaned, the
    comment would silence the next real finding at that place. A misspelt code
    (`B0001`) silences nothing while looking as if it did.

    ## Example
    ```text
    <!-- scrapelint: disable-next-line B001 -->
    The two sides agreed to remain in close contact.
    ```

    ## Fix safety
    Safe when there is a fix: it removes the unused or unknown selectors from the
    comment, or the whole comment (and an `enable` that only ended its range) when
    none is left; article text is never touched. An unknown form (`disabel`) has no
    fix: what was meant is a guess.
    """
    directives = doc.directives
    if not directives:
        return
    from scrapelint.suppression import KINDS, removal, rewrite

    for index, directive in enumerate(directives.items):
        if not directive.known:
            import difflib  # only for a mistake: a run without one does not pay for the import

            hint = difflib.get_close_matches(directive.kind, KINDS, n=1)
            yield Finding(
                directive.start,
                directive.end,
                f"Unknown suppression form {directive.kind!r}" + (f"; did you mean {hint[0]!r}?" if hint else ""),
            )
            continue
        unknown = [token.text for token in directive.tokens if token.codes is None]
        if not unknown:
            continue
        known = [token.text for token in directive.tokens if token.codes is not None]
        suggestions = [_suggestion(text) for text in unknown]
        yield Finding(
            directive.start,
            directive.end,
            f"Unknown rule in suppression: {', '.join(unknown)}" + "".join(suggestions),
            Fix.safe(
                f"Remove {', '.join(unknown)} from the comment" if known else "Remove the comment",
                *((rewrite(directive, known),) if known else removal(doc, directives, index)),
            ),
        )


def _suggestion(selector: str) -> str:
    from scrapelint.rules import nearest_selector

    close = nearest_selector(selector)
    return f"; did you mean {close!r}?" if close else ""
