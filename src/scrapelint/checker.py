"""Check files: read, lint or fix, write back. The CLI and the hooks run this.

Each file is handled on its own: a file that cannot be read or written becomes an error
result and the others go on. A run over many files spreads them over worker processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import scrapelint
from scrapelint import source
from scrapelint.diagnostics import Diagnostic, Position
from scrapelint.document import Document
from scrapelint.patterns import PatternTimeout
from scrapelint.records import Record, StrEnum
from scrapelint.settings import RuleSet

if TYPE_CHECKING:
    from scrapelint.cache import ResultCache


class Mode(StrEnum):
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

    def report(self, with_diff: bool = False) -> FileReport:
        """What a report of this result shows, without the text; ``with_diff``: with the
        unified diff of its fixes, for ``--diff``."""
        rows: dict[int, str] = {}
        positions: dict[int, Position] = {}
        if self.diagnostics:
            document = Document(self.text)
            for diagnostic in self.diagnostics:
                first, last = diagnostic.location.row, diagnostic.end_location.row
                rows.update(zip(range(first, last + 1), document.row_texts(first, last)))
                for edit in diagnostic.fix.edits if diagnostic.fix is not None else ():
                    for offset in (edit.start, edit.end):
                        positions[offset] = document.position(document.from_raw(offset))
        return FileReport(
            self.filename, self.diagnostics, self.fixed, self.error, self.changed,
            self.diff() if with_diff and self.changed else "", rows, positions,
        )

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


class FileReport(Record):
    """What the reports of a run need of one checked file: its diagnostics and fixes, the
    rows they point at and where their edits fall, and for ``--diff`` the diff; not the
    file's text. A run over many files holds memory in proportion to what it reports, not
    to the size of its files, and the result travels cheaply from a worker process."""

    def __init__(
        self,
        filename: str,
        diagnostics: list[Diagnostic],
        fixed: list[Diagnostic],
        error: str | None,
        changed: bool,
        diff: str,
        rows: dict[int, str],
        positions: dict[int, Position],
    ) -> None:
        self.filename = filename
        self.diagnostics = diagnostics
        self.fixed = fixed
        self.error = error
        self.changed = changed
        """Fixing changed the text (written back, or shown in ``diff``)."""
        self.diff = diff
        self.rows = rows
        """The text of each row (1-based) a diagnostic spans."""
        self.positions = positions
        """Where each offset of a diagnostic's fix edits (into the text as read) falls."""

    FIELDS = ("filename", "diagnostics", "fixed", "error", "changed", "diff", "rows", "positions")

    def line(self, row: int) -> str:
        return self.rows[row]

    def lines(self, first: int, last: int) -> list[str]:
        """The rows ``first`` to ``last`` that the text has."""
        return [self.rows[row] for row in range(first, last + 1) if row in self.rows]

    def raw_position(self, raw_offset: int) -> Position:
        """Row and column of an offset of a fix edit."""
        return self.positions[raw_offset]


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
    return _check_file(path, ruleset, mode, unsafe, encoding)[0]


def report_file(
    path: str | os.PathLike[str],
    ruleset: RuleSet,
    mode: Mode,
    unsafe: bool,
    encoding: str | None,
    cache: ResultCache | None = None,
) -> FileReport:
    """The report of :func:`check_file`. With a cache, what a check of the file as it now
    stands would report is kept there, under its bytes: the report of a check, of a fix
    run that changed nothing, or of a fix run that wrote the file (its diagnostics are
    those of the text written). A diff that would change the file keeps nothing."""
    result, data = _check_file(path, ruleset, mode, unsafe, encoding)
    report = result.report(mode is Mode.DIFF)
    if cache is not None and data is not None and result.error is None and not (mode is Mode.DIFF and result.changed):
        cache.store(cache.key(result.filename, data, ruleset, encoding), report)
    return report


