"""What a rule is, and the decorator that declares one.

A rule is declared once, next to its check::

    @rule(
        code="B001",
        name="comment-form",
        category=Category.BOILERPLATE,
        summary="Comment-form prompt left as a line",
        fix=FixAvailability.ALWAYS,
        applicability=Applicability.SAFE,
    )
    def comment_form(doc: Document, options: Options) -> Iterator[Finding]:
        \"\"\"## What it flags
        ...
        ## Why it matters
        ...
        ## Example
        ...
        ## Fix safety
        ...
        \"\"\"

The docstring is the rule's documentation: ``scrapelint rule CODE`` prints it and
``docs/rules.md`` is generated from it. The engine, the fixer, the settings and the
reporters only ever see :class:`Rule` objects.
"""

import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from scrapelint.diagnostics import Applicability, Finding
from scrapelint.document import Document
from scrapelint.records import NamedTuple, StrEnum

Options = Mapping[str, Any]
Check = Callable[[Document, Options], Iterable[Finding]]

DOC_SECTIONS = ("What it flags", "Why it matters", "Example", "Fix safety")


class Category(StrEnum):
    """Rule categories. Their names are part of the interface: machines read them."""

    DUPLICATION = "duplication"
    TRUNCATION = "truncation"
    BOILERPLATE = "boilerplate"
    ENCODING = "encoding"
    MARKUP = "markup"
    WHITESPACE = "whitespace"
    TYPOGRAPHY = "typography"
    STRUCTURE = "structure"


CODE_LETTERS = {
    Category.DUPLICATION: "D",
    Category.TRUNCATION: "T",
    Category.BOILERPLATE: "B",
    Category.ENCODING: "E",
    Category.MARKUP: "M",
    Category.WHITESPACE: "W",
    Category.TYPOGRAPHY: "P",
    Category.STRUCTURE: "S",
}


class FixAvailability(StrEnum):
    ALWAYS = "always"
    SOMETIMES = "sometimes"
    NEVER = "never"


class Rule(NamedTuple):
    code: str
    name: str
    category: Category
    summary: str
    check: Check
    fix: FixAvailability = FixAvailability.NEVER
    applicability: Applicability | None = None
    default: bool = True
    """Part of the default selection. Rules that are not precise enough on real text are opt-in."""
    options: Mapping[str, Any] = {}
    """Option names (kebab-case) and their defaults; never changed in place."""

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields if name != "check")
        return f"Rule({shown})"

    @property
    def documentation(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def fix_summary(self) -> str:
        if self.fix is FixAvailability.NEVER:
            return "never"
        return f"{self.fix} ({self.applicability})"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rules travel to worker processes by code: the receiving side has the same registry.
        from scrapelint.rules import rule_by_code

        return (rule_by_code, (self.code,))


DECLARED: list[Rule] = []


def rule(
    *,
    code: str,
    name: str,
    category: Category,
    summary: str,
    fix: FixAvailability = FixAvailability.NEVER,
    applicability: Applicability | None = None,
    default: bool = True,
    options: Mapping[str, Any] | None = None,
) -> Callable[[Check], Rule]:
    """Declare a rule; the decorated function is its check."""
    if not code.startswith(CODE_LETTERS[category]):
        raise ValueError(f"rule {code} does not carry the letter of category {category}")
    if (fix is FixAvailability.NEVER) != (applicability is None):
        raise ValueError(f"rule {code}: give an applicability exactly when the rule can fix")

    def declare(check: Check) -> Rule:
        declared = Rule(code, name, category, summary, check, fix, applicability, default, dict(options or {}))
        DECLARED.append(declared)
        return declared

    return declare
