"""A JSON array of diagnostics, shaped like ruff's ``--output-format json``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scrapelint.checker import FileReport
from scrapelint.diagnostics import Diagnostic, Position
from scrapelint.reporters import ReportOptions


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    payload = []
    for result in results:
        payload.extend(as_dict(d, result) for d in result.diagnostics)
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def as_dict(diagnostic: Diagnostic, result: FileReport) -> dict[str, Any]:
    """The JSON object for one diagnostic of ``result``."""
    fix = diagnostic.fix
    fix_payload = None
    if fix is not None:
        fix_payload = {
            "applicability": fix.applicability.value,
            "message": fix.message,
            "edits": [
                {
                    "content": edit.content,
                    "location": _row_column(result.raw_position(edit.start)),
                    "end_location": _row_column(result.raw_position(edit.end)),
                }
                for edit in fix.edits
            ],
        }
    return {
        "code": diagnostic.code,
        "name": diagnostic.name,
        "category": diagnostic.category,
        "message": diagnostic.message,
        "filename": diagnostic.filename,
        "location": _row_column(diagnostic.location),
        "end_location": _row_column(diagnostic.end_location),
        "fix": fix_payload,
    }


def _row_column(position: Position) -> dict[str, int]:
    return {"row": position.row, "column": position.column}
