"""Reports as SQLite rows: the schema, one input's rows, and inserting them in one transaction.

``reports`` has one row per input file, failures included (``ok`` 0 with ``error_kind`` and
``error_message``) and the whole report as JSON in ``report`` for anything the other tables
leave out (``json_extract(report, '$.sections')``). ``facts`` is the CSV facts table keyed by
``report_id``; ``honours``, ``actions`` and ``facilities`` hold what is not a figure. Values
only ever reach SQL as parameters. The view ``facts_placed`` gives every fact the place and year
it counts for (its own, else its report's region and date: ``where_code``, ``year``).

A batch's ``reports`` are unique by ``location`` (where the file is, however its path was
given: what ``--resume`` matches), not by ``path``: two files may be shown alike (a name in
GBK bytes beside the same name in UTF-8). A database an earlier version wrote keeps its
unique ``path`` and is given the columns and indexes added since.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from ..chars import MEASURE_WORDS_SIMPLIFIED, UNIT_FOLDED
from ..jsonable import json_default
from ..models import ReportData
from .csv import FACT_COLUMNS, placed_fact_rows

if TYPE_CHECKING:
    from ..extract.areas import SideTable

_FIXED_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
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
    region_code TEXT,
    region_name TEXT,
    date TEXT,
    publisher TEXT,
    category TEXT,
    warnings TEXT,
    report TEXT,
    text_sha256 TEXT,
    duplicate_of TEXT,
    location TEXT
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
    status TEXT,
    place TEXT,
    period TEXT,
    place_code TEXT,
    place_name TEXT,
    part_of INTEGER,
    span_start INTEGER,
    span_end INTEGER,
    evidence TEXT
);
CREATE INDEX IF NOT EXISTS reports_path ON reports(path);
CREATE INDEX IF NOT EXISTS facts_report ON facts(report_id);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind, category);
CREATE INDEX IF NOT EXISTS facts_place_period ON facts(place, period);
"""

REPORT_COLUMNS = (
    "path", "ok", "error_kind", "error_message", "sha256", "size_bytes", "encoding",
    "confidence", "bom", "replaced", "format", "script", "pinyin_removed", "title", "region",
    "region_code", "region_name",  # schema 2: the region's key (a database before has none)
    "date", "publisher", "category", "warnings", "report",
    "text_sha256", "duplicate_of", "location",  # batch: reposts, and what --resume matches
)
_SPAN_COLUMNS = (("span_start", "INTEGER"), ("span_end", "INTEGER"), ("evidence", "TEXT"))


def side_tables() -> list[SideTable]:
    """The tables of items that are not figures, from the area registry, in report order."""
    from ..extract import areas

    return [item_list.side_table for area in areas() for item_list in area.lists
            if item_list.side_table is not None]


def _side_table_sql(table: SideTable) -> str:
    columns = ",\n".join(f"    {name} {kind}" for name, kind in (*table.columns, *_SPAN_COLUMNS))
    return (f"CREATE TABLE IF NOT EXISTS {table.name} (\n    id INTEGER PRIMARY KEY,\n"
            f"    report_id INTEGER NOT NULL REFERENCES reports(id),\n{columns}\n);\n"
            f"CREATE INDEX IF NOT EXISTS {table.name}_report ON {table.name}(report_id);\n")


def schema() -> str:
    """The database's tables: reports, facts, and one table per kind of non-figure item."""
    return _FIXED_SCHEMA + "".join(_side_table_sql(table) for table in side_tables())

Value = str | int | float | None
Row = tuple[Value, ...]


