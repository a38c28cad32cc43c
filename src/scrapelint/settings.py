"""Settings, and the resolved rule set that the linter and fixer run.

:class:`Settings` is what a user states (on the command line, in configuration or in a
library call). :class:`RuleSet` is what it resolves to: the selected rules with their
options, which ones may be fixed, and which are ignored for which files. A RuleSet is
immutable and pickles small, so worker processes can share one.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath
from typing import Any

from scrapelint import rules
from scrapelint.rules import Rule


@dataclass(frozen=True)
class Settings:
    select: Sequence[str] | None = None
    extend_select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    fixable: Sequence[str] | None = None
    unfixable: Sequence[str] = ()
    per_file_ignores: Mapping[str, Sequence[str]] = field(default_factory=dict, hash=False)
    """Glob pattern -> selectors ignored in files that match it."""
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, hash=False)
    """Rule code -> option name -> value; unknown names are rejected when resolving."""

    def __post_init__(self) -> None:
        # Tuples keep Settings hashable, so resolved rule sets can be cached per settings.
        for name in ("select", "fixable"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, tuple(value))
        for name in ("extend_select", "ignore", "unfixable"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def resolve(self) -> RuleSet:
        selected = rules.select(self.select, self.extend_select, self.ignore)
        fixable = {r.code for r in rules.select(self.fixable or ["ALL"], (), self.unfixable)}
        options = {}
        for code, values in self.rule_options.items():
            target = rules.lookup(code)
            unknown = set(values) - set(target.options)
            if unknown:
                known = ", ".join(sorted(target.options)) or "none"
                raise rules.SelectionError(
                    f"rule {target.code} has no option {sorted(unknown)[0]!r} (its options: {known})"
                )
            options[target.code] = values
        per_file = tuple(
            (pattern, frozenset(r.code for selector in selectors for r in rules.matches(selector)[1]))
            for pattern, selectors in self.per_file_ignores.items()
        )
        return RuleSet(
            tuple((r, {**r.options, **options.get(r.code, {})}) for r in selected),
            frozenset(fixable),
            per_file,
        )


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[tuple[Rule, Mapping[str, Any]], ...]
    fixable: frozenset[str]
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()

    @cached_property
    def codes(self) -> frozenset[str]:
        return frozenset(r.code for r, _ in self.rules)

    def rules_for(self, filename: str | None) -> tuple[tuple[Rule, Mapping[str, Any]], ...]:
        if not self.per_file_ignores or filename is None:
            return self.rules
        ignored = self.ignored_in(filename)
        return tuple(item for item in self.rules if item[0].code not in ignored)

    def ignored_in(self, filename: str) -> frozenset[str]:
        path = PurePath(filename)
        ignored: set[str] = set()
        for pattern, codes in self.per_file_ignores:
            if _glob_matches(path, pattern):
                ignored |= codes
        return frozenset(ignored)


def _glob_matches(path: PurePath, pattern: str) -> bool:
    text = path.as_posix()
    if "/" not in pattern:
        return fnmatch.fnmatchcase(path.name, pattern)
    return fnmatch.fnmatchcase(text, pattern) or fnmatch.fnmatchcase(text, f"*/{pattern}")
