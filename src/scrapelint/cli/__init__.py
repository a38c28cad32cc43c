"""The command line. Each command lives in its own module of this package.

Exit codes: 0 when nothing remains to report (or everything was fixed), 1 when
diagnostics remain (or ``--diff`` has a diff to show), 2 for usage, configuration and
I/O errors. An error about one file never stops the others.
"""

from __future__ import annotations

import gc

_collecting = gc.isenabled()
gc.disable()  # while the command line's modules load, as scrapelint/__init__.py says why

import click  # noqa: E402

from scrapelint import __version__  # noqa: E402

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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


from scrapelint.cli import check, corpus, rules  # noqa: E402  (each module adds its commands to main)

if _collecting:
    gc.enable()

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_VIOLATIONS", "check", "main", "print_error", "rules"]
