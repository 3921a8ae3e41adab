"""Where a batch's records go: JSONL, CSV or SQLite, written whole and read back to resume.

A record is never half-written where a reader would take it for whole. JSONL and CSV records
(one line; one file's rows) go out in one unbuffered write, so a run killed with SIGKILL leaves
at most a torn tail, which :func:`open_sink` cuts off when it resumes. SQLite puts each file's
rows in one transaction, so a killed run loses at most the file it was writing.

Resuming reads back the paths already done into :class:`DonePaths`: 8 bytes a path (sorted
64-bit digests), so resuming a run over millions of files stays small.
"""

from __future__ import annotations

import array
import bisect
import csv
import hashlib
import json
import os
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO, Protocol

from ..errors import QsreportError
from ..render import csv as csv_render
from ..render import function, output_format
from ..render import sqlite as sqlite_render
from .work import Result

_BOM = b"\xef\xbb\xbf"
_JSONL_LEAD = b'{"path": '


class OutputError(QsreportError):
    """OUT cannot be written, or is not a batch output that ``--resume`` can continue."""

    kind = "output"




def _digest(path: str) -> int:
    return int.from_bytes(hashlib.blake2b(path.encode("utf-8"), digest_size=8).digest(), "big")


class DonePaths:
    """The paths an earlier run already wrote, and how many of them failed, by kind."""

    def __init__(self) -> None:
        self._digests = array.array("Q")
        self.ok = 0
        self.failed: Counter[str] = Counter()

    def add(self, path: str, error_kind: str | None) -> None:
        self._digests.append(_digest(path))
        if error_kind is None:
            self.ok += 1
        else:
            self.failed[error_kind] += 1

    def seal(self) -> DonePaths:
        """Sort for lookups; call once, after the last :meth:`add`."""
        self._digests = array.array("Q", sorted(self._digests))
        return self

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, str):
            return False
        digest = _digest(path)
        index = bisect.bisect_left(self._digests, digest)
        return index < len(self._digests) and self._digests[index] == digest

    def __len__(self) -> int:
        return len(self._digests)


class Sink(Protocol):
    """An open batch output."""

    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


def open_sink(fmt: str, out: str, *, resume: bool, bom: bool) -> tuple[Sink, DonePaths]:
    """Open OUT for ``fmt`` (``-`` is stdout), with what it already holds when resuming."""
    try:
        if fmt == "sqlite":
            return _open_sqlite(out, resume)
        if out == "-":
            stream = sys.stdout.buffer
            _write_header(stream, fmt, bom)
            return _StreamSink(stream, close=False), DonePaths()
        done = DonePaths()
        new = not (resume and os.path.exists(out))
        if not new:
            read_back = _read_jsonl if fmt == "jsonl" else _read_csv
            with open(out, "r+b") as handle:
                end = read_back(handle, done)
                handle.truncate(end)
            new = end == 0
        stream = open(out, "wb" if new else "ab", buffering=0)  # noqa: SIM115 - the sink owns it
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({error.strerror or error})") from None
    if new:
        _write_header(stream, fmt, bom)
    return _StreamSink(stream, close=True), done.seal()


