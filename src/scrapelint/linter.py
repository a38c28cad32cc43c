"""Run the selected rules over one document and locate what they find.

This is the only place that turns a rule's :class:`Finding` (offsets into the
normalised text) into a :class:`Diagnostic` (offsets into the text as given, rows and
columns, fix edits that carry the file's own line endings).
"""

from __future__ import annotations

import gc
from functools import partial

from scrapelint.diagnostics import Diagnostic, Finding, Fix
from scrapelint.document import Document
from scrapelint.patterns import PatternTimeout
from scrapelint.rules import Rule
from scrapelint.settings import RuleSet


def lint_document(doc: Document, ruleset: RuleSet) -> list[Diagnostic]:
    # The views and findings are tens of thousands of small tuples that live until the call
    # returns and form no cycles: the collections they set off would only walk them (and
    # everything else the process holds) again and again, a fifth of the call's time.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _lint_document(doc, ruleset)
    finally:
        if collecting:
            gc.enable()


def _lint_document(doc: Document, ruleset: RuleSet) -> list[Diagnostic]:
    selected = ruleset.rules_for(doc.filename)
    view = doc
    if doc.directives:
        from scrapelint import suppression

        view = suppression.masked(doc)
    found: list[tuple[Rule, Finding]] = []
    for rule, options in selected:
        try:
            for finding in rule.check(view, options):
                if doc.in_code(finding.start, finding.end):
                    continue
                found.append((rule, finding))
        except PatternTimeout as error:
            raise PatternTimeout(error.phrase, rule.code) from None
    if doc.directives:
        found = suppression.apply(doc, found, frozenset(rule.code for rule, _ in selected))
    diagnostics = [_locate(doc, rule.code, rule.name, rule.category.value, finding) for rule, finding in found]
    diagnostics.sort(key=lambda d: d.sort_key)
    return diagnostics


def _locate(doc: Document, code: str, name: str, category: str, finding: Finding) -> Diagnostic:
    fix = finding.fix
    if fix is not None and doc.raw is not doc.text:
        fix = Fix(tuple(doc.raw_edit(edit) for edit in fix.edits), fix.applicability, fix.message)
    return _new_diagnostic((
        code,
        name,
        category,
        finding.message,
        doc.to_raw(finding.start),
        doc.to_raw(finding.end),
        doc.position(finding.start),
        doc.position(finding.end),
        fix,
        doc.filename,
    ))


# A text's thousands of diagnostics are made without the named tuple's own __new__, a call
# in Python; the fields in Diagnostic's order.
_new_diagnostic = partial(tuple.__new__, Diagnostic)
