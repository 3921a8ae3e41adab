"""Supervision: a results table turned on its side, one line a metric and one column a product
class or place, the classes named on the line above::

    项目      甲类   乙类   合计
    抽检批次  120    30     150
    合格率    98.3%  100%   98.7%

A line is a metric's when it starts with a column's words (:mod:`.lexicon.supervision_tables`'s
``COLUMNS``) and holds nothing after them but numbers; at least two such lines in a row, each
with as many numbers as the line above has names at its end, make a table. Every column is
checked as a row of a table is (counts that add up, rates in 0..100 that agree with them) and a
table with one column that fails gives nothing."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from .. import regex_cache as rx
from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_tables import (
    CELL_SEPARATORS,
    COLUMNS,
    FIRM_UNITS,
    NOT_SAMPLES,
    SAMPLE_UNITS,
    SPOT_CHECK_UNIT,
    UNIT,
    broken,
)
from .supervision_table_rows import CELL, COUNTS, RATES, Cell, Column, adds_up, fits, value_of

_METRIC = rx.compile("|".join(f"({broken(words)})" for _, words in COLUMNS))
_KINDS = tuple(kind for kind, _ in COLUMNS)
_LINE_END = rx.compile("\n")
_LEAST_COLUMNS = 2  # a single column is a row's figures, left to the sentence rules


class _MetricLine(NamedTuple):
    """A line of one metric: its column, its start and its numbers' cells."""

    column: Column
    start: int
    cells: tuple[Cell, ...]
    words: str  # the metric's words (and unit), before its numbers


class ColumnTable(NamedTuple):
    """A table read column by column: where it stands and its figures."""

    start: int
    end: int
    stats: list[SupervisionStat]


def read_column_tables(doc: Doc) -> list[ColumnTable]:
    """Every table of ``doc`` turned on its side that reads cleanly."""
    view = doc.view
    if "合格" not in view:
        return []
    starts = [0] + [found.end() for found in _LINE_END.finditer(view)]
    tables: list[ColumnTable] = []
    run: list[_MetricLine] = []
    for index, start in enumerate(starts):
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(view)
        line = _metric_line(view, start, end)
        if line is None or (run and len(line.cells) != len(run[0].cells)):
            tables.extend(_table(doc, starts, run))
            run = []
        if line is not None:
            run.append(line)
    tables.extend(_table(doc, starts, run))
    return tables


def _metric_line(view: str, start: int, end: int) -> _MetricLine | None:
    """The line as a metric's, or None: it must open on a metric's words, followed by numbers
    only."""
    while start < end and view[start] in f" \t{CELL_SEPARATORS}":
        start += 1
    words = _METRIC.match(view, start, end)
    if words is None or _KINDS[(words.lastindex or 1) - 1] not in COUNTS + RATES:
        return None
    kind = _KINDS[(words.lastindex or 1) - 1]
    if kind == "batches_sampled" and "检" in words.group() and "抽" not in words.group():
        return None  # 检测 | 检验 alone: instruments verified or goods tested, no spot check
    stated = UNIT.match(view, words.end(), end)
    after = stated.end() if stated is not None else words.end()
    cells = tuple(Cell(found.start(), found.end(), found.group())
                  for found in CELL.finditer(view, after, end))
    if len(cells) < _LEAST_COLUMNS or any(cell.number() is None for cell in cells):
        return None
    unit = "%" if kind in RATES else _unit(view[start:after], kind)
    return _MetricLine(Column(kind, unit or ""), start, cells, view[start:after])


def _unit(words: str, kind: str) -> str | None:
    """A count's unit from its own words (抽检批次(批次) → 批次; firms in 家)."""
    if kind == "enterprises_inspected":
        return "家"
    words = "".join(words.split())
    return next((unit for unit in SAMPLE_UNITS if unit in words), None)


def _table(doc: Doc, starts: list[int], run: list[_MetricLine]) -> list[ColumnTable]:
    """The table a run of metric lines makes under the names on the line above it."""
    if len(run) < 2 or len({line.column.kind for line in run}) != len(run):
        return []
    view = doc.view
    width = len(run[0].cells)
    before = bisect.bisect_left(starts, run[0].start)  # (the line above the first metric line)
    if before == 0:
        return []
    above = starts[before - 1]
    names = [Cell(found.start(), found.end(), found.group())
             for found in CELL.finditer(view, above, run[0].start - 1)]
    if not width <= len(names) <= width + 1 \
            or any(name.number() is not None for name in names[-width:]):
        return []  # the line above is no line of names (a corner's word, 项目, may lead it)
    names = names[-width:]
    caption = view[max(0, view.rfind("\n", 0, max(0, above - 1)) + 1):above]
    if NOT_SAMPLES.search(caption) or any(NOT_SAMPLES.search(name.text) for name in names):
        return []  # instruments or special equipment: no spot check's samples
    # a count in no unit is a spot check's batches only where the caption or a line says 抽
    rated = any(line.column.kind in RATES for line in run) and (
        "抽" in caption or any("抽" in line.words for line in run))
    columns = []
    for line in run:
        unit = line.column.unit or (SPOT_CHECK_UNIT if rated else "")
        if line.column.kind in COUNTS and unit not in (
                FIRM_UNITS if line.column.kind == "enterprises_inspected" else SAMPLE_UNITS):
            return []
        columns.append(Column(line.column.kind, unit))
    stats = []
    for at, name in enumerate(names):
        cells = [line.cells[at] for line in run]
        if not all(fits(cell, column) for cell, column in zip(cells, columns, strict=True)):
            return []
        values = [value_of(cell) for cell in cells]
        if not adds_up(columns, values):
            return []
        label = doc.text[name.start:name.end]
        for column, cell, value in zip(columns, cells, values, strict=True):
            if value is not None:
                stats.append(SupervisionStat(
                    metric=column.kind,  # type: ignore[arg-type]
                    label=label, value=value, unit=column.unit, span=(cell.start, cell.end),
                    evidence=doc.text[above:run[-1].cells[-1].end]))
    return [ColumnTable(above, run[-1].cells[-1].end, stats)]
