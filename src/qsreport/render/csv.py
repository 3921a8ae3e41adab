"""The facts table as CSV: one row per extracted figure, readable by Excel and pandas.

Every input file gets at least one row, so the table says what happened to each file: a
report with no figures has one row with an empty ``kind``, and a file that failed has one row
with ``ok`` false and its error. ``fact_index`` (from 1) and ``fact_count`` number a file's
rows (a file without figures has one row, numbered 0 of 0); they are also how
``batch --resume`` tells a file's complete rows from a torn tail.

Cells are data, never formulas: a text cell that begins with ``= + - @``, a tab, a carriage
return or ``'`` gets a ``'`` in front (:func:`neutralise`, undone by :func:`restore`), so a
spreadsheet shows the text instead of running it. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from ..chars import simplified_unit, unit_scale
from ..models import ReportData

FACT_COLUMNS = (
    "kind", "category", "label", "value", "unit", "basis", "scope",
    "status", "place", "period", "place_code", "place_name", "span_start", "span_end", "evidence",
)
"""One figure: kind (brand, standard, rate, stat; schema 2's brand_firms, metrology, …);
category, level or metric; basis or role; and (schema 2) its status, the place and the
period its sentence gives it, and the place's adcode and full name (``place_code``,
``place_name``: one place however written, for a GROUP BY). A brand count's firms (43家企业的51个产品) are a ``brand_firms``
row after the count's: its category and basis, value 43, unit 家."""

BATCH_COLUMNS = ("sha256", "text_sha256", "duplicate_of", "location")
"""The file's bytes and article-text hashes, the earlier copy it repeats (then its figures are
left out) and where it is (what ``batch --resume`` matches); :mod:`qsreport.batch` fills the
last two."""

PLACED_COLUMNS = ("part_of", "as_of", "amount", "amount_unit")
"""Schema 2: the ``fact_index`` of the figure this one is a part of (else empty: a SUM of the
rows with no ``part_of`` counts nothing twice); the year a figure or a stock stands at (its
period's year, else, with no period or a stock's, the report's); the value without its 万/亿
and that unit with its measure word simplified (1.7 万件 → 17000 件), as SQLite's
``facts_placed`` gives them."""

COLUMNS_V1 = (
    "path", "ok", "error_kind", "error_message", "title", "region", "region_code",
    "region_name", "date", "fact_index", "fact_count", *FACT_COLUMNS, *BATCH_COLUMNS,
)
"""Schema 1's columns: the file and its header (``region_code``, ``region_name``: schema 2's
key of its region, what a figure with no ``place`` is about), then the figure and the batch's
columns."""

COLUMNS = (*COLUMNS_V1[:-len(BATCH_COLUMNS)], *PLACED_COLUMNS, *BATCH_COLUMNS)
"""Schema 2's columns: schema 1's with :data:`PLACED_COLUMNS` before the batch's (whose
``location`` is always last)."""


def columns(schema: str = "2") -> tuple[str, ...]:
    """The CSV's columns in ``schema``."""
    return COLUMNS_V1 if schema == "1" else COLUMNS

Cell = str | int | float | None
FactRow = tuple[Cell, ...]

NO_FACT: FactRow = (None,) * len(FACT_COLUMNS)
_FACT_PLACE = {name: index for index, name in enumerate(FACT_COLUMNS)}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def fact_rows(report: ReportData) -> list[FactRow]:
    """Every figure in ``report`` as a row of :data:`FACT_COLUMNS`, area by area, list by list."""
    return placed_fact_rows(report)[0]


def placed_fact_rows(report: ReportData) -> tuple[list[FactRow], list[int | None]]:
    """:func:`fact_rows`, and for each row the number (from 1) of the row of the figure it is
    a part of (``part_of``; a brand count's firms row is a part where its count is), or None."""
    from ..extract import areas, items

    rows: list[FactRow] = []
    wholes: list[int | None] = []
    for area in areas():
        for item_list in area.lists:
            figures = item_list.figures
            if figures is None:
                continue
            row_of: list[int] = []  # each item's row number
            parts: list[tuple[int, int]] = []  # (row, whole's index in the list)
            for item in items(report, area, item_list):
                row_of.append(len(rows) + 1)
                part_of = getattr(item, "part_of", None)
                first = len(rows)
                rows.append((figures.kind, *figures.cells(item), *_context(item), *item.span,
                             item.evidence))
                for kind, cells_of in figures.beside:  # 43家企业的51个产品: the firms too
                    cells = cells_of(item)
                    if cells is not None:
                        rows.append((kind, *cells, *_context(item), *item.span, item.evidence))
                wholes.extend([None] * (len(rows) - first))
                if part_of is not None:
                    parts.extend((row, part_of) for row in range(first, len(rows)))
            for row, whole in parts:
                wholes[row] = row_of[whole] if whole < len(row_of) else None
    return rows, wholes


