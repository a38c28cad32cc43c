"""Every rule is fully declared and documented, and docs/rules.md matches the code."""

from __future__ import annotations

import regex
import pytest
from conftest import ROOT

from scrapelint.explain import rules_markdown
from scrapelint.rules import ALL_RULES, Category, Rule, select
from scrapelint.rules.base import CODE_LETTERS, DOC_SECTIONS


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.code)
def test_rule_is_fully_declared(rule: Rule) -> None:
    assert regex.fullmatch(r"[DTBEMWPS]\d{3}", rule.code)
    assert rule.code[0] == CODE_LETTERS[rule.category]
    assert regex.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)
    assert rule.summary and not rule.summary.endswith(".")
    headings = regex.findall(r"^## (.+)$", rule.documentation, flags=regex.M)
    assert headings == list(DOC_SECTIONS)
    for section in regex.split(r"^## .+$", rule.documentation, flags=regex.M)[1:]:
        assert len(section.strip()) > 20


def test_categories_are_the_fixed_eight() -> None:
    assert [c.value for c in Category] == [
        "duplication", "truncation", "boilerplate", "encoding", "markup", "whitespace", "typography", "structure",
    ]


def test_docs_rules_md_is_up_to_date() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `python -m scrapelint.explain > docs/rules.md`"
    )


def test_selection_precedence() -> None:
    codes = lambda rules: [r.code for r in rules]  # noqa: E731
    assert codes(select(["ALL"])) == [r.code for r in ALL_RULES]
    assert codes(select(["D001"], ignore=["D"])) == ["D001"]  # the more specific selector wins
    assert "D001" not in codes(select(["D"], ignore=["D001"]))
    assert "D001" not in codes(select(None, ignore=["duplicated-headline"]))
    assert all(r.default for r in select(None))
