"""Which files to check: walk directories for prose files, in a stable order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox"})


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A path given or found that cannot be walked; reported, never fatal to the others."""

    path: Path
    reason: str


def discover(
    paths: Iterable[Path], suffixes: frozenset[str] = DEFAULT_SUFFIXES
) -> Iterator[Path | Unreadable]:
    """Files named on the command line are checked whatever their suffix; directories
    are walked for files with one of ``suffixes``, skipping hidden and tool directories."""
    for path in paths:
        if path.is_dir():
            yield from _walk(path, suffixes)
        elif path.exists():
            yield path
        elif path.is_symlink():
            yield Unreadable(path, "broken symbolic link")
        else:
            yield Unreadable(path, "no such file or directory")


def _walk(root: Path, suffixes: frozenset[str]) -> Iterator[Path | Unreadable]:
    errors: list[OSError] = []
    visited: set[tuple[int, int]] = set()
    for directory, subdirectories, filenames in os.walk(root, onerror=errors.append, followlinks=True):
        info = os.stat(directory)
        if (info.st_dev, info.st_ino) in visited:  # a symbolic link loop
            subdirectories[:] = []
            yield Unreadable(Path(directory), "symbolic link loop; not followed")
            continue
        visited.add((info.st_dev, info.st_ino))
        subdirectories[:] = sorted(
            d for d in subdirectories if d not in SKIPPED_DIRECTORIES and not d.startswith(".")
        )
        for name in sorted(filenames):
            if os.path.splitext(name)[1].lower() in suffixes:
                yield Path(directory, name)
        while errors:
            error = errors.pop(0)
            yield Unreadable(Path(error.filename or root), (error.strerror or str(error)).lower())
