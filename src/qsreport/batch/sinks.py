"""Where a batch's records go: JSONL, CSV or SQLite, written whole.

A record is never half-written where a reader would take it for whole. JSONL and CSV records
(one line; one file's rows) go out in one unbuffered write, so a run killed with SIGKILL leaves
at most a torn tail, which :func:`open_sink` cuts off when it resumes. SQLite puts each file's
rows in one transaction, so a killed run loses at most the file it was writing.

Resuming first reads back what OUT holds (:mod:`.readback`). Each sink tells where it wrote a
record (a *locator*: a byte offset, or a SQLite row id) and reads the path of a record back
from there, so a later copy can name the first without every path being held.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
import time
from typing import BinaryIO, Protocol

from ..render import csv as csv_render
from ..render import function, output_format
from ..render import sqlite as sqlite_render
from .identity import Locations
from .readback import BOM, CSV_PLACE, Earlier, OutputError, read_csv, read_jsonl
from .work import Result


class Sink(Protocol):
    """An open batch output."""

    def write(self, result: Result) -> int:
        """Write one record; where it went (what :meth:`record_at` takes)."""
        ...

    def record_at(self, locator: int) -> tuple[str, str]:
        """The path and article-text hash of the record written at ``locator``."""
        ...

    def close(self) -> None: ...


def open_sink(fmt: str, out: str, *, resume: bool, bom: bool, schema: str = "2"
              ) -> tuple[Sink, Earlier]:
    """Open OUT for ``fmt`` (``-`` is stdout), with what it already holds when resuming (a
    CSV's header is ``schema``'s)."""
    try:
        if fmt == "sqlite":
            return _open_sqlite(out, resume)
        if out == "-":
            stream = sys.stdout.buffer
            _write_header(stream, fmt, bom, schema)
            return _StreamSink(stream, fmt, None), Earlier()
        earlier = Earlier()
        new = not (resume and os.path.exists(out))
        end = 0
        if not new:
            with open(out, "r+b") as handle:
                end = (read_csv(handle, earlier, schema) if fmt == "csv"
                       else read_jsonl(handle, earlier))
                handle.truncate(end)
            new = end == 0
        stream = open(out, "wb" if new else "ab", buffering=0)  # noqa: SIM115 - the sink owns it
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({error.strerror or error})") from None
    if new:
        end = _write_header(stream, fmt, bom, schema)
    return _StreamSink(stream, fmt, out, end), earlier.seal()


def _write_header(stream: BinaryIO, fmt: str, bom: bool, schema: str) -> int:
    """The line a stream format starts with (the registry's ``header``), after a BOM if asked;
    how many bytes that was."""
    reference = output_format(fmt).header
    if reference is None:
        return 0
    data = (BOM if bom else b"") + function(reference)(schema).encode()
    _write_all(stream, data)
    return len(data)


def _write_all(stream: BinaryIO, data: bytes) -> None:
    """Write ``data`` in one call where the system allows, then flush it out of Python."""
    view = memoryview(data)
    while view:
        view = view[stream.write(view):]
    stream.flush()


class _StreamSink:
    """JSONL or CSV: each record's bytes in one write, flushed at once.

    A record is found again by its offset in the file; on stdout, which cannot be read back,
    the path and text hash of each first copy are kept instead (about 100 bytes a file).
    """

    def __init__(self, stream: BinaryIO, fmt: str, out: str | None, offset: int = 0):
        self.stream = stream
        self.fmt = fmt
        self.out = out  # None: stdout
        self.offset = offset
        self._reader: BinaryIO | None = None
        self._kept = bytearray()

    def write(self, result: Result) -> int:
        assert isinstance(result.payload, bytes)
        locator = self.offset
        if self.out is None:
            locator = len(self._kept)
            if result.text_sha256 and result.duplicate_of is None:
                kept = (result.text_sha256 + result.path).encode("utf-8", "surrogatepass")
                self._kept += len(kept).to_bytes(4, "big") + kept
        _write_all(self.stream, result.payload)
        self.offset += len(result.payload)
        return locator

    def record_at(self, locator: int) -> tuple[str, str]:
        if self.out is None:
            size = int.from_bytes(self._kept[locator:locator + 4], "big")
            kept = self._kept[locator + 4:locator + 4 + size].decode("utf-8", "surrogatepass")
            return kept[64:], kept[:64]
        if self._reader is None:
            self._reader = open(self.out, "rb")  # noqa: SIM115 - closed with the sink
        self._reader.seek(locator)
        if self.fmt == "jsonl":
            record = json.loads(self._reader.readline())
            return str(record["path"]), str(record["text_sha256"])
        text = io.TextIOWrapper(self._reader, "utf-8", newline="")
        try:
            row = next(csv.reader(text))
        finally:
            text.detach()  # the reader stays open for the next look
        # (the batch's columns end the row, whichever schema's it is)
        text_sha256 = CSV_PLACE["text_sha256"] - len(csv_render.COLUMNS)
        return csv_render.restore(row[CSV_PLACE["path"]]), row[text_sha256]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self.out is not None:
            self.stream.close()


# Files are written in groups, one transaction a group, of up to this many or this long,
# whichever comes first: a transaction (or even a statement) per file cost the writer more
# than everything else it does for the file. A run killed loses at most the group it had not
# committed; --resume reads those files again.
_GROUP_FILES = 64
_GROUP_SECONDS = 0.05
_PATH = sqlite_render.REPORT_COLUMNS.index("path")
_TEXT_SHA256 = sqlite_render.REPORT_COLUMNS.index("text_sha256")
_LOCATION = sqlite_render.REPORT_COLUMNS.index("location")


class _SqliteSink:
    """SQLite: files in groups, one transaction a group; each file's rows all or none.

    A record's locator is its row id: ids are given in the order files are written, from
    after the largest already in OUT, as :func:`~qsreport.render.sqlite.insert_many` does.
    """

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection
        self.pending: list[sqlite_render.ReportRows] = []
        self.since = 0.0  # when the first pending file arrived
        (last,) = connection.execute("SELECT coalesce(max(id), 0) FROM reports").fetchone()
        self.first_pending_id = int(last) + 1

    def write(self, result: Result) -> int:
        assert isinstance(result.payload, sqlite_render.ReportRows)
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(result.payload)
        locator = self.first_pending_id + len(self.pending) - 1
        if len(self.pending) >= _GROUP_FILES or time.monotonic() - self.since >= _GROUP_SECONDS:
            self.flush()
        return locator

    def record_at(self, locator: int) -> tuple[str, str]:
        if locator >= self.first_pending_id:
            row = self.pending[locator - self.first_pending_id].report
        else:
            path, text = self.connection.execute(
                "SELECT path, text_sha256 FROM reports WHERE id = ?", (locator,)).fetchone()
            return str(path), str(text)
        return str(row[_PATH]), str(row[_TEXT_SHA256])

    def flush(self) -> None:
        """Write the pending files in one transaction. Interrupted, it writes none of them
        and keeps them pending, so closing the sink writes them after all."""
        try:
            sqlite_render.insert_many(self.connection, self.pending)
        except sqlite3.IntegrityError:
            self._insert_one_by_one()
        self.first_pending_id += len(self.pending)
        self.pending = []

    def _insert_one_by_one(self) -> None:
        """Insert the pending files one at a time. Only a database an earlier version wrote,
        whose ``path`` is unique, refuses a file: one shown as another already is (a name in
        GBK bytes beside the same name in UTF-8) goes in under its location, which no other
        file has."""
        savepoint = self.connection.in_transaction
        if savepoint:
            self.connection.execute("SAVEPOINT one_by_one")
        try:
            for rows in self.pending:
                try:
                    sqlite_render.insert_many(self.connection, [rows])
                except sqlite3.IntegrityError:
                    row = rows.report
                    report = (*row[:_PATH], row[_LOCATION], *row[_PATH + 1:])
                    sqlite_render.insert_many(self.connection, [rows._replace(report=report)])
        except BaseException:
            if savepoint:
                self.connection.execute("ROLLBACK TO one_by_one")
            raise
        finally:
            if savepoint:
                self.connection.execute("RELEASE one_by_one")

    def close(self) -> None:
        try:
            self.flush()  # every file received so far, whole
        finally:
            self.connection.close()


def _open_sqlite(out: str, resume: bool) -> tuple[Sink, Earlier]:
    if out == "-":
        raise OutputError("SQLite cannot be written to stdout: give --out a file such as out.db")
    earlier = Earlier()
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
        locations = Locations()
        for row_id, path, ok, error_kind, location, text, duplicate_of in connection.execute(
                "SELECT id, path, ok, error_kind, location, text_sha256, duplicate_of"
                " FROM reports ORDER BY id"):
            earlier.add(location or locations.of(path), None if ok else str(error_kind),
                        duplicate=duplicate_of is not None, text_sha256=text, locator=row_id)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise OutputError(f"{out}: not a qsreport batch database ({error})") from None
    return _SqliteSink(connection), earlier.seal()
