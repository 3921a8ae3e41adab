"""``qsreport show``: one report as an HTML page, every item marked in its text."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import error_line, fail, max_bytes_option, read_input


@click.command()
@click.argument("file", metavar="FILE")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=None,
              help="Write the page to this file (without it, to stdout, which must not be a "
                   "terminal); for a batch's dataset, the folder of the site.")
@click.option("--open", "open_page", is_flag=True,
              help="Open the page in a web browser, where there is one (without --out, from a "
                   "temporary file).")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="For a batch's site: processes writing the report pages.  [default: all "
                   "cores]")
@max_bytes_option
def show(file: str, out: Path | None, open_page: bool, workers: int | None,
         max_bytes: int) -> None:
    """Write a report as one HTML page: its text with every item read marked by area, and
    every number that no item used marked faintly, for a reviewer to check.

    FILE is a path, or - to read the bytes from stdin; any format `qsreport parse` reads.
    The page needs no network: its style and script are inside it. FILE may also be what
    `qsreport batch` wrote (.jsonl, .ndjson, .db, .sqlite, .sqlite3): then --out names a
    folder, and the site there has an index of every record and a page per report read.

    \b
    Examples:
      qsreport show report.txt --out report.html
      qsreport show report.docx --open
      qsreport show page.html > page.show.html
      qsreport show reports.db --out site/ --open
    """
    from ..errors import QsreportError
    from ..inputs import shown_path
    from ..pipeline import ParseOptions
    from ..render.show import read_report, render_page
    from ..render.show_index import is_dataset

    if is_dataset(file) and Path(file).is_file():
        _site(Path(file), out, open_page, max_bytes, workers)
        return
    if out is None and not open_page and sys.stdout.isatty():
        raise click.UsageError("the page is HTML: give --out PAGE.html, pipe it, or add --open")
    data, path = read_input(file, max_bytes)
    try:
        shown = read_report(data, path, ParseOptions(max_bytes=max_bytes),
                            name=shown_path(file))
    except QsreportError as error:
        fail(error.located(file))
    page = render_page(shown).encode("utf-8")
    if out is None and not open_page:
        sys.stdout.buffer.write(page)
        return
    target = out if out is not None else _temporary_page()
    try:
        target.write_bytes(page)
    except OSError as error:
        fail(f"{target}: {error.strerror or error}")
    if open_page:
        _open(target)


def _site(dataset: Path, out: Path | None, open_page: bool, max_bytes: int,
          workers: int | None) -> None:
    """The static site of a batch's dataset, in ``out``."""
    import sqlite3

    from ..batch.pool import default_workers
    from ..render.show_index import write_site

    if out is None:
        raise click.UsageError("a batch's site is a folder: give --out FOLDER")
    if out.exists() and not out.is_dir():
        raise click.UsageError(f"--out {out} is a file; a batch's site is a folder")
    try:
        records = write_site(dataset, out, max_bytes, workers or default_workers())
    except (OSError, sqlite3.Error, UnicodeDecodeError) as error:
        fail(f"{dataset}: {getattr(error, 'strerror', None) or error}")
    pages = sum(1 for record in records if record.page)
    click.echo(f"{out / 'index.html'}: {len(records):,} records, {pages:,} pages", err=True)
    if open_page:
        _open(out / "index.html")


def _temporary_page() -> Path:
    import os
    import tempfile

    handle, name = tempfile.mkstemp(prefix="qsreport-show-", suffix=".html")
    os.close(handle)
    return Path(name)


def _open(page: Path) -> None:
    """Open ``page`` in the default browser; with none, say where the page is (not an error:
    the page was written)."""
    import webbrowser

    try:
        opened = webbrowser.open(page.resolve().as_uri())
    except webbrowser.Error:
        opened = False
    if not opened:
        error_line(f"no web browser found; the page is {page}")
