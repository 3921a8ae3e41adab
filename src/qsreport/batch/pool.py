"""The local worker pool: processes that read files, watched by the parent.

Each worker has its own socket. The parent sends it chunks of paths, a new one as soon as the
worker is within one chunk of running dry, so at most one chunk waits in the socket and sending
never blocks. Big files are spread out: a chunk ends after a file that brings it to
:data:`SPREAD_BYTES`, and a worker that holds that much is given nothing more until it is below
it again, so two big files never wait on one worker while another runs dry (and the batch hands
the largest files out first: :mod:`.order`). The worker answers every file with its finished
record, in order (:mod:`.wire`), so the parent always knows which file a worker is on and since
when. A worker that is silent for longer than the per-file timeout is killed; one that dies is
noticed through its sentinel and its closed socket. Either way the file it was on gets an error
record (``timeout`` or ``crashed``), the rest of its chunk goes back to the front of the queue,
and a fresh worker takes its place.

Workers come from the fork server (:mod:`.server`). The first chunks are taken before the
first worker is started, so the walk runs while the server gets ready.

Concurrent.futures and multiprocessing.Pool are not used because neither can kill one hung
task, and a dead worker breaks the whole executor.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from ..errors import QsreportError, Timeout
from . import wire
from .server import context
from .work import Entry, Job, Result

CHUNK_FILES = 16
SPREAD_BYTES = 512 * 1024  # of files: a chunk ends, and a worker waits, once it holds this much
_CHUNK_BYTES = 32 * 1024  # well under a socket's buffer, so a send never waits for the worker
_READY = "ready"
# The longest the parent waits without looking up. A Ctrl-C that lands just before a wait
# begins is only seen when the wait returns; this bounds how late that can be.
_TICK = 0.5
# The least time between two looks at the workers, to begin with. Answers wait in the sockets
# meanwhile, so one look collects several: waking for every answer cost the parent as much CPU
# as a worker's parse of a small file, and each look costs about 0.1 ms. The pause then follows
# the answers: longer while a look finds fewer than a quarter of what the workers were last
# given, shorter once it finds half of it, so the workers never run dry. Once every file has
# been handed out there is no pause: the last answers are taken as they come.
_GATHER = 0.004
_GATHER_RANGE = (0.001, 0.025)


class WorkerStartError(QsreportError):
    """A worker process died before it could read a file: the batch cannot go on."""

    kind = "worker_start"
    hint = ("when calling qsreport.batch from a script, guard its entry point with"
            " if __name__ == '__main__'")


def _serve(job: Job, sock: socket.socket, lifeline: Connection) -> None:
    """A worker's life: read chunks of paths, answer each path with its record."""
    # Ctrl-C reaches the whole process group; the parent decides how the batch stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(lifeline,), daemon=True).start()
    try:
        wire.send(sock, _READY)
        while True:
            chunk = wire.receive(sock)
            if chunk is None:
                return
            assert isinstance(chunk, list)
            for entry in chunk:
                wire.send(sock, job.run(entry))
    except (EOFError, OSError):
        return  # the parent is gone (killed, or stopped early): nobody wants the answers


def _exit_with_parent(lifeline: Connection) -> None:
    """End this worker when the parent is gone, even while a file holds it: a batch killed
    with SIGKILL must not leave a worker stuck on a FIFO or a runaway parse behind. Only the
    parent holds the other end of ``lifeline``, so reading it returns when the parent ends."""
    with contextlib.suppress(EOFError, OSError):
        lifeline.recv_bytes()
    os._exit(1)


@dataclass
class _Worker:
    process: BaseProcess
    sock: socket.socket
    inbox: wire.Inbox
    assigned: deque[Entry] = field(default_factory=deque)  # sent, not yet answered, in order
    load: int = 0  # bytes of the files assigned
    ready: bool = False
    since: float = 0.0  # when it started on the file it is on (its last answer, or idle end)


