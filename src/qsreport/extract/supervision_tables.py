"""Supervision: the figures of a spot check's results table, one row per product or food
category (序号 | 食品类别 | 抽检批次 | 不合格批次 | 合格率), however the text lays its cells out:
one a line with ``|`` lines between them (a saved page's table), several a line between ``|``,
tab or space columns, lines of box-drawing characters, or one a line with nothing between
them (what the page reader makes of an HTML ``<table>``: each ``<td>`` on a line of its own,
the ``<th>`` cells of the header glued together on one).

The header is found by its column words (:mod:`.lexicon.supervision_tables`), each column
mapped to a metric; the cells after it are read in rows by the header's shape
(:mod:`.supervision_table_rows`): a row number when the rows have one, the category, then one
cell per column. Every row is checked (passed and failed add up to sampled, a rate lies in
0..100 and agrees with its counts) and a table with a row that cannot be read or fails a
check gives nothing, as does a table captioned as a plan: precision first."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from .. import regex_cache as rx
from ..models import SupervisionStat
from ..regex_prefilter import compile_fast
from .areas import same_text
from .common import Doc
from .lexicon.supervision_tables import (
    BRACKETED_UNIT,
    CELL_SEPARATORS,
    COLUMNS,
    FIRM_UNITS,
    HEADER_CELL_WORD,
    HEADER_WORD,
    PLANNED_CAPTION,
    SAMPLE_UNITS,
    SKIPPED,
    SPOT_CHECK_UNIT,
    TABLE_ROW,
    TABLE_UNIT,
    TOTAL,
    UNIT,
    broken,
)
from .supervision_repeats import figure_key
from .supervision_table_columns import read_column_tables
from .supervision_table_lines import read_line_tables
from .supervision_table_rows import (
    ASIDES,
    COUNTS,
    RATES,
    Cells,
    Column,
    adds_up,
    fits,
    read_rows,
    value_of,
)

# One group a row of COLUMNS (a kind may have several rows), its kind found by the group's
# number.
_TOKEN = compile_fast("|".join(f"({broken(words)})" for _, words in COLUMNS))
_KINDS = tuple(kind for kind, _ in COLUMNS)
_GAP = rx.compile(rf"[\s{CELL_SEPARATORS}]*")
_LEAST_ROWS = 2  # a header followed by fewer rows is no table
_BEFORE_WORD = 24  # characters a header may start before its word (序号 | 食品)
_AFTER_WORD = 400  # characters a header may run on after it
_LONGEST_CAPTION = 60  # characters above a header read as its caption


class _Header(NamedTuple):
    start: int
    end: int
    columns: tuple[Column, ...]
    groups: tuple[str, ...] = ()  # the names of repeated groups of columns (生产环节, 合计)


class Table(NamedTuple):
    """A table read cleanly: where it stands (header to last row) and its figures."""

    start: int
    end: int
    stats: list[SupervisionStat]


def read_tables(doc: Doc) -> list[Table]:
    """Every results table of ``doc`` that reads cleanly, in text order: those under a
    header, runs of lines of one shape with none (:mod:`.supervision_table_lines`), and
    tables turned on their side (:mod:`.supervision_table_columns`)."""
    view = doc.view
    if "合格" not in view and "抽" not in view:
        return []
    tables: list[Table] = []
    # (a header's table and one on its side hold two figures' cells side by side: most
    # reports hold none, and are searched for no header)
    rows = TABLE_ROW.search(view) is not None
    for header in _headers(view) if rows else ():
        if tables and header.start < tables[-1].end:
            continue
        table = _read_table(doc, header)
        if table is not None:
            tables.append(table)
    for more in (read_line_tables(doc), read_column_tables(doc) if rows else []):
        tables.extend(Table(*table) for table in more
                      if not any(other.start < table.end and table.start < other.end
                                 for other in tables))
    return sorted(tables, key=lambda table: table.start)


def with_tables(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """``stats`` (the sentence rules' figures) with the figures of ``doc``'s tables: a
    sentence figure read inside a table gives way to the table's reading; a table figure
    that a sentence elsewhere already states (共抽检1200批次 above a total row of 1200) is
    given once, by the sentence; and a total row that repeats an earlier table's (one check
    broken down by product, then by place) is given once."""
    tables = read_tables(doc)
    if not tables:
        return stats
    # (where a table starts, in order, and the furthest any table so far ends: whether a
    # figure stands inside one is read by bisection, not by trying every table)
    starts = [table.start for table in tables]
    reach = list(itertools.accumulate((table.end for table in tables), max))
    kept = [stat for stat in stats
            if not ((at := bisect.bisect_right(starts, stat.span[0]) - 1) >= 0
                    and reach[at] > stat.span[0])]
    said = Counter(map(figure_key, kept))
    same: dict[tuple[str, float, str], list[SupervisionStat]] = {}
    for stat in kept:
        same.setdefault(figure_key(stat), []).append(stat)
    totals: set[tuple[str, float, str]] = set()
    added: list[SupervisionStat] = []
    for table in tables:
        for stat in table.stats:
            key = figure_key(stat)
            total = TOTAL.fullmatch(same_text(stat.label)) is not None
            if said[key] > 0 and _stated_in_sentence(doc, stat, total, same[key]):
                said[key] -= 1
            elif not (total and key in totals):
                added.append(stat)
        totals.update(figure_key(stat) for stat in table.stats
                      if TOTAL.fullmatch(same_text(stat.label)))
    return sorted(kept + added, key=lambda stat: stat.span)


def _stated_in_sentence(doc: Doc, stat: SupervisionStat, total: bool,
                        same: list[SupervisionStat]) -> bool:
    """Whether a sentence figure of the same metric, value and unit (``same``: the sentence
    figures of its key, not every one of the report) is about the row's own category, or the
    row is the total row (the sentence states the table's sum)."""
    label = same_text(stat.label)
    for other in same:
        sentence = doc.sentence_at(other.span[0])
        if total or label in doc.view[sentence.start:sentence.end]:
            return True
    return False


def _headers(view: str) -> Iterator[_Header]:
    """Each run of column words with only blanks and ``|`` between them that makes a header:
    an optional row number, one category (or a blank corner), then columns of figures (and
    columns to skip). Column words are looked for only near a header's words (a category's,
    a rate's or a sample count's), one of which every header holds: the category's
    open-ended words (any few characters before 类别) cost a try at every character of a scan
    over the whole text."""
    for start, end in _near_header_words(view):
        run: list[_Token] = []
        for match in _TOKEN.finditer(view, start, end):
            if run and match.start() < run[-1].end:
                continue  # inside the unit of the column before
            kind = _KINDS[(match.lastindex or 1) - 1]
            token = _Token(kind, match.start(), match.end(), None)
            stated = UNIT.match(view, token.end)
            if stated is not None:
                token = _Token(kind, token.start, stated.end(),
                               stated["unit"] or stated["glued"])
            if run and not _GAP.fullmatch(view, run[-1].end, token.start):
                header = _header(view, run)
                if header is not None:
                    yield header
                run = []
            run.append(token)
        header = _header(view, run)
        if header is not None:
            yield header


class _Token(NamedTuple):
    """A column's words in a header: its kind, where they stand, the unit they state."""

    kind: str
    start: int
    end: int
    unit: str | None


def _near_header_words(view: str) -> list[tuple[int, int]]:
    """The stretches of ``view`` around its header words where a header may stand."""
    stretches: list[tuple[int, int]] = []
    cells = HEADER_CELL_WORD.finditer(view)  # (each a cell of its own: no Han character beside)
    for word in sorted((*HEADER_WORD.finditer(view), *cells), key=lambda word: word.start()):
        start, end = max(0, word.start() - _BEFORE_WORD), word.end() + _AFTER_WORD
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], end)
        else:
            stretches.append((start, end))
    return stretches


