from __future__ import annotations

from collections.abc import Iterator

import scrapelint
from scrapelint.diagnostics import Applicability, Edit, Finding, Fix
from scrapelint.document import Document
from scrapelint.fixer import MAX_ROUNDS, apply_edits, fix_text
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
