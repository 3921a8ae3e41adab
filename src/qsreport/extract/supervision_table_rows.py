"""Supervision: the rows under a results table's header (:mod:`.supervision_tables`), read
from its cells by the header's shape, and the checks every row must pass."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import regex_cache as rx
from .lexicon.supervision_tables import CELL_SEPARATORS, EMPTY, TOTAL

COUNTS = ("batches_sampled", "batches_passed", "batches_failed", "enterprises_inspected")
RATES = ("pass_rate", "failure_rate")
# Columns read past, that give no figure, their cells checked as a count or as any number: a
# share of the whole (批次占比), the firms that passed (合格企业数, 企业合格率), the samples
# planned and the share of the plan done (计划批次, 完成率).
ASIDE_COUNTS = ("count_aside",)
ASIDES = (*ASIDE_COUNTS, "rate_aside")
# A cell, as every table reader splits a line (a % a PDF printed apart from its number, 93.3 %,
# stays in the number's cell).
CELL = rx.compile(rf"[^\s{CELL_SEPARATORS}]+(?:[ \t]+%(?![^\s{CELL_SEPARATORS}]))?")
# A figure's cell: 4788, 3,673,579, 97.42%, and a count with its unit (40批次).
_NUMBER = rx.compile(r"(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<fraction>\.\d+)?"
                     r"(?:[ \t]*(?P<percent>%)|(?P<unit>个批次|批次|批|家|件))?")
_ROW_NUMBER = rx.compile(r"(?P<number>[1-9]\d{0,3})[.、]?")
_LONGEST_CATEGORY = 3  # cells a category may be split into (a <br> or a space inside it)
_LONGEST_REMARK = 6  # cells a remark may be split into
_LONGEST_CELL = 40  # characters: a longer run with no blank is a line of prose
_RATE_SLACK = 1.0  # points a printed rate may stray from its counts (rounding, not a misread)


class Column(NamedTuple):
    """A header cell: the metric its figures count (or ``index``, ``category``, ``skip``)
    and the unit they are counted in."""

    kind: str
    unit: str


class Cell(NamedTuple):
    """A run of characters between blanks and ``|``: a table's cell, or a piece of one."""

    start: int
    end: int
    text: str  # in the match view

    def number(self) -> re.Match[str] | None:
        return _NUMBER.fullmatch(self.text)

    def empty(self) -> bool:
        return EMPTY.fullmatch(self.text) is not None


class Row(NamedTuple):
    """A row read: its span, its category's span, and its figures' cells."""

    start: int
    end: int
    label: tuple[int, int]  # the category's span
    values: tuple[Cell | None, ...]  # one per column of figures; None for an empty cell


class Cells:
    """The cells after a header, read as the rows ask for them, up to the first cell too
    long for a table's (the prose after it)."""

    def __init__(self, view: str, start: int) -> None:
        self._found = CELL.finditer(view, start)
        self._read: list[Cell] = []
        self._ended = False

    def has(self, index: int) -> bool:
        """Whether there is a cell ``index`` (reading on to it)."""
        while not self._ended and len(self._read) <= index:
            match = next(self._found, None)
            if match is None or match.end() - match.start() > _LONGEST_CELL:
                self._ended = True
            else:
                self._read.append(Cell(match.start(), match.end(), match.group()))
        return index < len(self._read)

    def __getitem__(self, index: int) -> Cell:
        self.has(index)
        return self._read[index]


