"""The command line. Each command lives in its own module of this package.

Exit codes: 0 when nothing remains to report (or everything was fixed), 1 when
diagnostics remain (or ``--diff`` has a diff to show), 2 for usage, configuration and
I/O errors. An error about one file never stops the others.
"""

from __future__ import annotations

import gc
import os
import sys

from scrapelint import __version__, _pause_collection, _resume_collection

_collecting = _pause_collection()  # while the command line's modules load

from typing import Any  # noqa: E402

import click  # noqa: E402

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2
EXIT_INTERRUPTED = 130
"""128 + SIGINT, as shells report a run stopped by Ctrl-C: not 1, which means findings."""


def print_error(message: str) -> None:
    """Print a one-line error to standard error."""
    click.echo(f"error: {printable(message)}", err=True)


def printable(text: str) -> str:
    """``text`` on one line and safe for a terminal: control and format characters
    (a newline in a file name, a bidirectional override) are shown escaped, and bytes of
    a file name that are not valid UTF-8 as ``\\xNN``."""
    if text.isprintable():
        return text
    return "".join(_escape_character(c) for c in text)


def _escape_character(character: str) -> str:
    if character.isprintable():
        return character
    if "\udc80" <= character <= "\udcff":  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{ord(character) - 0xDC00:02x}"
    return repr(character)[1:-1]


class _Process(click.Group):
    """The command group. A command's module is imported when the command runs (or is
    listed): a commit hook that checks files builds no other command's options. Run as a
    process (no arguments given but the program's name: they come from ``sys.argv``), it
    ends the process as soon as its output is flushed."""

    COMMANDS = ("check", "corpus", "rule", "rules")

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        # Each module adds its commands to the group when imported.
        if cmd_name == "corpus":
            from scrapelint.cli import corpus  # noqa: F401
        elif cmd_name in ("rule", "rules"):
            from scrapelint.cli import rules  # noqa: F401
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.COMMANDS)

    def main(self, args: Any = None, *positional: Any, **options: Any) -> Any:
        if args is not None or positional or set(options) - {"prog_name"}:
            # Called from code, as tests do (or with standalone_mode and the like): a group
            # like any other, whose caller may catch SystemExit.
            return super().main(args, *positional, **options)
        try:
            return super().main(args, *positional, **options)
        except SystemExit as exit:
            if isinstance(exit.code, (int, type(None))):
                _end_process(exit.code or 0)
            raise


def _end_process(code: int) -> None:
    """Exit with ``code`` without tearing the interpreter down, which frees every module and
    object of the run one by one (7% of a commit hook's cost over the import floor). Only
    when nothing is registered to run at exit and the output flushes cleanly; otherwise
    the interpreter exits as usual and reports what it has to."""
    import atexit

    # The count of registered callbacks is CPython's own; elsewhere, exit as usual.
    registered = getattr(atexit, "_ncallbacks", None)
    if registered is None or registered():
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001  (a closed pipe: the usual exit reports it)
        return
    os._exit(code)


@click.group(cls=_Process, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="scrapelint")
def main() -> None:
    """A linter for scraped article text.

    \b
    Examples:
      scrapelint check articles/
      scrapelint check --fix articles/
      scrapelint rule D001

    \b
    Shell completion (bash; zsh and fish likewise with zsh_source, fish_source):
      eval "$(_SCRAPELINT_COMPLETE=bash_source scrapelint)"
    """
    # What the imports made lives until the process exits: frozen, it is no longer walked
    # by every collection of the run (a tenth of a commit hook's time over the import floor).
    gc.freeze()


from scrapelint.cli import check  # noqa: E402  (adds its command to main; the others come when they run)

_resume_collection(_collecting)

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_INTERRUPTED", "EXIT_VIOLATIONS", "check", "main", "print_error"]
