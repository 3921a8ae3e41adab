"""The command line: options → library calls → render → exit code. Nothing else lives here.

This module holds the group and what every command shares: exit codes, the one-line error,
reading an input, the ``--max-bytes`` and ``--format`` options. The commands live in
:mod:`.commands` and :mod:`.batch`, imported when named. Heavy modules (pydantic models, rich,
lxml) are imported inside the commands that use them, so ``qsreport --help`` and a plain
``qsreport parse`` start fast.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
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


# The commands that leave nothing to write when they return but what is buffered for stdout
# and stderr (no worker of their own, no file they opened still open): a process that ran one
# of them (or none: --help, a usage error) ends as soon as it is done; see run.
_ENDED_AT_ONCE = frozenset({"decode", "detect", "parse", "schema"})
# The garbage collector's first threshold while the command line runs (Python's is 700): a
# start makes some hundred thousand objects that live as long as the process, and its
# collections, passes over all of them, cost 5% of a cold `parse`.
_GC_THRESHOLD = 100_000


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
    _ran: str | None = None  # the command the process runs, once it is known

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._LAZY)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._LAZY:
            from importlib import import_module

            module, name = self._LAZY[cmd_name]
            command: click.Command = getattr(import_module(module), name)
            return command
        return None

    def resolve_command(self, ctx: click.Context, args: list[str]
                        ) -> tuple[str | None, click.Command | None, list[str]]:
        name, command, rest = super().resolve_command(ctx, args)
        self._ran = name
        return name, command, rest


def run() -> None:
    """The ``qsreport`` script: :data:`main`, in a process that ends with the command.

    Such a process spares itself two things. The garbage collector runs less often
    (:data:`_GC_THRESHOLD`). And once a command of :data:`_ENDED_AT_ONCE` is done, the process
    ends as soon as the exit handlers have run and stdout and stderr are flushed, without the
    interpreter's teardown, which frees every object one at a time (a fifth of a cold `parse`,
    with nothing left to write). ``main()`` itself (``python -m qsreport``, a script that calls
    it) raises ``SystemExit`` as click's commands do."""
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        main.main()
    except SystemExit as exit:
        ran = main._ran
        if ran is None or ran in _ENDED_AT_ONCE:
            _end_now(exit.code)
        raise


def _end_now(code: object) -> None:
    """End the process with exit code ``code`` (of ``sys.exit``) once the exit handlers have
    run and the standard streams are flushed; return, for the usual way out, where that might
    lose something: another thread still running, an exit with a message to print, a stream
    that cannot be flushed (a closed pipe: Python's own exit says so as it always did)."""
    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()  # the start-up cache saved, if this run added to it
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    os._exit(code or 0)


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
