"""``scrapelint check``: lint and fix files, directories and standard input."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from scrapelint.cli import EXIT_CLEAN, EXIT_ERROR, EXIT_INTERRUPTED, EXIT_VIOLATIONS, main, print_error
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


TEXT_FORMATS = ("full", "concise")
"""Formats read by people: the fix listing of ``--show-fixes`` goes into them."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--fix", is_flag=True, help="Apply safe fixes and write the files back.")
@click.option(
    "--unsafe-fixes", is_flag=True,
    help="With --fix, also apply fixes that could remove article text; with --diff, show them too. Alone, only counts them as fixable.",
)
@click.option("--fix-only", is_flag=True, help="Apply fixes, but do not report or fail on what remains. Implies --fix.")
@click.option("--diff", is_flag=True, help="Write nothing; print a unified diff of the fixes (exit 1 if any).")
@click.option("--show-fixes", is_flag=True, help="After a fix run, list each file's fixes: codes and counts.")
@click.option("--exit-non-zero-on-fix", is_flag=True, help="Exit 1 when a file was fixed, even if nothing remains.")
@click.option("--select", multiple=True, metavar="RULES", help="Rules to check: codes, prefixes, names, categories or ALL.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Rules to check in addition to the selection.")
@click.option("--ignore", multiple=True, metavar="RULES", help="Rules not to check.")
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False),
    metavar="PATH",
    help="Use this configuration file for every file, instead of finding the closest one.",
)
@click.option("--isolated", is_flag=True, help="Ignore all configuration files.")
@click.option("--force-exclude", is_flag=True, help="Apply exclusions to files named on the command line too.")
@click.option("--show-settings", is_flag=True, help="Print the settings each given path resolves to, and exit.")
@click.option("--show-files", is_flag=True, help="List the files that would be checked, and exit.")
@click.option(
    "--output-format",
    type=click.Choice(list(FORMATS)),
    default="full",
    show_default=True,
    help="How to print diagnostics.",
)
@click.option(
    "-o", "--output-file", type=click.Path(dir_okay=False), metavar="PATH",
    help="Write the report to this file instead of standard output.",
)
@click.option("--statistics", is_flag=True, help="Print the number of diagnostics per rule instead of each one.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when diagnostics remain.")
@click.option("-q", "--quiet", is_flag=True, help="Print diagnostics only; no summary.")
@click.option("--stdin-filename", metavar="NAME", help="The name to report for text read from '-' (and to find its configuration by).")
@click.option("--encoding", metavar="CODEC", help="Decode files with this codec instead of UTF-8 (a BOM still wins).")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=1), metavar="N",
    help="Check files in up to N processes when there are many (default: all cores; 1: one process).",
)
@click.option("--no-cache", is_flag=True, help="Neither read nor write the cache of earlier runs' reports.")
@click.option(
    "--cache-dir", metavar="DIR", envvar="SCRAPELINT_CACHE_DIR", show_envvar=True,
    help="Where to keep the reports of unchanged files between runs (default: .scrapelint_cache).",
)
def check(
    paths: tuple[str, ...],
    fix: bool,
    unsafe_fixes: bool,
    fix_only: bool,
    diff: bool,
    show_fixes: bool,
    exit_non_zero_on_fix: bool,
    select: tuple[str, ...],
    extend_select: tuple[str, ...],
    ignore: tuple[str, ...],
    config_file: str | None,
    isolated: bool,
    force_exclude: bool,
    show_settings: bool,
    show_files: bool,
    output_format: str,
    output_file: str | None,
    statistics: bool,
    exit_zero: bool,
    quiet: bool,
    stdin_filename: str | None,
    encoding: str | None,
    jobs: int | None,
    no_cache: bool,
    cache_dir: str | None,
) -> None:
    """Check files and directories (default: the current directory).

    Directories are searched for .txt, .md, .markdown and .text files (the `include`
    setting); '-', alone, reads standard input. Each file uses the closest configuration file
    in its directory or above: `.scrapelint.toml`, `scrapelint.toml`, or
    `pyproject.toml` with a [tool.scrapelint] table. Flags override it.

    A check of eight files or more reports a file that has not changed since an
    earlier run (same bytes, name, rules and scrapelint) from a cache, and checks
    the others; --no-cache turns that off. A fix checks every file it would change.

    \b
    Examples:
      scrapelint check seeds/
      scrapelint check --fix --show-fixes articles/
      scrapelint check --fix --unsafe-fixes articles/
      scrapelint check --select D,T --output-format json article.txt
      scrapelint check --show-settings articles/page.md
      scrapelint check --config ci/scrapelint.toml --show-files .
      cat article.txt | scrapelint check --fix - > clean.txt
    """
    from scrapelint.checker import DEFAULT_CACHE_DIRECTORY, FileReport, FileResult, Mode, check_files, check_text
    from scrapelint.config import ConfigError, Configuration, Resolver
    from scrapelint.config import show as show_configuration
    from scrapelint.files import Unreadable, discover, normalise
    from scrapelint.rules import SelectionError
    from scrapelint.settings import Settings, SettingsError

    if config_file is not None and isolated:
        print_error("--config and --isolated cannot be used together")
        sys.exit(EXIT_ERROR)
    selection = {"select": _selectors(select) or None, "extend_select": _selectors(extend_select),
                 "ignore": _selectors(ignore)}
    if encoding:
        from scrapelint import source

        try:
            source.codec_name(encoding)
        except source.SourceError as error:
            print_error(str(error))
            sys.exit(EXIT_ERROR)

    paths = tuple(normalise(path) for path in paths) or (".",)
    if "-" in paths and len(paths) > 1:
        print_error("'-' (standard input) cannot be checked together with other paths")
        sys.exit(EXIT_ERROR)
    read_stdin = paths == ("-",)
    stdin_name = stdin_filename or "-"
    targets: list[str | Unreadable] = []
    configurations: dict[str, Configuration] = {}
    try:
        Settings().override(**selection).resolve()  # the flags' own mistakes, before any file's
        resolver = Resolver(config_file=config_file, isolated=isolated, **selection)
        if show_settings:
            for path in paths:
                shown = resolver.for_directory(path) if os.path.isdir(path) else resolver.for_file(path)
                click.echo(show_configuration(shown, path))
            sys.exit(EXIT_CLEAN)
        if read_stdin:
            stdin_configuration = resolver.for_file(stdin_filename) if stdin_filename else resolver.for_directory(".")
            stdin_configuration.ruleset  # noqa: B018  (resolve now: errors before any output)
        else:
            targets = list(discover(paths, resolver.file_filter, force_exclude=force_exclude))
            for target in targets:
                if not isinstance(target, Unreadable):
                    configurations[target] = resolver.for_file(target)
                    configurations[target].ruleset  # noqa: B018
    except (ConfigError, SelectionError, SettingsError) as error:
        print_error(str(error))
        sys.exit(EXIT_ERROR)

    if show_files:
        for target in targets:
            if isinstance(target, Unreadable):
                print_error(f"{target.path}: {target.reason}")
            else:
                click.echo(str(target))
        sys.exit(EXIT_ERROR if any(isinstance(t, Unreadable) for t in targets) else EXIT_CLEAN)

    # As in ruff, --unsafe-fixes alone writes nothing: it widens what --fix and --diff apply.
    fixing = fix or fix_only
    mode = Mode.DIFF if diff else Mode.FIX if fixing else Mode.CHECK
    results: list[FileReport] = []
    stdin_fixed: bytes | None = None
    readable = [(target, configurations[target].ruleset) for target in targets if not isinstance(target, Unreadable)]
    cache_directory = None if no_cache else cache_dir or DEFAULT_CACHE_DIRECTORY
    reports = check_files(readable, mode, unsafe_fixes, encoding, jobs, cache_directory)
    try:
        for target in targets:
            if isinstance(target, Unreadable):
                results.append(FileResult(str(target.path), error=target.reason).report())
            else:
                results.append(next(reports))
                if mode is Mode.FIX and results[-1].changed and not quiet and output_format in TEXT_FORMATS:
                    # Names each file a fix run rewrote, as pre-commit's own fixers do. Not in
                    # machine-readable formats, whose output must parse; standard error is for errors.
                    click.echo(f"Fixing {results[-1].filename}")
    except KeyboardInterrupt:
        reports.close()  # stops the worker processes, if any
        written = "; each file is either fixed whole or as it was" if mode is Mode.FIX else ""
        print_error(f"interrupted{written}")
        sys.exit(EXIT_INTERRUPTED)
    if read_stdin:
        from scrapelint import source

        data = sys.stdin.buffer.read()
        excluded = force_exclude and stdin_filename is not None and (
            stdin_configuration.file_filter.excludes_with_parents(stdin_filename)
        )
        try:
            loaded = source.decode(data, encoding)
        except source.SourceError as error:
            results.append(FileResult(stdin_name, error=str(error)).report())
        else:
            if excluded:
                # An excluded file passes through untouched and unreported.
                stdin_result = FileResult(stdin_name, loaded.text, loaded.text)
            else:
                stdin_mode = Mode.DIFF if mode is Mode.FIX else mode
                stdin_result = check_text(loaded.text, stdin_name, stdin_configuration.ruleset, stdin_mode, unsafe_fixes)
            if mode is Mode.FIX:
                # The same bytes a file would get: its encoding and byte-order mark kept.
                try:
                    stdin_fixed = loaded.encode(stdin_result.text)
                except source.SourceError as error:
                    stdin_result = FileResult(stdin_result.filename, error=str(error))
                    stdin_fixed = loaded.encode(loaded.text)
            results.append(stdin_result.report(mode is Mode.DIFF))

    failed = [r for r in results if r.error is not None]
    for result in failed:
        print_error(f"{result.filename}: {result.error}")
    reported = [r for r in results if r.error is None or r.diagnostics]
    fixed_any = any(r.fixed for r in reported if r.changed)

    if stdin_fixed is not None:
        sys.stdout.buffer.write(stdin_fixed)
        sys.stdout.flush()
    if mode is Mode.DIFF:
        changed = [r for r in reported if r.changed]
        for result in changed:
            click.echo(result.diff, nl=False)
        if not quiet:
            count = sum(len(r.fixed) for r in changed)
            click.echo(f"Would fix {count} error{'s' if count != 1 else ''}.", err=True)
        sys.exit(EXIT_ERROR if failed else EXIT_VIOLATIONS if changed else EXIT_CLEAN)

    to_stderr = stdin_fixed is not None
    if fix_only:
        output = _fixes(reported) if show_fixes else ""
        count = sum(len(r.fixed) for r in reported)
        if not quiet and count:
            output += f"Fixed {count} error{'s' if count != 1 else ''}.\n"
        _emit(output, False, to_stderr, output_file)
        sys.exit(EXIT_ERROR if failed else EXIT_VIOLATIONS if exit_non_zero_on_fix and fixed_any else EXIT_CLEAN)

    from scrapelint.reporters import ReportOptions, render, summary

    color = output_format == "full" and output_file is None and _wants_color(sys.stderr if to_stderr else sys.stdout)
    # "All checks passed!" would be untrue when a file could not be checked at all.
    nothing_found = not any(r.diagnostics or r.fixed for r in reported)
    options = ReportOptions(
        color=color,
        fix_mode=mode is Mode.FIX,
        unsafe_fixes=unsafe_fixes,
        show_summary=not quiet and not (failed and nothing_found),
    )
    fix_listing = _fixes(reported) if show_fixes and mode is Mode.FIX else ""
    if statistics:
        output = _statistics(reported) + fix_listing
    elif fix_listing and output_format in TEXT_FORMATS:
        # ruff's order: the diagnostics, what was fixed, then the closing counts.
        output = render(output_format, reported, options._replace(show_summary=False))
        output += fix_listing + summary(reported, options)
    else:
        output = render(output_format, reported, options)
        if fix_listing:  # machine-readable output must still parse
            click.echo(fix_listing, nl=False, err=True)
    _emit(output, color, to_stderr, output_file)

    remaining = any(r.diagnostics for r in reported)
    if failed:
        sys.exit(EXIT_ERROR)
    if exit_non_zero_on_fix and fixed_any:
        sys.exit(EXIT_VIOLATIONS)
    sys.exit(EXIT_VIOLATIONS if remaining and not exit_zero else EXIT_CLEAN)


def _emit(output: str, color: bool, to_stderr: bool, output_file: str | None) -> None:
    if output_file is not None:
        try:
            with open(output_file, "w", encoding="utf-8") as stream:
                stream.write(output)
        except OSError as error:
            from scrapelint.files import normalise

            print_error(f"{normalise(output_file)}: {(error.strerror or str(error)).lower()}")
            sys.exit(EXIT_ERROR)
    elif to_stderr:
        click.echo(output, nl=False, err=True)
    else:
        _write(output, color)


def _fixes(results: Sequence[Any]) -> str:
    """What a fix run changed, as ruff's ``--show-fixes`` prints it: per file, each code
    with its count."""
    from collections import Counter

    fixed = [r for r in results if r.fixed and r.changed]
    if not fixed:
        return ""
    total = sum(len(r.fixed) for r in fixed)
    lines = [f"Fixed {total} error{'s' if total != 1 else ''}:"]
    for result in fixed:
        lines.append(f"- {result.filename}:")
        counts = Counter((d.code, d.name) for d in result.fixed)
        width = max(len(str(n)) for n in counts.values())
        lines += [f"    {n:>{width}} × {code} ({name})" for (code, name), n in sorted(counts.items())]
    return "\n".join(lines) + "\n\n"


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


