"""Which files to check: walk directories for prose files, in a stable order.

Which files count is said by glob patterns (``include``, ``exclude``), as in ruff and
``.gitignore``: a pattern without ``/`` matches a file or directory *name* at any depth
(``*.md``, ``drafts``); a pattern with ``/`` matches a path relative to the directory of
the configuration file that gave it (``docs/archive/*``, ``**/vendor/*``). ``*`` also
matches ``/``.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from scrapelint.records import FrozenRecord

DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.text")
"""File patterns checked when a directory is walked (case does not matter)."""
DEFAULT_EXCLUDE = (".*", "venv", "node_modules", "__pycache__", "site-packages")
"""Hidden files and directories (``.git``, ``.venv``, ``.tox``...) and tool directories."""


class Unreadable(NamedTuple):
    """A path given or found that cannot be walked; reported, never fatal to the others."""

    path: Path
    reason: str


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

    def relative(self, path: Path) -> str | None:
        """``path`` relative to the root, with ``/``; None when it lies outside the root."""
        relative = os.path.relpath(os.path.abspath(path), self.root)
        if relative == ".." or relative.startswith(".." + os.sep):
            return None
        return relative.replace(os.sep, "/")

    def excludes_with_parents(self, path: Path) -> bool:
        """Whether ``path`` or one of its directories below the root is excluded."""
        relative = self.relative(path)
        if relative is None:
            return self.exclude.match(path.name, None)
        if relative == ".":  # the root itself
            return False
        parts = relative.split("/")
        return any(
            self.exclude.match(parts[depth - 1], "/".join(parts[:depth])) for depth in range(len(parts), 0, -1)
        )


def discover(
    paths: Iterable[Path],
    filter_for: Callable[[Path], FileFilter] | None = None,
    *,
    force_exclude: bool = False,
) -> Iterator[Path | Unreadable]:
    """The files to check, in a stable order.

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
    for path in paths:
        if force_exclude and filter_for(_parent(path)).excludes_with_parents(path):
            continue
        found: Iterable[Path | Unreadable]
        if path.is_dir():
            found = _walk(path, filter_for)
        elif path.exists():
            found = (path,)
        elif path.is_symlink():
            found = (Unreadable(path, "broken symbolic link"),)
        else:
            found = (Unreadable(path, "no such file or directory"),)
        for item in found:
            key = os.path.abspath(item if isinstance(item, Path) else item.path)
            if key not in seen:
                seen.add(key)
                yield item


def _parent(path: Path) -> Path:
    return Path(os.path.dirname(os.path.abspath(path)))


def _walk(root: Path, filter_for: Callable[[Path], FileFilter]) -> Iterator[Path | Unreadable]:
    """Depth first, each directory's files before its subdirectories, names sorted.

    Iterative, so that no depth of nesting can exhaust the interpreter's stack. Symbolic
    links to directories are followed: one that leads back to a directory above it is a
    loop, reported; one that leads to a directory walked elsewhere is skipped.
    """
    visited: set[tuple[int, int]] = set()
    pending: list[tuple[Path, frozenset[tuple[int, int]]]] = [(root, frozenset())]
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
                subdirectories.append(directory / name)
            elif rules.include.match(name, where):
                yield directory / name
        inside = ancestors | {key}
        pending.extend((subdirectory, inside) for subdirectory in reversed(subdirectories))


def _is_directory(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a symbolic link
    except OSError:
        return False
