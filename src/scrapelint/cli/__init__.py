"""The command line. Each command lives in its own module of this package.

Exit codes: 0 when nothing remains to report (or everything was fixed), 1 when
diagnostics remain (or ``--diff`` has a diff to show), 2 for usage, configuration and
I/O errors. An error about one file never stops the others.
"""

from __future__ import annotations

import click

from scrapelint import __version__

EXIT_CLEAN, EXIT_VIOLATIONS, EXIT_ERROR = 0, 1, 2


def print_error(message: str) -> None:
    """Print a one-line error to standard error."""
    click.echo(f"error: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="scrapelint")
def main() -> None:
    """A linter for scraped article text.

    \b
    Examples:
      scrapelint check articles/
      scrapelint check --fix articles/
      scrapelint rule D001
    """


from scrapelint.cli import check, rules  # noqa: E402  (each module adds its commands to main)

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_VIOLATIONS", "check", "main", "print_error", "rules"]
