from __future__ import annotations

from collections.abc import Iterator

from hypothesis import example, given
from hypothesis import strategies as st

import scrapelint
from scrapelint.diagnostics import Applicability, Diagnostic, Edit, Finding, Fix
from scrapelint.document import Document
from scrapelint.fixer import MAX_ROUNDS, _non_overlapping, apply_edits, fix_text
from scrapelint.rules import Category, Rule
from scrapelint.settings import RuleSet


def _ruleset(check, applicability=Applicability.SAFE) -> RuleSet:  # type: ignore[no-untyped-def]
    from scrapelint.rules import FixAvailability

    rule = Rule("S999", "test-rule", Category.STRUCTURE, "test", check, FixAvailability.ALWAYS, applicability)
    return RuleSet(((rule, {}),), frozenset({"S999"}))


def test_apply_edits_in_any_order() -> None:
    assert apply_edits("abcdef", [Edit(4, 5, "E"), Edit(0, 1, "")]) == "bcdEf"


def test_overlapping_fixes_take_the_earliest_and_finish_in_a_later_round() -> None:
    def check(doc: Document, options: object) -> Iterator[Finding]:
        for start in range(len(doc.text) - 1):
            if doc.text[start:start + 2] == "aa":
                yield Finding(start, start + 2, "aa", Fix.safe("a", Edit(start, start + 2, "a")))

    result = fix_text("aaaa", _ruleset(check))
    assert result.text == "a"
    assert result.converged
    assert not result.remaining


def test_a_fix_that_never_settles_is_reported_not_looped() -> None:
    def check(doc: Document, options: object) -> Iterator[Finding]:
        yield Finding(0, 0, "grow", Fix.safe("grow", Edit(0, 0, "x")))

    result = fix_text("text", _ruleset(check))
    assert not result.converged
    assert len(result.fixed) == MAX_ROUNDS


def test_unsafe_fixes_need_the_flag() -> None:
    def check(doc: Document, options: object) -> Iterator[Finding]:
        if doc.text.startswith("x"):
            yield Finding(0, 1, "x", Fix.unsafe("drop", Edit(0, 1)))

    assert fix_text("xy", _ruleset(check, Applicability.UNSAFE)).text == "xy"
    assert fix_text("xy", _ruleset(check, Applicability.UNSAFE), unsafe=True).text == "y"


def test_fix_is_idempotent_on_the_seed() -> None:
    from conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    once = scrapelint.fix(text, unsafe=True)
    twice = scrapelint.fix(once.text, unsafe=True)
    assert twice.text == once.text
    assert not twice.fixed
    assert [d.code for d in once.fixed] == ["D001", "B001"]
    assert [d.code for d in once.remaining] == ["T001"]


def _fixes_of(spans: list[list[tuple[int, int]]]) -> list[Diagnostic]:
    """A diagnostic for each list of edit spans, its index as its message."""
    from scrapelint.diagnostics import Position

    start = Position(1, 1)
    return [
        Diagnostic("S999", "test-rule", "structure", str(index), 0, 0, start, start,
                   Fix(tuple(Edit(low, high, "x") for low, high in edits), Applicability.SAFE, "fix"))
        for index, edits in enumerate(spans)
    ]


def _chosen_by_every_pair(candidates: list[Diagnostic]) -> list[str]:
    """The round's choice by its definition: in order of where the fixes start (the longer
    first of those that start together), each fix whose edits clash with no edit of a fix
    taken before it, nor with one another."""
    chosen: list[str] = []
    taken: list[tuple[int, int]] = []
    for diagnostic in sorted(candidates, key=lambda d: (d.fix.start, -d.fix.end)):  # type: ignore[union-attr]
        spans = [(edit.start, edit.end) for edit in diagnostic.fix.edits]  # type: ignore[union-attr]
        pairs = [(a, b) for a in spans for b in taken] + [(a, b) for i, a in enumerate(spans) for b in spans[i + 1:]]
        if any(a[0] < b[1] and b[0] < a[1] or a == b for a, b in pairs):
            continue
        chosen.append(diagnostic.message)
        taken.extend(spans)
    return chosen


_SPAN = st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda pair: (pair[0], pair[0] + pair[1]))


@given(st.lists(st.lists(_SPAN, min_size=1, max_size=6), max_size=25))
@example([[(2, 2)], [(2, 2)], [(0, 2)], [(2, 5)], [(1, 3)]])  # insertions at one point, and at the edges of removals
@example([[(0, 10)], [(3, 3)], [(10, 10)], [(10, 12)]])
@example([[(1, 4), (6, 8)], [(5, 6)], [(4, 5)], [(7, 7)]])
@example([[(3, 6), (4, 5)], [(4, 5)]])  # a fix whose own edits clash is never taken
@example([[(11, 12), (0, 10), (2, 3)], [(5, 5), (0, 8)], [(4, 4), (4, 4)], [(4, 4), (4, 6), (6, 6)]])
def test_a_round_takes_the_fixes_that_clash_with_none_taken_before(spans: list[list[tuple[int, int]]]) -> None:
    candidates = _fixes_of(spans)
    assert [d.message for d in _non_overlapping(candidates)] == _chosen_by_every_pair(candidates)


def test_of_fixes_that_start_together_the_longer_is_taken() -> None:
    # A line's removal and the removal of the passage it opens: the passage's covers both.
    chosen = _non_overlapping(_fixes_of([[(0, 10)], [(0, 40)], [(40, 50)]]))
    assert [d.message for d in chosen] == ["1", "2"]


def test_a_consent_clause_broken_at_its_links_goes_whole_not_by_its_first_line() -> None:
    # A sign-up form's consent clause, its links on lines of their own: the newsletter
    # prompt's safe fix of the first line and the consent fix of the clause start together.
    form = (
        "By entering your email address you agree to our\n"
        "Terms of Use\n"
        "and\n"
        "Privacy Policy\n"
        "and consent to receive emails from Time Out about news, events, offers and partner promotions.\n"
    )
    text = "The museum reopens on Friday with three new rooms.\n" + form + "Its garden stays closed until spring.\n"
    assert {"B003", "B004"} <= {d.code for d in scrapelint.lint(text) if d.location.row == 2}
    fixed = scrapelint.fix(text, unsafe=True).text
    assert fixed == "The museum reopens on Friday with three new rooms.\nIts garden stays closed until spring.\n"


def test_a_round_over_thousands_of_fixes_takes_the_first_of_each_clashing_pair() -> None:
    # Ten thousand one-character removals side by side, and a second copy of each (the
    # size of a crawl's file: fix() benchmarks its speed in benchmarks/scaling.py --fix).
    spans = [[(index, index + 1)] for index in range(10_000)] * 2
    chosen = _non_overlapping(_fixes_of(spans))
    assert [int(d.message) for d in chosen] == list(range(10_000))