class ReportRows(NamedTuple):
    """Everything one input file adds to the database; ``report_id`` is filled in on insert.
    ``side`` holds the rows of each side table, by table name; ``wholes``, for each fact, the
    number (from 1) of the fact of the same file it is a part of, or None (schema 2's
    ``part_of``: made the whole's ``facts.id`` on insert)."""

    report: Row
    facts: list[Row]
    side: dict[str, list[Row]]
    wholes: tuple[int | None, ...] = ()


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows_for(
    path: str, report: ReportData | None, error: tuple[str, str] | None = None
) -> ReportRows:
    """The rows of one input file: a ``reports`` row, and its figures when it was read."""
    if report is None:
        kind, message = error or ("error", "")
        failed: Row = (path, 0, kind, message, *([None] * (len(REPORT_COLUMNS) - 4)))
        return ReportRows(failed, [], {})
    src, meta = report.source, report.meta
    row: Row = (
        path, 1, None, None, src.sha256, src.size_bytes, src.encoding, src.confidence,
        int(src.bom), src.replaced, src.format, src.script, src.pinyin_removed, meta.title,
        meta.region, meta.region_code, meta.region_name, meta.date, meta.source, meta.category,
        _json(report.warnings),
        json.dumps(report, ensure_ascii=False, default=json_default(report)), src.text_sha256,
        None, None,
    )
    from ..extract import areas, items

    side: dict[str, list[Row]] = {}
    for area in areas():
        for item_list in area.lists:
            table = item_list.side_table
            if table is not None:
                side[table.name] = [(*table.cells(item), *item.span, item.evidence)
                                    for item in items(report, area, item_list)]
    facts, wholes = placed_fact_rows(report)
    return ReportRows(report=row, facts=facts, side=side, wholes=tuple(wholes))


def _insert_sql(table: str, columns: tuple[str, ...], keyed: bool) -> str:
    names = ("report_id", *columns) if keyed else columns
    marks = ", ".join("?" * len(names))
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"


_INSERT_REPORT_WITH_ID = _insert_sql("reports", ("id", *REPORT_COLUMNS), keyed=False)
_INSERT_FACTS = _insert_sql("facts", ("id", "report_id", *FACT_COLUMNS, "part_of"), keyed=False)


@cache
def _insert_side(name: str) -> str:
    table = next(table for table in side_tables() if table.name == name)
    columns = tuple(column for column, _ in (*table.columns, *_SPAN_COLUMNS))
    return _insert_sql(name, columns, keyed=True)


# Made after the columns are there: a database an earlier version wrote has no location.
_LATER_INDEXES = ("CREATE UNIQUE INDEX IF NOT EXISTS reports_location ON reports(location);\n"
                  "CREATE INDEX IF NOT EXISTS facts_place_code_period ON facts(place_code, period);")
# Columns of the facts table added since it was first made (a database an earlier version
# wrote gets them empty).
_LATER_FACT_COLUMNS = (("place_code", "TEXT"), ("place_name", "TEXT"), ("part_of", "INTEGER"))
# ... and of the side tables (a named winner's status, place and period, schema 2).
_LATER_SIDE_COLUMNS = {"honours": ("status", "place", "period", "place_code", "place_name")}

# Every figure with the place and year it counts for, for a place × year GROUP BY: its own
# place's key, else (no place written: the report's own) the report's region's; its own year,
# else (no period written) the report's date's. A place written but not keyed (a list, a
# town) and a span of years or a stock (2006-2010, cumulative) stay null: never the report's.
# ``as_of`` is the year a stock stands at (a cumulative count: its report's year), for tables
# of stocks; ``amount`` the value in the unit without its 万/亿 (1.7 万件 → 17000 件), so
# figures a report writes in 万 and another in 件 add up; a value with decimals multiplied is
# rounded to 6 places, as 2.01 * 10000 in binary is 20099.999999999996 and 1.15 * 100000000
# 114999999.99999999 (a whole value stays whole).
# Made anew each time (over the columns added since): its definition is the newest.
_FACTS_PLACED = """
DROP VIEW IF EXISTS facts_placed;
CREATE VIEW facts_placed AS
SELECT f.*,
    CASE WHEN f.place_code IS NOT NULL THEN f.place_code
         WHEN f.place IS NULL THEN r.region_code END AS where_code,
    CASE WHEN f.place_code IS NOT NULL THEN f.place_name
         WHEN f.place IS NULL THEN r.region_name END AS where_name,
    CASE WHEN f.place_code IS NOT NULL THEN 'figure'
         WHEN f.place IS NULL AND r.region_code IS NOT NULL THEN 'report' END AS where_from,
    CASE WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN f.period
         WHEN f.period IS NULL AND r.date GLOB '[0-9][0-9][0-9][0-9]*'
         THEN substr(r.date, 1, 4) END AS year,
    CASE WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN 'figure'
         WHEN f.period IS NULL AND r.date GLOB '[0-9][0-9][0-9][0-9]*'
         THEN 'report' END AS year_from,
    CASE WHEN f.period GLOB '[0-9][0-9][0-9][0-9]' THEN f.period
         WHEN (f.period IS NULL OR f.period = 'cumulative')
              AND r.date GLOB '[0-9][0-9][0-9][0-9]*' THEN substr(r.date, 1, 4) END AS as_of,
    CASE WHEN f.unit GLOB '[万萬]*' THEN {scaled:10000}
         WHEN f.unit GLOB '[亿億]*' THEN {scaled:100000000}
         ELSE f.value END AS amount,
    {amount_unit} AS amount_unit
FROM facts f JOIN reports r ON r.id = f.report_id;
"""

