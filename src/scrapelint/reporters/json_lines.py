"""One JSON object per line, the same objects as the ``json`` format, for streaming."""

from __future__ import annotations

import json
from collections.abc import Sequence

from scrapelint.checker import FileResult
from scrapelint.document import Document
from scrapelint.reporters import ReportOptions
from scrapelint.reporters.json import as_dict

# JSON leaves these unescaped outside ASCII, but line readers (str.splitlines among
# them) break lines at them, and scraped text carries them.
_LINE_BREAKERS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    lines = []
    for result in results:
        document = Document(result.text)
        for diagnostic in result.diagnostics:
            line = json.dumps(as_dict(diagnostic, document), ensure_ascii=False)
            lines.append(line.translate(_LINE_BREAKERS) + "\n")
    return "".join(lines)
