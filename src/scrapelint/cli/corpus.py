"""``scrapelint corpus``: clean JSON Lines and Parquet datasets on all cores."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from scrapelint.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_VIOLATIONS, main, print_error
from scrapelint.cli.check import _selectors

PROBLEMS_PRINTED = 20


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option(
    "-o", "--output", required=True, metavar="OUT",
    help="Where to write: .jsonl, .jsonl.gz, .jsonl.zst or .parquet ('-' for standard output).",
)
@click.option("--text-field", default="text", show_default=True, metavar="FIELD", help="The field that holds the text.")
@click.option("--id-field", metavar="FIELD", help="The field that names each record in messages (then required).")
@click.option(
    "--annotate", "annotate_field", metavar="FIELD",
    help="Add the diagnostics to each record under FIELD: code, name, start and end offsets into the original text, fixed.",
)
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Write counts per rule and the problems as JSON.")
@click.option(
    "--drop-if", multiple=True, metavar="CONDITION",
    help="Drop documents for which CONDITION holds: removed:SHARE (e.g. removed:30%), remaining:COUNT, "
    "found:RULES or empty. Repeatable; any one drops.",
)
@click.option("--select", multiple=True, metavar="RULES", help="Rules to apply: codes, prefixes, names, categories or ALL.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Rules to apply in addition to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to apply.")
@click.option(
    "--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), metavar="PATH",
    help="Use this configuration file instead of the one found from the working directory.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that could remove article text.")
@click.option("--no-fix", is_flag=True, help="Keep every text as it is (with --annotate: spans instead of edits).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help="Worker processes (default: all cores).")
@click.option("--strict", is_flag=True, help="Stop at the first malformed record (or one that could not be fixed).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only: no progress and no summary.")
def corpus(
    inputs: tuple[str, ...],
    output: str,
    text_field: str,
    id_field: str | None,
    annotate_field: str | None,
    report: Path | None,
    drop_if: tuple[str, ...],
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: Path | None,
    isolated: bool,
    unsafe_fixes: bool,
    no_fix: bool,
    jobs: int | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Clean every record of JSON Lines or Parquet files into OUT.

    Inputs may be plain, gzip or zstd JSON Lines ('-' reads standard input) or .parquet
    files; they are read in turn and written in order. Each text gets the same fixes as
    'check --fix' would give it. OUT appears only once everything was processed: an
    interrupted or failed run leaves no partial file. Rules and their options come from
    the configuration file found from the working directory, as for 'check'.

    \b
    Records that are not JSON objects, lack the text field, or whose text is not a string
    are skipped and reported as IN:LINE (the row, for Parquet). Exit codes:
      0  every record was cleaned (or dropped as asked)
      1  OUT was written, but some records were skipped or left unchanged
      2  nothing was written: bad usage, unreadable input, unwritable output, --strict
      130  interrupted: nothing was written

    \b
    Examples:
      scrapelint corpus crawl.jsonl.zst -o clean.jsonl.zst
      scrapelint corpus part-*.jsonl.gz -o clean.parquet --report report.json
      scrapelint corpus pages.jsonl -o clean.jsonl --drop-if removed:30% --annotate scrapelint
      scrapelint corpus pages.jsonl -o spans.jsonl --no-fix --annotate spans
    """
    from scrapelint import corpus as engine
    from scrapelint.config import ConfigError, Resolver
    from scrapelint.processes import default_jobs
    from scrapelint.rules import SelectionError

    if config_file is not None and isolated:
        print_error("--config and --isolated cannot be used together")
        sys.exit(EXIT_ERROR)
    selection = {"select": _selectors(select) or None, "extend_select": _selectors(extend_select),
                 "ignore": _selectors(ignore)}
    try:
        ruleset = Resolver(config_file=config_file, isolated=isolated, **selection).for_directory(".").ruleset
        conditions = tuple(engine.DropCondition.parse(condition) for condition in drop_if)
    except (ConfigError, SelectionError, ValueError) as error:  # ValueError: SettingsError, --drop-if
        print_error(str(error))
        sys.exit(EXIT_ERROR)
    cleaner = engine.Cleaner(ruleset, fix=not no_fix, unsafe=unsafe_fixes, drop_if=conditions)
    if inputs.count("-") > 1:
        print_error("standard input ('-') can be read only once")
        sys.exit(EXIT_ERROR)
    record_format = engine.RecordFormat(text_field, id_field, annotate_field)
    jobs = jobs or default_jobs()

    _stop_cleanly_on_sigterm()
    display = None if quiet or not sys.stderr.isatty() else _ProgressDisplay(inputs)
    started = time.perf_counter()
    try:
        if display is not None:
            display.start()
        tally = engine.clean_corpus(
            inputs,
            output,
            cleaner,
            record_format,
            jobs=jobs,
            strict=strict,
            on_batch=display.advance if display is not None else None,
        )
    except engine.CorpusError as error:
        _stop(display)
        print_error(f"{error}; nothing written")
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _stop(display)
        print_error("interrupted; nothing written")
        sys.exit(EXIT_INTERRUPTED)
    _stop(display)
    elapsed = time.perf_counter() - started

    problems = tally.malformed + tally.unchanged
    for problem in tally.problems[:PROBLEMS_PRINTED]:
        print_error(str(problem))
    if problems > PROBLEMS_PRINTED:
        more = problems - PROBLEMS_PRINTED
        print_error(f"... and {more} more record{'s' if more != 1 else ''}{' (see the report)' if report else ''}")
    if report is not None:
        try:
            _write_report(report, tally, inputs, output, jobs, elapsed)
        except OSError as error:
            print_error(f"{report}: cannot write the report: {error.strerror or error}")
            sys.exit(EXIT_ERROR)
    if not quiet:
        click.echo(_summary(tally, elapsed), err=True)
    sys.exit(EXIT_VIOLATIONS if problems else EXIT_CLEAN)


