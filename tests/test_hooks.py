"""The pre-commit hooks, run by the real pre-commit from this repository's committed HEAD.

Slow: pre-commit clones this repository and installs it into a fresh environment (from
the package index) once per test session; deselect with ``-m "not slow"``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ROOT, SEED

pytestmark = pytest.mark.slow

HookRun = Callable[[str, Path], subprocess.CompletedProcess[str]]


def _head() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("the source tree is not a git checkout, and pre-commit installs hooks from git")


@pytest.fixture(scope="module")
def run_hook(tmp_path_factory: pytest.TempPathFactory) -> HookRun:
    """Run one hook over every file of a git repository, as ``pre-commit run --all-files``.

    pre-commit installs the hooks from the commit HEAD points at: what is committed is what
    users get. Its cache lives in a temporary directory shared by this module's tests, so
    the environment is built once.
    """
    rev = _head()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GIT_", "PRE_COMMIT"))}
    for inherited in ("FORCE_COLOR", "SKIP"):
        env.pop(inherited, None)
    env.update(PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")), NO_COLOR="1")
    config = f"repos:\n  - repo: {ROOT}\n    rev: {rev}\n    hooks:\n      - id: scrapelint\n      - id: scrapelint-fix\n"

    def run(hook_id: str, repo: Path) -> subprocess.CompletedProcess[str]:
        if not (repo / ".git").exists():
            subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
            (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
        subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", "--color", "never", "--all-files", hook_id],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    return run


def _seed_repo(path: Path) -> Path:
    path.mkdir()
    # Written anew rather than copied: the seed in the checkout may be read-only.
    (path / "article.txt").write_bytes(SEED.read_bytes())
    return path


def test_check_hook_fails_on_the_seed(run_hook: HookRun, tmp_path: Path) -> None:
    repo = _seed_repo(tmp_path / "repo")
    result = run_hook("scrapelint", repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "scrapelint....." in result.stdout and "Failed" in result.stdout
    for finding in ("article.txt:3:1: D001", "article.txt:19:345: T001", "article.txt:36:1: B001"):
        assert finding in result.stdout
    assert (repo / "article.txt").read_bytes() == SEED.read_bytes()


def test_check_hook_passes_on_clean_text(run_hook: HookRun, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "report.md").write_text("# Call details\n\nThe call lasted an hour.\n", encoding="utf-8")
    (repo / "notes.txt").write_text("Officials met on Oct. 1 in the U.S. capital.\n", encoding="utf-8")
    result = run_hook("scrapelint", repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_hooks_look_only_at_prose_files(run_hook: HookRun, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "page.html").write_bytes(SEED.read_bytes())
    result = run_hook("scrapelint", repo)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(no files to check)Skipped" in result.stdout


def test_fix_hook_rewrites_the_seed_then_passes(run_hook: HookRun, tmp_path: Path) -> None:
    repo = _seed_repo(tmp_path / "repo")
    first = run_hook("scrapelint-fix", repo)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "Fixing article.txt" in first.stdout
    assert "files were modified by this hook" in first.stdout
    lines = SEED.read_text(encoding="utf-8").split("\n")
    fixed = "\n".join(lines[:2] + lines[4:34])  # the repeated headline and the comment form gone
    assert (repo / "article.txt").read_text(encoding="utf-8") == fixed

    second = run_hook("scrapelint-fix", repo)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Passed" in second.stdout and "Fixing" not in second.stdout
    assert (repo / "article.txt").read_text(encoding="utf-8") == fixed
    # What no fix can repair is still reported by the check hook.
    check = run_hook("scrapelint", repo)
    assert check.returncode == 1 and "article.txt:17:345: T001" in check.stdout


def test_files_the_configuration_excludes_stay_excluded(run_hook: HookRun, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "drafts").mkdir(parents=True)
    (repo / "drafts" / "article.txt").write_bytes(SEED.read_bytes())
    (repo / "notes.txt").write_text("Officials met on Oct. 1 in the U.S. capital.\n", encoding="utf-8")
    (repo / "scrapelint.toml").write_text('extend-exclude = ["drafts"]\n', encoding="utf-8")
    for hook_id in ("scrapelint", "scrapelint-fix"):
        result = run_hook(hook_id, repo)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Passed" in result.stdout and "Fixing" not in result.stdout
    assert (repo / "drafts" / "article.txt").read_bytes() == SEED.read_bytes()
    (repo / "scrapelint.toml").write_text("", encoding="utf-8")  # no longer excluded: now it is checked
    assert run_hook("scrapelint", repo).returncode == 1
