#!/usr/bin/env python3
"""Time per MB of ``scrapelint.lint()`` as one input grows from 1 MB to 64 MB.

    python benchmarks/scaling.py [--max-mb 64] [--shape corpus|single-line|short-lines]
                                 [--select RULES] [--fix] [--per-rule]

Each size runs in a fresh process, so the peak memory (maximum resident set size) is that
size's own; before the clock starts, the process lints the corpus's last half megabyte, so
that no size pays the one-time compilation of the patterns. Shapes:

- ``corpus``: the naive texts and extractor outputs of the dev corpus
  (``../shared/corpus/dev``), joined and repeated up to the size. The files are taken in
  turn from each folder (a page's naive text, then the next folder's page), so that 1 MB
  holds the same mix of page chrome and extracted prose as 64 MB: in folder order, the
  first megabyte was the extractor's prose alone, cheaper to lint than the naive text
  that larger sizes add. The repeats are real duplicates, which the duplication rules
  report: that too must scale.
- ``single-line``: the same text with every line break replaced by a space.
- ``short-lines``: numbered lines of four words, a million of them in 17 MB.

The time per MB should stay flat as the input grows ("of it sys" is the kernel's part of
the CPU time, mostly the page faults of fresh memory); the spread line at the end gives the
largest CPU time per MB over the smallest (the process's CPU time: on a machine shared
with other work, wall time also counts the time others held the cores). ``--per-rule`` adds, at the largest size, the
rules that take the most time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "corpus" / "dev"
MB = 1_000_000


FOLDERS = ("bs4", "html2text", "inscriptis", "anchor-trafilatura")


def corpus_paths(corpus: Path = CORPUS, folders: tuple[str, ...] = FOLDERS) -> list[Path]:
    """The texts of ``folders`` in the corpus, gold bodies excluded."""
    paths = sorted(p for folder in folders for p in (corpus / folder).glob("*.txt") if not p.name.endswith(".gold.txt"))
    if not paths:
        sys.exit(f"no corpus texts under {corpus}")
    return paths


def corpus_text(corpus: Path = CORPUS, folders: tuple[str, ...] = FOLDERS) -> str:
    return "\n\n".join(path.read_text(encoding="utf-8") for path in corpus_paths(corpus, folders))


def mixed_corpus_text(corpus: Path = CORPUS, folders: tuple[str, ...] = FOLDERS) -> str:
    """The texts of ``folders``, one from each folder in turn: every prefix holds all the kinds."""
    by_folder = [corpus_paths(corpus, (folder,)) for folder in folders]
    in_turn = (path for paths in itertools.zip_longest(*by_folder) for path in paths if path is not None)
    return "\n\n".join(path.read_text(encoding="utf-8") for path in in_turn)


def build(shape: str, size: int) -> str:
    if shape == "short-lines":
        lines = []
        total = 0
        number = 0
        while total < size:
            line = f"Line {number} of the list.\n"
            lines.append(line)
            total += len(line)
            number += 1
        return "".join(lines)[:size]
    unit = mixed_corpus_text()
    if shape == "single-line":
        unit = " ".join(unit.split("\n"))
    return (unit * (size // len(unit) + 1))[:size]


WARM_UP_BYTES = MB // 2


def warm_up_text() -> str:
    """Text to lint before the clock starts, so that each size is timed with the patterns
    compiled: compiling those the corpus's kinds of text need takes about 0.2 s once in a
    process, a weight on the time per MB of 1 MB that 64 MB spreads 64 times thinner. The
    last half megabyte of the corpus text: pages that the inputs up to 3.5 MB do not hold,
    so that no size finds its own lines' keys already cached."""
    return mixed_corpus_text()[-WARM_UP_BYTES:]


