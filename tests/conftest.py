from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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


def cli_environment(**extra: str) -> dict[str, str]:
    """A bare environment for the CLI in a subprocess, importing the same scrapelint as the tests do."""
    import scrapelint

    source = str(Path(scrapelint.__file__).resolve().parent.parent)
    return {"NO_COLOR": "1", "PATH": "/usr/bin:/bin", "PYTHONPATH": source, **extra}


def run_cli(*args: str, cwd: Path | None = None, input: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a subprocess, as a user would."""
    process = subprocess.run(
        [sys.executable, "-m", "scrapelint", *args],
        cwd=cwd,
        input=input,
        capture_output=True,
        env=cli_environment(),
    )
    return subprocess.CompletedProcess(
        process.args, process.returncode, process.stdout.decode("utf-8"), process.stderr.decode("utf-8")
    )


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    target = tmp_path / SEED.name
    target.write_bytes(SEED.read_bytes())
    return target