def placed_cells(row: FactRow, whole: int | None, date: str | None) -> tuple[Cell, ...]:
    """The cells of :data:`PLACED_COLUMNS` for a fact row: its whole's row number, and the
    year, amount and unit that SQLite's ``facts_placed`` view works out."""
    place = _FACT_PLACE
    period, value, unit = row[place["period"]], row[place["value"]], row[place["unit"]]
    as_of: Cell = None
    if isinstance(period, str) and len(period) == 4 and period.isdigit():
        as_of = period
    elif period in (None, "cumulative") and date and date[:4].isdigit():
        as_of = date[:4]
    amount: Cell = value
    factor, bare = unit_scale(unit if isinstance(unit, str) else "")
    if factor != 1 and isinstance(value, int | float):
        scaled = value * factor
        # (as the view: a whole value stays whole, a decimal's product rounded to 6 places,
        # so 2.01万 is 20100, not 20099.999999999996)
        amount = scaled if isinstance(value, int) else round(scaled, 6)
    amount_unit: Cell = simplified_unit(bare) if unit is not None else None
    return (whole, as_of, amount, amount_unit)


def _context(item: object) -> tuple[Cell, Cell, Cell, Cell, Cell]:
    """Status, place, period and the place's code and name (schema 2; a figure of a
    schema-1 report has none)."""
    if getattr(item, "status", None) is None:
        return (None, None, None, None, None)
    return (item.status, item.place, item.period,  # type: ignore[attr-defined]
            item.place_code, item.place_name)  # type: ignore[attr-defined]


def neutralise(text: str) -> str:
    """``text`` made safe as a spreadsheet cell: a leading formula character gets a ``'``."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def restore(cell: str) -> str:
    """The text :func:`neutralise` was given."""
    return cell[1:] if cell.startswith("'") else cell


def _cell(value: Cell | bool) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return neutralise(value)
    return value


def rows_for(
    path: str, report: ReportData | None, error: tuple[str, str] | None = None,
    schema: str = "2",
) -> list[tuple[str | int | float, ...]]:
    """The CSV rows of one input file: its figures, or one row saying why there are none
    (in ``schema``'s columns; a report read says its own schema)."""
    facts: list[FactRow] = []
    wholes: list[int | None] = []
    if report is None:
        kind, message = error or ("error", "")
        lead: tuple[Cell | bool, ...] = (path, False, kind, message, None, None, None, None,
                                          None)
        tail: tuple[Cell, ...] = (None,) * len(BATCH_COLUMNS)
    else:
        schema = report.schema_version
        meta = report.meta
        lead = (path, True, None, None, meta.title, meta.region, meta.region_code,
                meta.region_name, meta.date)
        facts, wholes = placed_fact_rows(report)
        tail = (report.source.sha256, report.source.text_sha256, None, None)
    placed = schema != "1"
    if not facts:
        empty = (None,) * len(PLACED_COLUMNS) if placed else ()
        return [tuple(_cell(v) for v in (*lead, 0, 0, *NO_FACT, *empty, *tail))]
    date = report.meta.date if report is not None else None
    return [
        tuple(_cell(v) for v in (*lead, index, len(facts), *fact,
                                 *(placed_cells(fact, whole, date) if placed else ()), *tail))
        for index, (fact, whole) in enumerate(zip(facts, wholes, strict=True), start=1)
    ]


def render_rows(rows: Sequence[Sequence[str | int | float]]) -> str:
    """CSV text (RFC 4180, CRLF line ends) for ``rows``.

    A NUL character, which no cleaned text or file name holds but an error message might,
    is written as U+FFFD: Python 3.10's csv refuses it, and spreadsheets cut the cell there.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows(
        [cell.replace("\x00", "\ufffd") if isinstance(cell, str) else cell for cell in row]
        for row in rows
    )
    return buffer.getvalue()


def header(schema: str = "2") -> str:
    """The CSV header line (schema 1's has no :data:`PLACED_COLUMNS`)."""
    return render_rows([columns(schema)])


def encode_record(path: str, report: ReportData | None, error: tuple[str, str] | None) -> bytes:
    """The file's CSV rows as UTF-8 bytes: a batch record."""
    return render_rows(rows_for(path, report, error)).encode("utf-8", "backslashreplace")
