"""Where a batch's records go: JSONL, CSV or SQLite, written whole and read back to resume.

A record is never half-written where a reader would take it for whole. JSONL and CSV records
(one line; one file's rows) go out in one unbuffered write, so a run killed with SIGKILL leaves
at most a torn tail, which :func:`open_sink` cuts off when it resumes. SQLite puts each file's
rows in one transaction, so a killed run loses at most the file it was writing.

Resuming reads back what OUT already holds into :class:`Earlier`: the locations done (8 bytes
each, sorted 64-bit digests) and the first record of each article text (:class:`Copies`, 32
to 64 bytes an article), so resuming a run over millions of files stays small. Each sink tells
where it wrote a record (a *locator*: a byte offset, or a SQLite row id) and reads the path of
a record back from there, so a later copy can name the first without every path being held.
"""

from __future__ import annotations

import array
import bisect
import csv
import hashlib
import io
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
from .identity import Locations
from .records import LOCATION_KEY
from .work import Result

_BOM = b"\xef\xbb\xbf"
_JSONL_LEAD = b'{"path": '


class OutputError(QsreportError):
    """OUT cannot be written, or is not a batch output that ``--resume`` can continue."""

    kind = "output"


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


class Copies:
    """The first record of each article text: its hash → where that record is (a locator).

    Open addressing over two arrays of 64-bit numbers (the key is the hash's first 64 bits),
    between a quarter and half full: 32 to 64 bytes a text, where a dict takes over 100.
    """

    def __init__(self) -> None:
        self._keys = array.array("Q", bytes(8 * 1024))
        self._values = array.array("Q", bytes(8 * 1024))
        self._count = 0

    @staticmethod
    def _key(text_sha256: str) -> int:
        return int(text_sha256[:16], 16) or 1  # 0 marks an empty slot

    def _slot(self, key: int) -> int:
        mask = len(self._keys) - 1
        index = key & mask
        while self._keys[index] not in (key, 0):
            index = (index + 1) & mask
        return index

    def get(self, text_sha256: str) -> int | None:
        """Where the first record with this text is, if one was written."""
        key = self._key(text_sha256)
        index = self._slot(key)
        return self._values[index] if self._keys[index] == key else None

    def put(self, text_sha256: str, locator: int) -> None:
        """Note the record at ``locator`` as the first with this text (a later one is not)."""
        key = self._key(text_sha256)
        index = self._slot(key)
        if self._keys[index] == key:
            return
        self._keys[index], self._values[index] = key, locator
        self._count += 1
        if 2 * self._count > len(self._keys):
            self._grow()

    def _grow(self) -> None:
        keys, values = self._keys, self._values
        self._keys = array.array("Q", bytes(16 * len(keys)))
        self._values = array.array("Q", bytes(16 * len(keys)))
        for key, value in zip(keys, values, strict=True):
            if key:
                index = self._slot(key)
                self._keys[index], self._values[index] = key, value

    def __len__(self) -> int:
        return self._count


class Earlier:
    """What OUT held when the run began: the files done (by location), how many of them
    failed (by kind) or repeat an earlier file, and the first record of each text."""

    def __init__(self) -> None:
        self._digests = array.array("Q")
        self.ok = 0
        self.duplicates = 0
        self.failed: Counter[str] = Counter()
        self.copies = Copies()

    def add(self, location: str, error_kind: str | None, *, duplicate: bool = False,
            text_sha256: str | None = None, locator: int = 0) -> None:
        self._digests.append(_digest(location))
        if error_kind is not None:
            self.failed[error_kind] += 1
            return
        self.ok += 1
        if duplicate:
            self.duplicates += 1
        elif text_sha256:
            self.copies.put(text_sha256, locator)

    def seal(self) -> Earlier:
        """Sort for lookups; call once, after the last :meth:`add`."""
        self._digests = array.array("Q", sorted(self._digests))
        return self

    def __contains__(self, location: object) -> bool:
        if not isinstance(location, str):
            return False
        digest = _digest(location)
        index = bisect.bisect_left(self._digests, digest)
        return index < len(self._digests) and self._digests[index] == digest

    def __len__(self) -> int:
        return len(self._digests)


class Sink(Protocol):
    """An open batch output."""

    def write(self, result: Result) -> int:
        """Write one record; where it went (what :meth:`record_at` takes)."""
        ...

    def record_at(self, locator: int) -> tuple[str, str]:
        """The path and article-text hash of the record written at ``locator``."""
        ...

    def close(self) -> None: ...


