"""Reports of ``check`` kept between runs, as ruff keeps its own: a file whose bytes, name
and rules are those of an earlier run is reported from the cache instead of linted again.

An entry is found by a digest of everything its report depends on: the file's bytes and
name, the codec asked for, the rules that apply to that file with their options and
which of them may fix, and the scrapelint that made it (its version, the ``regex`` and
Python it ran on, and, for a copy run from a source tree, the times and sizes of its
files, so that an edited rule never answers from a stale entry). What is kept is what a
check of the file reports; a fix run takes it only for a file it would not change, and
keeps, for a file it rewrote, the report of the text it wrote.

Entries are JSON, read with checks on every field: a cache in a project's folder may come
from anyone, and nothing in it is run. A file that cannot be read or written there is a
miss, never an error: the run's results do not depend on the cache.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from scrapelint.checker import FileReport
from scrapelint.diagnostics import Applicability, Diagnostic, Edit, Fix, Position
from scrapelint.records import FrozenRecord
from scrapelint.settings import RuleSet
from scrapelint.source import discard, open_new, temporary_beside

FORMAT = 1
"""Bumped when an entry's layout changes."""


class ResultCache(FrozenRecord):
    """A cache directory and the stamp of the scrapelint that reads and writes it. Travels
    to worker processes, which store what they check."""

    def __init__(self, directory: str, stamp: str) -> None:
        self.directory = directory
        self.stamp = stamp

    FIELDS = ("directory", "stamp")

    @classmethod
    def at(cls, directory: str) -> ResultCache | None:
        """The cache in ``directory``; None when this scrapelint cannot be told apart from
        an edited copy of itself (its files cannot be listed), which must not use it."""
        try:
            stamp = _stamp()
        except OSError:
            return None
        return cls(os.path.abspath(directory), stamp)

    def key(self, filename: str, data: bytes, ruleset: RuleSet, encoding: str | None) -> str:
        # hashlib is imported only by runs that use the cache: a commit hook pays for its
        # OpenSSL bindings otherwise.
        import hashlib

        digest = hashlib.blake2b(digest_size=20)
        for part in (self.stamp, filename, encoding or "", _rules_key(ruleset, filename)):
            digest.update(part.encode("utf-8", "surrogateescape"))
            digest.update(b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> str:
        # One folder: a folder per leading digits would cost a first run a folder for nearly every file.
        return os.path.join(self.directory, f"v{FORMAT}", key + ".json")

    def load(self, key: str, filename: str) -> FileReport | None:
        """The report stored under ``key``, for ``filename``; None for a miss or an entry
        that is not what this module writes."""
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                entry = json.load(handle)
            return _report_from(entry, filename)
        except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
            return None

    def store(self, key: str, report: FileReport) -> None:
        """Keep ``report`` (that of a check that raised no error) under ``key``, written
        atomically; any failure to write leaves the cache as it was."""
        path = self._path(key)
        folder = os.path.dirname(path)
        # In one call, by the C encoder: json.dump writes a stream piece by piece, in Python.
        content = json.dumps(_entry_of(report), ensure_ascii=False, separators=(",", ":"))
        temporary = temporary_beside(folder, "")
        try:
            try:
                stream = open_new(temporary, "w", encoding="utf-8")
            except FileNotFoundError:  # the first entry
                _create(self.directory)
                os.makedirs(folder, exist_ok=True)
                stream = open_new(temporary, "w", encoding="utf-8")
            with stream:
                stream.write(content)
            os.replace(temporary, path)
        except BaseException as error:
            discard(temporary)
            if not isinstance(error, OSError):
                raise


def _create(directory: str) -> None:
    """The cache directory, marked as one for backup tools and kept out of version control."""
    if os.path.isdir(directory):
        return
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, ".gitignore"), "w", encoding="utf-8") as handle:
        handle.write("# Created by scrapelint: its cache, not to be committed.\n*\n")
    with open(os.path.join(directory, "CACHEDIR.TAG"), "w", encoding="utf-8") as handle:
        handle.write(
            "Signature: 8a477f597d28d172789f06886806bc55\n"
            "# This file is a cache directory tag created by scrapelint.\n"
            "# For information about cache directory tags see https://bford.info/cachedir/\n"
        )


