"""The start-up cache's file (:mod:`.regex_cache`): reading it, writing it, and keeping the
folder of such files tidy.

The file is 8 bytes (the length of its head), the head — marshal's bytes of this Python
build's name, the keys, where each value ends and where the values read apart begin — and
then the values, one after another, each marshal's bytes of one value. A run makes objects of
the keys only: a value stays bytes until it is asked for. The file is mapped where every save
replaces it rather than rewriting it (POSIX), so a run reads only the pages it asks for and
copies none; elsewhere it is read. The values at the end (our modules' code, read once, as
each is imported) are read apart, never through the mapping, so their pages do not stay in
the process's memory; and once a big report's parse lets the pages go (:meth:`Held.release`,
a few MB beside its peak), every value asked for after that is read apart too.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import time
from array import array
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import Any, BinaryIO

_DAY = 24 * 3600
STALE_DAYS = 30  # another copy's file untouched this long is removed when we save


class Held:
    """What a file holds: its keys, and each value's bytes when asked for."""

    def __init__(self, positions: dict[Any, int], base: int, ends: array[int],
                 data: bytes | mmap.mmap, file: BinaryIO | None, apart: int) -> None:
        self._positions = positions  # key → its value's number
        self._base = base  # where the values begin in the file
        self._ends = ends  # where each value ends among them (0 first: where the first starts)
        self._values = memoryview(data)[base:]
        self._data = data
        self._file = file  # open while the file is mapped: for the values read apart
        # the values numbered below this are read through the mapping (all, if it is none)
        self._mapped_below = apart if file is not None else len(positions)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __contains__(self, key: Any) -> bool:
        return key in self._positions

    def get(self, key: Any) -> bytes | memoryview | None:
        """The bytes of ``key``'s value, or None when the file holds none."""
        at = self._positions.get(key)
        if at is None:
            return None
        ends = self._ends
        if at < self._mapped_below:
            return self._values[ends[at]:ends[at + 1]]
        assert self._file is not None
        return os.pread(self._file.fileno(), ends[at + 1] - ends[at], self._base + ends[at])

    def release(self) -> None:
        """Let the system take back the pages of the mapped file read so far; a value asked
        for from now on is read apart."""
        if isinstance(self._data, mmap.mmap) and self._file is not None:
            self._mapped_below = 0
            if hasattr(mmap, "MADV_DONTNEED"):
                with contextlib.suppress(OSError, ValueError):
                    self._data.madvise(mmap.MADV_DONTNEED)


def empty() -> Held:
    return Held({}, 0, array("Q", [0]), b"", None, 0)


def read(path: str, build: str) -> Held | None:
    """What the file at ``path`` holds, or None when another build wrote it or it is not to be
    trusted (:func:`_trusted`); OSError when it cannot be read, ValueError (or EOFError,
    TypeError) when it is damaged."""
    file = open(path, "rb")  # noqa: SIM115 - a mapped file stays open for the values read apart
    if not _trusted(os.fstat(file.fileno())):
        file.close()
        return None
    data = _contents(file)
    if not isinstance(data, mmap.mmap):
        file.close()
    size = int.from_bytes(data[:8], "little")
    written_by, keys, packed_ends, apart = marshal.loads(memoryview(data)[8:8 + size])
    if written_by != build:
        return None
    base = 8 + size
    ends = array("Q", [0])  # (where the first value starts: the values' own offsets)
    ends.frombytes(packed_ends)
    if len(ends) != len(keys) + 1 or base + ends[-1] != len(data) or not 0 <= apart <= len(keys):
        raise ValueError("a damaged file")
    if isinstance(data, mmap.mmap) and hasattr(mmap, "MADV_DONTNEED"):
        data.madvise(mmap.MADV_DONTNEED, 0, base - base % mmap.PAGESIZE)  # the head: read
    return Held(dict(zip(keys, range(len(keys)), strict=True)), base, ends, data,
                file if isinstance(data, mmap.mmap) else None, apart)


def _trusted(status: os.stat_result) -> bool:
    """Whether a cache file may be read: its values include our modules' code, run as ours,
    so one that another user owns (not root), or that others may write, is taken for none
    (worked out again, and the file replaced by ours where the folder lets us): a cache
    folder shared with others, or written to by them, runs no code of theirs."""
    if os.name != "posix":
        return True
    return status.st_uid in (os.geteuid(), 0) and not status.st_mode & 0o022


def _contents(file: BinaryIO) -> bytes | mmap.mmap:
    if os.name == "posix":
        with contextlib.suppress(OSError, ValueError):  # (an empty file cannot be mapped)
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    return file.read()


def write(path: str, build: str, entries: dict[Any, bytes | memoryview],
          apart: Callable[[Any], bool]) -> None:
    """Write ``entries`` (each value marshal's bytes) to ``path``, atomically, those
    ``apart`` says are read apart last."""
    first = [key for key in entries if not apart(key)]
    keys = (*first, *(key for key in entries if apart(key)))
    values = [entries[key] for key in keys]
    head = marshal.dumps((build, keys, array("Q", accumulate(map(len, values))).tobytes(),
                          len(first)))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "wb") as file:
            if os.name == "posix":
                os.fchmod(file.fileno(), 0o644)  # (whatever the umask: see _trusted)
            file.write(len(head).to_bytes(8, "little"))
            file.write(head)
            for value in values:
                file.write(value)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):  # (a full disk: no half-written file left behind)
            os.remove(temporary)
        raise


def keep_fresh(path: str) -> None:
    """Touch ``path`` when it is older than a day: a copy in use never looks abandoned."""
    try:
        if os.stat(path).st_mtime < time.time() - _DAY:
            os.utime(path)
    except OSError:
        pass


def remove_stale(path: str) -> None:
    """Remove the cache files beside ``path`` that no run has touched for ``STALE_DAYS``."""
    folder = os.path.dirname(path)
    oldest = time.time() - STALE_DAYS * _DAY
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        other = os.path.join(folder, name)
        if other == path or not (name.startswith("regex-") and name.endswith(".marshal")):
            continue
        try:
            if os.stat(other).st_mtime < oldest:
                os.remove(other)
        except OSError:
            pass  # removed by another run meanwhile, or not ours to remove
