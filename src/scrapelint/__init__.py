"""scrapelint: find and fix what scraping leaves in article text.

The library API is two pure functions, the same ones the command line runs::

    import scrapelint

    for diagnostic in scrapelint.lint(text):
        print(diagnostic.code, diagnostic.location.row, diagnostic.message)

    result = scrapelint.fix(text)           # safe fixes only
    result.text, result.fixed, result.remaining
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from scrapelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Position
from scrapelint.fixer import FixResult
from scrapelint.settings import RuleSet, Settings

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "Diagnostic",
    "Edit",
    "Fix",
    "FixResult",
    "Position",
    "RuleSet",
    "Settings",
    "__version__",
    "fix",
    "lint",
]


def lint(
    text: str,
    *,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    filename: str | None = None,
    settings: Settings | None = None,
) -> list[Diagnostic]:
    """Check ``text`` and return its diagnostics, sorted by position.

    ``select``, ``extend_select`` and ``ignore`` take rule codes, code prefixes, rule
    names, category names or ``"ALL"``; ``settings`` gives everything else a
    configuration file can say (and its own selection, which these arguments extend).
    ``filename`` only informs rules that care about the format (Markdown code spans are
    left alone in ``.md`` files) and per-file ignores. Offsets and positions refer to
    ``text`` exactly as given.
    """
    from scrapelint.document import Document
    from scrapelint.linter import lint_document

    ruleset = _ruleset(settings, select, tuple(extend_select), tuple(ignore))
    return lint_document(Document(text, filename), ruleset)


def fix(
    text: str,
    *,
    unsafe: bool = False,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    filename: str | None = None,
    settings: Settings | None = None,
) -> FixResult:
    """Apply every allowed fix to ``text`` until nothing changes.

    Safe fixes always; unsafe ones too when ``unsafe`` is true; display-only fixes never.
    Returns a :class:`FixResult` with ``text`` (the fixed text), ``fixed`` (the
    diagnostics that were fixed), ``remaining`` (the diagnostics of the fixed text) and
    ``converged``. Line endings, and whether the text ends with a newline, are kept.
    """
    from scrapelint.fixer import fix_text

    ruleset = _ruleset(settings, select, tuple(extend_select), tuple(ignore))
    return fix_text(text, ruleset, filename=filename, unsafe=unsafe)


def _ruleset(
    settings: Settings | None,
    select: Sequence[str] | None,
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
) -> RuleSet:
    base = settings or Settings()
    if select is not None or extend_select or ignore:
        base = replace(
            base,
            select=tuple(select) if select is not None else base.select,
            extend_select=(*base.extend_select, *extend_select),
            ignore=(*base.ignore, *ignore),
        )
    return _resolve_cached(base)


@lru_cache(maxsize=32)
def _resolve_cached(settings: Settings) -> RuleSet:
    return settings.resolve()
