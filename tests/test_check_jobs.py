"""``scrapelint check`` over many files in worker processes: the same output as in one."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SEED, STARTUP_ALLOWANCE, STOP_ALLOWANCE, cli_environment, interrupt_when_under_way, run_cli

from scrapelint.checker import DEFAULT_CACHE_DIRECTORY, POOL_MIN_BYTES, POOL_MIN_FILES
from scrapelint.reporters import FORMATS


def _article(number: int, paragraphs: int) -> str:
    return "\n\n".join(
        f"Paragraph {i} of report {number}: the council met on Oct. {i % 28 + 1} and said 3.5 million "
        f"U.S. residents in district {i * 7 + number} were affected by the change in the budget."
        for i in range(paragraphs)
    ) + "\n"


def _mixed_folder(folder: Path, size: int = POOL_MIN_BYTES) -> Path:
    """Files a run in worker processes gets: clean ones, ones with findings and fixes (one
    with CRLF line ends, whose fix edits are reported in the offsets of the raw text), an
    empty one, one not in UTF-8 and a link to nothing."""
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    (folder / "a-seed.txt").write_text(seed, encoding="utf-8")
    (folder / "b-crlf.txt").write_bytes(seed.replace("\n", "\r\n").encode("utf-8"))
    (folder / "c-empty.txt").write_text("", encoding="utf-8")
    (folder / "d-latin-1.txt").write_bytes("Un café au lait.\n".encode("latin-1"))
    (folder / "e-gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "g-entities.md").write_text("# Notes\n\nIt&amp;s here.\n\nLeave a Reply\n", encoding="utf-8")
    count = max(POOL_MIN_FILES, 8)
    paragraphs = size // count // 100 + 1
    for number in range(count):
        article = _article(number, paragraphs)
        if number % 2:  # findings in every other file, at its end
            article += "Share on Facebook\n\nLeave a Reply\n"
        (folder / f"h-article-{number:03}.txt").write_text(article, encoding="utf-8")
    assert sum(path.stat().st_size for path in folder.glob("h-*")) >= POOL_MIN_BYTES
    return folder


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _mixed_folder(tmp_path_factory.mktemp("jobs") / "mixed")


def _check(folder: Path, *args: str) -> tuple[int, str, str]:
    # Each run checks every file: one run's cached reports would stand in for the next one's workers.
    result = run_cli("check", "--no-cache", *args, ".", cwd=folder)
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize(
    "arguments",
    [*(["--output-format", name] for name in FORMATS), ["--statistics"], ["--diff"], ["--quiet"]],
    ids=[*FORMATS, "statistics", "diff", "quiet"],
)
def test_workers_report_what_one_process_reports(mixed: Path, arguments: list[str]) -> None:
    serial = _check(mixed, "-j", "1", *arguments)
    assert serial[0] == 2  # the files that cannot be checked
    assert "B001" in serial[1] or "Would fix" in serial[2] or arguments == ["--statistics"]
    assert _check(mixed, "-j", "3", *arguments) == serial


def test_workers_fix_files_as_one_process_does(tmp_path: Path) -> None:
    serial = _mixed_folder(tmp_path / "serial")
    parallel = tmp_path / "parallel"
    shutil.copytree(serial, parallel, symlinks=True)
    expected = _check(serial, "-j", "1", "--fix", "--show-fixes")
    assert "Fixing h-article-001.txt\n" in expected[1]
    assert _check(parallel, "-j", "2", "--fix", "--show-fixes") == expected
    for path in sorted(serial.glob("*.*")):
        if path.is_file():
            assert (parallel / path.name).read_bytes() == path.read_bytes(), path.name


_LOADED_AT_EXIT = (
    "import atexit, sys\n"
    "atexit.register(lambda: print('pool:', 'concurrent.futures' in sys.modules, 'multiprocessing' in sys.modules))\n"
    "from scrapelint.cli import main\n"
    "sys.argv = ['scrapelint', 'check', *sys.argv[1:]]\n"
    "main()\n"
)


def _pool_loaded(*arguments: str, cwd: Path) -> str:
    process = subprocess.run(
        [sys.executable, "-c", _LOADED_AT_EXIT, *arguments], cwd=cwd, capture_output=True, text=True,
        env=cli_environment(),
    )
    return process.stdout.splitlines()[-1]


def test_a_small_run_stays_in_one_process(mixed: Path) -> None:
    """A commit hook's run imports no multiprocessing machinery, whatever ``--jobs`` says."""
    assert _pool_loaded("-j", "4", "a-seed.txt", "h-article-001.txt", cwd=mixed) == "pool: False False"
    assert _pool_loaded("-j", "1", ".", cwd=mixed) == "pool: False False"
    # Files with no report in the cache (see test_cache.py: a run whose reports all come from it starts no pool).
    assert _pool_loaded("-j", "2", "--no-cache", ".", cwd=mixed) == "pool: True True"


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_jobs_must_be_a_positive_number(value: str) -> None:
    result = run_cli("check", "--jobs", value, str(SEED))
    assert result.returncode == 2
    assert "Invalid value for '-j' / '--jobs'" in result.stderr
    assert result.stdout == ""


