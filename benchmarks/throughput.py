#!/usr/bin/env python3
"""Corpus throughput: ``scrapelint corpus`` on 1 job and on all cores, against peers.

    python benchmarks/throughput.py [--size-mb 200] [--corpus DIR] [--jobs N] [--select RULES]

Builds a JSON Lines file of at least ``--size-mb`` MB from every text of the
development corpus (all folders, repeated), in a temporary directory, then measures in
the same run, on the same texts:

1. ``scrapelint corpus IN -o OUT`` as a user runs it (whole process: start-up, JSON
   decoding and encoding, writing), with ``--jobs 1`` and with all cores;
2. ``ftfy.fix_text`` on each text, one core, in process;
3. datatrove's C4 line filter (``C4QualityFilter`` with the sentence-count rule off, which
   needs a tokenizer download) on each text, one core, in process.

Throughput is documents/s and MB/s of text (UTF-8); the ratio columns compare each row
with scrapelint on one job, in wall time and in CPU time (user + system, of the command
and its worker processes; of this process for the peers). On a machine shared with other
work, wall time also counts the time others held the cores, so the CPU-time ratio is the
one to compare tools by; the wall time of the all-cores run is what parallelism buys.
The peers are measured as bare functions on texts already in memory, so the comparison
leans in their favour.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def corpus_texts(folder: Path) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*/*.txt"))]
    if not texts:
        sys.exit(f"no texts under {folder}/*/")
    return texts


def build_jsonl(texts: Sequence[str], path: Path, size_mb: float) -> tuple[int, int]:
    """Write records cycling through ``texts`` until the file holds ``size_mb`` MB.

    Returns (records, bytes of text)."""
    limit = size_mb * 1e6
    written = records = text_bytes = 0
    with open(path, "w", encoding="utf-8") as stream:
        while written < limit:
            text = texts[records % len(texts)]
            line = json.dumps({"id": records, "text": text}, ensure_ascii=False) + "\n"
            stream.write(line)
            written += len(line.encode("utf-8"))
            text_bytes += len(text.encode("utf-8"))
            records += 1
    return records, text_bytes


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(source: Path, jobs: int, select: str | None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers) of one run."""
    command = [sys.executable, "-m", "scrapelint", "corpus", str(source), "-o", str(source.with_suffix(".out.jsonl")),
               "--jobs", str(jobs), "--quiet"]
    if select:
        command += ["--select", select]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 1):
        sys.exit(f"scrapelint corpus failed ({result.returncode}):\n{result.stderr}")
    return elapsed, _children_cpu() - cpu_before


def time_function(function: Callable[[str], object], texts: Sequence[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``function`` over ``texts``."""
    started, cpu_started = time.perf_counter(), time.process_time()
    for text in texts:
        function(text)
    return time.perf_counter() - started, time.process_time() - cpu_started


def c4_line_filter() -> Callable[[str], object]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    step = C4QualityFilter(min_num_sentences=-1)
    return lambda text: step.filter(Document(text=text, id=""))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=200, help="size of the JSON Lines input (default 200)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of folders of .txt files")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="'all cores' (default: every core)")
    parser.add_argument("--select", help="rules for scrapelint (default: its default selection)")
    args = parser.parse_args(argv)

    texts = corpus_texts(args.corpus)
    with tempfile.TemporaryDirectory(prefix="scrapelint-throughput-") as folder:
        source = Path(folder) / "corpus.jsonl"
        records, text_bytes = build_jsonl(texts, source, args.size_mb)
        print(f"input: {records:,} documents, {source.stat().st_size / 1e6:,.0f} MB of JSON Lines, "
              f"{text_bytes / 1e6:,.0f} MB of text, from {len(texts)} texts of {args.corpus}")
        print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()}")

        print()
        print(f"{'tool':<36} {'jobs':>4} {'seconds':>8} {'docs/s':>9} {'MB/s':>7} {'CPU s':>8} {'CPU MB/s':>9} "
              f"{'vs scrapelint 1 job: wall':>26} {'CPU':>6}")
        baseline: list[tuple[float, float]] = []

        def report(name: str, jobs: int, times: tuple[float, float]) -> None:
            """One row, printed as soon as it is measured (a long run still shows its first figures)."""
            seconds, cpu = times
            baseline.append(times)
            print(f"{name:<36} {jobs:>4} {seconds:>8.1f} {records / seconds:>9,.0f} {text_bytes / 1e6 / seconds:>7.2f} "
                  f"{cpu:>8.1f} {text_bytes / 1e6 / cpu:>9.2f} {baseline[0][0] / seconds:>25.2f}x "
                  f"{baseline[0][1] / cpu:>5.2f}x", flush=True)

        report("scrapelint corpus", 1, run_cli(source, 1, args.select))
        if args.jobs > 1:
            report("scrapelint corpus", args.jobs, run_cli(source, args.jobs, args.select))
        used = [texts[n % len(texts)] for n in range(records)]
        try:
            import ftfy

            report(f"ftfy.fix_text {ftfy.__version__}", 1, time_function(ftfy.fix_text, used))
        except ImportError:
            print("ftfy is not installed: skipped")
        try:
            from importlib.metadata import version

            report(f"datatrove {version('datatrove')} C4 line filter", 1, time_function(c4_line_filter(), used))
        except ImportError:
            print("datatrove is not installed (pip install 'scrapelint[datatrove]'): skipped")


if __name__ == "__main__":
    main()
