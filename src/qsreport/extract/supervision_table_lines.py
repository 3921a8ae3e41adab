"""Supervision: a results table written with no header, one line a row, every line the same
shape — its category, then the same words and units around its numbers::

    甲类产品 抽检12批次 合格率91.7%
    乙类产品 抽检20批次 合格率100%
    丙类产品 抽检8批次 合格率87.5%

What each number is comes from the words right before it and its unit (:mod:`.lexicon.supervision_tables`:
``LINE_WORDS``): a % after 合格率 is a pass rate, a count in 批次 after 不合格 a batch failed, a
count in 家 after 抽查企业 the firms sampled; a number after any other words (立案查处3家,
发放资料300件) makes the line no row. Only a run of at least three lines whose shapes agree is read,
and only when every number of every line is such a cell and each line's figures agree with one
another (:func:`.supervision_table_rows.adds_up`): a line of prose, a date, a phone number or a
page number holds a number in no cell's shape, and a single line is left to the sentence
rules."""

from __future__ import annotations

from typing import NamedTuple

from ..models import SupervisionStat
from .common import Doc, stripped
from .lexicon.supervision_tables import (
    FIRM_UNITS,
    LINE_CELL,
    LINE_LABEL,
    LINE_PUNCTUATION,
    LINE_ROW,
    LINE_WORDS,
    SAMPLE_UNITS,
)
from .supervision_table_rows import Column, adds_up

_LEAST_LINES = 3  # fewer lines of one shape are no table
_LONGEST_LINE = 60  # characters: a longer line is prose
_CLOSING = ";；,，.。 "  # what a row may end in, the list's last row otherwise


class _Line(NamedTuple):
    """A line read as a row: its span, its category's span, its shape and its figures."""

    start: int
    end: int
    label: tuple[int, int]
    shape: tuple[str, ...]  # the words and units around its numbers, numbers left out
    cells: tuple[tuple[str, int, int, float | int, str], ...]  # metric, start, end, value, unit


class LineTable(NamedTuple):
    """A run of lines of one shape read as a table: where it stands and its figures."""

    start: int
    end: int
    stats: list[SupervisionStat]


def read_line_tables(doc: Doc) -> list[LineTable]:
    """Every run of lines in ``doc`` that reads as a header-less results table."""
    view = doc.view
    if ("合格" not in view and "批" not in view) or LINE_ROW.search(view) is None:
        return []  # (no line holds two figures with their units)
    tables: list[LineTable] = []
    run: list[_Line] = []
    at = 0
    while at <= len(view):
        end = view.find("\n", at)
        end = len(view) if end < 0 else end
        line = _read_line(doc, at, end)
        if line is None or (run and line.shape != run[0].shape):
            tables.extend(_table(doc, run))
            run = []
        if line is not None:
            run.append(line)
        at = end + 1
    tables.extend(_table(doc, run))
    return tables


def _read_line(doc: Doc, start: int, end: int) -> _Line | None:
    """A line read as a row, or None when it is not one: too long, no category first, or a
    number standing in no cell's shape."""
    view = doc.view
    start, end = stripped(view, start, end)
    if not 0 < end - start <= _LONGEST_LINE:
        return None
    label = LINE_LABEL.match(view, start, end)
    if label is None:
        return None
    shape: list[str] = []
    cells = []
    at = label.end()
    passed = "合格" in view[at:end]
    for cell in LINE_CELL.finditer(view, at, end):
        words = view[at:cell.start()]
        if any(char.isdigit() for char in words):
            return None  # a number in no cell's shape
        metric = _metric(words, cell["unit"], passed)
        if metric is None:
            return None
        shape.append(words.strip() + "#" + cell["unit"])
        number = cell["number"].replace(",", "")
        value: float | int = float(number) if "." in number else int(number)
        unit = doc.text[cell.start("unit"):cell.end("unit")]
        cells.append((metric, cell.start(), cell.end(), value, unit))
        at = cell.end()
    if len(cells) < 2 or any(char.isdigit() for char in view[at:end]):
        return None
    shape.append(view[at:end].rstrip(_CLOSING))  # the last row may close the list: 。
    return _Line(start, end, label.span("label"), tuple(shape), tuple(cells))


def _metric(words: str, unit: str, passed: bool) -> str | None:
    """The metric of a number from the words before it and its unit: only the metric whose own
    words they are (:data:`.lexicon.supervision_tables.LINE_WORDS`), in that metric's unit; a
    bare count right after the category is its samples in 批次, or in 件 or 批 when the line
    holds a 合格 cell (``passed``) too."""
    words = LINE_PUNCTUATION.sub("", words)
    if unit == "%":
        metrics: tuple[str, ...] = ("pass_rate", "failure_rate")
    elif unit in FIRM_UNITS:
        metrics = ("enterprises_inspected",)
    elif unit in SAMPLE_UNITS:
        metrics = ("batches_sampled", "batches_passed", "batches_failed")
    else:
        return None
    if not words and (unit in ("批次", "个批次") or (passed and unit in ("件", "批"))):
        return "batches_sampled"  # a spot check's own unit, right after the category
    return next((metric for metric in metrics if LINE_WORDS[metric].fullmatch(words)), None)


def _table(doc: Doc, run: list[_Line]) -> list[LineTable]:
    """The table a run of lines of one shape makes: none when it is too short, names one
    metric twice in a line, or a line's figures disagree."""
    if len(run) < _LEAST_LINES:
        return []
    metrics = [cell[0] for cell in run[0].cells]
    if len(set(metrics)) != len(metrics) or not set(metrics) & {"batches_sampled", "pass_rate",
                                                                  "failure_rate"}:
        return []
    columns = [Column(metric, "") for metric in metrics]
    if not all(adds_up(columns, [cell[3] for cell in line.cells]) for line in run):
        return []
    stats = []
    for line in run:
        label = "".join(doc.text[line.label[0]:line.label[1]].split())
        for metric, cell_start, cell_end, value, unit in line.cells:
            stats.append(SupervisionStat(
                metric=metric,  # type: ignore[arg-type]
                label=label, value=value, unit=unit, span=(cell_start, cell_end),
                evidence=doc.text[line.start:line.end]))
    return [LineTable(run[0].start, run[-1].end, stats)]
