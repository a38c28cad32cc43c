"""One JSON object per line, the same objects as the ``json`` format, for streaming."""

from __future__ import annotations

import json
from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.reporters import ReportOptions
from scrapelint.reporters.json import as_dict

# JSON leaves these unescaped outside ASCII, but line readers (str.splitlines among
# them) break lines at them, and scraped text carries them.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    lines = []
    for result in results:
        for diagnostic in result.diagnostics:
            line = json.dumps(as_dict(diagnostic, result), ensure_ascii=False)
            lines.append(line.translate(_LINE_BREAKERS) + "\n")
    return "".join(lines)