def _children(pid: int) -> list[int]:
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
        return [int(child) for child in listing.read().split()]


INTERRUPTED = "error: interrupted; each file is either fixed whole or as it was"


def _start_fixing(folder: Path, jobs: int) -> subprocess.Popen[bytes]:
    """``check --fix`` over ``folder`` in its own process group (which a signal to the
    group reaches as a whole), its errors captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "scrapelint", "check", "--fix", "-j", str(jobs), "."],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=cli_environment(),
        start_new_session=True,
    )


def test_ctrl_c_in_one_process_exits_130_not_1(tmp_path: Path) -> None:
    """Exit code 1 means findings: a run stopped by Ctrl-C says so with 130, as shells do."""
    folder = _mixed_folder(tmp_path / "big", size=32 * POOL_MIN_BYTES)
    seed = (folder / "a-seed.txt").read_bytes()
    process = _start_fixing(folder, jobs=1)
    # Under way: the first file (in name order) is fixed and written.
    stderr = interrupt_when_under_way(process, lambda: (folder / "a-seed.txt").read_bytes() != seed, "file fixed", signal.SIGINT)
    assert process.returncode == 130, stderr.decode()
    assert stderr.decode().strip().splitlines() == [INTERRUPTED]
    # No temporary file left, of a fix or of the cache.
    assert not [name for name in os.listdir(folder) if name.startswith(".") and name != DEFAULT_CACHE_DIRECTORY]
    assert not list(folder.glob(f"{DEFAULT_CACHE_DIRECTORY}/**/*.tmp"))


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"), reason="needs Linux /proc")
@pytest.mark.parametrize(
    ("signal_number", "returncode", "last_line"),
    [(signal.SIGINT, 130, INTERRUPTED), (signal.SIGTERM, -signal.SIGTERM, None)],
    ids=["ctrl-c", "sigterm-to-the-process-group"],
)
def test_an_interrupted_run_stops_its_workers(
    tmp_path: Path, signal_number: int, returncode: int, last_line: str | None
) -> None:
    """As a run in one process stops: Ctrl-C with a one-line error and exit code 130,
    SIGTERM by the signal; no traceback, and no worker left behind."""
    folder = _mixed_folder(tmp_path / "big", size=16 * POOL_MIN_BYTES)
    process = _start_fixing(folder, jobs=3)  # this process and two workers
    stderr = interrupt_when_under_way(process, lambda: len(_children(process.pid)) >= 2, "workers", signal_number)
    assert process.returncode == returncode, stderr.decode()
    assert "Traceback" not in stderr.decode()
    if last_line is not None:
        assert stderr.decode().strip().splitlines()[-1] == last_line
    with pytest.raises(ProcessLookupError):  # every worker has ended
        os.killpg(process.pid, 0)


@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"), reason="needs Linux /proc")
def test_workers_end_with_a_killed_run(tmp_path: Path) -> None:
    """SIGKILL (or the out-of-memory killer) ends the main process without a word to its
    workers; they end too instead of waiting for work forever."""
    folder = _mixed_folder(tmp_path / "big", size=16 * POOL_MIN_BYTES)
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapelint", "check", "-j", "3", "."],  # this process and two workers
        cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=cli_environment(),
    )
    deadline = time.monotonic() + STARTUP_ALLOWANCE
    while len(workers := _children(process.pid)) < 2:
        assert process.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline, f"no workers after {STARTUP_ALLOWANCE}s"
        time.sleep(0.05)
    process.kill()
    process.wait()
    deadline = time.monotonic() + STOP_ALLOWANCE
    while alive := [pid for pid in workers if _running(pid)]:
        assert time.monotonic() < deadline, f"workers {alive} still running {STOP_ALLOWANCE}s after the run was killed"
        time.sleep(0.05)


def _running(pid: int) -> bool:
    """Whether ``pid`` runs (an ended process whose parent has not collected it does not)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as status:
            return status.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
