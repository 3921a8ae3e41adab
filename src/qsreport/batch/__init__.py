"""Batch conversion: many files in, one dataset out, one record per file, nothing lost.

The flow is one way: :func:`~qsreport.batch.discover.discover` names the files (lazily, in a
reproducible order), those an earlier run already wrote are skipped (``resume``), a runner reads
the rest in parallel (:class:`~qsreport.batch.pool.LocalPool`, or
:class:`~qsreport.batch.dask.DaskRunner` on a cluster) and each finished record goes straight
to the sink (:mod:`qsreport.batch.sinks`). Nothing holds more than a few chunks of paths and
records at once, so memory stays flat however many files there are.

    from qsreport.batch import Batch, BatchOptions

    if __name__ == "__main__":  # workers are started afresh and import the main module
        batch = Batch(BatchOptions(paths=("reports/",), out="reports.db", format="sqlite"))
        tally = batch.run()
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import InputError
from ..inputs import shown_path
from ..pipeline import ParseOptions
from ..render import format_for
from .discover import DEFAULT_INCLUDE, Filters, Unlistable, discover
from .sinks import DonePaths, OutputError, Sink, open_sink
from .work import FORMATS, Job, Result

__all__ = [
    "DEFAULT_INCLUDE", "FORMATS", "Batch", "BatchOptions", "Filters", "OutputError", "Result",
    "Tally", "discover", "format_for",
]

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


@dataclass
class Tally:
    """What a batch did: files read, failures by kind, and what an earlier run had done."""

    ok: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    earlier_ok: int = 0  # already in OUT when a resumed run began
    earlier_failed: Counter[str] = field(default_factory=Counter)
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
        else:
            self.failed[result.error_kind] += 1


class Runner(Protocol):
    """Turns paths into results, in parallel; closing the iterator stops the work."""

    def results(self, items: Iterator[str | Result]) -> Generator[Result, None, None]: ...


class Batch:
    """One batch run: :meth:`open` the output (reading back a run to resume), then :meth:`run`."""

    def __init__(self, options: BatchOptions):
        if options.format not in FORMATS:
            raise OutputError(f"unknown format {options.format!r} (one of {', '.join(FORMATS)})")
        self.options = options
        self.job = Job(options.parse, options.format)
        self._sink: Sink | None = None
        self._done = DonePaths()

    def open(self) -> DonePaths:
        """Open OUT; when resuming, what it already holds (those files are not read again)."""
        options = self.options
        if options.resume and options.out == "-":
            raise OutputError("--resume needs --out to be a file, not stdout")
        self._sink, self._done = open_sink(options.format, options.out,
                                           resume=options.resume, bom=options.bom)
        return self._done

    def pending(self) -> Iterator[str | Result]:
        """The files left to read, in order; a folder that cannot be listed as its failure.

        OUT itself is never an input, even when it lies in a folder being read.
        """
        out = self.options.out
        out_name = os.path.basename(out)
        ours = set() if out == "-" else {
            os.path.realpath(out) + end for end in ("", "-wal", "-shm", "-journal")}
        for item in discover(self.options.paths, self.options.filters):
            if isinstance(item, Unlistable):
                if shown_path(item.path) not in self._done:
                    yield self.job.failure(item.path, InputError.kind, item.reason)
            elif shown_path(item) in self._done:
                continue
            elif not os.path.basename(item).startswith(out_name) or (
                    os.path.realpath(item) not in ours):
                yield item

    def count_pending(self) -> int:
        """How many files are left (a second walk of the folders: for a progress bar's ETA)."""
        return sum(1 for _ in self.pending())

    def run(self, on_result: Callable[[Result, Tally], None] | None = None) -> Tally:
        """Read every pending file and write its record; Ctrl-C stops cleanly."""
        if self._sink is None:
            self.open()
        assert self._sink is not None
        tally = Tally(earlier_ok=self._done.ok, earlier_failed=Counter(self._done.failed))
        started = time.monotonic()
        results = self._runner().results(self.pending())
        try:
            for result in results:
                self._sink.write(result)
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
            tally.seconds = time.monotonic() - started
        return tally

    def _runner(self) -> Runner:
        options = self.options
        if options.scheduler:
            from .dask import DaskRunner

            return DaskRunner(self.job, options.scheduler, options.timeout)
        from .pool import LocalPool

        return LocalPool(self.job, options.workers, options.timeout)
