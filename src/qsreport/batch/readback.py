"""What a batch output already holds, read back for ``--resume``: the files done and the
first record of each article text.

Resuming reads OUT into :class:`Earlier`: the locations done (8 bytes each, sorted 64-bit
digests) and the first record of each article text (:class:`Copies`, 32 to 64 bytes an
article), so resuming a run over millions of files stays small. A JSONL or CSV OUT is read up to
the end of its last whole record (a run killed mid-write leaves a torn tail, which the sink
then cuts off); a SQLite OUT is read by :mod:`.sinks` itself.
"""

from __future__ import annotations

import array
import bisect
import csv
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import QsreportError
from ..render import csv as csv_render
from .identity import Locations
from .records import LOCATION_KEY

BOM = b"\xef\xbb\xbf"
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


def _lines(handle: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Each line of ``handle`` with the offset it starts at."""
    offset = handle.tell()
    for line in handle:
        yield offset, line
        offset += len(line)


def read_jsonl(handle: BinaryIO, earlier: Earlier) -> int:
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


CSV_PLACE = {name: index for index, name in enumerate(csv_render.COLUMNS)}


def read_csv(handle: BinaryIO, earlier: Earlier, schema: str = "2") -> int:
    """Note every file whose rows are all there in ``earlier``; return where they end (the
    file's header must be ``schema``'s)."""
    if handle.read(len(BOM)) != BOM:
        handle.seek(0)
    lines = _Offsets(handle)
    rows = csv.reader(lines)
    columns = csv_render.columns(schema)
    place = {name: index for index, name in enumerate(columns)}
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