def read_rows(cells: Cells, columns: tuple[Column, ...]) -> list[Row] | None:
    """The rows the cells make, read until a cell that starts none; None when a row breaks
    off before the end of the text (the cells are not laid out as the header says)."""
    width = sum(column.kind in COUNTS + RATES + ASIDES for column in columns)
    remarks = any(column.kind == "skip" for column in columns)
    # Rows are numbered when the header has a number's column, or when the first cell is 1
    # and a category follows it (a header that leaves its number column unnamed).
    numbered = columns[0].kind == "index" or (
        cells.has(1) and cells[0].text in ("1", "1.", "1、") and _is_text(cells[1]))
    if remarks and not numbered:
        return None  # a remark could not be told from the next row's category
    rows: list[Row] = []
    next_number: int | None = None  # the number the next numbered row must have
    at = 0
    while cells.has(at):
        start = at
        if numbered and not _is_total(cells, at):
            number = _ROW_NUMBER.fullmatch(cells[at].text)
            if number is None or next_number not in (None, int(number["number"])):
                if rows and _swallowed(rows[-1], cells, at, str(next_number)):
                    return None
                break  # no row starts here: the table has ended
            next_number = int(number["number"]) + 1
            at += 1
        label_start = at
        while cells.has(at) and at - label_start < _LONGEST_CATEGORY and _is_text(cells[at]):
            at += 1
        label_end = at
        values: list[Cell | None] = []
        while len(values) < width and cells.has(at) and not _is_text(cells[at]):
            values.append(None if cells[at].empty() else cells[at])
            at += 1
        if not cells.has(at) and len(values) < width:
            return rows  # the text ends inside the row: the rows before it stand
        if label_end == label_start or len(values) < width:
            if at - start <= _LONGEST_CATEGORY and not values:
                break  # prose after the table
            return None
        while remarks and cells.has(at) and at - label_end < width + _LONGEST_REMARK \
                and _is_text(cells[at]) and not _is_total(cells, at):
            at += 1  # a remark (备注) in a column the header skips
        rows.append(Row(cells[start].start, cells[at - 1].end,
                         (cells[label_start].start, cells[label_end - 1].end), tuple(values)))
    return rows


def _swallowed(row: Row, cells: Cells, at: int, number: str) -> bool:
    """Whether a row took the next row's number for its last figure (an empty cell left
    out): the row's last cell is that number and a category with figures follows."""
    last = row.values[-1]
    return last is not None and last.text == number and _is_text(cells[at]) \
        and cells.has(at + 1) and cells[at + 1].number() is not None


def _is_text(cell: Cell) -> bool:
    return cell.number() is None and not cell.empty()


def _is_total(cells: Cells, at: int) -> bool:
    """Whether a total row's label starts at cell ``at`` (合计, or 合 计 in two cells)."""
    return TOTAL.fullmatch(cells[at].text) is not None or (
        cells.has(at + 1) and TOTAL.fullmatch(cells[at].text + cells[at + 1].text) is not None)


def fits(cell: Cell | None, column: Column) -> bool:
    """Whether a cell can hold its column's figure: a whole number among counts, a rate in
    0..100."""
    if cell is None:
        return True
    number = cell.number()
    if number is None:
        return False
    if number["unit"] and number["unit"] != column.unit:
        return False
    if column.kind in COUNTS + ASIDE_COUNTS:
        return not number["fraction"] and not number["percent"]
    if column.kind in ASIDES:
        return True  # a share or a completion rate (a plan exceeded: 104%)
    return 0 <= float(number["number"].replace(",", "") + (number["fraction"] or "")) <= 100


def value_of(cell: Cell | None) -> int | float | None:
    number = cell.number() if cell is not None else None
    if number is None:
        return None
    digits = number["number"].replace(",", "")
    return float(digits + number["fraction"]) if number["fraction"] else int(digits)


def adds_up(columns: list[Column], values: list[int | float | None]) -> bool:
    """Whether a row's figures agree: passed and failed add up to sampled, a rate matches
    the counts it is a share of, the pass and failure rates add up to 100."""
    row = {column.kind: value for column, value in zip(columns, values, strict=True)
           if value is not None}
    sampled, passed, failed = (row.get(kind) for kind in COUNTS[:3])
    if sampled is not None and passed is not None and failed is not None \
            and passed + failed != sampled:
        return False
    if sampled is not None and passed is None and failed is not None:
        passed = sampled - failed
    if sampled is not None and failed is None and passed is not None:
        failed = sampled - passed
    if sampled is not None and passed is not None and not 0 <= passed <= sampled:
        return False
    shares = {"pass_rate": passed, "failure_rate": failed}
    for kind in RATES:
        rate, part = row.get(kind), shares[kind]
        if rate is not None and sampled and part is not None \
                and abs(rate - 100 * part / sampled) > _RATE_SLACK:
            return False
    pass_rate, failure_rate = row.get("pass_rate"), row.get("failure_rate")
    return pass_rate is None or failure_rate is None \
        or abs(pass_rate + failure_rate - 100) <= _RATE_SLACK
