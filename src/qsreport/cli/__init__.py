"""The command line: options → library calls → render → exit code. Nothing else lives here.

Heavy modules (pydantic models, rich, lxml) are imported inside the commands that use
them, so ``qsreport --help`` and a plain ``qsreport parse`` start fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from ..pipeline import ParseOptions

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    _error_line(message)
    sys.exit(code)


def _error_line(message: str) -> None:
    """One line on stderr; file names and document text in it cannot drive the terminal."""
    from ..errors import printable

    click.echo(f"qsreport: error: {printable(_one_line(message))}", err=True)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def max_bytes_option(function: F) -> F:
    return click.option(
        "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Refuse inputs larger than this many bytes.",
    )(function)


def _read_input(path: str, max_bytes: int) -> tuple[bytes, str | None]:
    """Bytes of FILE, or of stdin for ``-``; errors become one line and exit 1."""
    from ..errors import QsreportError
    from ..pipeline import read_source

    if path == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            _fail(f"stdin: over the limit of {max_bytes} bytes (raise --max-bytes)")
        return data, None
    try:
        return read_source(path, max_bytes)
    except QsreportError as error:
        _fail(str(error))


def _options(max_bytes: int) -> ParseOptions:
    from ..pipeline import ParseOptions

    return ParseOptions(max_bytes=max_bytes)


class _Commands(click.Group):
    """The command group; ``batch`` (the largest command) is imported only when it is used."""

    _LAZY: ClassVar[dict[str, tuple[str, str]]] = {"batch": ("qsreport.cli.batch", "batch")}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self._LAZY])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self._LAZY:
            from importlib import import_module

            module, name = self._LAZY[cmd_name]
            command: click.Command = getattr(import_module(module), name)
            return command
        return super().get_command(ctx, cmd_name)


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
      qsreport batch reports/ --out facts.db     a whole folder, in parallel
    """


@main.command()
@click.argument("file", metavar="FILE")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default=None,
              help="table on a terminal, json when piped.")
@max_bytes_option
def parse(file: str, fmt: str | None, max_bytes: int) -> None:
    """Read one report and print every figure it states.

    FILE is a path, or - to read the bytes from stdin.

    \b
    Examples:
      qsreport parse samples/000_0c6f552278dcef86.txt
      qsreport parse report.txt --format json | jq '.brands.counts'
      cat report.txt | qsreport parse - --format json
    """
    from ..errors import QsreportError
    from ..pipeline import parse_bytes

    data, path = _read_input(file, max_bytes)
    try:
        report = parse_bytes(data, path, _options(max_bytes))
    except QsreportError as error:
        _fail(f"{file}: {error}")
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        from ..models import to_jsonable

        click.echo(json.dumps(to_jsonable(report), ensure_ascii=False, indent=2))
    else:
        from ..render.table import print_report

        print_report(report)


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--keep-pinyin", is_flag=True, help="Leave glued pinyin annotations in place.")
@click.option("--to", "script", type=click.Choice(["simplified", "traditional"]), default=None,
              help="Convert the script as well.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Write each FILE's text as UTF-8 into this folder, under the same name.")
@click.option("--in-place", is_flag=True,
              help="Replace each FILE by its UTF-8 text (the original stays if anything fails).")
@max_bytes_option
def decode(files: tuple[str, ...], keep_pinyin: bool, script: str | None, out_dir: Path | None,
           in_place: bool, max_bytes: int) -> None:
    """Print a report's text as UTF-8: HTML reduced to its article, pinyin removed.

    Spans in `qsreport parse` output are offsets into exactly this text. With --out or
    --in-place, convert many files: each is written to a temporary file first and moved into
    place only when complete, so a failure never loses the original.

    \b
    Examples:
      qsreport decode gbk-report.txt > report.utf8.txt
      qsreport decode page.html --to simplified
      qsreport decode old/*.txt --out utf8/
    """
    from ..cleaning import CleanOptions
    from ..errors import QsreportError
    from ..pipeline import ParseOptions, prepare, read_source

    if out_dir and in_place:
        raise click.UsageError("--out and --in-place exclude each other")
    if not (out_dir or in_place) and len(files) != 1:
        raise click.UsageError("give one FILE, or use --out DIR / --in-place for several")
    if (out_dir or in_place) and "-" in files:
        raise click.UsageError("stdin (-) can only be decoded to stdout")
    options = ParseOptions(max_bytes=max_bytes,
                           clean=CleanOptions(strip_pinyin_annotations=not keep_pinyin))
    failed = False
    for name in files:
        try:
            data = _read_input(name, max_bytes)[0] if name == "-" else \
                read_source(name, max_bytes)[0]
            text = prepare(data, options).cleaned.text
        except QsreportError as error:
            if not (out_dir or in_place):
                _fail(f"{name}: {error}")
            _error_line(f'{name}: {error}')
            failed = True
            continue
        if script:
            from ..cleaning import convert_script

            text = convert_script(text, script)
        payload = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        if out_dir or in_place:
            target = (out_dir / Path(name).name) if out_dir else Path(name)
            try:
                _write_atomically(target, payload)
            except OSError as error:
                _error_line(f'{target}: {error.strerror or error}')
                failed = True
        else:
            sys.stdout.buffer.write(payload)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _write_atomically(target: Path, payload: bytes) -> None:
    """Write to a temporary file beside ``target``, then rename it over ``target``."""
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="table on a terminal, jsonl when piped.")
@max_bytes_option
def detect(files: tuple[str, ...], fmt: str | None, max_bytes: int) -> None:
    """Say which encoding each file is in: codec, confidence, BOM, replaced bytes.

    \b
    Examples:
      qsreport detect reports/*.txt
      qsreport detect old.txt --format jsonl
    """
    from ..decoding import decode as decode_bytes
    from ..errors import QsreportError
    from ..pipeline import read_source

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    rows: list[dict[str, Any]] = []
    failed = False
    for name in files:
        try:
            if name == "-":
                data = sys.stdin.buffer.read(max_bytes + 1)
            else:
                data, _ = read_source(name, max_bytes)
            found = decode_bytes(data)
        except QsreportError as error:
            failed = True
            _error_line(f'{name}: {error}')
            continue
        row = {"path": name, "encoding": found.encoding, "confidence": round(found.confidence, 4),
               "bom": found.bom, "replaced": found.replaced, "source": found.source}
        rows.append(row)
        if fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
    if fmt == "table" and rows:
        from ..render.table import print_detect

        print_detect(rows)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a Report (what `parse --format json` prints)."""
    from ..report import Report

    click.echo(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2))