def _header(view: str, run: list[_Token]) -> _Header | None:
    """The header a run of column words makes, if it makes one (from its category, or the
    row number's column just before it: words before them belong to the text above)."""
    first = next((at for at, token in enumerate(run) if token.kind == "category"), None)
    if first is None:
        return _cornerless(view, run)
    run = run[first - 1:] if first and run[first - 1].kind == "index" else run[first:]
    # two columns that name what a row is (产品类别 | 产品名称), or a category and the groups
    # of columns after it (生产环节 | 流通环节 | 合计), make one category; a category after
    # the figures' columns is the first row's (合计 | 435 | …)
    figure = next((at for at, token in enumerate(run) if token.kind not in ("index", "category")),
                  len(run))
    groups = tuple("".join(view[token.start:token.end].split()) for token in run[:figure]
                   if token.kind == "category")[1:]
    run = [token for at, token in enumerate(run[:figure])
           if not (at and token.kind == run[at - 1].kind == "category")] + list(
        itertools.takewhile(lambda token: token.kind != "category", run[figure:]))
    kinds = [token.kind for token in run]
    lead = ["index", "category"] if kinds[0] == "index" else ["category"]
    figures = kinds[len(lead):]  # each a metric, once a group (a share beside several)
    metrics = [kind for kind in figures[:_group(figures)] if kind in COUNTS + RATES]
    if kinds[:len(lead)] != lead or not metrics or len(run) < 3 \
            or len(set(metrics)) != len(metrics) or not set(figures) <= set(COUNTS + RATES + ASIDES):
        return None
    start, end = run[0].start, run[-1].end
    columns = []
    for kind, column_start, column_end, unit in run:
        unit = unit or _unit_in(view[column_start:column_end], kind)
        if kind == "enterprises_inspected":
            unit = unit or "家"  # firms are counted in 家 whatever the header says
        if kind in COUNTS and unit is None:
            found = TABLE_UNIT.search(view, max(0, start - 80), start)
            unit = found["unit"] if found is not None else _shared_unit(view, start, end)
            if unit is None and set(figures) & set(RATES) \
                    and "抽" in view[_caption_start(view, start):end]:
                unit = SPOT_CHECK_UNIT  # a spot check's, its rows' rates check it counts samples
        if kind in COUNTS and unit not in (FIRM_UNITS if kind == "enterprises_inspected"
                                            else SAMPLE_UNITS):
            return None  # a count in no unit, or in one that is not the column's
        columns.append(Column(kind, "%" if kind in RATES else unit or ""))
    while (skipped := SKIPPED.match(view, end)) is not None:
        end = skipped.end()
        columns.append(Column("skip", ""))
    return _Header(start, end, tuple(columns), groups)


