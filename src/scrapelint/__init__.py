"""scrapelint: find and fix what scraping leaves in article text.

The library API is two pure functions, the same ones the command line runs::

    import scrapelint

    for diagnostic in scrapelint.lint(text):
        print(diagnostic.code, diagnostic.location.row, diagnostic.message)

    result = scrapelint.fix(text)           # safe fixes only
    result.text, result.fixed, result.remaining
"""

from __future__ import annotations

import gc


def _pause_collection() -> bool:
    """Pause the cyclic collector around a block of imports, which make tens of thousands
    of objects and no garbage; whether it was collecting, for :func:`_resume_collection`."""
    collecting = gc.isenabled()
    gc.disable()
    return collecting


def _resume_collection(collecting: bool) -> None:
    """End a pause of the cyclic collector around a block of imports. What the imports made
    goes straight to the oldest generation (frozen and unfrozen at once, no walk), where the
    collections that follow would otherwise walk all of it on its way there: in a commit
    hook's run, 7 million instructions, 2% of its cost. Left as they are when something is
    frozen already: an application that froze its objects keeps them frozen."""
    if not gc.get_freeze_count():
        gc.freeze()
        gc.unfreeze()
    if collecting:
        gc.enable()


_collecting = _pause_collection()  # while the rules are imported

from collections.abc import Sequence  # noqa: E402
from functools import lru_cache  # noqa: E402

from scrapelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Position  # noqa: E402
from scrapelint.fixer import FixResult  # noqa: E402
from scrapelint.rules import SelectionError  # noqa: E402
from scrapelint.settings import RuleSet, Settings, SettingsError  # noqa: E402

_resume_collection(_collecting)

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "Diagnostic",
    "Edit",
    "Fix",
    "FixResult",
    "Position",
    "RuleSet",
    "SelectionError",
    "Settings",
    "SettingsError",
    "__version__",
    "fix",
    "lint",
]


def lint(
    text: str,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    filename: str | None = None,
    extend_select: Sequence[str] = (),
    settings: Settings | RuleSet | None = None,
) -> list[Diagnostic]:
    """Check ``text`` and return its diagnostics, sorted by position.

    Args:
        text: The text to check, as it is (any line endings).
        select: Rules to check instead of the default ones: rule codes (``"D001"``),
            code prefixes (``"D"``), rule names (``"comment-form"``), category names
            (``"boilerplate"``) or ``"ALL"``.
        ignore: Rules not to check (same selectors).
        filename: The text's file name, if it has one. Only a few things depend on it:
            Markdown code is left alone in ``.md`` files, and per-file ignores match it.
        extend_select: Rules to check in addition to the selection.
        settings: Everything else a configuration file can say, as :class:`Settings`
            (``select``, ``extend_select`` and ``ignore`` are laid over its own
            selection, as command-line flags are over a configuration file), or a
            :class:`RuleSet` that ``Settings.resolve()`` already made.

    Returns:
        The diagnostics, minus those that inline suppression comments silence. Offsets
        and positions refer to ``text`` exactly as given.

    Raises:
        TypeError: ``text`` is not a ``str`` (bytes are decoded first).
        scrapelint.rules.SelectionError: A selector names no rule.
        scrapelint.settings.SettingsError: A rule option does not exist or has the wrong
            type, or a selection is not a list of strings.

    The function reads no file and keeps no state between calls (resolved selections
    are cached, which only saves time).
    """
    from scrapelint.document import Document
    from scrapelint.linter import lint_document

    ruleset = _ruleset(settings, select, extend_select, ignore)
    return lint_document(Document(_checked_text(text), filename), ruleset)


def fix(
    text: str,
    *,
    unsafe: bool = False,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    filename: str | None = None,
    extend_select: Sequence[str] = (),
    settings: Settings | RuleSet | None = None,
) -> FixResult:
    """Apply every allowed fix to ``text``, round after round, until nothing changes.

    Args:
        text: The text to fix.
        unsafe: Also apply unsafe fixes (those that could remove article text). Safe
            fixes are always applied, display-only ones never; neither are the fixes
            of rules that ``settings`` makes unfixable, nor those of suppressed
            diagnostics.
        select, ignore, filename, extend_select, settings: As for :func:`lint`.

    Returns:
        A :class:`FixResult`: ``text`` (the fixed text; the input itself when nothing
        was fixed), ``fixed`` (the diagnostics whose fixes were applied), ``remaining``
        (the diagnostics of the fixed text) and ``converged``. Line endings, and whether
        the text ends with a newline, are kept, and ``fix(fix(x).text).text`` equals
        ``fix(x).text``.
    """
    from scrapelint.fixer import fix_text

    ruleset = _ruleset(settings, select, extend_select, ignore)
    return fix_text(_checked_text(text), ruleset, filename=filename, unsafe=unsafe)


def _checked_text(text: object) -> str:
    """``text``, which must be a ``str``: a type error said in the caller's terms, not in
    those of whatever inside would trip over it first."""
    if isinstance(text, str):
        return text
    hint = ""
    if isinstance(text, (bytes, bytearray)):
        hint = " (decode it first: scrapelint.source.decode(data).text reads a file's bytes as check does)"
    raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")


def _ruleset(
    settings: Settings | RuleSet | None,
    select: Sequence[str] | None,
    extend_select: Sequence[str],
    ignore: Sequence[str],
) -> RuleSet:
    if isinstance(settings, RuleSet):
        if select is not None or extend_select or ignore:
            raise ValueError("select, extend_select and ignore cannot change a RuleSet; pass Settings instead")
        return settings
    return _resolve_cached((settings or _DEFAULT_SETTINGS).override(select, extend_select, ignore))


_DEFAULT_SETTINGS = Settings()
"""Built once: a call without settings would otherwise normalise every field again, a
twentieth of the time of a call on a short text."""


@lru_cache(maxsize=32)
def _resolve_cached(settings: Settings) -> RuleSet:
    return settings.resolve()
