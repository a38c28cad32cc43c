"""Check files: read, lint or fix, write back. The CLI and the hooks run this.

Each file is handled on its own: a file that cannot be read or written becomes an error
result and the others go on.
"""

from __future__ import annotations

import os
from enum import Enum

import scrapelint
from scrapelint import source
from scrapelint.diagnostics import Diagnostic
from scrapelint.patterns import PatternTimeout
from scrapelint.records import Record
from scrapelint.settings import RuleSet


class Mode(str, Enum):
    CHECK = "check"
    FIX = "fix"
    """Fix and write the file back."""
    DIFF = "diff"
    """Fix in memory and show a diff; write nothing."""


class FileResult(Record):
    def __init__(
        self,
        filename: str,
        text: str = "",
        original: str = "",
        diagnostics: list[Diagnostic] | None = None,
        fixed: list[Diagnostic] | None = None,
        error: str | None = None,
    ) -> None:
        self.filename = filename
        self.text = text
        """The text the diagnostics refer to: the fixed text after a fix."""
        self.original = original
        self.diagnostics: list[Diagnostic] = [] if diagnostics is None else diagnostics
        self.fixed: list[Diagnostic] = [] if fixed is None else fixed
        self.error = error

    FIELDS = ("filename", "text", "original", "diagnostics", "fixed", "error")

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self) -> str:
        import difflib

        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.text.splitlines(keepends=True),
                fromfile=f"a/{self.filename}",
                tofile=f"b/{self.filename}",
            )
        )


def check_text(
    text: str, filename: str, ruleset: RuleSet, mode: Mode = Mode.CHECK, unsafe: bool = False
) -> FileResult:
    # The library's own functions: the command line and the API cannot drift apart.
    if mode is Mode.CHECK:
        diagnostics = scrapelint.lint(text, filename=filename, settings=ruleset)
        return FileResult(filename, text, text, diagnostics)
    result = scrapelint.fix(text, filename=filename, settings=ruleset, unsafe=unsafe)
    outcome = FileResult(filename, result.text, text, result.remaining, result.fixed)
    if not result.converged:
        outcome.error = "fixes did not converge; not written"
        outcome.text = text
    return outcome


def check_file(
    path: str | os.PathLike[str],
    ruleset: RuleSet,
    mode: Mode = Mode.CHECK,
    unsafe: bool = False,
    encoding: str | None = None,
) -> FileResult:
    filename = os.fspath(path)
    try:
        loaded = source.read(path, encoding)
    except source.SourceError as error:
        return FileResult(filename, error=str(error))
    try:
        result = check_text(loaded.text, filename, ruleset, mode, unsafe)
    except PatternTimeout as error:  # a phrase from the configuration: the user can mend it
        return FileResult(filename, error=str(error))
    except Exception as error:  # a bug in a rule must not stop the other files
        return FileResult(filename, error=f"internal error, please report it: {type(error).__name__}: {error}")
    if mode is Mode.FIX and result.error is None and result.changed:
        try:
            source.write_atomic(path, loaded, result.text)
        except source.SourceError as error:
            # Nothing was written: report the file as it still is.
            return FileResult(filename, error=str(error))
    return result
