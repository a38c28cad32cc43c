"""Output formats. One module per format, each with ``render(results, options) -> str``.

Reporters only format what the checker produced; they never run rules. A format's
module is imported only when that format is asked for.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Sequence

from scrapelint.checker import FileReport
from scrapelint.diagnostics import Applicability
from scrapelint.records import FrozenRecord

FORMATS = {
    "full": "scrapelint.reporters.full",
    "concise": "scrapelint.reporters.concise",
    "json": "scrapelint.reporters.json",
    "json-lines": "scrapelint.reporters.json_lines",
    "sarif": "scrapelint.reporters.sarif",
    "github": "scrapelint.reporters.github",
    "gitlab": "scrapelint.reporters.gitlab",
    "junit": "scrapelint.reporters.junit",
}


class ReportOptions(FrozenRecord):
    def __init__(
        self, color: bool = False, fix_mode: bool = False, unsafe_fixes: bool = False, show_summary: bool = True
    ) -> None:
        self.color = color
        """Draw with rich's colours; only for a terminal that has not set NO_COLOR."""
        self.fix_mode = fix_mode
        """The run applied fixes: the summary counts what was fixed."""
        self.unsafe_fixes = unsafe_fixes
        """Unsafe fixes were allowed: the hint about them is not needed."""
        self.show_summary = show_summary
        """Close with the counts ("Found 3 errors."); off with ``--quiet``."""

    FIELDS = ("color", "fix_mode", "unsafe_fixes", "show_summary")


def render(name: str, results: Sequence[FileReport], options: ReportOptions) -> str:
    module = importlib.import_module(FORMATS[name])
    return module.render(results, options)


def summary(results: Sequence[FileReport], options: ReportOptions) -> str:
    """ruff's closing lines: how many were found, fixed, and could be fixed."""
    if not options.show_summary:
        return ""
    remaining = [d for r in results for d in r.diagnostics]
    fixed = sum(len(r.fixed) for r in results)
    lines = []
    if not remaining and not fixed:
        return "All checks passed!\n"
    total = len(remaining) + fixed
    if fixed:
        lines.append(f"Found {_count(total, 'error')} ({fixed} fixed, {len(remaining)} remaining).")
    else:
        lines.append(f"Found {_count(total, 'error')}.")
    safe = sum(1 for d in remaining if d.fix and d.fix.applicability is Applicability.SAFE)
    unsafe = sum(1 for d in remaining if d.fix and d.fix.applicability is Applicability.UNSAFE)
    fixable = safe + unsafe if options.unsafe_fixes else safe
    if fixable and not options.fix_mode:
        lines.append(f"[*] {fixable} fixable with the `--fix` option.")
    if unsafe and not options.unsafe_fixes:
        lines.append(f"{_count(unsafe, 'hidden fix', 'hidden fixes')} can be enabled with the `--unsafe-fixes` option.")
    return "\n".join(lines) + "\n"


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


def fix_marker(diagnostic: object, unsafe_fixes: bool = False) -> str:
    """``[*]`` before the message of a diagnostic whose fix ``--fix`` would apply (with
    ``--unsafe-fixes``, an unsafe fix too)."""
    # Called for each of a report's thousands of diagnostics: no tuple of the kinds to build.
    fix = getattr(diagnostic, "fix", None)
    if fix is None:
        return ""
    applicability = fix.applicability
    return "[*] " if applicability == Applicability.SAFE or (unsafe_fixes and applicability == Applicability.UNSAFE) else ""


def report_path(filename: str) -> str:
    """The path CI services expect: relative to the working directory when inside it, with "/"."""
    from pathlib import Path  # for the formats of CI services only

    path = Path(filename)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            pass
    return path.as_posix()


def fingerprints(result: FileReport) -> list[str]:
    """One identity per diagnostic of ``result``, unique within a report and stable across runs.

    It hashes the rule, the file and the text of the flagged rows, not their numbers, so
    a finding keeps its identity when lines above it are added or removed; identical
    findings on identical rows are told apart by their order.
    """
    import hashlib  # for the formats of CI services only

    seen: Counter[tuple[str, ...]] = Counter()
    identities = []
    for diagnostic in result.diagnostics:
        rows = result.lines(diagnostic.location.row, diagnostic.end_location.row)
        content = " ".join(" ".join(row.split()) for row in rows)
        key = (diagnostic.code, report_path(result.filename), content)
        seen[key] += 1
        material = "\0".join((*key, str(seen[key])))
        identities.append(hashlib.blake2b(material.encode("utf-8"), digest_size=16).hexdigest())
    return identities
