"""GitLab Code Quality report: a JSON array in the subset of the CodeClimate format GitLab reads."""

from __future__ import annotations

import json
from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.reporters import ReportOptions, fingerprints, report_path


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    issues = []
    for result in results:
        path = report_path(result.filename)
        for d, fingerprint in zip(result.diagnostics, fingerprints(result)):
            issues.append(
                {
                    # GitLab shows the description but not check_name, so the code leads it.
                    "description": f"{d.code}: {d.message}",
                    "check_name": d.code,
                    "fingerprint": fingerprint,
                    "severity": "major",
                    "location": {
                        "path": path,
                        "positions": {
                            "begin": {"line": d.location.row, "column": d.location.column},
                            "end": {"line": d.end_location.row, "column": d.end_location.column},
                        },
                    },
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
