"""``qsreport batch``: options → :class:`qsreport.batch.Batch` → progress, summary, exit code.

Only click is imported here at import time; the batch machinery, rich and the parser load
when the command runs, so ``qsreport --help`` stays fast.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

import click

from ..render import names
from . import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    format_option,
    max_bytes_option,
    one_line,
    schema_option,
)

if TYPE_CHECKING:
    from ..batch import Batch, Result, Tally

FORMAT_CHOICES = names("batch")
_FAILURES_LISTED = 20  # failed files named on stderr before the rest are only counted


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-o", "--out", required=True, metavar="OUT",
              help="The dataset to write; - streams JSONL (or CSV) to stdout.")
@format_option(FORMAT_CHOICES, help="jsonl, csv or sqlite; by default from OUT's suffix "
                                    "(.jsonl, .csv, .db/.sqlite), else jsonl.")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Also read files matching GLOB in folders, besides the defaults (repeatable; "
                   "case-insensitive). Default: text and pages (*.txt *.htm *.html *.shtml "
                   "*.asp *.aspx *.jsp *.php), documents (*.docx *.doc *.wps *.pdf *.rtf *.mht "
                   "*.mhtml) and archives (*.zip).")
@click.option("--only", multiple=True, metavar="GLOB",
              help="Read only files matching GLOB in folders, instead of the defaults "
                   "(repeatable; --include adds to these).")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Skip files and folders matching GLOB (repeatable). A GLOB with / matches "
                   "the path under PATH, any other the name.")
@click.option("--skipped", metavar="FILE", default=None,
              help="List every file and folder the walk passed over in FILE, a line each: "
                   "reason, a tab, the path.")
@click.option("-w", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: all cores]")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0,
              show_default=True, metavar="SECONDS",
              help="Give up on a file after this long; its record says timeout.")
@max_bytes_option
@schema_option
@click.option("--resume", is_flag=True,
              help="Continue a run that was stopped: keep OUT, read only the files not in it.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that fails.")
@click.option("--keep-duplicates", is_flag=True,
              help="Keep the figures of a file whose article text an earlier file has in the "
                   "CSV and SQLite tables (its record says duplicate_of either way).")
@click.option("--bom", is_flag=True, help="CSV: start with a UTF-8 BOM, so Excel reads it.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary (failed files are still named).")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Read on a Dask cluster (tcp://host:8786); needs qsreport[dask] and the "
                   "files at the same paths on every worker.")
def batch(
    paths: tuple[str, ...], out: str, fmt: str | None, include: tuple[str, ...],
    only: tuple[str, ...], exclude: tuple[str, ...], skipped: str | None, workers: int | None, timeout: float, max_bytes: int,
    schema_version: str, resume: bool, fail_fast: bool, keep_duplicates: bool, bom: bool,
    quiet: bool, scheduler: str | None,
) -> None:
    """Read every report under PATH... into one dataset: one record per file, ok or failed.

    Folders are walked recursively (symlinked folders followed once, so loops end) in a
    fixed order, and files are read in parallel; each member of a .zip is read as a file
    (archive.zip!/member). A file that cannot be read (missing, a broken link), is not text,
    is empty, too large, hangs or crashes its worker gets an error record; the batch goes
    on, and exits 1 at the end if any file failed. Files the walk passes over (not included,
    excluded, hidden, macOS metadata, a saved page's x_files/ folder) are counted in the
    summary and listed with --skipped; they are not failures. A file with
    the article text of one read before (a copy, a link, a repost) is marked duplicate_of it,
    and its figures are left out of CSV and SQLite tables. Records are written whole: a run
    that is stopped (Ctrl-C, kill -9) is finished by the same command with --resume, however
    the folders are spelled.

    \b
    Examples:
      qsreport batch reports/ --out reports.jsonl
      qsreport batch reports/ --out reports.db            SQLite: reports, facts, ...
      qsreport batch a/ b/ --out facts.csv --bom          the facts table, for Excel
      qsreport batch reports/ --out - | jq -c 'select(.ok | not) | .error'
      qsreport batch reports/ --out reports.db --resume   finish a stopped run
      qsreport batch reports/ -o r.jsonl --include '*.xml' --skipped skipped.tsv
      qsreport batch /shared/reports --out all.db --scheduler tcp://head:8786
    """
    if scheduler is None:
        from ..batch.server import start

        start()  # the workers' server loads while this process loads the rest and walks
    from ..batch import DEFAULT_INCLUDE, Batch, BatchOptions, Filters, OutputError, format_for
    from ..batch.pool import default_workers
    from ..errors import QsreportError
    from ..pipeline import ParseOptions

    fmt = fmt or format_for(out)
    if bom and fmt != "csv":
        fail("--bom applies to CSV output only", EXIT_USAGE)
    options = BatchOptions(
        paths=paths, out=out, format=fmt,
        filters=Filters(include=(*(only or DEFAULT_INCLUDE), *include), exclude=exclude),
        parse=ParseOptions(max_bytes=max_bytes, schema=schema_version),  # type: ignore[arg-type]
        workers=workers or default_workers(), timeout=timeout, fail_fast=fail_fast,
        resume=resume, bom=bom, scheduler=scheduler, keep_duplicates=keep_duplicates,
        skipped=skipped,
    )
    run = Batch(options)
    try:
        run.open()
    except OutputError as error:
        fail(str(error), EXIT_USAGE)
    except KeyboardInterrupt:
        fail("interrupted before the first file was read", EXIT_INTERRUPTED)
    report = _Reporter(run, quiet=quiet)
    try:
        with report, _sigterm_as_interrupt():
            tally = run.run(report.on_result)
    except BrokenPipeError:
        # The reader of stdout went away (| head): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FAILED)
    except QsreportError as error:
        fail(str(error), EXIT_USAGE if error.kind == "scheduler" else EXIT_FAILED)
    except OSError as error:
        fail(f"{out}: cannot write ({error.strerror or error}); fix it, then run the same"
              " command with --resume")
    sys.exit(report.finish(tally))


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """While the batch runs, SIGTERM stops it as Ctrl-C does: whole records, a hint to resume."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Reporter:
    """The progress bar (on a terminal), failures as one line each, and the summary."""

    def __init__(self, run: Batch, quiet: bool):
        self.run = run
        self.quiet = quiet
        self.listed = 0
        self._progress: Any = None
        self._task: Any = None
        self._last_update = 0.0

    def __enter__(self) -> _Reporter:
        if self.quiet or not sys.stderr.isatty():
            return self
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            SpinnerColumn(), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>6.0f} files/s"),
            TextColumn("[green]{task.fields[ok]} ok"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=False,
        )
        self._task = self._progress.add_task("batch", total=None, rate=0.0, ok=0, failed=0)
        self._progress.start()
        threading.Thread(target=self._count, daemon=True).start()
        return self

    def _count(self) -> None:
        total = self.run.count_pending()
        self._progress.update(self._task, total=total)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()

    def on_result(self, result: Result, tally: Tally) -> None:
        if not result.ok:
            self._list_failure(result)
        if self._progress is None:
            return
        now = time.monotonic()
        if now - self._last_update < 0.1:
            return
        self._last_update = now
        task = self._progress.tasks[0]
        elapsed = task.elapsed or 1e-9
        self._progress.update(self._task, completed=tally.done, rate=tally.done / elapsed,
                              ok=tally.ok, failed=sum(tally.failed.values()))

    def _list_failure(self, result: Result) -> None:
        self.listed += 1
        if self.listed > _FAILURES_LISTED:
            return
        from ..errors import printable  # a file name may hold terminal escapes

        line = (f"qsreport: {printable(result.path)}: {result.error_kind}:"
                f" {printable(one_line(result.message))}")
        if self._progress is not None:
            self._progress.console.print(line, markup=False, highlight=False)
        else:
            click.echo(line, err=True)

    def finish(self, tally: Tally) -> int:
        """Print the summary; the exit status."""
        if self._progress is not None:
            self._progress.update(self._task, completed=tally.done)
        if not self.quiet:
            for line in _summary(tally, self.run.options.out, self.listed):
                click.echo(line, err=True)
        if tally.interrupted:
            return EXIT_INTERRUPTED
        return EXIT_FAILED if tally.any_failed or tally.stopped_at else EXIT_OK


