"""``scrapelint rules`` and ``scrapelint rule CODE``: the catalogue and its documentation."""

from __future__ import annotations

import sys

import click

from scrapelint.cli import EXIT_ERROR, main, print_error


@main.command("rules")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--all", "show_all", is_flag=True, help="Also list rules that are not on by default.")
def list_rules(output_format: str, show_all: bool) -> None:
    """List the rules: code, name, category, fix availability, summary.

    \b
    Examples:
      scrapelint rules
      scrapelint rules --output-format json
    """
    from scrapelint.rules import ALL_RULES

    shown = [r for r in ALL_RULES if show_all or r.default or output_format == "json"]
    if output_format == "json":
        import json

        payload = [
            {
                "code": r.code,
                "name": r.name,
                "category": r.category.value,
                "summary": r.summary,
                "default": r.default,
                "fix": {
                    "availability": r.fix.value,
                    "applicability": r.applicability.value if r.applicability else None,
                },
            }
            for r in shown
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    for r in shown:
        marker = "[*]" if r.applicability is not None and r.applicability.value == "safe" else "   "
        opt_in = "" if r.default else "  (opt-in)"
        click.echo(f"{r.code}  {marker} {r.name:<34} {r.category.value:<12} {r.summary}{opt_in}")


@main.command("rule")
@click.argument("code")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
def explain_rule(code: str, output_format: str) -> None:
    """Explain a rule: what it flags, why it matters, an example and its fix safety.

    \b
    Examples:
      scrapelint rule D001
      scrapelint rule comment-form
    """
    from scrapelint.rules import SelectionError, lookup

    try:
        found = lookup(code)
    except SelectionError as error:
        print_error(str(error))
        sys.exit(EXIT_ERROR)
    from scrapelint.explain import explain

    if output_format == "json":
        import json

        click.echo(json.dumps(explain(found, as_dict=True), indent=2, ensure_ascii=False))
    else:
        click.echo(explain(found))
