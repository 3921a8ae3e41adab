"""One file's work in a batch, as a worker does it: read, parse, and encode the record.

Encoding happens in the worker, so the parent only writes finished bytes (or SQLite rows) and
stays fast however many workers feed it. The same encoders turn a failure the parent sees (a
worker that hung or died) into a record, so every file's record has one shape.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TypeAlias

from ..errors import QsreportError
from ..inputs import read_source, shown_path
from ..models import ReportData
from ..pipeline import ParseOptions, parse_bytes
from ..render import function, names, output_format
from ..render import sqlite as sqlite_render

Payload: TypeAlias = bytes | sqlite_render.ReportRows
Encoder: TypeAlias = Callable[[str, ReportData | None, tuple[str, str] | None], Payload]

FORMATS = names("batch")


@cache
def encoder(fmt: str) -> Encoder:
    """The function that makes ``fmt``'s records (from the output-format registry)."""
    reference = output_format(fmt).encode
    if reference is None:
        raise ValueError(f"{fmt} is not a batch format")
    found: Encoder = function(reference)
    return found


@dataclass(frozen=True)
class Result:
    """One file's record, ready to write, and what the summary needs to know about it."""

    path: str
    payload: Payload
    error_kind: str | None = None  # None when the file was read
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.error_kind is None


@dataclass(frozen=True)
class Job:
    """What every worker needs to turn a path into a record: parse options and the format."""

    parse: ParseOptions
    format: str

    def run(self, path: str) -> Result:
        """Read and parse one file; any failure becomes the file's error record."""
        shown = shown_path(path)
        try:
            data, _ = read_source(path, self.parse.max_bytes)
            report = parse_bytes(data, shown, self.parse)
        except QsreportError as error:
            return self.failure(path, error.kind, shown_path(str(error)))
        except Exception as error:
            # A bug in qsreport costs one file its record (kind internal_error), not the
            # batch its run: the error is recorded, never swallowed.
            message = f"{type(error).__name__}: {error} (a qsreport bug; please report it)"
            return self.failure(path, "internal_error", shown_path(message))
        return Result(shown, encoder(self.format)(shown, report, None))

    def run_many(self, paths: list[str]) -> list[Result]:
        """:meth:`run` over a chunk of paths (the unit of work on a Dask cluster)."""
        return [self.run(path) for path in paths]

    def failure(self, path: str, kind: str, message: str) -> Result:
        """The error record of ``path``: nothing read from it, and why."""
        shown = shown_path(path)
        return Result(shown, encoder(self.format)(shown, None, (kind, message)), kind, message)


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