def _rules_key(ruleset: RuleSet, filename: str) -> str:
    ignored = sorted(ruleset.ignored_in(filename)) if ruleset.per_file_ignores else []
    return repr((ruleset.fingerprint, ignored, [(path, _file_stamp(path)) for path in ruleset.option_files]))


def _file_stamp(path: str) -> tuple[int, int] | None:
    """When and how large a file an option names was last written: an edit of the file
    changes the key as an edit of the option would."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _stamp() -> str:
    import regex

    from scrapelint import __version__

    stamp = f"{FORMAT} {__version__} regex {regex.__version__} python {sys.version_info[:3]}"
    package = os.path.dirname(os.path.abspath(__file__))
    if not any(part in ("site-packages", "dist-packages") for part in package.split(os.sep)):
        stamp += f" source {_tree_fingerprint(package)}"
    return stamp


def _tree_fingerprint(directory: str) -> str:
    """A digest that changes when any file under ``directory`` (bytecode caches aside) is
    added, removed, edited or touched."""
    import hashlib

    entries = []
    stack = [directory]
    while stack:
        with os.scandir(stack.pop()) as listing:
            for entry in listing:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(entry.path)
                else:
                    info = entry.stat()
                    entries.append((entry.path, info.st_mtime_ns, info.st_size))
    return hashlib.blake2b(repr(sorted(entries)).encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()


# -- entries ----------------------------------------------------------------------------


def _entry_of(report: FileReport) -> dict[str, Any]:
    return {
        "diagnostics": [
            [d.code, d.name, d.category, d.message, d.start, d.end, list(d.location), list(d.end_location),
             None if d.fix is None else [[list(edit) for edit in d.fix.edits], d.fix.applicability.value, d.fix.message]]
            for d in report.diagnostics
        ],
        "rows": [[row, text] for row, text in report.rows.items()],
        "positions": [[offset, *position] for offset, position in report.positions.items()],
    }


def _report_from(entry: dict[str, Any], filename: str) -> FileReport:
    # Each field's type is tested in one chained comparison, and the tuples are made by
    # _make: a function call for each field cost a cached run a third of its time.
    diagnostics = []
    for code, name, category, message, start, end, location, end_location, fix in entry["diagnostics"]:
        if not (type(code) is type(name) is type(category) is type(message) is str and type(start) is type(end) is int):
            raise TypeError("not a diagnostic")
        diagnostics.append(Diagnostic._make((
            code, name, category, message, start, end,
            _position(location), _position(end_location), None if fix is None else _fix(fix), filename,
        )))
    rows = {}
    for row, text in entry["rows"]:
        if not (type(row) is int and type(text) is str):
            raise TypeError("not a row")
        rows[row] = text
    positions = {}
    for offset, row, column in entry["positions"]:
        if not (type(offset) is type(row) is type(column) is int):
            raise TypeError("not a position")
        positions[offset] = Position._make((row, column))
    # What the reporters look up must be there (a KeyError: a miss).
    for diagnostic in diagnostics:
        for row in range(diagnostic.location.row, diagnostic.end_location.row + 1):
            rows[row]  # noqa: B018
        for edit in diagnostic.fix.edits if diagnostic.fix is not None else ():
            positions[edit.start], positions[edit.end]  # noqa: B018
    return FileReport(filename, diagnostics, [], None, False, "", rows, positions)


_APPLICABILITY = {applicability.value: applicability for applicability in Applicability}


def _fix(fix: list[Any]) -> Fix:
    edits, applicability, message = fix
    if type(message) is not str:
        raise TypeError("not a fix")
    made = []
    for start, end, content in edits:
        if not (type(start) is type(end) is int and type(content) is str):
            raise TypeError("not an edit")
        made.append(Edit._make((start, end, content)))
    return Fix(tuple(made), _APPLICABILITY[applicability], message)


def _position(value: list[Any]) -> Position:
    row, column = value
    if not (type(row) is type(column) is int):
        raise TypeError("not a position")
    return Position._make((row, column))
