from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

# Property tests: a modest run by default; HYPOTHESIS_PROFILE=thorough runs 10,000
# examples a test (see tests/test_properties.py).
settings.register_profile("quick", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "thorough", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e075d4da7ec08e31.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def load_benchmark(name: str) -> ModuleType:
    """The script ``benchmarks/<name>.py`` as a module (benchmarks are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the module runs
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def cli_environment(**extra: str) -> dict[str, str]:
    """A bare environment for the CLI in a subprocess, importing the same scrapelint as the tests do."""
    import scrapelint

    source = str(Path(scrapelint.__file__).resolve().parent.parent)
    return {"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": source, **extra}


def run_cli(
    *args: str, cwd: Path | None = None, input: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess, as a user would (``env``: variables added
    to its bare environment)."""
    process = subprocess.run(
        [sys.executable, "-m", "scrapelint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=cli_environment(**(env or {})),
    )
    return subprocess.CompletedProcess(
        process.args, process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    )


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / SEED.name
    target.write_bytes(SEED.read_bytes())
    return target


STARTUP_ALLOWANCE = 300
"""Seconds a run may take to get under way: minutes on a heavily loaded machine."""
STOP_ALLOWANCE = 120
"""Seconds an interrupted run may take to stop: its workers finish the work they hold."""


def interrupt_when_under_way(
    process: subprocess.Popen[bytes], under_way: Callable[[], bool], what: str, signal_number: int
) -> bytes:
    """Send ``signal_number`` to the process group of ``process`` (started with
    ``start_new_session=True``) once ``under_way()`` holds, and give back its standard error
    when it has stopped; a run that never gets under way or never stops fails the test."""
    try:
        deadline = time.monotonic() + STARTUP_ALLOWANCE
        while not under_way():
            assert process.poll() is None, "the run ended before it could be interrupted"
            assert time.monotonic() < deadline, f"no {what} after {STARTUP_ALLOWANCE}s"
            time.sleep(0.05)
        os.killpg(process.pid, signal_number)
        try:
            _, stderr = process.communicate(timeout=STOP_ALLOWANCE)
        except subprocess.TimeoutExpired:
            pytest.fail(f"the interrupted run had not stopped after {STOP_ALLOWANCE}s")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
    return stderr