class LocalPool:
    """Run a :class:`Job` over many paths in worker processes, one result per path."""

    def __init__(self, job: Job, workers: int, timeout: float, chunk_files: int = CHUNK_FILES):
        self.job = job
        self.size = max(1, workers)
        self.timeout = timeout
        self.chunk_files = max(1, chunk_files)
        self._context = context()
        self._lifeline: Connection  # the reading end of the pipe that ends with this process

    def results(self, items: Iterable[Entry | Result]) -> Generator[Result, None, None]:
        """A result for every item, in the order they finish; a Result item passes through.

        Closing the iterator early (fail-fast, Ctrl-C) stops the workers.
        """
        source = iter(items)
        retry: deque[Entry] = deque()
        settled: deque[Result] = deque()
        # Every worker holds the reading end; the writing end never leaves this process.
        self._lifeline, lifeline_writer = self._context.Pipe(duplex=False)
        workers: list[_Worker] = []
        exhausted = False
        gather = _GATHER
        try:
            while len(workers) < self.size:  # each worker's first chunk, then the worker
                chunk, exhausted = self._take(source, retry, settled, exhausted)
                workers.append(self._start())
                self._give(workers, len(workers) - 1, chunk, retry)
            while True:
                for index, worker in enumerate(workers):
                    if len(worker.assigned) >= self.chunk_files or worker.load >= SPREAD_BYTES:
                        continue
                    chunk, exhausted = self._take(source, retry, settled, exhausted)
                    self._give(workers, index, chunk, retry)
                while settled:
                    yield settled.popleft()
                busy = [w for w in workers if w.assigned]
                if not busy:
                    if exhausted and not retry:
                        return
                    continue
                ready = wait(self._handles(busy), timeout=self._wait_time(busy))
                if retry or not exhausted:  # at the end, each answer is taken as it comes
                    time.sleep(gather)
                answers = 0
                for index, worker in enumerate(workers):
                    if not worker.assigned:
                        continue
                    died = worker.process.sentinel in ready
                    results, healthy = self._collect(worker, retry, died)
                    answers += len(results)
                    yield from results
                    if not healthy:
                        workers[index] = self._replace(worker)
                gather = self._next_gather(gather, answers)
        finally:
            self._stop(workers)
            self._lifeline.close()
            lifeline_writer.close()

    def _next_gather(self, gather: float, answers: int) -> float:
        """The pause before the next look, from how many answers this one found."""
        given = self.size * self.chunk_files  # what the workers hold at least, once topped up
        if 2 * answers >= given:
            gather /= 2
        elif 4 * answers < given:
            gather *= 1.5
        return min(max(gather, _GATHER_RANGE[0]), _GATHER_RANGE[1])

    def _take(
        self, source: Iterator[Entry | Result], retry: deque[Entry], settled: deque[Result],
        exhausted: bool,
    ) -> tuple[list[Entry], bool]:
        chunk: list[Entry] = []
        size = files = 0
        while len(chunk) < self.chunk_files and size < _CHUNK_BYTES and files < SPREAD_BYTES:
            if retry:
                entry = retry.popleft()
            elif exhausted:
                break
            else:
                item = next(source, None)
                if item is None:
                    exhausted = True
                    break
                if isinstance(item, Result):
                    settled.append(item)
                    continue
                entry = item
            chunk.append(entry)
            size += (len(entry.path) + len(entry.location)) * 4 + 32
            files += entry.size
        return chunk, exhausted

    def _give(self, workers: list[_Worker], index: int, chunk: list[Entry],
              retry: deque[Entry]) -> None:
        """Send ``chunk`` to a worker. One that is gone gets nothing: the chunk goes back to
        the queue, and the worker is replaced now if it held no file, else once its answers
        are collected (which gives the file it was on its record)."""
        worker = workers[index]
        if not chunk or self._send(worker, chunk):
            return
        retry.extendleft(reversed(chunk))
        if worker.assigned:
            return
        self._drain(worker, [])  # its "ready", if it sent that before it ended
        if not worker.ready:
            worker.process.join(timeout=1)
            raise WorkerStartError(
                f"a worker process could not start ({self._how_it_ended(worker)})")
        workers[index] = self._replace(worker)

    def _send(self, worker: _Worker, chunk: list[Entry]) -> bool:
        """Give a worker more paths; False if it is gone (it died while idle)."""
        try:
            wire.send(worker.sock, chunk)
        except OSError:
            return False
        if not worker.assigned:
            worker.since = time.monotonic()
        worker.assigned.extend(chunk)
        worker.load += sum(entry.size for entry in chunk)
        return True

    @staticmethod
    def _handles(busy: list[_Worker]) -> list[socket.socket | int]:
        handles: list[socket.socket | int] = []
        for worker in busy:
            handles += [worker.sock, worker.process.sentinel]
        return handles

    def _wait_time(self, busy: list[_Worker]) -> float:
        started = [w.since for w in busy if w.ready]
        if not started:
            return _TICK
        return max(0.0, min(min(started) + self.timeout - time.monotonic(), _TICK))

    def _collect(self, worker: _Worker, retry: deque[Entry], died: bool
                 ) -> tuple[list[Result], bool]:
        """A busy worker's answers so far, and whether it is still fit to work (``died``:
        its process has ended).

        A worker that died or hung is not: the file it was on gets its error record here, and
        the rest of its paths go back to ``retry``.
        """
        results: list[Result] = []
        self._drain(worker, results)  # a worker that died: all it sent, up to its end
        if not worker.assigned:
            return results, not (died or worker.inbox.closed)
        if died or worker.inbox.closed:
            worker.process.join(timeout=1)
            if not worker.ready:
                raise WorkerStartError(
                    f"a worker process could not start ({self._how_it_ended(worker)})"
                )
            results.append(self._crashed(worker))
        elif worker.ready and time.monotonic() - worker.since > self.timeout:
            results.append(self.job.failure(
                worker.assigned[0], Timeout.kind,
                f"no answer after {self.timeout:g} s (raise --timeout to allow more)",
            ))
        else:
            return results, True
        worker.assigned.popleft()
        retry.extendleft(reversed(worker.assigned))
        worker.assigned.clear()
        worker.load = 0
        return results, False

    @staticmethod
    def _drain(worker: _Worker, results: list[Result]) -> None:
        """Take what a worker has sent."""
        messages = worker.inbox.take()
        if messages:
            worker.since = time.monotonic()
        for message in messages:
            if message == _READY:
                worker.ready = True
            else:
                assert isinstance(message, Result)
                worker.load -= worker.assigned.popleft().size
                results.append(message)

    def _crashed(self, worker: _Worker) -> Result:
        return self.job.failure(
            worker.assigned[0], "crashed",
            f"the worker reading it stopped ({self._how_it_ended(worker)});"
            " the file may exhaust memory or the parser",
        )

    @staticmethod
    def _how_it_ended(worker: _Worker) -> str:
        code = worker.process.exitcode
        if code is not None and code < 0:
            return f"killed by signal {-code}"
        return f"exited with status {code}"

    def _start(self) -> _Worker:
        parent_end, child_end = socket.socketpair()
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(self.job, child_end, self._lifeline), daemon=True
        )
        process.start()
        child_end.close()
        return _Worker(process, parent_end, wire.Inbox(parent_end))

    def _replace(self, worker: _Worker) -> _Worker:
        self._end(worker)
        return self._start()

    @staticmethod
    def _end(worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        worker.sock.close()

    def _stop(self, workers: list[_Worker]) -> None:
        for worker in workers:
            try:
                if worker.process.is_alive() and not worker.assigned:
                    wire.send(worker.sock, None)
            except OSError:
                pass
        deadline = time.monotonic() + 2
        for worker in workers:
            if not worker.assigned:
                worker.process.join(timeout=max(0.0, deadline - time.monotonic()))
            self._end(worker)


def default_workers() -> int:
    """Every core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
