"""``scrapelint check``: lint and fix files, directories and standard input."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from scrapelint.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_VIOLATIONS, main, print_error
from scrapelint.reporters import FORMATS


def _selectors(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _wants_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _write(text: str, color: bool) -> None:
    if not text:
        return
    if color:
        from rich.console import Console

        Console(highlight=False, soft_wrap=True).print(text, end="")
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files back.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes that could remove article text.")
@click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of the fixes (exit 1 if any).")
@click.option("--select", multiple=True, metavar="RULES", help="Rules to check: codes, prefixes, names, categories or ALL.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Rules to check in addition to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to check.")
@click.option(
    "--output-format",
    type=click.Choice(list(FORMATS)),
    default="full",
    show_default=True,
    help="How to print diagnostics.",
)
@click.option("--statistics", is_flag=True, help="Print the number of diagnostics per rule instead of each one.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when diagnostics remain.")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only; no summary.")
@click.option("--stdin-filename", metavar="NAME", help="The name to report for text read from '-'.")
@click.option("--encoding", metavar="CODEC", help="Decode files with this codec instead of UTF-8 (a BOM still wins).")
def check(
    paths: tuple[Path, ...],
    fix: bool,
    unsafe_fixes: bool,
    diff: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    statistics: bool,
    exit_zero: bool,
    quiet: bool,
    stdin_filename: str | None,
    encoding: str | None,
) -> None:
    """Check files and directories (default: the current directory).

    Directories are searched for .txt, .md, .markdown and .text files; '-' reads
    standard input.

    \b
    Examples:
      scrapelint check seeds/
      scrapelint check --fix --unsafe-fixes articles/
      scrapelint check --select D,T --output-format json article.txt
      cat article.txt | scrapelint check --fix - > clean.txt
    """
    from scrapelint.checker import FileResult, Mode, check_file, check_text
    from scrapelint.files import Unreadable, discover
    from scrapelint.rules import SelectionError
    from scrapelint.settings import Settings

    settings = Settings(
        select=_selectors(select) or None,
        extend_select=_selectors(extend_select),
        ignore=_selectors(ignore),
    )
    try:
        ruleset = settings.resolve()
    except SelectionError as error:
        print_error(str(error))
        sys.exit(EXIT_ERROR)

    mode = Mode.DIFF if diff else Mode.FIX if fix or unsafe_fixes else Mode.CHECK
    results: list[FileResult] = []
    stdin_fixed: str | None = None
    for target in discover(paths or (Path("."),)) if paths != (Path("-"),) else ():
        if isinstance(target, Unreadable):
            results.append(FileResult(str(target.path), error=target.reason))
        else:
            results.append(check_file(target, ruleset, mode, unsafe_fixes, encoding))
            if mode is Mode.FIX and results[-1].changed and not quiet and output_format in ("full", "concise"):
                # Names each file a fix run rewrote, as pre-commit's own fixers do. Not in
                # machine-readable formats, whose output must parse; standard error is for errors.
                click.echo(f"Fixing {results[-1].filename}")
    if paths == (Path("-"),):
        from scrapelint import source

        try:
            loaded = source.decode(sys.stdin.buffer.read(), encoding)
        except source.SourceError as error:
            results.append(FileResult(stdin_filename or "-", error=str(error)))
        else:
            stdin_mode = Mode.DIFF if mode is Mode.FIX else mode
            result = check_text(loaded.text, stdin_filename or "-", ruleset, stdin_mode, unsafe_fixes)
            results.append(result)
            if mode is Mode.FIX:
                stdin_fixed = result.text

    failed = [r for r in results if r.error is not None]
    for result in failed:
        print_error(f"{result.filename}: {result.error}")
    reported = [r for r in results if r.error is None or r.diagnostics]

    if stdin_fixed is not None:
        sys.stdout.write(stdin_fixed)
        sys.stdout.flush()
    if mode is Mode.DIFF:
        changed = [r for r in reported if r.changed]
        for result in changed:
            click.echo(result.diff(), nl=False)
        if not quiet:
            count = sum(len(r.fixed) for r in changed)
            click.echo(f"Would fix {count} error{'s' if count != 1 else ''}.", err=True)
        sys.exit(EXIT_ERROR if failed else EXIT_VIOLATIONS if changed else EXIT_CLEAN)

    from scrapelint.reporters import ReportOptions, render

    to_stderr = stdin_fixed is not None
    color = output_format == "full" and _wants_color(sys.stderr if to_stderr else sys.stdout)
    options = ReportOptions(
        color=color, fix_mode=mode is Mode.FIX, unsafe_fixes=unsafe_fixes, show_summary=not quiet
    )
    output = _statistics(reported) if statistics else render(output_format, reported, options)
    if to_stderr:
        click.echo(output, nl=False, err=True)
    else:
        _write(output, color)

    remaining = any(r.diagnostics for r in reported)
    if failed:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_VIOLATIONS if remaining and not exit_zero else EXIT_CLEAN)


def _statistics(results: Sequence[object]) -> str:
    from collections import Counter

    from scrapelint.diagnostics import Applicability

    counts: Counter[tuple[str, str]] = Counter()
    fixable: Counter[str] = Counter()
    for result in results:
        for d in result.diagnostics:  # type: ignore[attr-defined]
            counts[(d.code, d.name)] += 1
            if d.fix and d.fix.applicability is Applicability.SAFE:
                fixable[d.code] += 1
    width = max((len(str(n)) for n in counts.values()), default=1)
    return "".join(
        f"{n:>{width}}\t{code}\t{'[*] ' if fixable[code] == n else ''}{name}\n"
        for (code, name), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    )


