"""SARIF 2.1.0, the interchange format of code-scanning services (GitHub code scanning among them).

One run; the driver lists the rules that have results, with their documentation; each
result has its location, a stable fingerprint and, when the rule offers one, its fix as
replacements. Columns count Unicode code points, as scrapelint's do.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from scrapelint import __version__
from scrapelint.checker import FileReport
from scrapelint.diagnostics import Fix, Position
from scrapelint.reporters import ReportOptions, fingerprints, report_path
from scrapelint.rules import Rule, rule_by_code

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "%SRCROOT%"
"""The base that relative file URIs are resolved against: the working directory of the run."""


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    codes = sorted({d.code for result in results for d in result.diagnostics})
    rule_index = {code: index for index, code in enumerate(codes)}
    sarif_results = []
    for result in results:
        location = _artifact_location(result.filename)
        for d, fingerprint in zip(result.diagnostics, fingerprints(result)):
            entry: dict[str, Any] = {
                "ruleId": d.code,
                "ruleIndex": rule_index[d.code],
                "level": "error",
                "message": {"text": d.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": location, "region": _region(d.location, d.end_location)}}
                ],
                "fingerprints": {"scrapelint/v1": fingerprint},
            }
            if d.fix is not None:
                entry["fixes"] = [_fix(d.fix, result, location)]
            sarif_results.append(entry)
    run = {
        "tool": {
            "driver": {
                "name": "scrapelint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule(rule_by_code(code)) for code in codes],
            }
        },
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": _directory_uri(Path.cwd())}},
        "columnKind": "unicodeCodePoints",
        "results": sarif_results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": _section(rule.documentation, "What it flags")},
        "help": {"text": rule.documentation, "markdown": rule.documentation},
        "defaultConfiguration": {"enabled": rule.default, "level": "error"},
        "properties": {"category": rule.category.value, "fix": rule.fix_summary, "tags": [rule.category.value]},
    }


def _section(documentation: str, heading: str) -> str:
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", documentation, flags=re.M | re.S)
    # The docstrings wrap their lines; a description is one paragraph.
    return " ".join((match.group(1) if match else documentation).split())


def _artifact_location(filename: str) -> dict[str, str]:
    path = report_path(filename)
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(path), "uriBaseId": SOURCE_ROOT}


def _directory_uri(directory: Path) -> str:
    """A directory's URI ends with "/", or relative URIs would resolve against its parent."""
    uri = directory.as_uri()
    return uri if uri.endswith("/") else uri + "/"


def _region(start: Position, end: Position) -> dict[str, int]:
    return {"startLine": start.row, "startColumn": start.column, "endLine": end.row, "endColumn": end.column}


def _fix(fix: Fix, result: FileReport, location: dict[str, str]) -> dict[str, Any]:
    replacements = [
        {
            "deletedRegion": _region(result.raw_position(edit.start), result.raw_position(edit.end)),
            "insertedContent": {"text": edit.content},
        }
        for edit in fix.edits
    ]
    return {
        "description": {"text": fix.message},
        "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
        "properties": {"applicability": fix.applicability.value},
    }