def child(shape: str, megabytes: int, select: list[str] | None, fix: bool, per_rule: bool) -> None:
    """Measure one size in this process and print one JSON line."""
    import scrapelint

    text = build(shape, megabytes * MB)
    scrapelint.lint(warm_up_text(), select=select)
    usage_start = resource.getrusage(resource.RUSAGE_SELF)
    start, cpu_start = time.perf_counter(), time.process_time()
    if fix:
        found = len(scrapelint.fix(text, select=select).fixed)
    else:
        found = len(scrapelint.lint(text, select=select))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_kb = usage.ru_maxrss
    # The CPU time split: the rules' own work is user time; the kernel's (system time) is
    # mostly the page faults of the memory the text's views take.
    system_seconds = usage.ru_stime - usage_start.ru_stime
    rules = {}
    if per_rule:
        from scrapelint.document import Document, cached_view
        from scrapelint.linter import lint_document
        from scrapelint.settings import Settings

        # The views are shared by all rules, not any one rule's cost: built once, and
        # handed to each rule's fresh document.
        views = [name for name, value in vars(Document).items() if isinstance(value, cached_view)]
        prepared = Document(text)
        built = {name: getattr(prepared, name) for name in views}
        for rule, _ in Settings(select=select).resolve().rules:
            document = Document(text)
            document.__dict__.update(built)
            single = Settings(select=[rule.code]).resolve()
            begin = time.process_time()
            lint_document(document, single)
            rules[f"{rule.code} {rule.name}"] = time.process_time() - begin
    print(json.dumps({"mb": megabytes, "seconds": seconds, "cpu_seconds": cpu_seconds, "system_seconds": system_seconds,
                      "found": found, "peak_mb": peak_kb / 1000, "rules": rules}))


def doubling_sizes(largest: int) -> list[int]:
    """1, 2, 4 ... up to ``largest`` MB."""
    sizes = [1]
    while sizes[-1] * 2 <= largest:
        sizes.append(sizes[-1] * 2)
    return sizes


def measure(size: int, shape: str = "corpus", select: str | None = None, fix: bool = False,
            per_rule: bool = False) -> dict:
    """Run one size in a fresh process (its peak memory is then its own) and return its figures."""
    command = [sys.executable, __file__, "--child", str(size), "--shape", shape]
    if select:
        command += ["--select", select]
    if fix:
        command.append("--fix")
    if per_rule:
        command.append("--per-rule")
    finished = subprocess.run(command, capture_output=True, text=True)
    if finished.returncode != 0:
        sys.exit(finished.stderr)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=int, default=64)
    parser.add_argument("--shape", choices=("corpus", "single-line", "short-lines"), default="corpus")
    parser.add_argument("--select", help="rules, as for `scrapelint check --select` (default: the default rules)")
    parser.add_argument("--fix", action="store_true", help="time scrapelint.fix() instead of lint()")
    parser.add_argument("--per-rule", action="store_true", help="at the largest size, time each rule on its own")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    select = arguments.select.split(",") if arguments.select else None
    if arguments.child is not None:
        child(arguments.shape, arguments.child, select, arguments.fix, arguments.per_rule)
        return 0

    sizes = doubling_sizes(arguments.max_mb)
    print(f"scrapelint.{'fix' if arguments.fix else 'lint'}() on {arguments.shape} text, "
          f"rules: {arguments.select or 'default'}")
    print(f"{'MB':>4} {'seconds':>9} {'s/MB':>7} {'CPU s/MB':>8} {'of it sys':>9} {'MB/s':>7} {'peak MB':>8} {'peak/input':>10} {'found':>9}")
    per_mb = []
    last = {}
    for size in sizes:
        last = measure(size, arguments.shape, arguments.select, arguments.fix,
                       arguments.per_rule and size == sizes[-1])
        seconds = last["seconds"]
        per_mb.append(last["cpu_seconds"] / size)
        print(f"{size:>4} {seconds:>9.2f} {seconds / size:>7.3f} {last['cpu_seconds'] / size:>8.3f} "
              f"{last['system_seconds'] / size:>9.3f} {size / seconds:>7.2f} "
              f"{last['peak_mb']:>8.0f} {last['peak_mb'] / size:>10.1f} {last['found']:>9}", flush=True)
    print(f"spread of CPU s/MB (largest / smallest): {max(per_mb) / min(per_mb):.2f}")
    print("(of it sys: the kernel's share of the CPU time, mostly page faults of fresh memory)")
    if last.get("rules"):
        print(f"\nslowest rules at {sizes[-1]} MB (CPU time, each on its own, document views built beforehand):")
        for name, seconds in sorted(last["rules"].items(), key=lambda item: -item[1])[:10]:
            print(f"  {seconds:8.2f} s  {seconds / sizes[-1]:6.3f} s/MB  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
