"""One batch run: its options, the loop from pending files to written records, its tally.

:class:`Batch` opens OUT (reading back what a run to resume already wrote), walks the paths
for the files left (:meth:`Batch.pending`), has a runner read them (the local pool, or Dask),
largest first when several workers read at once (:mod:`.order`), and writes each record as it
comes, marked as a duplicate first when an earlier file has its article text. The
:class:`Tally` counts what happened, for the summary and the exit status.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from ..pipeline import ParseOptions
from .discover import ArchiveMember, Filters, OnSkip, Skipped, Unlistable, discover
from .identity import Locations, display_path, lossless_path
from .order import largest_first
from .readback import Earlier, OutputError
from .records import mark_duplicate
from .sinks import Sink, open_sink
from .work import FORMATS, Entry, Job, Result

DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True)
class BatchOptions:
    """Everything that decides what a batch reads, how, and where the records go."""

    paths: tuple[str, ...]
    out: str
    format: str = "jsonl"
    filters: Filters = field(default_factory=Filters)
    parse: ParseOptions = field(default_factory=ParseOptions)
    workers: int = 1
    timeout: float = DEFAULT_TIMEOUT  # seconds one file may take
    fail_fast: bool = False
    resume: bool = False
    bom: bool = False  # CSV: begin with a UTF-8 byte-order mark, for Excel
    scheduler: str | None = None  # a Dask scheduler address: read on that cluster instead
    keep_duplicates: bool = False  # a copy's figures stay in the CSV and SQLite tables
    skipped: str | None = None  # a file to list what the walk passed over, and why


@dataclass
class Tally:
    """What a batch did: files read, failures by kind, and what an earlier run had done."""

    ok: int = 0  # duplicates included
    duplicates: int = 0  # files read whose article text an earlier file has
    failed: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)  # passed over, by reason
    earlier_ok: int = 0  # already in OUT when a resumed run began
    earlier_duplicates: int = 0
    earlier_failed: Counter[str] = field(default_factory=Counter)
    documents: Counter[str] = field(default_factory=Counter)  # files read, by kind of document
    not_chinese: int = 0  # files read whose text is not Chinese (a not_chinese warning)
    seconds: float = 0.0
    interrupted: bool = False  # Ctrl-C: records written so far are whole; --resume finishes
    stopped_at: Result | None = None  # --fail-fast: the failure that stopped the batch

    @property
    def done(self) -> int:
        """Files this run wrote a record for."""
        return self.ok + sum(self.failed.values())

    @property
    def any_failed(self) -> bool:
        """True when a file of the dataset (this run's or an earlier one's) has no report."""
        return bool(+self.failed or +self.earlier_failed)

    def add(self, result: Result) -> None:
        if result.error_kind is None:
            self.ok += 1
            self.duplicates += result.duplicate_of is not None
            if result.document:
                self.documents[result.document] += 1
            self.not_chinese += result.not_chinese
        else:
            self.failed[result.error_kind] += 1


class Runner(Protocol):
    """Turns paths into results, in parallel; closing the iterator stops the work."""

    def results(self, items: Iterator[Entry | Result]) -> Generator[Result, None, None]: ...


class Batch:
    """One batch run: :meth:`open` the output (reading back a run to resume), then :meth:`run`."""

    def __init__(self, options: BatchOptions):
        if options.format not in FORMATS:
            raise OutputError(f"unknown format {options.format!r} (one of {', '.join(FORMATS)})")
        self.options = options
        self.job = Job(options.parse, options.format)
        self._sink: Sink | None = None
        self._done = Earlier()
        self._listing: TextIO | None = None

    def open(self) -> Earlier:
        """Open OUT; when resuming, what it already holds (those files are not read again)."""
        options = self.options
        if options.resume and options.out == "-":
            raise OutputError("--resume needs --out to be a file, not stdout")
        if not options.scheduler:
            from .server import start

            start()  # the workers' server loads while OUT is read back and the walk begins
        self._listing = self._open_listing()
        self._sink, self._done = open_sink(options.format, options.out,
                                           resume=options.resume, bom=options.bom,
                                           schema=options.parse.schema)
        return self._done

    def pending(self, on_skip: OnSkip | None = None) -> Iterator[Entry | Result]:
        """The files left to read, in order; a folder that cannot be listed as its failure;
        what the walk passes over to ``on_skip``.

        A file is known by its location, so a folder spelled another way on resuming (``r``,
        ``./r``, ``/home/me/r``) names the same files; an archive's member by the archive's
        location, ``!/`` and its name. OUT itself is never an input, even when it lies in a
        folder being read.
        """
        out = self.options.out
        out_name = os.path.basename(out)
        ours = set() if out == "-" else {
            os.path.realpath(out) + end for end in ("", "-wal", "-shm", "-journal")}
        locations = Locations()
        done = self._done if len(self._done) else ()
        for item in discover(self.options.paths, self.options.filters, on_skip):
            if isinstance(item, ArchiveMember):
                location = f"{locations.of(item.archive)}!/{lossless_path(item.member)}"
                if location not in done:
                    yield Entry(item.archive, location, item.size, item.member)
                continue
            path = item.path if isinstance(item, Unlistable) else item
            location = locations.of(path)
            if location in done:
                continue
            if isinstance(item, Unlistable):
                yield self.job.failure(Entry(path, location), item.kind, item.reason)
            elif not os.path.basename(item).startswith(out_name) or (
                    os.path.realpath(item) not in ours):
                yield Entry(item, location, _size(item))

    def count_pending(self) -> int:
        """How many files are left (a second walk of the folders: for a progress bar's ETA)."""
        return sum(1 for _ in self.pending())

    def run(self, on_result: Callable[[Result, Tally], None] | None = None) -> Tally:
        """Read every pending file and write its record; Ctrl-C stops cleanly."""
        if self._sink is None:
            self.open()
        assert self._sink is not None
        tally = Tally(earlier_ok=self._done.ok, earlier_duplicates=self._done.duplicates,
                      earlier_failed=Counter(self._done.failed))
        started = time.monotonic()
        listing = self._listing

        def skipped(item: Skipped) -> None:
            tally.skipped[item.reason] += 1
            if listing is not None:
                listing.write(f"{item.reason}\t{display_path(item.path)}\n")

        pending = self.pending(skipped)
        if self.options.workers > 1 or self.options.scheduler:
            pending = largest_first(pending)
        results = self._runner().results(pending)
        try:
            for result in results:
                result = self._write(self._sink, result)
                tally.add(result)
                if on_result is not None:
                    on_result(result, tally)
                if self.options.fail_fast and not result.ok:
                    tally.stopped_at = result
                    break
        except KeyboardInterrupt:
            tally.interrupted = True
        finally:
            results.close()
            self._sink.close()
            if listing is not None:
                listing.close()
            tally.seconds = time.monotonic() - started
        return tally

    def _open_listing(self) -> TextIO | None:
        """The --skipped file, replaced, or None when not asked for."""
        if not self.options.skipped:
            return None
        try:
            return open(self.options.skipped, "w", encoding="utf-8", newline="\n")
        except OSError as error:
            raise OutputError(f"{self.options.skipped}: cannot write the list of skipped files"
                              f" ({error.strerror or error})") from error

    def _write(self, sink: Sink, result: Result) -> Result:
        """Write one record, marked as a duplicate when an earlier file has its article text
        (then its figures stay out of the tables, unless duplicates are kept)."""
        text = result.text_sha256
        if text is None:
            sink.write(result)
            return result
        copies = self._done.copies
        first = copies.get(text)
        if first is not None:
            path, first_text = sink.record_at(first)
            if first_text == text:  # not merely the same first 64 bits
                payload = mark_duplicate(self.options.format, result.payload, path,
                                         self.options.keep_duplicates)
                result = dataclasses.replace(result, payload=payload, duplicate_of=path)
                sink.write(result)
                return result
        copies.put(text, sink.write(result))
        return result

    def _runner(self) -> Runner:
        options = self.options
        if options.scheduler:
            from .dask import DaskRunner

            return DaskRunner(self.job, options.scheduler, options.timeout)
        from .pool import LocalPool

        return LocalPool(self.job, options.workers, options.timeout)


def _size(path: str) -> int:
    """The file's size in bytes; 0 when it cannot be told (its reading will say why)."""
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0
