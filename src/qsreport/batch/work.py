"""One file's work in a batch, as a worker does it: read, parse, and encode the record.

Encoding happens in the worker, so the parent only writes finished bytes (or SQLite rows) and
stays fast however many workers feed it. The same encoders turn a failure the parent sees (a
worker that hung or died) into a record, so every file's record has one shape. A file travels
as an :class:`Entry`: its path as given, its location (what ``--resume`` matches) and its
size (what spreads big files over the workers). A member of a ZIP archive is an entry too:
the archive's path and the member's name, shown as ``archive.zip!/member``.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import NamedTuple

from ..errors import QsreportError
from ..inputs import read_source
from ..pipeline import ParseOptions, parse_bytes
from ..render import names
from . import records
from .archives import read_member
from .identity import Locations, display_path
from .records import Payload

FORMATS = names("batch")
NOT_CHINESE = "not_chinese:"  # how the warning of a text that is not Chinese begins


class Entry(NamedTuple):
    """A file to read: its path as found, where it is (:class:`~.identity.Locations`), and
    its size in bytes (0 when unknown); for an archive's member, ``path`` is the archive's
    and ``member`` the member's name in it."""

    path: str
    location: str
    size: int = 0
    member: str = ""

    @property
    def shown(self) -> str:
        """The path a record shows: the file's, or ``archive.zip!/member``."""
        shown = display_path(self.path)
        return f"{shown}!/{self.member}" if self.member else shown

    @classmethod
    def of(cls, path: str) -> Entry:
        """The entry of one path, outside a walk."""
        return cls(path, Locations().of(path))


@dataclass(frozen=True)
class Result:
    """One file's record, ready to write, and what the summary needs to know about it."""

    path: str  # as given, in its display form
    payload: Payload
    error_kind: str | None = None  # None when the file was read
    message: str = ""
    location: str = ""
    text_sha256: str | None = None  # a file read: the hash of its article text
    duplicate_of: str | None = None  # set by the parent: the earlier file with the same text
    document: str | None = None  # a file read: what kind of document (meta.document)
    not_chinese: bool = False  # a file read: its text is not Chinese (a not_chinese warning)

    @property
    def ok(self) -> bool:
        return self.error_kind is None


@dataclass(frozen=True)
class Job:
    """What every worker needs to turn a path into a record: parse options and the format."""

    parse: ParseOptions
    format: str

    def run(self, entry: Entry) -> Result:
        """Read and parse one file; any failure becomes the file's error record."""
        shown = entry.shown
        try:
            if entry.member:
                data = read_member(entry.path, entry.member, self.parse.max_bytes)
            else:
                data, _ = read_source(entry.path, self.parse.max_bytes)
            report = parse_bytes(data, shown, self.parse)
        except QsreportError as error:
            return self.failure(entry, error.kind, display_path(str(error)))
        except Exception as error:
            # A bug in qsreport costs one file its record (kind internal_error), not the
            # batch its run: the error is recorded, never swallowed.
            message = f"{type(error).__name__}: {error} (a qsreport bug; please report it)"
            return self.failure(entry, "internal_error", display_path(message))
        payload = records.encode(self.format, shown, report, None, entry.location,
                                 self.parse.schema)
        return Result(shown, payload, location=entry.location,
                      text_sha256=report.source.text_sha256 or None,
                      document=report.meta.document,
                      not_chinese=any(w.startswith(NOT_CHINESE) for w in report.warnings))

    def run_many(self, entries: list[Entry]) -> list[Result]:
        """:meth:`run` over a chunk of files (the unit of work on a Dask cluster)."""
        return [self.run(entry) for entry in entries]

    def failure(self, entry: Entry, kind: str, message: str) -> Result:
        """The error record of ``entry``: nothing read from it, and why."""
        shown = entry.shown
        payload = records.encode(self.format, shown, None, (kind, message), entry.location,
                                 self.parse.schema)
        return Result(shown, payload, kind, message, location=entry.location)


_WARM_UP_TEXT = "杭州市质量技术监督局：新增中国名牌产品3个，制定国家标准2项，抽查产品120批次，合格率95.2%。"


def warm_up() -> None:
    """Parse a tiny report in each encoding family and as a page, so the parser's lazy parts
    (extraction rules, codec cost tables, the HTML reader, OpenCC) are built."""
    samples = [
        _WARM_UP_TEXT.encode("utf-8"),
        _WARM_UP_TEXT.encode("gb18030"),
        "臺北市質量技術監督局：新增名牌產品3個。".encode("cp950"),
        f"<html><body><p>{_WARM_UP_TEXT}</p></body></html>".encode(),
    ]
    for data in samples:
        # A sample the parser refuses only leaves its share of warming up to the workers.
        with contextlib.suppress(QsreportError):
            parse_bytes(data, None)