# Measure words a traditional text writes in other characters (個 for 个), and the other
# characters of the units it writes (百分點, 型號): ``amount_unit`` writes each of a unit's
# first chars.UNIT_FOLDED characters (after any 万/亿) simplified (chars.MEASURE_WORDS_SIMPLIFIED),
# so 5200臺 and 300台, 個批次 and 个批次, 個百分點 and 个百分点 are one unit in a GROUP BY (the
# CSV's column, chars.simplified_unit, the same). One flat CASE a character: nested replace()
# calls overflow SQLite's parser stack at about thirty.


def _amount_unit() -> str:
    """The SQL of ``amount_unit``: the unit without a leading 万/亿, in simplified script."""
    unit = "(CASE WHEN f.unit GLOB '[万萬亿億]*' THEN substr(f.unit, 2) ELSE f.unit END)"
    folds = " ".join(f"WHEN '{traditional}' THEN '{simplified}'"
                     for traditional, simplified in MEASURE_WORDS_SIMPLIFIED)
    chars = [f"(CASE substr({unit}, {at}, 1) {folds} ELSE substr({unit}, {at}, 1) END)"
             for at in range(1, UNIT_FOLDED + 1)]
    return " || ".join([*chars, f"substr({unit}, {UNIT_FOLDED + 1})"])


def _scaled(factor: int) -> str:
    """The SQL of a figure's value times ``factor``: whole values exact, others rounded to 6
    decimal places (the binary error of the product gone, every written decimal kept)."""
    return (f"(CASE WHEN typeof(f.value) = 'integer' THEN f.value * {factor}"
            f" ELSE round(f.value * {factor}, 6) END)")


_FACTS_PLACED = _FACTS_PLACED.replace("{amount_unit}", _amount_unit()).replace(
    "{scaled:10000}", _scaled(10000)).replace("{scaled:100000000}", _scaled(100000000))


def create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables, indexes and views, keeping the tables that exist, give a table an
    earlier version made the columns added since, and make the views anew."""
    connection.executescript(schema())
    have = {row[1] for row in connection.execute("PRAGMA table_info(reports)")}
    for column in REPORT_COLUMNS:
        if column not in have:
            connection.execute(f"ALTER TABLE reports ADD COLUMN {column} TEXT")
    have = {row[1] for row in connection.execute("PRAGMA table_info(facts)")}
    for column, kind in _LATER_FACT_COLUMNS:
        if column not in have:
            connection.execute(f"ALTER TABLE facts ADD COLUMN {column} {kind}")
    for table, columns in _LATER_SIDE_COLUMNS.items():
        have = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
        for column in columns:
            if column not in have:
                connection.execute(f"ALTER TABLE {table} ADD COLUMN {column} TEXT")
    connection.executescript(_LATER_INDEXES)
    connection.executescript(_FACTS_PLACED)


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
    (fact_id,) = connection.execute("SELECT coalesce(max(id), 0) FROM facts").fetchone()
    facts: list[Row] = []
    for report_id, rows in numbered:  # ids given here, so that a part can name its whole's
        wholes = rows.wholes or [None] * len(rows.facts)
        facts.extend((fact_id + number, report_id, *fact,
                      None if whole is None else fact_id + whole)
                     for number, (fact, whole) in enumerate(zip(rows.facts, wholes, strict=True), start=1))
        fact_id += len(rows.facts)
    if facts:
        connection.executemany(_INSERT_FACTS, facts)
    for table in side_tables():
        children = [(report_id, *child) for report_id, rows in numbered
                    for child in rows.side.get(table.name, ())]
        if children:
            connection.executemany(_insert_side(table.name), children)