def open_sink(fmt: str, out: str, *, resume: bool, bom: bool) -> tuple[Sink, Earlier]:
    """Open OUT for ``fmt`` (``-`` is stdout), with what it already holds when resuming."""
    try:
        if fmt == "sqlite":
            return _open_sqlite(out, resume)
        if out == "-":
            stream = sys.stdout.buffer
            _write_header(stream, fmt, bom)
            return _StreamSink(stream, fmt, None), Earlier()
        earlier = Earlier()
        new = not (resume and os.path.exists(out))
        end = 0
        if not new:
            read_back = _read_jsonl if fmt == "jsonl" else _read_csv
            with open(out, "r+b") as handle:
                end = read_back(handle, earlier)
                handle.truncate(end)
            new = end == 0
        stream = open(out, "wb" if new else "ab", buffering=0)  # noqa: SIM115 - the sink owns it
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({error.strerror or error})") from None
    if new:
        end = _write_header(stream, fmt, bom)
    return _StreamSink(stream, fmt, out, end), earlier.seal()


def _write_header(stream: BinaryIO, fmt: str, bom: bool) -> int:
    """The line a stream format starts with (the registry's ``header``), after a BOM if asked;
    how many bytes that was."""
    reference = output_format(fmt).header
    if reference is None:
        return 0
    data = (_BOM if bom else b"") + function(reference)().encode()
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
        return csv_render.restore(row[_CSV_PLACE["path"]]), row[_CSV_PLACE["text_sha256"]]

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        if self.out is not None:
            self.stream.close()


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Each line of ``handle`` with the offset it starts at."""
    offset = handle.tell()
    for line in handle:
        yield offset, line
        offset += len(line)


def _read_jsonl(handle: BinaryIO, earlier: Earlier) -> int:
    """Note every whole record in ``earlier``; return where the whole records end."""
    locations = Locations()
    end = 0
    for number, (offset, line) in enumerate(_lines(handle), start=1):
        if not line.endswith(b"\n"):
            return offset  # a torn last line: the record it began is not done
        try:
            at = line.rfind(LOCATION_KEY)
            if line.startswith(_JSONL_LEAD) and at > 0:
                # A record of this version ends with its location, text hash (once read) and
                # duplicate_of: read there, without parsing the whole report.
                tail = json.loads(b"{" + line[at + 2:])
                location = str(tail["location"])
                text = tail.get("text_sha256")
                error_kind = None if text is not None else _error_kind(json.loads(line))
            else:  # an earlier version's record: no location, so the path as given it is
                record = json.loads(line)
                location, text = locations.of(str(record["path"])), None
                error_kind = _error_kind(record)
                tail = {}
        except (ValueError, KeyError, TypeError):
            raise OutputError(
                f"{handle.name}: line {number} is not a batch record, so it cannot be resumed"
            ) from None
        earlier.add(location, error_kind, duplicate="duplicate_of" in tail,
                    text_sha256=text, locator=offset)
        end = offset + len(line)
    return end


def _error_kind(record: dict[str, object]) -> str | None:
    if record["ok"]:
        return None
    error = record["error"]
    assert isinstance(error, dict)
    return str(error["kind"])


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


_CSV_PLACE = {name: index for index, name in enumerate(csv_render.COLUMNS)}


def _read_csv(handle: BinaryIO, earlier: Earlier) -> int:
    """Note every file whose rows are all there in ``earlier``; return where they end."""
    if handle.read(len(_BOM)) != _BOM:
        handle.seek(0)
    lines = _Offsets(handle)
    rows = csv.reader(lines)
    columns = csv_render.COLUMNS
    place = _CSV_PLACE
    try:
        first = next(rows, None)
    except csv.Error:
        first = None
    if first is None or lines.torn:
        return 0
    if tuple(first) != columns:
        hint = (" (written by an earlier qsreport: start a new OUT)"
                if tuple(first) == columns[:len(first)] else "")
        raise OutputError(f"{handle.name}: not a qsreport batch CSV (its header differs){hint}")
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
                earlier.add(
                    csv_render.restore(group[place["location"]]),
                    None if ok else csv_render.restore(group[place["error_kind"]]),
                    duplicate=bool(group[place["duplicate_of"]]),
                    text_sha256=group[place["text_sha256"]], locator=whole_end,
                )
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
        """Insert the pending files one at a time; one whose ``path`` another file is shown
        as already (a name in GBK bytes beside the same name in UTF-8) goes in under its
        location, which no other file has."""
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
        _add_new_columns(connection)
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


def _add_new_columns(connection: sqlite3.Connection) -> None:
    """Give a database an earlier version wrote the ``reports`` columns added since."""
    have = {row[1] for row in connection.execute("PRAGMA table_info(reports)")}
    for column in sqlite_render.REPORT_COLUMNS:
        if column not in have:
            connection.execute(f"ALTER TABLE reports ADD COLUMN {column} TEXT")
