"""Apply fixes: non-overlapping edits, then lint again, until nothing changes.

The fixer knows edits and applicabilities, not rules. Each round applies every fix that
is allowed and does not overlap one already taken (the earliest wins; of fixes that start
at the same point, the one that reaches furthest, which covers the others); the next round
sees the new text and picks up what was skipped. A bounded number of rounds without
reaching a fixpoint is reported as a failure to converge, never looped on.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

from scrapelint.diagnostics import Applicability, Diagnostic, Edit
from scrapelint.document import Document
from scrapelint.linter import lint_document
from scrapelint.records import Record
from scrapelint.settings import RuleSet

MAX_ROUNDS = 10


class FixResult(Record):
    def __init__(
        self,
        text: str,
        fixed: list[Diagnostic] | None = None,
        remaining: list[Diagnostic] | None = None,
        converged: bool = True,
        found: list[Diagnostic] | None = None,
        rounds: list[list[Diagnostic]] | None = None,
    ) -> None:
        self.text = text
        """The fixed text (the input itself when nothing was fixed)."""
        self.fixed: list[Diagnostic] = [] if fixed is None else fixed
        """The diagnostics whose fixes were applied, in the order they were applied."""
        self.remaining: list[Diagnostic] = [] if remaining is None else remaining
        """Diagnostics of the fixed text: what is left to do by hand."""
        self.converged = converged
        """False when fixes kept changing the text after ``MAX_ROUNDS`` rounds."""
        self.found: list[Diagnostic] = [] if found is None else found
        """Diagnostics of the text as given (the first round's lint)."""
        self.rounds: list[list[Diagnostic]] = [] if rounds is None else rounds
        """``fixed`` round by round: each round's offsets refer to the text that round started from."""

    FIELDS = ("text", "fixed", "remaining", "converged", "found", "rounds")

    @property
    def changed(self) -> bool:
        return bool(self.fixed)


def allowed(diagnostic: Diagnostic, ruleset: RuleSet, unsafe: bool) -> bool:
    fix = diagnostic.fix
    if fix is None or diagnostic.code not in ruleset.fixable:
        return False
    if fix.applicability is Applicability.SAFE:
        return True
    return unsafe and fix.applicability is Applicability.UNSAFE


def fix_text(text: str, ruleset: RuleSet, *, filename: str | None = None, unsafe: bool = False) -> FixResult:
    fixed: list[Diagnostic] = []
    found: list[Diagnostic] | None = None
    rounds: list[list[Diagnostic]] = []
    seen = {text}
    for _ in range(MAX_ROUNDS):
        diagnostics = lint_document(Document(text, filename), ruleset)
        if found is None:
            found = diagnostics
        chosen = _non_overlapping(d for d in diagnostics if allowed(d, ruleset, unsafe))
        if not chosen:
            return FixResult(text, fixed, diagnostics, found=found, rounds=rounds)
        text = apply_edits(text, [edit for d in chosen for edit in d.fix.edits])  # type: ignore[union-attr]
        fixed.extend(chosen)
        rounds.append(chosen)
        if text in seen:
            break
        seen.add(text)
    remaining = lint_document(Document(text, filename), ruleset)
    return FixResult(text, fixed, remaining, converged=False, found=found or [], rounds=rounds)


def _non_overlapping(candidates: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The fixes to apply in one round: the earliest of each clashing pair (see ``_clash``),
    and none whose own edits clash, which no order of applying them could honour.

    Of two fixes that start at the same point, the longer is taken: a fix of a whole
    passage (a consent clause broken at its links) and one of its first line clash, and
    taking the line first leaves the passage without the words that showed what it is."""
    chosen: list[Diagnostic] = []
    # The spans taken clash with none of the others: sorted by start, their ends are in order
    # too, and the one span a new one can overlap is found by bisection. A test against
    # every span taken was quadratic: 9.4 s of the 22.9 s that fix() took on 8 MB of text.
    taken: list[tuple[int, int]] = []
    for diagnostic in sorted(candidates, key=lambda d: (d.fix.start, -d.fix.end)):  # type: ignore[union-attr]
        fix = diagnostic.fix
        assert fix is not None
        spans = [(edit.start, edit.end) for edit in fix.edits]
        if any(_clashes_with_taken(span, taken) for span in spans) or _any_clash(spans):
            continue
        chosen.append(diagnostic)
        for span in spans:
            insort(taken, span)
    return chosen


def _clashes_with_taken(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """``_clash`` with any of ``taken``: sorted spans of which none clashes with another."""
    start, end = span
    starting_before_end = bisect_left(taken, (end,))
    # Of the spans that start before this one ends, the last ends last; the span after them
    # is the only one that can equal this one (an insertion where one is taken).
    return (starting_before_end > 0 and taken[starting_before_end - 1][1] > start) or (
        starting_before_end < len(taken) and taken[starting_before_end] == span
    )


def _clash(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Overlapping spans clash, and so do two insertions at the same point."""
    return a[0] < b[1] and b[0] < a[1] or a == b


def _any_clash(spans: list[tuple[int, int]]) -> bool:
    """Whether two of ``spans`` clash (see ``_clash``): each is tested against those before
    it as against the spans taken. Comparing every pair was quadratic: a fix of 12,000
    character references on one line took 14 s."""
    seen: list[tuple[int, int]] = []
    for span in spans:
        if _clashes_with_taken(span, seen):
            return True
        insort(seen, span)
    return False


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text``."""
    parts = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[position:edit.start])
        parts.append(edit.content)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)