def _write_header(stream: BinaryIO, fmt: str, bom: bool) -> None:
    """The line a stream format starts with (the registry's ``header``), after a BOM if asked."""
    reference = output_format(fmt).header
    if reference is not None:
        _write_all(stream, (_BOM if bom else b"") + function(reference)().encode())


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """Write ``data`` in one call where the system allows, then flush it out of Python."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view):]
    stream.flush()


class _StreamSink:
    """JSONL or CSV: each record's bytes in one write, flushed at once."""

    def __init__(self, stream: BinaryIO, close: bool):
        self.stream = stream
        self._close = close

    def write(self, result: Result) -> None:
        assert isinstance(result.payload, bytes)
        _write_all(self.stream, result.payload)

    def close(self) -> None:
        if self._close:
            self.stream.close()


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Each line of ``handle`` with the offset it starts at."""
    offset = handle.tell()
    for line in handle:
        yield offset, line
        offset += len(line)


def _read_jsonl(handle: BinaryIO, done: DonePaths) -> int:
    """Note every whole record in ``done``; return where the whole records end."""
    decoder = json.JSONDecoder()
    end = 0
    for number, (offset, line) in enumerate(_lines(handle), start=1):
        if not line.endswith(b"\n"):
            return offset  # a torn last line: the record it began is not done
        try:
            if line.startswith(_JSONL_LEAD) and b'"ok": true' in line[:4096]:
                # The common case, read without parsing the whole report.
                text = line.decode("utf-8")
                path, after = decoder.raw_decode(text, len(_JSONL_LEAD))
                if not text.startswith(', "ok": true', after):
                    raise ValueError("not a record")
                error_kind = None
            else:
                record = json.loads(line)
                path = record["path"]
                error_kind = None if record["ok"] else str(record["error"]["kind"])
        except (ValueError, KeyError, TypeError):
            raise OutputError(
                f"{handle.name}: line {number} is not a batch record, so it cannot be resumed"
            ) from None
        done.add(path, error_kind)
        end = offset + len(line)
    return end


class _Offsets:
    """Lines of a binary file as text for the csv module, counting the bytes handed out."""

    def __init__(self, handle: BinaryIO):
        self.handle = handle
        self.consumed = handle.tell()
        self.torn = False

    def __iter__(self) -> Iterator[str]:
        for line in self.handle:
            self.consumed += len(line)
            self.torn = not line.endswith(b"\n")
            yield line.decode("utf-8", "surrogateescape")


def _read_csv(handle: BinaryIO, done: DonePaths) -> int:
    """Note every file whose rows are all there in ``done``; return where they end."""
    if handle.read(len(_BOM)) != _BOM:
        handle.seek(0)
    lines = _Offsets(handle)
    rows = csv.reader(lines)
    columns = csv_render.COLUMNS
    place = {name: index for index, name in enumerate(columns)}
    try:
        first = next(rows, None)
    except csv.Error:
        first = None
    if first is None or lines.torn:
        return 0
    if tuple(first) != columns:
        raise OutputError(f"{handle.name}: not a qsreport batch CSV (its header differs)")
    whole_end = lines.consumed
    group: list[str] | None = None
    seen = expected = 0
    try:
        for row in rows:
            if lines.torn or len(row) != len(columns):
                break
            index, count = int(row[place["fact_index"]]), int(row[place["fact_count"]])
            if (index <= 1) != (group is None):
                break
            if group is None:
                group, seen, expected = row, 0, max(1, count)
            seen += 1
            if seen == expected:
                ok = group[place["ok"]] == "true"
                done.add(csv_render.restore(group[place["path"]]),
                         None if ok else csv_render.restore(group[place["error_kind"]]))
                whole_end, group = lines.consumed, None
    except (csv.Error, ValueError):
        pass
    # Only the tail can be torn (each file's rows went out in one write); anything wrong
    # before it means OUT is not what this batch wrote.
    if not lines.torn and handle.read(1):
        raise OutputError(f"{handle.name}: damaged before its end, so it cannot be resumed")
    return whole_end


# Files are written in groups, one transaction a group, of up to this many or this long,
# whichever comes first: a transaction (or even a statement) per file cost the writer more
# than everything else it does for the file. A run killed loses at most the group it had not
# committed; --resume reads those files again.
_GROUP_FILES = 64
_GROUP_SECONDS = 0.05


class _SqliteSink:
    """SQLite: files in groups, one transaction a group; each file's rows all or none."""

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection
        self.pending: list[sqlite_render.ReportRows] = []
        self.since = 0.0  # when the first pending file arrived

    def write(self, result: Result) -> None:
        assert isinstance(result.payload, sqlite_render.ReportRows)
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(result.payload)
        if len(self.pending) >= _GROUP_FILES or time.monotonic() - self.since >= _GROUP_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pending files in one transaction. Interrupted, it writes none of them
        and keeps them pending, so closing the sink writes them after all."""
        sqlite_render.insert_many(self.connection, self.pending)
        self.pending = []

    def close(self) -> None:
        try:
            self.flush()  # every file received so far, whole
        finally:
            self.connection.close()


def _open_sqlite(out: str, resume: bool) -> tuple[Sink, DonePaths]:
    if out == "-":
        raise OutputError("SQLite cannot be written to stdout: give --out a file such as out.db")
    done = DonePaths()
    try:
        if not resume:
            for leftover in (out, out + "-wal", out + "-shm", out + "-journal"):
                if os.path.lexists(leftover):
                    os.remove(leftover)
        connection = sqlite3.connect(out)
        # WAL: a commit is an append, cheap enough for one transaction per file, and a
        # killed writer's last transaction is simply not there when the file is opened again.
        connection.execute("PRAGMA journal_mode=WAL")
    except (OSError, sqlite3.OperationalError) as error:
        raise OutputError(f"{out}: cannot write ({getattr(error, 'strerror', None) or error})") \
            from None
    except sqlite3.DatabaseError as error:
        raise OutputError(f"{out}: not a qsreport batch database ({error})") from None
    try:
        connection.execute("PRAGMA synchronous=NORMAL")
        sqlite_render.create_schema(connection)
        for path, ok, error_kind in connection.execute("SELECT path, ok, error_kind FROM reports"):
            done.add(path, None if ok else str(error_kind))
    except sqlite3.DatabaseError as error:
        connection.close()
        raise OutputError(f"{out}: not a qsreport batch database ({error})") from None
    return _SqliteSink(connection), done.seal()
