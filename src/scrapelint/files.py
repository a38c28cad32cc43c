"""Which files to check: walk directories for prose files, in a stable order.

Which files count is said by glob patterns (``include``, ``exclude``), as in ruff and
``.gitignore``: a pattern without ``/`` matches a file or directory *name* at any depth
(``*.md``, ``drafts``); a pattern with ``/`` matches a path relative to the directory of
the configuration file that gave it (``docs/archive/*``, ``**/vendor/*``). ``*`` also
matches ``/``.

Paths are strings here, not :mod:`pathlib` objects: importing pathlib (and the
``urllib``, ``ipaddress`` and ``ntpath`` it brings) cost a commit hook's cold start some
7% of the import floor. :func:`normalise` spells them as pathlib did.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from scrapelint.records import FrozenRecord

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.text")
"""File patterns checked when a directory is walked (case does not matter)."""
DEFAULT_EXCLUDE = (".*", "venv", "node_modules", "__pycache__", "site-packages")
"""Hidden files and directories (``.git``, ``.venv``, ``.tox``...) and tool directories."""
_MISSING = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
"""Errors of ``stat`` that mean "nothing there" (those pathlib's ``exists()`` passes over)."""


def normalise(path: str | os.PathLike[str]) -> str:
    """``path`` spelled as ``str(pathlib.Path(path))`` spells it: ``"./a//b/"`` is ``"a/b"``.

    Reports and messages name a file as they did when paths were pathlib objects, and one
    file given as ``a.txt`` and as ``./a.txt`` is one file. ``..`` stays, as in pathlib.
    """
    path = os.fspath(path)
    if os.sep != "/":  # drives, UNC shares and two separators: pathlib knows them
        from pathlib import Path

        return str(Path(path))
    root = "//" if path.startswith("//") and not path.startswith("///") else "/" if path.startswith("/") else ""
    return root + "/".join(part for part in path.split("/") if part and part != ".") or "."


def name_of(path: str | os.PathLike[str]) -> str:
    """The last part of ``path``, as pathlib's ``name`` (``""`` for a root)."""
    return os.path.basename(normalise(path))


def join(directory: str, name: str) -> str:
    """``name`` inside the normalised ``directory``, normalised (``"."`` adds nothing)."""
    return name if directory == "." else os.path.join(directory, name)


class Unreadable(FrozenRecord):
    """A path given or found that cannot be walked; reported, never fatal to the others."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason

    FIELDS = ("path", "reason")


class PatternSet(FrozenRecord):
    """Glob patterns, compiled into one expression for names and one for relative paths."""

    def __init__(self, patterns: tuple[str, ...], ignore_case: bool = False, anchored: bool = True) -> None:
        self.patterns = patterns
        self.ignore_case = ignore_case
        self.anchored = anchored
        """Patterns with ``/`` match a whole relative path; unanchored, also the end of one."""

    FIELDS = ("patterns", "ignore_case", "anchored")

    @cached_property
    def _compiled(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        names, paths = [], []
        for pattern in self.patterns:
            pattern = pattern.strip().removeprefix("./").rstrip("/")
            if "/" not in pattern:
                names.append(fnmatch.translate(pattern))
            elif pattern.startswith("**/") or not self.anchored:
                # Any depth, including none: "**/vendor/*" also matches "vendor/a.txt".
                paths.append(f"(?:.*/)?(?:{fnmatch.translate(pattern.removeprefix('**/'))})")
            else:
                paths.append(fnmatch.translate(pattern))
        flags = re.IGNORECASE if self.ignore_case else 0
        return (
            re.compile("|".join(names), flags) if names else None,
            re.compile("|".join(paths), flags) if paths else None,
        )

    def match(self, name: str, relative: str | None) -> bool:
        """Whether the entry called ``name``, at ``relative`` (with ``/``) when known, matches."""
        by_name, by_path = self._compiled
        if by_name is not None and by_name.match(name):
            return True
        return by_path is not None and relative is not None and by_path.match(relative) is not None


class FileFilter(FrozenRecord):
    """What to check below a root: the files ``include`` names, outside what ``exclude`` names."""

    def __init__(
        self,
        root: str | None = None,
        include: PatternSet = PatternSet(DEFAULT_INCLUDE, ignore_case=True),
        exclude: PatternSet = PatternSet(DEFAULT_EXCLUDE),
    ) -> None:
        self.root = os.getcwd() if root is None else root
        """Absolute directory that patterns with ``/`` are relative to (the working directory by default)."""
        self.include = include
        self.exclude = exclude

    FIELDS = ("root", "include", "exclude")

    def relative(self, path: str | os.PathLike[str]) -> str | None:
        """``path`` relative to the root, with ``/``; None when it lies outside the root."""
        relative = os.path.relpath(os.path.abspath(path), self.root)
        if relative == ".." or relative.startswith(".." + os.sep):
            return None
        return relative.replace(os.sep, "/")

    def excludes_with_parents(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` or one of its directories below the root is excluded."""
        relative = self.relative(path)
        if relative is None:
            return self.exclude.match(name_of(path), None)
        if relative == ".":  # the root itself
            return False
        parts = relative.split("/")
        return any(
            self.exclude.match(parts[depth - 1], "/".join(parts[:depth])) for depth in range(len(parts), 0, -1)
        )


def discover(
    paths: Iterable[str | os.PathLike[str]],
    filter_for: Callable[[str], FileFilter] | None = None,
    *,
    force_exclude: bool = False,
) -> Iterator[str | Unreadable]:
    """The files to check (normalised paths), in a stable order.

    Files named in ``paths`` are checked whatever their name, unless ``force_exclude``
    applies the exclusions to them too (pre-commit names files one by one). Directories
    are walked for the files their filter includes. ``filter_for(directory)`` gives the
    filter that governs the entries of a directory (the one of its closest
    configuration); by default, the built-in patterns relative to the working directory.
    """
    if filter_for is None:
        default = FileFilter()
        filter_for = lambda directory: default  # noqa: E731
    seen: set[str] = set()  # a file reached twice ("." and "./a.txt") is checked once
    for given in paths:
        path = normalise(given)
        if force_exclude and filter_for(os.path.dirname(os.path.abspath(path))).excludes_with_parents(path):
            continue
        found: Iterable[str | Unreadable]
        try:
            is_directory = stat.S_ISDIR(os.stat(path).st_mode)
        except (OSError, ValueError) as error:
            if os.path.islink(path):
                reason = "broken symbolic link"
            elif isinstance(error, ValueError) or error.errno in _MISSING:
                reason = "no such file or directory"
            else:
                reason = (error.strerror or str(error)).lower()
            found = (Unreadable(path, reason),)
        else:
            found = _walk(path, filter_for) if is_directory else (path,)
        for item in found:
            key = os.path.abspath(item if isinstance(item, str) else item.path)
            if key not in seen:
                seen.add(key)
                yield item


def _walk(root: str, filter_for: Callable[[str], FileFilter]) -> Iterator[str | Unreadable]:
    """Depth first, each directory's files before its subdirectories, names sorted.

    Iterative, so that no depth of nesting can exhaust the interpreter's stack. Symbolic
    links to directories are followed: one that leads back to a directory above it is a
    loop, reported; one that leads to a directory walked elsewhere is skipped.
    """
    visited: set[tuple[int, int]] = set()
    pending: list[tuple[str, frozenset[tuple[int, int]]]] = [(root, frozenset())]
    while pending:
        directory, ancestors = pending.pop()
        try:
            info = os.stat(directory)
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield Unreadable(directory, "symbolic link loop; not followed")
                continue
            if key in visited:
                continue
            visited.add(key)
            with os.scandir(directory) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            yield Unreadable(directory, (error.strerror or str(error)).lower())
            continue
        rules = filter_for(directory)
        base = rules.relative(directory)  # once per directory, not once per file
        subdirectories = []
        for entry in entries:
            name = entry.name
            where = None if base is None else name if base == "." else f"{base}/{name}"
            if rules.exclude.match(name, where):
                continue
            if _is_directory(entry):
                subdirectories.append(join(directory, name))
            elif rules.include.match(name, where):
                yield join(directory, name)
        inside = ancestors | {key}
        pending.extend((subdirectory, inside) for subdirectory in reversed(subdirectories))


def _is_directory(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a symbolic link
    except OSError:
        return False