def _stop_cleanly_on_sigterm() -> None:
    """Let SIGTERM unwind like Ctrl-C does, so the unfinished output is removed."""
    import signal

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)


def _stop(display: _ProgressDisplay | None) -> None:
    if display is not None:
        display.stop()


def _summary(tally: Any, elapsed: float) -> str:
    seconds = max(elapsed, 1e-9)
    parts = [f"{tally.changed:,} changed"]
    dropped = sum(tally.dropped.values())
    if dropped:
        parts.append(f"{dropped:,} dropped")
    if tally.malformed:
        parts.append(f"{tally.malformed:,} malformed (skipped)")
    if tally.unchanged:
        parts.append(f"{tally.unchanged:,} left unchanged on error")
    return (
        f"Cleaned {tally.documents:,} document{'s' if tally.documents != 1 else ''} in {elapsed:.1f}s "
        f"({tally.documents / seconds:,.0f} docs/s, {_megabytes_per_second(tally.bytes_in, seconds)} MB/s): {', '.join(parts)}."
    )


def _megabytes_per_second(size: int, seconds: float) -> str:
    """A rate with two significant digits below 10 MB/s, so that a slow run does not read 0.0."""
    rate = size / seconds / 1e6
    return f"{rate:.1f}" if rate >= 10 else f"{rate:.2g}"


def _write_report(
    path: Path, tally: Any, inputs: Sequence[str], output: str, jobs: int, elapsed: float
) -> None:
    import json

    payload = {"inputs": list(inputs), "output": output, "jobs": jobs, "seconds": round(elapsed, 3), **tally.as_report()}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


class _ProgressDisplay:
    """A progress bar on standard error, for a terminal only: documents/s and MB/s."""

    def __init__(self, inputs: Sequence[str]) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn

        from scrapelint.corpus import input_size

        sizes = [input_size(path) for path in inputs]
        self._offsets = [sum(size or 0 for size in sizes[:index]) for index in range(len(sizes))]
        total = None if any(size is None for size in sizes) else sum(sizes)  # type: ignore[misc]
        self._progress = Progress(
            TextColumn("[bold]Cleaning"),
            BarColumn(),
            TaskProgressColumn(),
            TextColumn("{task.fields[rates]}"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
        )
        self._task = self._progress.add_task("corpus", total=total, rates="")
        self._documents = 0
        self._bytes = 0
        self._started = time.perf_counter()

    def start(self) -> None:
        self._started = time.perf_counter()
        self._progress.start()

    def stop(self) -> None:
        self._progress.stop()

    def advance(self, batch: Any, tally: Any) -> None:
        self._documents += tally.records
        self._bytes += tally.bytes_in
        seconds = max(time.perf_counter() - self._started, 1e-9)
        rates = (
            f"{self._documents:,} docs  {self._documents / seconds:,.0f} docs/s  "
            f"{_megabytes_per_second(self._bytes, seconds)} MB/s"
        )
        self._progress.update(self._task, completed=self._offsets[batch.input_index] + batch.consumed, rates=rates)
