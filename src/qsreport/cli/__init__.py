"""The command line: options → library calls → render → exit code. Nothing else lives here.

This module holds the group and what every command shares: exit codes, the one-line error,
reading an input, the ``--max-bytes`` and ``--format`` options. The commands live in
:mod:`.commands` and :mod:`.batch`, imported when named. Heavy modules (pydantic models, rich,
lxml) are imported inside the commands that use them, so ``qsreport --help`` and a plain
``qsreport parse`` start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar

import click

from ..inputs import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from ..errors import QsreportError

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """One line on stderr, then exit with ``code``."""
    error_line(message)
    sys.exit(code)


def error_line(message: str) -> None:
    """One line on stderr; file names and document text in it cannot drive the terminal."""
    from ..errors import printable

    click.echo(f"qsreport: error: {printable(one_line(message))}", err=True)


def one_line(text: object) -> str:
    return " ".join(str(text).split())


def report_error(error: QsreportError, name: str) -> None:
    """The error's line, naming its input once."""
    error_line(error.located(name))


def max_bytes_option(function: F) -> F:
    """``--max-bytes``: the one byte limit every command reads its inputs under."""
    return click.option(
        "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Refuse inputs larger than this many bytes.",
    )(function)


def schema_option(function: F) -> F:
    """``--schema 1|2``: the report schema to write (docs/schema.md); 2 unless asked."""
    return click.option(
        "--schema", "schema_version", type=click.Choice(["1", "2"]), default="2",
        show_default=True,
        help="Report schema: 2 marks every figure's status, place and period; 1 is the "
             "earlier shape (achieved figures only, without those fields).",
    )(function)


def format_option(choices: Sequence[str], help: str) -> Callable[[F], F]:
    """``--format``: one of ``choices``; None when not given, for :func:`chosen_format`."""
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=None,
                        help=help)


def chosen_format(fmt: str | None, on_terminal: str, piped: str) -> str:
    """The format asked for, else the terminal's or the pipe's default."""
    return fmt or (on_terminal if sys.stdout.isatty() else piped)


def read_input(name: str, max_bytes: int) -> tuple[bytes, str | None]:
    """Bytes of FILE, or of stdin for ``-``; an error becomes one line and exit 1."""
    from ..errors import QsreportError
    from ..inputs import read_source

    try:
        return read_source(name, max_bytes)
    except QsreportError as error:
        report_error(error, name)
        sys.exit(EXIT_FAILED)


class _Commands(click.Group):
    """The command group; each command's module is imported when the command is named."""

    _LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "batch": ("qsreport.cli.batch", "batch"),
        "decode": ("qsreport.cli.commands", "decode"),
        "detect": ("qsreport.cli.commands", "detect"),
        "parse": ("qsreport.cli.commands", "parse"),
        "schema": ("qsreport.cli.commands", "schema"),
        "show": ("qsreport.cli.show", "show"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._LAZY)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._LAZY:
            from importlib import import_module

            module, name = self._LAZY[cmd_name]
            command: click.Command = getattr(import_module(module), name)
            return command
        return None


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="qsreport")
def main() -> None:
    """Turn Chinese quality-supervision reports into structured, checkable data.

    \b
    Examples:
      qsreport parse report.txt                  tables in the terminal
      qsreport parse report.txt --format json | jq .brands
      qsreport detect *.txt                      which encoding each file is in
      qsreport decode page.html > page.txt       the article text as UTF-8
      qsreport show report.txt -o report.html    every figure marked in its text
      qsreport batch reports/ --out facts.db     a whole folder, in parallel
    """
