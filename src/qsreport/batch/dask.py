"""The same batch on a Dask distributed cluster (``--scheduler ADDRESS``; ``qsreport[dask]``).

The parent discovers files and writes records exactly as it does locally; only the reading
moves to the cluster, in chunks of paths, so every worker must see the files at the same paths
(a shared file system) and have the same qsreport installed. A bounded number of chunks is in
flight at once, which keeps the parent's memory flat and lets a chunk's age stand in for its
files' time. A chunk that fails (its worker died) or overruns ``timeout`` seconds a file is
split into single files, so the one at fault gets the error record and the others are read.
A Dask task cannot be killed: a file that hangs still occupies its worker thread until it
finishes, but the batch goes on without it.
"""

from __future__ import annotations

import importlib
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from typing import Any

from ..errors import QsreportError, Timeout
from .pool import SPREAD_BYTES
from .work import Entry, Job, Result

CHUNK_FILES = 64
Future = Any  # distributed is optional and only partly typed: it is used through Any


class SchedulerError(QsreportError):
    """The Dask scheduler cannot be reached, or dask is not installed."""

    kind = "scheduler"
    hint = "check the address, or run without --scheduler"


def _distributed() -> Any:
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise SchedulerError("--scheduler needs dask: pip install 'qsreport[dask]'") from None


def connect(address: str) -> Any:
    """A client of the scheduler at ``address`` (a ``distributed.Client``)."""
    distributed = _distributed()
    try:
        # The default client of this process: distributed.wait works through it.
        return distributed.Client(address, timeout="10s")
    except (OSError, TimeoutError, ValueError) as error:  # refused, silent, or not an address
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {error}") from None


class DaskRunner:
    """Run a :class:`Job` on a cluster, one result per path, as chunks finish."""

    def __init__(self, job: Job, address: str, timeout: float, chunk_files: int = CHUNK_FILES):
        self.job = job
        self.address = address
        self.timeout = timeout
        self.chunk_files = max(1, chunk_files)

    def results(self, items: Iterable[Entry | Result]) -> Generator[Result, None, None]:
        """A result for every item, in the order they finish; a Result item passes through."""
        distributed = _distributed()
        client = connect(self.address)
        source = iter(items)
        singles: deque[Entry] = deque()  # files of a failed chunk, to be read one a task
        in_flight: dict[Future, tuple[list[Entry], float]] = {}
        limit = max(2, 2 * sum(client.nthreads().values()))
        exhausted = False
        try:
            while True:
                while len(in_flight) < limit:
                    if singles:
                        chunk = [singles.popleft()]
                    elif exhausted:
                        break
                    else:
                        chunk, settled, exhausted = _take(source, self.chunk_files)
                        yield from settled
                        if not chunk:
                            continue
                    future = client.submit(self.job.run_many, chunk, pure=False)
                    in_flight[future] = (chunk, time.monotonic())
                if not in_flight:
                    return
                try:
                    finished = distributed.wait(
                        list(in_flight), timeout=self._wait_time(in_flight),
                        return_when="FIRST_COMPLETED",
                    ).done
                except distributed.TimeoutError:
                    finished = set()
                for future in finished:
                    chunk, _ = in_flight.pop(future)
                    if future.status == "finished":
                        yield from future.result()
                    else:
                        yield from self._split(chunk, singles, "crashed", _failure(future))
                    future.release()
                now = time.monotonic()
                for future, (chunk, submitted) in list(in_flight.items()):
                    if now - submitted > self.timeout * len(chunk):
                        del in_flight[future]
                        future.cancel()
                        message = (f"no answer after {self.timeout:g} s"
                                   " (raise --timeout to allow more)")
                        yield from self._split(chunk, singles, Timeout.kind, message)
        finally:
            for future in in_flight:
                future.cancel()
            client.close()

    def _split(self, chunk: list[Entry], singles: deque[Entry], kind: str,
               message: str) -> Iterator[Result]:
        if len(chunk) == 1:
            yield self.job.failure(chunk[0], kind, message)
        else:
            singles.extend(chunk)

    def _wait_time(self, in_flight: dict[Future, tuple[list[Entry], float]]) -> float:
        deadline = min(submitted + self.timeout * len(chunk)
                       for chunk, submitted in in_flight.values())
        # Short enough that a Ctrl-C landing just before a wait is seen soon after.
        return min(max(0.01, deadline - time.monotonic()), 0.5)


def _take(
    source: Iterator[Entry | Result], size: int
) -> tuple[list[Entry], list[Result], bool]:
    """The next chunk: ``size`` files, or fewer when they reach SPREAD_BYTES (so big files
    are tasks of their own, spread over the cluster)."""
    chunk: list[Entry] = []
    settled: list[Result] = []
    files = 0
    for item in source:
        if isinstance(item, Result):
            settled.append(item)
        else:
            chunk.append(item)
            files += item.size
        if len(chunk) >= size or files >= SPREAD_BYTES:
            return chunk, settled, False
    return chunk, settled, True


def _failure(future: Any) -> str:
    try:
        error = future.exception(timeout=1)
    except Exception as problem:  # the reason is lost with the worker; say what we know
        error = problem
    return f"its Dask task failed ({type(error).__name__}: {error})"
