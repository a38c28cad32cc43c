"""The default format: each diagnostic with its source line and the span marked.

Styled with rich on a terminal; plain text otherwise, without importing rich, because
a commit hook pays for every import.
"""

from __future__ import annotations

from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.diagnostics import Diagnostic
from scrapelint.reporters import ReportOptions, fix_marker, summary

CONTEXT_CHARS = 60
"""Characters shown either side of a span on a long line."""


def render(results: Sequence[FileReport], options: ReportOptions) -> str:
    blocks = []
    for result in results:
        if not result.diagnostics:
            continue
        blocks.extend(_block(d, result.line(d.location.row), options) for d in result.diagnostics)
    blocks.append(_style(summary(results, options), "bold", options.color))
    return "\n".join(blocks)


def _block(diagnostic: Diagnostic, line: str, options: ReportOptions) -> str:
    color = options.color
    location = f"{diagnostic.filename}:{diagnostic.location.row}:{diagnostic.location.column}:"
    header = (
        f"{_style(location, 'bold', color)} {_style(diagnostic.code, 'bold red', color)} "
        f"{fix_marker(diagnostic, options.unsafe_fixes)}{_escape(diagnostic.message, color)}\n"
    )
    start = diagnostic.location.column - 1
    if diagnostic.end_location.row == diagnostic.location.row:
        end = max(diagnostic.end_location.column - 1, start + 1)
    else:
        end = max(len(line), start + 1)
    shown, offset = _window(line, start, end)
    row = diagnostic.location.row
    gutter = " " * len(str(row))
    marker = " " * (start - offset) + "^" * max(1, min(end, offset + len(shown)) - start)
    body = (
        f"{gutter} |\n"
        f"{row} | {_escape(shown, color)}\n"
        f"{gutter} | {_style(marker + ' ' + diagnostic.code, 'bold red', color)}\n"
        f"{gutter} |\n"
    )
    if diagnostic.fix is not None:
        body += f"{gutter} = help: {_escape(diagnostic.fix.message, color)}\n"
    return header + body


def _window(text: str, start: int, end: int) -> tuple[str, int]:
    """The part of a long line around ``start..end``, and the offset it begins at."""
    begin = max(0, start - CONTEXT_CHARS)
    finish = min(len(text), max(end, start + 1) + CONTEXT_CHARS)
    shown = text[begin:finish].replace("\t", " ")
    if begin > 0:
        shown, begin = "…" + shown, begin - 1
    if finish < len(text):
        shown += "…"
    return shown, begin


def _style(text: str, style: str, color: bool) -> str:
    return f"[{style}]{_escape(text, color)}[/]" if color else text


def _escape(text: str, color: bool) -> str:
    if not color:
        return text
    from rich.markup import escape

    return escape(text)