def _check_file(
    path: str | os.PathLike[str], ruleset: RuleSet, mode: Mode, unsafe: bool, encoding: str | None
) -> tuple[FileResult, bytes | None]:
    """The result, and the bytes of the file as it now stands: as read, or as a fix wrote
    them (None when nothing could be read)."""
    filename = os.fspath(path)
    try:
        loaded = source.read(path, encoding)
    except source.SourceError as error:
        return FileResult(filename, error=str(error)), None
    data = loaded.fingerprint[2] if loaded.fingerprint is not None else None
    try:
        result = check_text(loaded.text, filename, ruleset, mode, unsafe)
    except PatternTimeout as error:  # a phrase from the configuration: the user can mend it
        return FileResult(filename, error=str(error)), data
    except Exception as error:  # a bug in a rule must not stop the other files
        return FileResult(filename, error=f"internal error, please report it: {type(error).__name__}: {error}"), data
    if mode is Mode.FIX and result.error is None and result.changed:
        try:
            source.write_atomic(path, loaded, result.text)
        except source.SourceError as error:
            # Nothing was written: report the file as it still is.
            return FileResult(filename, error=str(error)), data
        return result, loaded.encode(result.text)
    return result, data


POOL_MIN_FILES = 8
"""A run over fewer files stays in one process: starting workers would cost more than
they save (a commit hook checks a few files)."""
POOL_MIN_BYTES = 128 * 1024
"""Nor does a run over fewer bytes than this, however many files."""


DEFAULT_CACHE_DIRECTORY = ".scrapelint_cache"
CACHE_MIN_FILES = 8
"""A run over fewer files neither reads nor writes the cache. A commit hook checks the few
files the commit changed, whose reports no earlier run can hold; opening the cache would
cost it a hash library and a JSON parser for nothing."""


def check_files(
    files: Sequence[tuple[str, RuleSet]],
    mode: Mode = Mode.CHECK,
    unsafe: bool = False,
    encoding: str | None = None,
    jobs: int | None = 1,
    cache_directory: str | None = None,
) -> Iterator[FileReport]:
    """Check each file with its rule set: the report of each, in the order given.

    With enough work, the files are checked in up to ``jobs`` worker processes (None: as
    many as there are cores to run on); the reports are those of a run in this process.
    With a cache directory, a run over ``CACHE_MIN_FILES`` files or more takes the reports
    of unchanged files from the cache (see :mod:`scrapelint.cache`; for a fix, those of
    files it would not change) and checks only the others, whose reports it then keeps."""
    cache = None
    if cache_directory is not None and len(files) >= CACHE_MIN_FILES:
        from scrapelint.cache import ResultCache

        cache = ResultCache.at(cache_directory)
    if cache is None:
        yield from _check_files(files, mode, unsafe, encoding, jobs, None)
        return
    cached = [_cached_report(cache, path, ruleset, encoding, mode, unsafe) for path, ruleset in files]
    fresh = _check_files([item for item, report in zip(files, cached) if report is None], mode, unsafe, encoding, jobs, cache)
    try:
        for report in cached:
            yield next(fresh) if report is None else report
    finally:
        fresh.close()  # stops the worker processes, if any


def _cached_report(
    cache: ResultCache, path: str, ruleset: RuleSet, encoding: str | None, mode: Mode, unsafe: bool
) -> FileReport | None:
    """The cached report of a check of ``path``, when it is this run's report: for a fix or
    a diff, only if none of its fixes would be applied (the run would change nothing)."""
    try:
        loaded = source.read(path, encoding)
    except source.SourceError:  # reported when the file is checked
        return None
    assert loaded.fingerprint is not None
    filename = os.fspath(path)
    report = cache.load(cache.key(filename, loaded.fingerprint[2], ruleset, encoding), filename)
    if report is None or mode is Mode.CHECK:
        return report
    from scrapelint.fixer import allowed

    return None if any(allowed(diagnostic, ruleset, unsafe) for diagnostic in report.diagnostics) else report


def _check_files(
    files: Sequence[tuple[str, RuleSet]],
    mode: Mode,
    unsafe: bool,
    encoding: str | None,
    jobs: int | None,
    cache: ResultCache | None,
) -> Iterator[FileReport]:
    if jobs != 1 and len(files) >= POOL_MIN_FILES:
        from scrapelint.processes import check_in_pool, default_jobs

        jobs = jobs or default_jobs()
        sizes = [_size(path) for path, _ in files]
        if jobs > 1 and sum(sizes) >= POOL_MIN_BYTES:
            yield from check_in_pool(files, sizes, mode, unsafe, encoding, jobs, cache)
            return
    for path, ruleset in files:
        yield report_file(path, ruleset, mode, unsafe, encoding, cache)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # reported when the file is checked
        return 0
