"""The command line: options → library calls → render → exit code. Nothing else lives here.

Heavy modules (pydantic models, chardet, rich, bs4) are imported inside the commands that use
them, so ``qsreport --help`` and a plain ``qsreport parse`` start fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from .pipeline import ParseOptions

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    click.echo(f"qsreport: error: {_one_line(message)}", err=True)
    sys.exit(code)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def max_bytes_option(function: F) -> F:
    return click.option(
        "--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
        help="Refuse inputs larger than this many bytes.",
    )(function)


def _read_input(path: str, max_bytes: int) -> tuple[bytes, str | None]:
    """Bytes of FILE, or of stdin for ``-``; errors become one line and exit 1."""
    from .errors import QsreportError
    from .pipeline import read_source

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
    from .pipeline import ParseOptions

    return ParseOptions(max_bytes=max_bytes)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="qsreport")
def main() -> None:
    """Turn Chinese quality-supervision reports into structured, checkable data.

    \b
    Examples:
      qsreport parse report.txt                  tables in the terminal
      qsreport parse report.txt --format json | jq .brands
      qsreport detect *.txt                      which encoding each file is in
      qsreport decode page.html > page.txt       the article text as UTF-8
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
    from .errors import QsreportError
    from .pipeline import parse_bytes

    data, path = _read_input(file, max_bytes)
    try:
        report = parse_bytes(data, path, _options(max_bytes))
    except QsreportError as error:
        _fail(f"{file}: {error}")
    fmt = fmt or ("table" if sys.stdout.isatty() else "json")
    if fmt == "json":
        from .models import to_jsonable

        click.echo(json.dumps(to_jsonable(report), ensure_ascii=False, indent=2))
    else:
        from .render.table import print_report

        print_report(report)


@main.command()
@click.argument("file", metavar="FILE")
@click.option("--keep-pinyin", is_flag=True, help="Leave glued pinyin annotations in place.")
@click.option("--to", "script", type=click.Choice(["simplified", "traditional"]), default=None,
              help="Convert the script as well.")
@max_bytes_option
def decode(file: str, keep_pinyin: bool, script: str | None, max_bytes: int) -> None:
    """Print a report's text as UTF-8: HTML reduced to its article, pinyin removed.

    Spans in `qsreport parse` output are offsets into exactly this text.

    \b
    Examples:
      qsreport decode gbk-report.txt > report.utf8.txt
      qsreport decode page.html --to simplified
    """
    from .cleaning import CleanOptions
    from .errors import QsreportError
    from .pipeline import ParseOptions, prepare

    data, _ = _read_input(file, max_bytes)
    options = ParseOptions(max_bytes=max_bytes,
                           clean=CleanOptions(strip_pinyin_annotations=not keep_pinyin))
    try:
        text = prepare(data, options).cleaned.text
    except QsreportError as error:
        _fail(f"{file}: {error}")
    if script:
        from .cleaning import convert_script

        text = convert_script(text, script)
    sys.stdout.buffer.write(text.encode("utf-8"))
    if not text.endswith("\n"):
        sys.stdout.buffer.write(b"\n")


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
    from .decoding import decode as decode_bytes
    from .errors import QsreportError
    from .pipeline import read_source

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
            click.echo(f"qsreport: error: {_one_line(f'{name}: {error}')}", err=True)
            continue
        row = {"path": name, "encoding": found.encoding, "confidence": round(found.confidence, 4),
               "bom": found.bom, "replaced": found.replaced, "source": found.source}
        rows.append(row)
        if fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
    if fmt == "table" and rows:
        from .render.table import print_detect

        print_detect(rows)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a Report (what `parse --format json` prints)."""
    from .report import Report

    click.echo(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2))


