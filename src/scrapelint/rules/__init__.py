"""The rule registry, and selection by code, prefix, name, category or ``ALL``.

Each category module declares its rules with :func:`scrapelint.rules.base.rule`;
importing this package imports them all. Checks compile their patterns on first use,
so importing a rule that is not selected costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from scrapelint.rules import (  # noqa: F401  (imported to declare their rules)
    boilerplate,
    duplication,
    encoding,
    markup,
    structure,
    suppressions,
    truncation,
    typography,
    whitespace,
)
from scrapelint.rules.base import DECLARED, Category, FixAvailability, Rule, rule

__all__ = ["ALL_RULES", "Category", "FixAvailability", "Rule", "SelectionError", "rule", "rule_by_code", "select"]

ALL_RULES: tuple[Rule, ...] = tuple(sorted(DECLARED, key=lambda r: r.code))
_BY_CODE = {r.code: r for r in ALL_RULES}
_BY_NAME = {r.name: r for r in ALL_RULES}
_CATEGORIES = {c.value: c for c in Category}

if len(_BY_CODE) != len(ALL_RULES) or len(_BY_NAME) != len(ALL_RULES):
    raise RuntimeError("two rules share a code or a name")


class SelectionError(ValueError):
    """A selector that matches no rule; the message suggests the nearest valid one."""


def rule_by_code(code: str) -> Rule:
    return _BY_CODE[code]


def lookup(code_or_name: str) -> Rule:
    """A rule by its exact code or kebab-case name."""
    found = _BY_CODE.get(code_or_name.upper()) or _BY_NAME.get(code_or_name.lower())
    if found is None:
        raise SelectionError(f"unknown rule {code_or_name!r}{_suggestion(code_or_name)}")
    return found


def matches(selector: str) -> tuple[int, list[Rule]]:
    """The rules a selector picks, with its specificity (a more specific selector wins)."""
    if selector == "ALL":
        return 0, list(ALL_RULES)
    if selector.lower() in _CATEGORIES:
        category = _CATEGORIES[selector.lower()]
        return 1, [r for r in ALL_RULES if r.category is category]
    if selector.lower() in _BY_NAME:
        return 100, [_BY_NAME[selector.lower()]]
    prefix = selector.upper()
    picked = [r for r in ALL_RULES if r.code.startswith(prefix)]
    if not picked:
        raise SelectionError(f"unknown rule selector {selector!r}{_suggestion(selector)}")
    return 1 + len(prefix), picked


def select(
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    base: Iterable[Rule] | None = None,
) -> tuple[Rule, ...]:
    """Resolve selectors as ruff does.

    Without ``select`` the base set is ``base``, by default every rule that is on by
    default. For each rule the most specific selector that names it decides; when a
    ``select`` and an ``ignore`` selector are equally specific, ``ignore`` wins.
    """
    decision: dict[str, tuple[int, bool]] = {}
    if select is None:
        for r in ALL_RULES if base is None else base:
            if base is not None or r.default:
                decision[r.code] = (0, True)
        positives = list(extend_select)
    else:
        positives = [*select, *extend_select]
    for selector in positives:
        weight, picked = matches(selector)
        for r in picked:
            if decision.get(r.code, (-1, False))[0] <= weight:
                decision[r.code] = (weight, True)
    for selector in ignore:
        weight, picked = matches(selector)
        for r in picked:
            if decision.get(r.code, (-1, False))[0] <= weight:
                decision[r.code] = (weight, False)
    return tuple(r for r in ALL_RULES if decision.get(r.code, (0, False))[1])


def nearest_selector(selector: str) -> str:
    """The valid selector closest to a misspelt one, or "" when none is close."""
    from scrapelint.settings import nearest  # settings imports this package

    return nearest(selector, ["ALL", *_CATEGORIES, *_BY_CODE, *_BY_NAME])


def _suggestion(selector: str) -> str:
    close = nearest_selector(selector)
    return f"; did you mean {close!r}?" if close else ""
