"""GitHub Actions workflow commands: each diagnostic becomes an annotation on the file.

``::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::MESSAGE``, escaped as the
Actions toolkit escapes them: ``%``, carriage returns and newlines everywhere, and also
``:`` and ``,`` inside properties.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.reporters import ReportOptions, report_path

_DATA_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A"})
_PROPERTY_ESCAPES = str.maketrans({"%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"})


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    lines = []
    for result in results:
        path = report_path(result.filename)
        for d in result.diagnostics:
            # GitHub rejects columns on an annotation that spans several lines.
            one_row = d.end_location.row == d.location.row
            properties = {
                "file": path,
                "line": d.location.row,
                "col": d.location.column if one_row else None,
                "endLine": d.end_location.row,
                "endColumn": d.end_location.column if one_row else None,
                "title": f"{d.code} ({d.name})",
            }
            rendered = ",".join(
                f"{key}={str(value).translate(_PROPERTY_ESCAPES)}" for key, value in properties.items() if value is not None
            )
            lines.append(f"::error {rendered}::{d.message.translate(_DATA_ESCAPES)}\n")
    return "".join(lines)
