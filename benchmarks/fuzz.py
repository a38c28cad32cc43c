#!/usr/bin/env python3
"""Fuzz the text entry point for a fixed time; print inputs tried and failures found.

    python benchmarks/fuzz.py [--seconds 60] [--engine auto|atheris|hypothesis] [--out DIR]

Every input goes through what a user's file goes through: bytes are decoded as a file
would be (``scrapelint.source.decode``), or text is taken as given, then linted with every
rule and fixed (safe and unsafe), and the invariants of tests/invariants.py are checked:
nothing raises, every span and edit lies inside the text, fixes stay inside what they
report, converge, leave nothing fixable and are idempotent.

Engines: atheris (coverage-guided, libFuzzer; ``pip install atheris``), seeded with
the first kilobytes of the corpus texts when ../shared/corpus is there; otherwise
Hypothesis, with the article-like strategies of tests/strategies.py, in batches until the
time is up. Each failure is saved to ``--out`` (default benchmarks/results/fuzz/) as the
exact input, and printed once per distinct error; a failure that is found becomes a
regression test (an ``@example`` in tests/test_properties.py).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
sys.path.insert(0, str(ROOT / "tests"))


class Campaign:
    """Counts inputs, runs the checks on each, and keeps one saved input per distinct failure."""

    def __init__(self, seconds: float, out: Path) -> None:
        self.deadline = time.monotonic() + seconds
        self.started = time.monotonic()
        self.out = out
        self.tried = 0
        self.failures: dict[str, Path] = {}

    @property
    def over(self) -> bool:
        return time.monotonic() >= self.deadline

    def run(self, text: str | None, data: bytes | None, filename: str | None, unsafe: bool) -> None:
        from invariants import check_fix_settles, check_fix_stays_inside_spans, check_lint

        from scrapelint import source

        self.tried += 1
        try:
            if data is not None:
                try:
                    text = source.decode(data).text
                except source.SourceError:
                    return  # refused with a message, as it should be
            assert text is not None
            check_lint(text, filename)
            check_fix_stays_inside_spans(text, filename, unsafe)
            check_fix_settles(text, filename, unsafe)
        except Exception as error:  # noqa: BLE001  (every failure is a finding)
            self.record(error, data if data is not None else (text or "").encode("utf-8", "surrogatepass"))

    def record(self, error: Exception, payload: bytes) -> None:
        frame = traceback.extract_tb(error.__traceback__)[-1]
        signature = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}: {str(error).splitlines()[0][:200] if str(error) else ''}"
        if signature in self.failures:
            return
        self.out.mkdir(parents=True, exist_ok=True)
        path = self.out / f"failure-{hashlib.sha1(payload).hexdigest()[:12]}.bin"
        path.write_bytes(payload)
        self.failures[signature] = path
        print(f"FAILURE {signature}\n  input ({len(payload)} bytes) saved to {path}: {payload[:160]!r}", flush=True)

    def report(self, engine: str) -> int:
        elapsed = time.monotonic() - self.started
        print(f"{engine}: {self.tried} inputs tried in {elapsed:.0f} s ({self.tried / max(elapsed, 1e-9):.0f}/s), "
              f"{len(self.failures)} distinct failure{'s' if len(self.failures) != 1 else ''}", flush=True)
        for signature, path in self.failures.items():
            print(f"  {signature}\n    {path}")
        return 1 if self.failures else 0


def fuzz_with_atheris(campaign: Campaign) -> int:
    import atheris

    with atheris.instrument_imports(include=["scrapelint"]):
        import scrapelint  # noqa: F401
        import scrapelint.rules  # noqa: F401

    filenames = (None, "article.txt", "article.md")

    def one_input(data: bytes) -> None:
        if campaign.over:
            # libFuzzer does not return to Python at its time limit: report and leave here.
            sys.stdout.flush()
            os._exit(campaign.report("atheris"))
        if not data:
            return
        mode, payload = data[0], data[1:]
        filename, unsafe = filenames[mode % 3], bool(mode & 4)
        if mode & 8:  # the bytes of a file
            campaign.run(None, payload, filename, unsafe)
        else:
            provider = atheris.FuzzedDataProvider(payload)
            campaign.run(provider.ConsumeUnicodeNoSurrogates(len(payload)), None, filename, unsafe)

    seeds = Path(tempfile.mkdtemp(prefix="scrapelint-fuzz-seeds-"))
    for number, path in enumerate(sorted(CORPUS.glob("*/*.txt"))[:200] if CORPUS.is_dir() else []):
        (seeds / f"seed-{number}").write_bytes(bytes([8 | number % 8]) + path.read_bytes()[:2048])
    atheris.Setup([sys.argv[0], "-max_len=4096", "-rss_limit_mb=4096", str(seeds)], one_input)
    atheris.Fuzz()
    return campaign.report("atheris")


def fuzz_with_hypothesis(campaign: Campaign) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from strategies import any_text

    filenames = st.sampled_from([None, "article.txt", "article.md"])
    inputs = st.one_of(
        st.tuples(any_text, st.none(), filenames, st.booleans()),
        st.tuples(st.none(), st.binary(max_size=2048), filenames, st.booleans()),
    )

    @settings(max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(inputs)
    def batch(case: tuple[str | None, bytes | None, str | None, bool]) -> None:
        if not campaign.over:
            campaign.run(*case)

    while not campaign.over:
        batch()
    return campaign.report("hypothesis")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "fuzz", help="where failing inputs go")
    arguments = parser.parse_args()
    campaign = Campaign(arguments.seconds, arguments.out)
    engine = arguments.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    print(f"fuzzing for {arguments.seconds:.0f} s with {engine}", flush=True)
    return fuzz_with_atheris(campaign) if engine == "atheris" else fuzz_with_hypothesis(campaign)


if __name__ == "__main__":
    sys.exit(main())
