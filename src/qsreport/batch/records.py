"""A batch record in each format: what a worker encodes, and what the parent adds to a copy.

The worker encodes a file's record with its format's encoder (``render/``) and adds where the
file is (its location, what ``--resume`` matches) and, for a file read, the hash of its
article text. Only the parent sees every file, so it alone can tell that a file repeats an
earlier one: it then marks the record with ``duplicate_of`` (the earlier file's path) and,
unless duplicates are kept, takes the copy's figures out of the tables (CSV rows, SQLite
``facts`` and side tables), so each article is counted once. A JSONL record keeps its report.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from functools import cache
from typing import TypeAlias

from ..models import ReportData
from ..render import csv as csv_render
from ..render import function, output_format
from ..render import sqlite as sqlite_render

Payload: TypeAlias = bytes | sqlite_render.ReportRows
Encoder: TypeAlias = Callable[[str, ReportData | None, tuple[str, str] | None], Payload]

LOCATION_KEY = b', "location": '  # the first of the fields a JSONL record ends with


@cache
def encoder(fmt: str) -> Encoder:
    """The function that makes ``fmt``'s records (from the output-format registry)."""
    reference = output_format(fmt).encode
    if reference is None:
        raise ValueError(f"{fmt} is not a batch format")
    found: Encoder = function(reference)
    return found


def encode(fmt: str, path: str, report: ReportData | None, error: tuple[str, str] | None,
           location: str, schema: str = "2") -> Payload:
    """The record of one file in ``fmt``, with its location (and text hash, once read); a
    failure's CSV row is as wide as ``schema``'s header."""
    if fmt == "csv":
        cell = csv_render.neutralise(location)
        rows = [(*row[:-1], cell) for row in csv_render.rows_for(path, report, error, schema)]
        return csv_render.render_rows(rows).encode("utf-8", "backslashreplace")
    payload = encoder(fmt)(path, report, error)
    if isinstance(payload, sqlite_render.ReportRows):
        return payload._replace(report=(*payload.report[:-1], location))
    tail: dict[str, str] = {"location": location}
    if report is not None:
        tail["text_sha256"] = report.source.text_sha256
    return _end_with(payload, tail)


def mark_duplicate(fmt: str, payload: Payload, first: str, keep_facts: bool) -> Payload:
    """``payload`` marked as repeating the file at path ``first``; its figures left out of
    the tables unless ``keep_facts``."""
    if isinstance(payload, sqlite_render.ReportRows):
        report = _set(payload.report, sqlite_render.REPORT_COLUMNS, "duplicate_of", first)
        if keep_facts:
            return payload._replace(report=report)
        return sqlite_render.ReportRows(report, [], {})
    if fmt == "csv":
        return _mark_csv(payload, first, keep_facts)
    return _end_with(payload, {"duplicate_of": first})


def _end_with(line: bytes, fields: dict[str, str]) -> bytes:
    """A JSONL record with ``fields`` added at its end (the line ends ``}\\n``)."""
    added = json.dumps(fields, ensure_ascii=False)[1:-1]
    return line[:-2] + b", " + added.encode("utf-8", "backslashreplace") + b"}\n"


_PLACE = {name: index for index, name in enumerate(csv_render.COLUMNS)}
# A figure's cells: from its kind to the last before the batch's columns (schema 2's
# part_of, as_of, amount and amount_unit too).
_FACT_START = _PLACE[csv_render.FACT_COLUMNS[0]]
_BATCH_CELLS = len(csv_render.BATCH_COLUMNS)


def _mark_csv(payload: bytes, first: str, keep_facts: bool) -> bytes:
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8"), newline="")))
    duplicate_of = csv_render.BATCH_COLUMNS.index("duplicate_of") - _BATCH_CELLS
    if not keep_facts:
        row = rows[0]
        row[_PLACE["fact_index"]] = row[_PLACE["fact_count"]] = "0"
        for index in range(_FACT_START, len(row) - _BATCH_CELLS):
            row[index] = ""
        rows = [row]
    for row in rows:
        row[duplicate_of] = csv_render.neutralise(first)
    return csv_render.render_rows(rows).encode("utf-8", "backslashreplace")


def _set(row: tuple[sqlite_render.Value, ...], columns: tuple[str, ...], name: str,
         value: sqlite_render.Value) -> tuple[sqlite_render.Value, ...]:
    index = columns.index(name)
    return (*row[:index], value, *row[index + 1:])
