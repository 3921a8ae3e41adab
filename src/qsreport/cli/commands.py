"""``qsreport parse``, ``decode``, ``detect`` and ``schema``: one report or file at a time."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from typing import TYPE_CHECKING, Any

import click

from ..render import names
from . import (
    EXIT_FAILED,
    EXIT_OK,
    chosen_format,
    error_line,
    fail,
    format_option,
    max_bytes_option,
    read_input,
    report_error,
    schema_option,
)

if TYPE_CHECKING:
    from pathlib import Path

PARSE_FORMATS = names("parse")


@click.command()
@click.argument("file", metavar="FILE")
@format_option(PARSE_FORMATS, help="table on a terminal, json when piped.")
@max_bytes_option
@schema_option
def parse(file: str, fmt: str | None, max_bytes: int, schema_version: str) -> None:
    """Read one report and print every figure it states.

    FILE is a path, or - to read the bytes from stdin.

    \b
    Examples:
      qsreport parse samples/000_0c6f552278dcef86.txt
      qsreport parse report.txt --format json | jq '.brands.counts'
      cat report.txt | qsreport parse - --format json
      qsreport parse report.txt --format json --schema 1   the schema-1 shape
    """
    from ..errors import QsreportError
    from ..pipeline import ParseOptions, parse_bytes

    data, path = read_input(file, max_bytes)
    try:
        report = parse_bytes(data, path, ParseOptions(max_bytes=max_bytes,
                                                      schema=schema_version))  # type: ignore[arg-type]
    except QsreportError as error:
        fail(error.located(file))
    from ..render import function, output_format

    show = output_format(chosen_format(fmt, "table", "json")).show
    assert show is not None  # every --format choice of parse can show a report
    function(show)(report)


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--keep-pinyin", is_flag=True, help="Leave glued pinyin annotations in place.")
@click.option("--to", "script", type=click.Choice(["simplified", "traditional"]), default=None,
              help="Convert the script as well.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write each FILE's text as UTF-8 into this folder, under the same name "
                   "(a Word, PDF, RTF or web-archive file's as NAME.txt).")
@click.option("--in-place", is_flag=True,
              help="Replace each FILE by its UTF-8 text (the original stays if anything fails; "
                   "a Word, PDF, RTF or web-archive file is never replaced: use --out).")
@max_bytes_option
def decode(files: tuple[str, ...], keep_pinyin: bool, script: str | None, out_dir: str | None,
           in_place: bool, max_bytes: int) -> None:
    """Print a report's text as UTF-8: HTML reduced to its article, pinyin removed.

    Spans in `qsreport parse` output are offsets into exactly this text. With --out or
    --in-place, convert many files: each is written to a temporary file first and moved into
    place only when complete, so a failure never loses the original. A document (Word, PDF,
    RTF, web archive) is no text file: --out writes its text as NAME.txt, and --in-place
    leaves it as it is, with an error line, rather than put its text under its name.

    \b
    Examples:
      qsreport decode gbk-report.txt > report.utf8.txt
      qsreport decode page.html --to simplified
      qsreport decode old/*.txt --out utf8/
    """
    from pathlib import Path  # not at the top: parse, the command most runs are, never needs it

    from ..cleaning import CleanOptions
    from ..errors import QsreportError
    from ..inputs import read_source
    from ..pipeline import ParseOptions, prepare

    if out_dir and in_place:
        raise click.UsageError("--out and --in-place exclude each other")
    if not (out_dir or in_place) and len(files) != 1:
        raise click.UsageError("give one FILE, or use --out DIR / --in-place for several")
    if (out_dir or in_place) and "-" in files:
        raise click.UsageError("stdin (-) can only be decoded to stdout")
    options = ParseOptions(max_bytes=max_bytes,
                           clean=CleanOptions(strip_pinyin_annotations=not keep_pinyin))
    failed = False
    written: set[Path] = {Path(out_dir) / Path(name).name for name in files} if out_dir else set()
    for name in files:
        try:
            prepared = prepare(read_source(name, max_bytes)[0], options, name)
            if in_place and prepared.format not in _TEXT_FORMATS:
                raise QsreportError(f"is a {prepared.format} document, not replaced by its text",
                                    hint="use --out DIR to write its text as NAME.txt")
            text = prepared.cleaned.text
        except QsreportError as error:
            if not (out_dir or in_place):
                fail(error.located(name))
            report_error(error, name)
            failed = True
            continue
        if script:
            from ..cleaning import convert_script

            text = convert_script(text, script)
        payload = (text if text.endswith("\n") else text + "\n").encode("utf-8")
        if out_dir or in_place:
            target = _target(name, out_dir, prepared.format, written) if out_dir else Path(name)
            written.add(target)
            try:
                _write_atomically(target, payload)
            except OSError as error:
                error_line(f"{target}: {error.strerror or error}")
                failed = True
        else:
            sys.stdout.buffer.write(payload)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


# What decode writes back under a file's own name: a text, or a page reduced to its article.
_TEXT_FORMATS = frozenset({"text", "html"})


def _target(name: str, out_dir: str, fmt: str, written: set[Path]) -> Path:
    """Where --out writes ``name``'s text: its own name for a text or a page; a document's
    name with .txt for its suffix (报告.doc → 报告.txt), or added (报告.pdf.txt) when that name
    is taken in this run (``written``: the inputs' own names and what was written: a 报告.doc
    beside a 报告.pdf or a 报告.txt)."""
    from pathlib import Path

    own = Path(out_dir) / Path(name).name
    if fmt in _TEXT_FORMATS:
        return own
    target = own.with_suffix(".txt")
    return own.with_name(own.name + ".txt") if target in written else target


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


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@format_option(["table", "jsonl"], help="table on a terminal, jsonl when piped.")
@max_bytes_option
def detect(files: tuple[str, ...], fmt: str | None, max_bytes: int) -> None:
    """Say which encoding each file is in: codec, confidence, BOM, replaced bytes.

    A Word, PDF or RTF document is read as parse reads it (its reader hands over Unicode:
    from "reader"); a web archive gives its page's codec.

    \b
    Examples:
      qsreport detect reports/*.txt
      qsreport detect old.txt --format jsonl
    """
    from ..batch.identity import Locations, display_path
    from ..errors import QsreportError
    from ..inputs import read_source
    from ..pipeline import decoding_of

    fmt = chosen_format(fmt, "table", "jsonl")
    locations = Locations()
    rows: list[dict[str, Any]] = []
    failed = False
    for name in files:
        try:
            data, path = read_source(name, max_bytes)
            found = decoding_of(data, path)
        except QsreportError as error:
            failed = True
            report_error(error, name)
            continue
        # As batch records name files: a GBK file name shown decoded, its bytes kept in location.
        row = {"path": display_path(name), "location": None if name == "-" else locations.of(name),
               "encoding": found.encoding, "confidence": round(found.confidence, 4),
               "bom": found.bom, "replaced": found.replaced, "source": found.source}
        rows.append(row)
        if fmt == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
    if fmt == "table" and rows:
        from ..render.table import print_detect

        print_detect(rows)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


@click.command()
@schema_option
def schema(schema_version: str) -> None:
    """Print the JSON Schema of a Report (what `parse --format json` prints).

    Schema 1 is printed as it was frozen when schema 2 replaced it.
    """
    if schema_version == "1":
        from importlib.resources import files

        click.echo(files("qsreport.render").joinpath("schema_v1.json").read_text("utf-8"),
                   nl=False)
        return
    from ..report import Report

    click.echo(json.dumps(Report.model_json_schema(), ensure_ascii=False, indent=2))



