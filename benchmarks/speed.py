#!/usr/bin/env python3
"""How fast scrapelint is, measured against floors and peers in one interleaved run.

    python benchmarks/speed.py [--runs N] [--max-mb N] [--fix-max-mb N] [--json OUT] [--cold-only]

Machines are noisy, so every comparison is a ratio of medians measured in the same run,
with the commands interleaved (A B C A B C ...) rather than one after another:

1. cold start, whole processes, output piped as a commit hook's is:
   ``scrapelint check SEED`` (findings present), a clean text and a gold file (a clean
   article body of the development corpus), against ``python -c pass``,
   ``python -c "import regex, click"`` (the import floor) and proselint on the same file
   when proselint is installed;
2. one call over every naive text of ``../shared/corpus/dev/bs4`` (gold files excluded), against
   proselint on the same files: without the cache of reports, and again with every report
   in it (a run over files unchanged since the last one);
3. in-process throughput of ``scrapelint.lint()`` with the default rules, in MB/s, against
   ``ftfy.fix_text`` on the same text. The bs4 pages are split in two halves; each round is
   a fresh process that lints one half (its patterns compiled, the lines that recur from
   site to site met, as in a process that has checked other pages), then times lint() on
   the other half, whose own lines it has not seen, ftfy.fix_text on it, and lint() on it
   again (lines seen: the per-line caches answer). Six rounds, three each way: medians,
   and the median of the rounds' ratios. Then, in rounds of their own (one each way):
   ``scrapelint.fix()`` with the default rules (safe fixes, as ``scrapelint corpus``
   cleans a crawl: a lint, the fixes, and a lint of the fixed text for each round of
   fixes), ``lint()`` of the same half cut into documents of about 2 KB (a crawl's,
   where the fixed cost of each call counts), and ``lint()`` with the default rules of
   one category at a time, and of the four character-level categories together, for a
   crawl that can afford only some;
4. time per MB as the input grows from 1 MB to ``--max-mb`` MB (it should stay flat), and
   the peak memory of the largest input: ``scaling.py``'s corpus shape, each size in a
   fresh process (the median of five for the sizes up to 8 MB); then the same for
   ``scrapelint.fix()`` from 1 MB to ``--fix-max-mb`` MB (the median of three up to 2 MB), as
   ``scrapelint check --fix`` and ``scrapelint corpus`` clean a large file.

Commands run with bytecode caches, as an installed package has them.

Goals (issue "Fast enough for every commit and every crawl"): seed <= 1.5x the import
floor and <= 1/3 of proselint; clean text and gold file <= 1.3x the floor; the folder >= 20x
faster than proselint; lint() >= 10 MB/s and faster than ftfy.fix_text; time per MB flat
within 20%.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from functools import partial
from pathlib import Path

import scaling

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT / "seeds" / "000_e075d4da7ec08e31.txt"
CLEAN_TEXT = (
    "Call details\n\nDuring the call, the President affirmed his commitment, the White House said.\n\n"
    "  • The two leaders discussed the urgent need to renew diplomacy.\n"
    "  • Officials said on Oct. 1 that 3.5 million U.S. residents were affected.\n"
)


# As a user's shell runs them: with bytecode caches (an installed package has them). A
# PYTHONDONTWRITEBYTECODE inherited from a development shell would make every run compile
# every module from source.
USER_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def executable(name: str) -> str | None:
    return shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)


def time_commands(commands: dict[str, Sequence[str]], runs: int, cwd: Path) -> tuple[dict[str, float], dict[str, float]]:
    """Median wall time and median CPU time (user + system) of each command, run interleaved
    ``runs`` times. CPU time leaves out the time other work on a shared machine held the cores."""
    wall: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm the file cache and write the bytecode caches once
        subprocess.run(command, cwd=cwd, capture_output=True, env=USER_ENVIRONMENT)
    for _ in range(runs):
        for name, command in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, capture_output=True, env=USER_ENVIRONMENT)
            wall[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return ({name: statistics.median(values) for name, values in wall.items()},
            {name: statistics.median(values) for name, values in cpu.items()})


THROUGHPUT_ROUNDS = 6
SUBJECT_ROUNDS = 2
"""Rounds of ``fix()`` and of each category: one each way."""
DEFAULT_SUBJECT = "default"
FIX_SUBJECT = "fix"
DOCUMENTS_SUBJECT = "documents"
DOCUMENT_BYTES = 2000
"""About the size of a crawl's documents (C4's average is some 2 KB): the fixed cost each
``lint()`` call pays counts there."""


def documents_of(text: str, size: int = DOCUMENT_BYTES) -> list[str]:
    """``text`` cut at line breaks into documents of ``size`` bytes or a little more."""
    documents = []
    piece: list[str] = []
    length = 0
    for line in text.splitlines(keepends=True):
        piece.append(line)
        length += len(line.encode("utf-8"))
        if length >= size:
            documents.append("".join(piece))
            piece, length = [], 0
    if piece:
        documents.append("".join(piece))
    return documents


def throughput_round(timed_half: int, subject: str = DEFAULT_SUBJECT) -> dict[str, float]:
    """One round of part 3 in this process: lint the other half of the bs4 pages first, then
    time, on half ``timed_half``, ``lint()`` and ``ftfy.fix_text`` (``subject`` "default"),
    ``fix()`` ("fix"), ``lint()`` of that half cut into documents of about
    ``DOCUMENT_BYTES`` ("documents"), or ``lint()`` with the default rules of some
    categories (their names, comma-separated). CPU time of one core."""
    import scrapelint

    paths = scaling.corpus_paths(folders=("bs4",))
    halves = ["\n\n".join(path.read_text(encoding="utf-8") for path in paths[half::2]) for half in (0, 1)]
    text = halves[timed_half]
    select = None if subject in (DEFAULT_SUBJECT, FIX_SUBJECT, DOCUMENTS_SUBJECT) else category_codes(subject)
    # The same rules warm the process as are timed: another category's patterns and phrase
    # lists would be built in a warm-up that the timed rules do not need.
    scrapelint.lint(halves[1 - timed_half], select=select)
    size = len(text.encode("utf-8")) / 1e6
    rates: dict[str, float] = {}
    if subject == DEFAULT_SUBJECT:
        import ftfy

        functions = (("lint", scrapelint.lint), ("ftfy", ftfy.fix_text), ("lint again", scrapelint.lint))
    elif subject == FIX_SUBJECT:
        functions = (("fix", scrapelint.fix),)
    elif subject == DOCUMENTS_SUBJECT:
        documents = documents_of(text)
        rates["document count"] = len(documents)

        def lint_each(_: str) -> None:
            for document in documents:
                scrapelint.lint(document)

        functions = ((DOCUMENTS_SUBJECT, lint_each),)
    else:
        functions = ((subject, partial(scrapelint.lint, select=select)),)
    for name, function in functions:
        start = time.process_time()
        function(text)
        rates[name] = size / (time.process_time() - start)
    return rates


def category_codes(names: str) -> list[str]:
    """The codes of the default rules of the categories ``names`` (comma-separated): what
    ``--ignore`` of every other category leaves, as a user selects them."""
    from scrapelint.rules import select
    from scrapelint.rules.base import Category

    wanted = names.split(",")
    return [rule.code for rule in select(ignore=[category.value for category in Category if category.value not in wanted])]


CHARACTER_LEVEL = "encoding,markup,whitespace,typography"
"""The categories whose rules read characters and lines, not the page around them: what a
first pass over a crawl too large for the whole rule set can afford."""


def categories() -> list[str]:
    """The names of the categories that have default rules."""
    from scrapelint.rules.base import Category

    return [category.value for category in Category if category_codes(category.value)]


def throughput(subject: str = DEFAULT_SUBJECT, rounds: int = THROUGHPUT_ROUNDS) -> dict[str, float]:
    """Part 3: the medians of ``rounds`` rounds, each in a fresh process, the halves in turn."""
    measured = []
    for number in range(rounds):
        finished = subprocess.run([sys.executable, __file__, "--throughput-round", str(number % 2), "--subject", subject],
                                  capture_output=True, text=True, env=USER_ENVIRONMENT, check=False)
        if finished.returncode != 0:
            sys.exit(finished.stderr)
        measured.append(json.loads(finished.stdout))
    medians = {name: statistics.median(rates[name] for rates in measured) for name in measured[0]}
    if subject == DEFAULT_SUBJECT:
        medians["lint over ftfy"] = statistics.median(rates["lint"] / rates["ftfy"] for rates in measured)
    return medians


SMALL_SIZE_MB = 8
SMALL_SIZE_RUNS = 5


FIX_SMALL_SIZE_MB = 2
FIX_SMALL_SIZE_RUNS = 3
"""fix() takes about four times lint()'s time: fewer runs of the sizes it takes few seconds on."""