def _summary(tally: Tally, out: str, listed: int) -> list[str]:
    lines: list[str] = []
    if listed > _FAILURES_LISTED:
        lines.append(f"qsreport: ... and {listed - _FAILURES_LISTED} more failed files"
                     f" (every one has its error record in {out})")
    rate = tally.done / tally.seconds if tally.seconds else 0.0
    lines.append(
        f"qsreport: {tally.done} files in {tally.seconds:.1f} s ({rate:.0f} files/s):"
        f" {_ok(tally.ok, tally.duplicates)}, {_failed(tally.failed)}{_skipped(tally.skipped)}"
        f" → {'stdout' if out == '-' else out}"
    )
    if tally.ok:
        lines.append(f"qsreport: documents read: {_documents(tally)}")
    earlier = tally.earlier_ok + sum(tally.earlier_failed.values())
    if earlier:
        lines.append(f"qsreport: with {earlier} files already in {out} from the earlier run:"
                     f" {_ok(tally.earlier_ok, tally.earlier_duplicates)},"
                     f" {_failed(tally.earlier_failed)}")
    if tally.interrupted:
        lines.append("qsreport: interrupted; every record written is whole. To finish, run"
                     " the same command with --resume.")
    if tally.stopped_at is not None:
        lines.append("qsreport: stopped at the first failure (--fail-fast). To read the rest,"
                     " run the same command with --resume.")
    return lines


def _ok(ok: int, duplicates: int) -> str:
    if not duplicates:
        return f"{ok} ok"
    return f"{ok} ok ({duplicates} duplicate{'s' if duplicates > 1 else ''} of an earlier file)"


def _counted(counter: Counter[str], word: str) -> str:
    """``12 failed (3 empty, 9 unreadable)``: a total and its parts by reason."""
    total = sum(counter.values())
    if not total:
        return f"0 {word}"
    parts = ", ".join(f"{count} {reason}" for reason, count in sorted(counter.items()))
    return f"{total} {word} ({parts})"


# The kinds of document (meta.document), in the order the summary names them.
_DOCUMENT_KINDS = ("report", "notice", "listing", "unrelated", "too_short")


def _documents(tally: Tally) -> str:
    """``40 report, 3 notice, 1 too_short; 2 not_chinese``: the files read, by kind."""
    kinds = sorted(tally.documents.items(), key=lambda item: (
        _DOCUMENT_KINDS.index(item[0]) if item[0] in _DOCUMENT_KINDS else len(_DOCUMENT_KINDS),
        item[0]))
    counted = ", ".join(f"{count} {kind}" for kind, count in kinds) or "none told"
    if tally.not_chinese:
        counted += f"; {tally.not_chinese} not_chinese (their records warn)"
    return counted


def _failed(failed: Counter[str]) -> str:
    return _counted(failed, "failed")


def _skipped(skipped: Counter[str]) -> str:
    return f"; {_counted(skipped, 'skipped')}" if sum(skipped.values()) else ""
