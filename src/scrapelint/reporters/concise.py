"""``file:row:col: CODE message``, one line a diagnostic, then the summary."""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.reporters import ReportOptions, fix_marker, summary


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    lines = [
        f"{d.filename}:{d.location.row}:{d.location.column}: {d.code} {fix_marker(d, options.unsafe_fixes)}{d.message}\n"
        for result in results
        for d in result.diagnostics
    ]
    return "".join(lines) + summary(results, options)
