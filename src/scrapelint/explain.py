"""A rule's documentation as text: for ``scrapelint rule`` and the generated docs/rules.md."""

from __future__ import annotations

import re
from typing import Any

from scrapelint.rules import ALL_RULES, Rule


def explain(rule: Rule, as_dict: bool = False) -> Any:
    if as_dict:
        return {
            "code": rule.code,
            "name": rule.name,
            "category": rule.category.value,
            "summary": rule.summary,
            "default": rule.default,
            "fix": {
                "availability": rule.fix.value,
                "applicability": rule.applicability.value if rule.applicability else None,
            },
            "options": dict(rule.options),
            "explanation": rule.documentation,
        }
    return _markdown(rule, heading="#")


def _markdown(rule: Rule, heading: str) -> str:
    lines = [
        f"{heading} {rule.name} ({rule.code})",
        "",
        f"{rule.summary}.",
        "",
        f"- Category: `{rule.category.value}`",
        f"- Fix: {rule.fix_summary}",
        f"- Default: {'on' if rule.default else 'off (opt-in: select it by code, prefix or category)'}",
    ]
    if rule.options:
        rendered = ", ".join(f"`{name}` = `{value!r}`" for name, value in rule.options.items())
        lines.append(f"- Options: {rendered}")
    # Section headings are written as "## ..." for a page of their own; nest them deeper
    # when the rule is one section of a longer page.
    depth = "#" * (len(heading) - 1)
    body = re.sub(r"^## ", f"{depth}## ", rule.documentation, flags=re.M)
    lines += ["", body, ""]
    return "\n".join(lines)


def rules_markdown() -> str:
    """The whole catalogue, as written to docs/rules.md."""
    parts = [
        "# Rules",
        "",
        "Generated from the rule declarations by `python -m scrapelint.explain > docs/rules.md`;",
        "do not edit by hand. `scrapelint rule CODE` prints the same text for one rule.",
        "",
        "| Code | Name | Category | Fix | Default |",
        "| --- | --- | --- | --- | --- |",
    ]
    for rule in ALL_RULES:
        anchor = f"{rule.name}-{rule.code.lower()}"
        parts.append(
            f"| [{rule.code}](#{anchor}) | {rule.name} | {rule.category.value} | {rule.fix_summary} | "
            f"{'on' if rule.default else 'opt-in'} |"
        )
    parts.append("")
    parts.extend(_markdown(rule, heading="##") for rule in ALL_RULES)
    return "\n".join(parts)


if __name__ == "__main__":
    print(rules_markdown(), end="")