def scaled(size: int, fix: bool = False) -> dict:
    """Part 4 for one size: ``scaling.measure``'s figures. A size up to ``SMALL_SIZE_MB`` is
    timed over a second or a few, where one process's CPU time moved by 15% from run to run
    (the 1 MB figure, which every other size is compared with, most of all): there the
    figures are those of the median of ``SMALL_SIZE_RUNS`` fresh processes."""
    small, runs = (FIX_SMALL_SIZE_MB, FIX_SMALL_SIZE_RUNS) if fix else (SMALL_SIZE_MB, SMALL_SIZE_RUNS)
    if size > small:
        return scaling.measure(size, fix=fix)
    measured = sorted((scaling.measure(size, fix=fix) for _ in range(runs)), key=lambda entry: entry["cpu_seconds"])
    return measured[len(measured) // 2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per cold-start command (default 15)")
    parser.add_argument("--max-mb", type=int, default=64, help="largest input for the scaling test (default 64)")
    parser.add_argument("--fix-max-mb", type=int, default=16, help="largest input for the scaling test of fix() (default 16)")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "speed.json")
    parser.add_argument("--cold-only", action="store_true", help="measure the cold start only (part 1)")
    parser.add_argument("--throughput-round", type=int, choices=(0, 1), help=argparse.SUPPRESS)
    parser.add_argument("--subject", default=DEFAULT_SUBJECT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.throughput_round is not None:
        print(json.dumps(throughput_round(args.throughput_round, args.subject)))
        return 0

    scrapelint = executable("scrapelint")
    if scrapelint is None:
        print("error: the scrapelint command is not installed (pip install -e .)", file=sys.stderr)
        return 2
    proselint = executable("proselint")
    results: dict[str, object] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }

    with tempfile.TemporaryDirectory(prefix="scrapelint-speed-") as temporary:
        work = Path(temporary)
        seed = work / SEED.name
        seed.write_bytes(SEED.read_bytes())
        clean = work / "clean.txt"
        clean.write_text(CLEAN_TEXT, encoding="utf-8")
        gold_source = min(scaling.CORPUS.glob("bs4/*.gold.txt"), default=None)
        gold = work / gold_source.name if gold_source else None
        if gold_source:
            shutil.copyfile(gold_source, gold)
        folder = work / "bs4"
        folder.mkdir()
        for path in scaling.corpus_paths(folders=("bs4",)):
            shutil.copyfile(path, folder / path.name)
        files = sorted(str(p) for p in folder.glob("*.txt"))

        cold = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "import regex, click": [sys.executable, "-c", "import regex, click"],
            "scrapelint seed": [scrapelint, "check", str(seed)],
            "scrapelint clean file": [scrapelint, "check", str(clean)],
        }
        if gold:
            cold["scrapelint gold file"] = [scrapelint, "check", str(gold)]
        if proselint:
            cold["proselint seed"] = [proselint, "check", str(seed)] if _proselint_has_check(proselint) else [proselint, str(seed)]
        print(f"cold start ({args.runs} interleaved runs, medians) ...", file=sys.stderr)
        cold_times, cold_cpu = time_commands(cold, args.runs, work)
        results["cold_start_s"] = cold_times
        results["cold_start_cpu_s"] = cold_cpu
        if args.cold_only:
            return _report(results, _cold_rows(cold_times, cold_cpu, bool(proselint)), bool(proselint), args.json)

        # Without the cache: every run checks every file. The cached row times a run that
        # finds every report there (all runs but the first, which fills it).
        folder_commands = {
            "scrapelint folder": [scrapelint, "check", "--quiet", "--no-cache", *files],
            "scrapelint folder, cached": [scrapelint, "check", "--quiet", "--cache-dir", str(work / "cache"), *files],
        }
        if proselint:
            folder_commands["proselint folder"] = cold["proselint seed"][:-1] + files
        print("folder in one call ...", file=sys.stderr)
        folder_times, folder_cpu = time_commands(folder_commands, max(3, args.runs // 5), work)
        folder_mb = sum(Path(f).stat().st_size for f in files) / 1e6

        print(f"in-process throughput ({THROUGHPUT_ROUNDS} processes) ...", file=sys.stderr)
        rates = throughput()
        print(f"fix() and each category ({SUBJECT_ROUNDS} processes each) ...", file=sys.stderr)
        fix_rate = throughput(FIX_SUBJECT, SUBJECT_ROUNDS)[FIX_SUBJECT]
        by_document = throughput(DOCUMENTS_SUBJECT, SUBJECT_ROUNDS)
        by_category = {category: throughput(category, SUBJECT_ROUNDS)[category] for category in (*categories(), CHARACTER_LEVEL)}

        sizes = scaling.doubling_sizes(args.max_mb)
        print(f"scaling {sizes} MB ...", file=sys.stderr)
        scale = [scaled(size) for size in sizes]
        fix_sizes = scaling.doubling_sizes(args.fix_max_mb)
        print(f"scaling of fix() {fix_sizes} MB ...", file=sys.stderr)
        fix_scale = [scaled(size, fix=True) for size in fix_sizes]

    results["folder_s"] = folder_times
    results["folder_cpu_s"] = folder_cpu
    results["folder_mb"] = folder_mb
    results["lint_mb_per_s"] = rates["lint"]
    results["lint_again_mb_per_s"] = rates["lint again"]
    results["ftfy_mb_per_s"] = rates["ftfy"]
    results["lint_over_ftfy"] = rates["lint over ftfy"]
    results["fix_mb_per_s"] = fix_rate
    results["lint_documents_mb_per_s"] = by_document[DOCUMENTS_SUBJECT]
    results["lint_documents"] = by_document["document count"]
    results["lint_by_category_mb_per_s"] = by_category
    results["scaling"] = scale
    results["fix_scaling"] = fix_scale

    rows = _cold_rows(cold_times, cold_cpu, bool(proselint))

    def row(what: str, value: str, ratio: str = "", cpu_ratio: str = "", goal: str = "") -> None:
        rows.append((what, value, ratio, cpu_ratio, goal))

    scrape_folder = folder_times["scrapelint folder"]
    row(f"scrapelint, {len(files)} bs4 files ({folder_mb:.1f} MB), one call", f"{scrape_folder:.2f} s",
        f"{folder_mb / scrape_folder:.2f} MB/s", f"{folder_mb / folder_cpu['scrapelint folder']:.2f} MB/s")
    if proselint:
        prose_folder = folder_times["proselint folder"]
        row("proselint, same files, one call", f"{prose_folder:.2f} s",
            f"scrapelint {prose_folder / scrape_folder:.1f}x faster",
            f"scrapelint {folder_cpu['proselint folder'] / folder_cpu['scrapelint folder']:.1f}x faster", ">= 20x")
    cached = folder_times["scrapelint folder, cached"]
    row("scrapelint, same files, unchanged since the last run (cache)", f"{cached:.2f} s",
        f"{scrape_folder / cached:.1f}x faster than without",
        f"{folder_cpu['scrapelint folder'] / folder_cpu['scrapelint folder, cached']:.1f}x faster than without")
    row("lint() in process, default rules, lines not seen before (CPU time)", f"{rates['lint']:.2f} MB/s", "",
        f"{rates['lint over ftfy']:.2f}x ftfy.fix_text", ">= 10 MB/s, > 1x ftfy")
    row("ftfy.fix_text, same text (CPU time)", f"{rates['ftfy']:.2f} MB/s")
    row("lint() on the same text again (CPU time)", f"{rates['lint again']:.2f} MB/s", "",
        f"{rates['lint again'] / rates['lint']:.2f}x the first time")
    row("fix() in process, default rules, safe fixes, lines not seen before (CPU time)", f"{fix_rate:.2f} MB/s", "",
        f"{fix_rate / rates['lint']:.2f}x lint()")
    documents_rate = by_document[DOCUMENTS_SUBJECT]
    row(f"lint() of the same text as {by_document['document count']:.0f} documents of about {DOCUMENT_BYTES // 1000} KB (CPU time)",
        f"{documents_rate:.2f} MB/s", "", f"{documents_rate / rates['lint']:.2f}x one lint() of the text")
    for category, rate in by_category.items():
        row(f"lint(), the {len(category_codes(category))} default {category.replace(',', ', ')} rules only (CPU time)", f"{rate:.2f} MB/s", "",
            f"{rate / rates['lint']:.1f}x all default rules")

    def scaling_rows(call: str, entries: list[dict], goal: str) -> None:
        base = entries[0]["cpu_seconds"] / entries[0]["mb"]
        for entry in entries:
            per_mb = entry["cpu_seconds"] / entry["mb"]
            system = entry["system_seconds"] / entry["mb"]
            row(f"{call} on {entry['mb']} MB (CPU time; of it the kernel's)", f"{per_mb * 1000:.0f} ms/MB ({system * 1000:.0f})",
                "", f"{per_mb / base:.2f}x the 1 MB cost", goal)
        largest = entries[-1]
        row(f"peak RSS of {call}, {largest['mb']} MB input", f"{largest['peak_mb']:.0f} MB", f"{largest['peak_mb'] / largest['mb']:.1f}x input")

    scaling_rows("lint()", scale, "flat within 20%")
    scaling_rows("fix()", fix_scale, "flat, as lint()")

    return _report(results, rows, bool(proselint), args.json)


Row = tuple[str, str, str, str, str]


def _cold_rows(cold_times: dict[str, float], cold_cpu: dict[str, float], proselint: bool) -> list[Row]:
    rows: list[Row] = []

    def row(what: str, value: str, ratio: str = "", cpu_ratio: str = "", goal: str = "") -> None:
        rows.append((what, value, ratio, cpu_ratio, goal))

    def ratios(name: str, against: str) -> tuple[str, str]:
        return (f"{cold_times[name] / cold_times[against]:.2f}x", f"{cold_cpu[name] / cold_cpu[against]:.2f}x")

    floor = "import regex, click"
    row("python -c pass", f"{cold_times['python -c pass'] * 1000:.0f} ms", *ratios("python -c pass", floor))
    row("python -c 'import regex, click' (floor)", f"{cold_times[floor] * 1000:.0f} ms", "1.00x", "1.00x")
    row("scrapelint check SEED (piped)", f"{cold_times['scrapelint seed'] * 1000:.0f} ms",
        *ratios("scrapelint seed", floor), "<= 1.5x floor")
    row("scrapelint check CLEAN (piped)", f"{cold_times['scrapelint clean file'] * 1000:.0f} ms",
        *ratios("scrapelint clean file", floor), "<= 1.3x floor")
    if "scrapelint gold file" in cold_times:
        row("scrapelint check GOLD (piped)", f"{cold_times['scrapelint gold file'] * 1000:.0f} ms",
            *ratios("scrapelint gold file", floor), "<= 1.3x floor")
    if proselint:
        row("proselint on SEED", f"{cold_times['proselint seed'] * 1000:.0f} ms", *ratios("proselint seed", floor))
        row("scrapelint / proselint on SEED", "", *ratios("scrapelint seed", "proselint seed"), "<= 0.33x")
    return rows


def _report(results: dict[str, object], rows: list[Row], proselint: bool, json_path: Path) -> int:
    print(f"\n{results['date']} · {results['machine']}\n")
    print("| measure | value | ratio (wall time) | ratio (CPU time) | goal |")
    print("| --- | --- | --- | --- | --- |")
    for line in rows:
        print("| " + " | ".join(line) + " |")
    if not proselint:
        print("\nproselint is not installed: pip install proselint to add its columns.")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {json_path}")
    return 0


def _proselint_has_check(proselint: str) -> bool:
    """proselint 0.14 takes files directly; later versions have a ``check`` subcommand."""
    help_text = subprocess.run([proselint, "--help"], capture_output=True, text=True).stdout
    return " check" in help_text


if __name__ == "__main__":
    sys.exit(main())
