"""Reports as SQLite rows: the schema, one input's rows, and inserting them in one transaction.

``reports`` has one row per input file, failures included (``ok`` 0 with ``error_kind`` and
``error_message``) and the whole report as JSON in ``report`` for anything the other tables
leave out (``json_extract(report, '$.sections')``). ``facts`` is the CSV facts table keyed by
``report_id``; ``honours``, ``actions`` and ``facilities`` hold what is not a figure. Values
only ever reach SQL as parameters.
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple

from ..models import ReportData, to_jsonable
from .csv import FACT_COLUMNS, fact_rows

SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    ok INTEGER NOT NULL,
    error_kind TEXT,
    error_message TEXT,
    sha256 TEXT,
    size_bytes INTEGER,
    encoding TEXT,
    confidence REAL,
    bom INTEGER,
    replaced INTEGER,
    format TEXT,
    script TEXT,
    pinyin_removed INTEGER,
    title TEXT,
    region TEXT,
    date TEXT,
    publisher TEXT,
    category TEXT,
    warnings TEXT,
    report TEXT
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    kind TEXT NOT NULL,
    category TEXT,
    label TEXT,
    value NUMERIC,
    unit TEXT,
    basis TEXT,
    scope TEXT,
    span_start INTEGER,
    span_end INTEGER,
    evidence TEXT
);
CREATE TABLE IF NOT EXISTS honours (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    name TEXT,
    honour TEXT,
    category TEXT,
    span_start INTEGER,
    span_end INTEGER,
    evidence TEXT
);
CREATE TABLE IF NOT EXISTS actions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    kind TEXT,
    title TEXT,
    targets TEXT,
    span_start INTEGER,
    span_end INTEGER,
    evidence TEXT
);
CREATE TABLE IF NOT EXISTS facilities (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    name TEXT,
    status TEXT,
    span_start INTEGER,
    span_end INTEGER,
    evidence TEXT
);
CREATE INDEX IF NOT EXISTS facts_report ON facts(report_id);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind, category);
CREATE INDEX IF NOT EXISTS honours_report ON honours(report_id);
CREATE INDEX IF NOT EXISTS actions_report ON actions(report_id);
CREATE INDEX IF NOT EXISTS facilities_report ON facilities(report_id);
"""

REPORT_COLUMNS = (
    "path", "ok", "error_kind", "error_message", "sha256", "size_bytes", "encoding",
    "confidence", "bom", "replaced", "format", "script", "pinyin_removed", "title", "region",
    "date", "publisher", "category", "warnings", "report",
)
HONOUR_COLUMNS = ("name", "honour", "category", "span_start", "span_end", "evidence")
ACTION_COLUMNS = ("kind", "title", "targets", "span_start", "span_end", "evidence")
FACILITY_COLUMNS = ("name", "status", "span_start", "span_end", "evidence")

Value = str | int | float | None
Row = tuple[Value, ...]


class ReportRows(NamedTuple):
    """Everything one input file adds to the database; ``report_id`` is filled in on insert."""

    report: Row
    facts: list[Row]
    honours: list[Row]
    actions: list[Row]
    facilities: list[Row]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows_for(
    path: str, report: ReportData | None, error: tuple[str, str] | None = None
) -> ReportRows:
    """The rows of one input file: a ``reports`` row, and its figures when it was read."""
    if report is None:
        kind, message = error or ("error", "")
        failed: Row = (path, 0, kind, message, *([None] * (len(REPORT_COLUMNS) - 4)))
        return ReportRows(failed, [], [], [], [])
    src, meta = report.source, report.meta
    row: Row = (
        path, 1, None, None, src.sha256, src.size_bytes, src.encoding, src.confidence,
        int(src.bom), src.replaced, src.format, src.script, src.pinyin_removed, meta.title,
        meta.region, meta.date, meta.source, meta.category, _json(report.warnings),
        _json(to_jsonable(report)),
    )
    return ReportRows(
        report=row,
        facts=fact_rows(report),
        honours=[(h.name, h.honour, h.category, *h.span, h.evidence)
                 for h in report.brands.honours],
        actions=[(a.kind, a.title, _json(a.targets), *a.span, a.evidence)
                 for a in report.supervision.actions],
        facilities=[(f.name, f.status, *f.span, f.evidence)
                    for f in report.inspection.facilities],
    )


def _insert_sql(table: str, columns: tuple[str, ...], keyed: bool) -> str:
    names = ("report_id", *columns) if keyed else columns
    marks = ", ".join("?" * len(names))
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"


_INSERT_REPORT_WITH_ID = _insert_sql("reports", ("id", *REPORT_COLUMNS), keyed=False)
_INSERT_CHILDREN = (
    ("facts", _insert_sql("facts", FACT_COLUMNS, keyed=True)),
    ("honours", _insert_sql("honours", HONOUR_COLUMNS, keyed=True)),
    ("actions", _insert_sql("actions", ACTION_COLUMNS, keyed=True)),
    ("facilities", _insert_sql("facilities", FACILITY_COLUMNS, keyed=True)),
)


def create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables and indexes, keeping any that exist."""
    connection.executescript(SCHEMA)


def insert(connection: sqlite3.Connection, rows: ReportRows) -> None:
    """Add one input file's rows, all or none (see :func:`insert_many`)."""
    insert_many(connection, [rows])


def insert_many(connection: sqlite3.Connection, files: list[ReportRows]) -> None:
    """Add the rows of several input files, all or none, with one statement a table.

    Outside a transaction they are committed at once. Inside one (a batch groups files into
    transactions) they go in under a savepoint: an error or Ctrl-C halfway takes back what
    was written, so a later commit never holds part of a file. Report ids are given here,
    after the largest so far, so that each file's facts can name theirs before it is in.
    """
    if not files:
        return
    if not connection.in_transaction:
        with connection:
            _insert_many(connection, files)
        return
    connection.execute("SAVEPOINT files")
    try:
        _insert_many(connection, files)
    except BaseException:
        connection.execute("ROLLBACK TO files")
        connection.execute("RELEASE files")
        raise
    connection.execute("RELEASE files")


def _insert_many(connection: sqlite3.Connection, files: list[ReportRows]) -> None:
    (last,) = connection.execute("SELECT coalesce(max(id), 0) FROM reports").fetchone()
    numbered = list(enumerate(files, start=last + 1))
    connection.executemany(_INSERT_REPORT_WITH_ID,
                           [(report_id, *rows.report) for report_id, rows in numbered])
    for table, sql in _INSERT_CHILDREN:
        children = [(report_id, *child) for report_id, rows in numbered
                    for child in getattr(rows, table)]
        if children:
            connection.executemany(sql, children)
