"""Writes are atomic: a file is its old version or its new one, never a mix, never empty.

``--fix`` writes each file to a temporary file in the same directory and renames it over
the original. A process killed with SIGKILL half-way through a run can leave such a
temporary file behind (``.NAME.XXXXXXXX.tmp``); directory walks skip it (it is hidden and
not a text suffix), and the original is intact.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, cli_environment, run_cli

import scrapelint
from scrapelint import source

FILES = 200
KILLS = 4
RULES = "B001,M002"
"""Two cheap rules with safe fixes (comment-form prompt, HTML entity): writing is under
test here, not the rules."""


def _dirty_article(number: int) -> str:
    """A different article each time, with an entity on every paragraph to fix."""
    body = SEED.read_text(encoding="utf-8")
    filler = "\n\n".join(f"Paragraph {number}.{k}: the talks went on &amp; on." for k in range(40))
    return f"{body}\n\n{filler}\n\nLeave a Reply\n"


def _texts(root: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(root.glob("*.txt"))}


def test_sigkill_mid_run_leaves_every_file_old_or_new(tmp_path: Path) -> None:
    original = {f"article-{n:03}.txt": _dirty_article(n) for n in range(FILES)}
    fixed = {name: scrapelint.fix(text, select=RULES.split(",")).text.encode("utf-8") for name, text in original.items()}
    old = {name: text.encode("utf-8") for name, text in original.items()}
    assert all(fixed[name] != old[name] for name in old), "every file needs a fix"

    def start_run(tree: Path) -> subprocess.Popen[bytes]:
        tree.mkdir()
        for name, data in old.items():
            (tree / name).write_bytes(data)
        return subprocess.Popen(
            [sys.executable, "-m", "scrapelint", "check", "--fix", "--select", RULES, str(tree)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=cli_environment(),
        )

    def wait_for_first_write(tree: Path, process: subprocess.Popen[bytes]) -> None:
        # The first write's temporary file changes the directory. Which file comes first
        # is the run's business: worker processes take the largest first.
        listed = tree.stat().st_mtime_ns
        deadline = time.monotonic() + 120
        while tree.stat().st_mtime_ns == listed and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)

    # How long this machine takes to write the files, from the first write to the end of
    # the run: the kills land within that time, however fast the machine is.
    timed = tmp_path / "timed"
    process = start_run(timed)
    wait_for_first_write(timed, process)
    first_write = time.monotonic()
    process.wait()
    writing = time.monotonic() - first_write
    assert _texts(timed) == fixed

    mixes = 0
    rng = random.Random(20)
    for attempt in range(KILLS):
        tree = tmp_path / f"run-{attempt}"
        process = start_run(tree)
        try:
            wait_for_first_write(tree, process)
            time.sleep(rng.uniform(0.0, 0.8 * writing))
        finally:
            process.send_signal(signal.SIGKILL)
            process.wait()

        now = _texts(tree)
        assert now.keys() == old.keys()
        torn = [name for name, data in now.items() if data not in (old[name], fixed[name])]
        assert not torn, f"files neither old nor new after SIGKILL: {torn[:5]}"
        done = sum(now[name] == fixed[name] for name in now)
        mixes += 0 < done < len(now)
    assert mixes, "no kill landed in the middle of a run: the test did not test anything"

    # Temporary files a kill left behind are hidden: the next run ignores them and finishes.
    again = run_cli("check", "--fix", "--select", RULES, str(tree))
    assert again.returncode == 0, again.stdout + again.stderr
    assert ".tmp" not in again.stdout
    assert _texts(tree) == fixed


def test_leftover_temporary_files_are_not_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Fine text.\n", encoding="utf-8")
    (tmp_path / ".a.txt.k2j4h5g1.tmp").write_text("Leave a Reply\n", encoding="utf-8")
    result = run_cli("check", "--output-format", "concise", str(tmp_path))
    assert result.returncode == 0, result.stdout
    assert ".tmp" not in result.stdout


def test_a_failed_replace_leaves_the_original_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    loaded = source.read(path)

    def full_disk(source_path: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(source.SourceError, match="^no space left on device; not written$"):
        source.write_atomic(path, loaded, "new\n")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_an_interrupt_right_after_the_replace_stays_an_interrupt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C between the rename and the end of the write: the file is the new one, whole,
    and the interrupt goes on (it once became 'no such file or directory; not written',
    from removing a temporary file the rename had taken away, and the run went on)."""
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    loaded = source.read(path)
    replace = os.replace

    def replaced_then_interrupted(source_path: str, target: str) -> None:
        replace(source_path, target)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", replaced_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        source.write_atomic(path, loaded, "new\n")
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_the_mode_is_kept_and_the_owner_where_allowed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o604)
    owner = (65534, 65534) if os.geteuid() == 0 else (os.geteuid(), os.getegid())
    if os.geteuid() == 0:
        os.chown(path, *owner)
    source.write_atomic(path, source.read(path), "new\n")
    info = path.stat()
    assert info.st_mode & 0o777 == 0o604
    assert (info.st_uid, info.st_gid) == owner
    assert path.read_text(encoding="utf-8") == "new\n"


def test_an_interrupt_as_the_temporary_file_is_made_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C after the temporary file exists and before the write knew its name (with
    tempfile.mkstemp, the file stayed): the old file, and no other."""
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    loaded = source.read(path)
    opening = os.open

    def made_then_interrupted(name: str, flags: int, mode: int = 0o777) -> int:
        os.close(opening(name, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "open", made_then_interrupted)
    with pytest.raises(KeyboardInterrupt):
        source.write_atomic(path, loaded, "new\n")
    monkeypatch.undo()
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_the_temporary_file_is_private_until_the_mode_is_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new contents are the owner's alone until the file's own mode is set: a file
    that others may not read must not be readable by them for a moment."""
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o644)
    modes = []
    replace = os.replace

    def seen_then_replaced(source_path: str, target: str) -> None:
        modes.append(os.stat(source_path).st_mode & 0o777)
        replace(source_path, target)

    chmod = os.chmod

    def mode_before_chmod(name: str, mode: int) -> None:
        modes.append(os.stat(name).st_mode & 0o777)
        chmod(name, mode)

    monkeypatch.setattr(os, "chmod", mode_before_chmod)
    monkeypatch.setattr(os, "replace", seen_then_replaced)
    source.write_atomic(path, source.read(path), "new\n")
    assert modes == [0o600, 0o644]
    assert path.read_text(encoding="utf-8") == "new\n"