def _group(kinds: list[str]) -> int:
    """How many columns make one group of a header whose columns repeat one group, once a
    stage or a half of the year (生产环节 | 流通环节, each 批次 | 合格率): the whole header when
    they repeat none."""
    for width in range(1, len(kinds) // 2 + 1):
        if len(kinds) % width == 0 and kinds == kinds[:width] * (len(kinds) // width):
            return width
    return len(kinds)


def _cornerless(view: str, run: list[_Token]) -> _Header | None:
    """The header a run of column words makes when its category's cell is left blank (a
    table's corner): the whole run, from a line's start, only figures' columns."""
    if not run:
        return None
    line = view.rfind("\n", 0, run[0].start) + 1
    if sum(token.kind in COUNTS + RATES for token in run) < 2 \
            or any(token.kind not in COUNTS + RATES + ASIDES for token in run) \
            or not _GAP.fullmatch(view, line, run[0].start):
        return None
    corner = _Token("category", run[0].start, run[0].start, None)
    return _header(view, [corner, *run])


def _unit_in(words: str, kind: str) -> str | None:
    """The unit a column's own words count in: 抽检批次 → 批次 (not 批 from 批数: that
    column counts in the unit its neighbours state)."""
    units = FIRM_UNITS if kind == "enterprises_inspected" else SAMPLE_UNITS
    words = "".join(words.split()).replace("批数", "")
    return next((unit for unit in units if unit in words), None)


def _shared_unit(view: str, start: int, end: int) -> str | None:
    """A unit the header's other columns state in brackets (样品总量 beside 不合格数量(批次)):
    the unit of all its samples."""
    units = {found["unit"] for found in BRACKETED_UNIT.finditer(view, start, end)}
    return units.pop() if len(units) == 1 else None


def _read_table(doc: Doc, header: _Header) -> Table | None:
    """The table under ``header``, or None when it does not read cleanly or is a plan."""
    if PLANNED_CAPTION.search(doc.view, _caption_start(doc.view, header.start), header.start):
        return None
    rows = read_rows(Cells(doc.view, header.end), header.columns)
    if rows is None or len(rows) < _LEAST_ROWS:
        return None
    figures = [column for column in header.columns if column.kind in COUNTS + RATES + ASIDES]
    width = _group([column.kind for column in figures])
    if width < len(figures) and len(header.groups) != len(figures) // width:
        return None  # groups of columns whose names cannot be told (a row's figures repeat)
    read = []
    for row in rows:
        if not all(fits(cell, column) for cell, column in zip(row.values, figures, strict=True)):
            return None
        values = [value_of(cell) for cell in row.values]
        for group in range(0, len(figures), width):
            kept = [at for at in range(group, group + width) if figures[at].kind not in ASIDES]
            if not adds_up([figures[at] for at in kept], [values[at] for at in kept]):
                return None
        read.append((row, values))
    stats = []
    for row, values in read:
        label = "".join(doc.text[row.label[0]:row.label[1]].split()).replace("|", "")
        for at, (column, cell, value) in enumerate(zip(figures, row.values, values, strict=True)):
            if cell is not None and value is not None and column.kind not in ASIDES:
                stats.append(SupervisionStat(
                    metric=column.kind,  # type: ignore[arg-type]
                    # (a group's figures labelled by the row and the group: 粮食·生产环节,
                    # 粮食·合计)
                    label=f"{label}·{header.groups[at // width]}" if width < len(figures)
                    else label, value=value, unit=column.unit,
                    span=(row.label[0], cell.end), evidence=doc.text[row.start:row.end],
                ))
    return Table(header.start, rows[-1].end, stats)


def _caption_start(view: str, start: int) -> int:
    """Where the caption above a header starts: the line above it (with any words before the
    header on its own line), no longer than a caption."""
    line = view.rfind("\n", 0, max(0, view.rfind("\n", 0, start)))
    return max(line + 1, start - _LONGEST_CAPTION)
