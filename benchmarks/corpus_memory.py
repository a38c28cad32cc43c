#!/usr/bin/env python3
"""Peak memory of ``scrapelint corpus``: it must stay flat however large the input.

    python benchmarks/corpus_memory.py [--sizes-mb 100,1000] [--jobs N] [--select RULES] [--gzip]

For each size, builds a JSON Lines file from the development corpus (as
``throughput.py`` does), runs ``scrapelint corpus`` on it, and samples the resident
memory of the whole process tree (the command, its worker processes and their helper)
ten times a second. Prints, per size: the peak of the tree's total, the peak of its
largest process, the wall time and the throughput. Linux only (reads ``/proc``).

The memory a run needs depends on batches in flight, not on the rules, so ``--select``
with a few cheap rules gives the same figures in less time on large sizes.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from throughput import DEFAULT_CORPUS, build_jsonl, corpus_texts


def process_tree_rss(root: int) -> tuple[int, int]:
    """(sum, largest) resident set size in bytes of ``root`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stream:
                parent = int(stream.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    total = largest = 0
    pending = [root]
    while pending:
        pid = pending.pop()
        rss = _rss(pid)
        total += rss
        largest = max(largest, rss)
        pending.extend(children.get(pid, ()))
    return total, largest


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as stream:
            for line in stream:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def measure(source: Path, jobs: int, select: str | None) -> tuple[float, int, int]:
    """(seconds, peak total RSS, peak largest-process RSS) of one run."""
    command = [sys.executable, "-m", "scrapelint", "corpus", str(source), "-o", str(source.parent / "out.jsonl"),
               "--jobs", str(jobs), "--quiet"]
    if select:
        command += ["--select", select]
    peaks = [0, 0]
    started = time.perf_counter()
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)

    def sample() -> None:
        while process.poll() is None:
            total, largest = process_tree_rss(process.pid)
            peaks[0], peaks[1] = max(peaks[0], total), max(peaks[1], largest)
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    elapsed = time.perf_counter() - started
    sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"scrapelint corpus failed ({process.returncode}):\n{stderr}")
    return elapsed, peaks[0], peaks[1]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes-mb", default="100,1000", help="input sizes, comma-separated (default 100,1000)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--select", help="rules for scrapelint (default: its default selection)")
    parser.add_argument("--gzip", action="store_true", help="compress the input (and read it compressed)")
    args = parser.parse_args(argv)

    texts = corpus_texts(args.corpus)
    print(f"{'input MB':>9} {'documents':>10} {'seconds':>8} {'MB/s':>6} {'peak RSS, all processes':>24} "
          f"{'peak RSS, largest':>18}")
    for size in (float(part) for part in args.sizes_mb.split(",")):
        with tempfile.TemporaryDirectory(prefix="scrapelint-memory-") as folder:
            source = Path(folder) / "corpus.jsonl"
            records, _ = build_jsonl(texts, source, size)
            megabytes = source.stat().st_size / 1e6
            if args.gzip:
                with open(source, "rb") as plain, gzip.open(source.with_suffix(".jsonl.gz"), "wb", compresslevel=1) as packed:
                    shutil.copyfileobj(plain, packed)
                source.unlink()
                source = source.with_suffix(".jsonl.gz")
            seconds, total, largest = measure(source, args.jobs, args.select)
            print(f"{megabytes:>9,.0f} {records:>10,} {seconds:>8.1f} {megabytes / seconds:>6.1f} "
                  f"{total / 2**20:>21,.0f} MiB {largest / 2**20:>15,.0f} MiB", flush=True)


if __name__ == "__main__":
    main()
