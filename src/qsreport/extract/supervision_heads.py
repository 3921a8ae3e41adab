"""Supervision: bare counted figures under a head that names their activity once — 开展产品质量
监督抽查。在全年的抽检中，甲县12家生产企业15批次产品，其中2批次不合格；乙区6家经销企业8批次
产品…: each 家企业 is a firm the check went through, each 批次 a batch it sampled, by the head
抽检 that the list's clauses share. Run after every other supervision rule, for the figures
none of them read; the activities and what each counted noun means under them are rows in
:mod:`.lexicon.supervision_heads`.

A figure in the head's own clause was the rules' to read, and is left to them, but for the later
items of a 、-list whose earlier item they read (检查大型商场3家、农贸市场2家、食品加工作坊9家: a sibling).
What a careful reader would not carry: a head of other work ends the scope (出动, 责令, 发现…),
a plan or target is not done (计划抽检…), a threshold is no count (5万元以上), a scope never
crosses a line (a heading, a new paragraph), and other areas' nouns (电梯使用单位) are theirs."""

from __future__ import annotations

import bisect
import re
from functools import cache

from .. import regex_cache as rx
from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..regex_prefilter import compile_fast, might_match
from .common import Doc, Figure, unit_as_written
from .lexicon.supervision_heads import (
    ACTIVITIES,
    FAILED_AFTER,
    FAILING_SUBSET,
    FIRMS_NOT_BEFORE,
    GOES_ON,
    NEW_HEAD,
    NOT_A_COUNT_AFTER,
    NOT_THIS_FIGURE_AFTER,
    NOT_THIS_FIGURE_BEFORE,
    NOT_THIS_HEAD,
    OTHER_AREAS,
    PASSED_AFTER,
    PLANNED,
    RESULT_AFTER,
    ROWS,
    HeadRow,
)
from .supervision_outcomes import other_office

_REACH = 400  # how far after its head (in characters, within the paragraph) a figure may stand
_NOUN_BEFORE = rx.compile(r"[^，,。；;、：:()（）\d\s]{1,14}$")
_NOUN_AFTER = rx.compile(r"[^，,。；;、：:()（）\d\s]{1,12}")
_NEW_HEAD = compile_fast(NEW_HEAD)
_PLANNED = compile_fast(PLANNED)
_NOT_THIS_HEAD = compile_fast(NOT_THIS_HEAD)
_NOT_BEFORE = compile_fast(NOT_THIS_FIGURE_BEFORE)
_NOT_AFTER = compile_fast(NOT_THIS_FIGURE_AFTER)
_FIRMS_NOT_BEFORE = compile_fast(FIRMS_NOT_BEFORE)
_GOES_ON = rx.compile(GOES_ON)
_OTHER_AREAS = compile_fast(OTHER_AREAS)
_NOT_A_COUNT_AFTER = rx.compile(NOT_A_COUNT_AFTER)
_FAILED_AFTER = rx.compile(FAILED_AFTER)
_PASSED_AFTER = rx.compile(PASSED_AFTER)
_FAILING_SUBSET = compile_fast(FAILING_SUBSET)
_CLAUSE_OPEN = rx.compile(r"[，,。；;：:]")
_RESULT_AFTER = rx.compile(RESULT_AFTER)


@cache
def _triggers() -> re.Pattern[str]:
    return rx.compile("|".join(f"(?P<{a.name}>{a.triggers})" for a in ACTIVITIES))


@cache
def _rows() -> tuple[tuple[HeadRow, re.Pattern[str] | None], ...]:
    return tuple((row, rx.compile(row.noun) if row.noun else None) for row in ROWS)


_UNITS = frozenset(unit for row in ROWS for unit in row.units)


def headed_stats(doc: Doc, stats: list[SupervisionStat],
                 figure: re.Pattern[str]) -> list[SupervisionStat]:
    """The stats of figures no rule read whose activity a head before them names (see the
    module); ``figure``: the supervision figures' pattern."""
    view = doc.view
    if not might_match(_triggers(), view):
        return []  # no head anywhere (a test of its words in C)
    read = sorted({stat.span[1] for stat in stats})
    read_set = set(read)
    found: list[SupervisionStat] = []
    # The document's figures walked once beside its paragraphs (lines, in order): a figure is
    # a paragraph's where it starts in it and ends by its end, as doc.figures would give it.
    paragraphs = doc.layout.paragraphs
    at = -1
    paragraph_start = paragraph_end = 0
    skip = True  # (no paragraph yet, or one in a heading)
    heads: list[tuple[int, int, str]] | None = None  # (end, start, activity), in order
    last_end = 0  # where the figure before ends: no noun reaches past it
    for fig in doc.figures(figure, 0, len(view)):
        if at < 0 or fig.start >= paragraph_end:
            moved = at
            while at + 1 < len(paragraphs) and paragraphs[at + 1].start <= fig.start:
                at += 1
            if at != moved:
                paragraph_start, paragraph_end = paragraphs[at].start, paragraphs[at].end
                skip = doc.in_heading(paragraph_start)
                heads, last_end = None, paragraph_start
        if at < 0 or fig.start >= paragraph_end or fig.end > paragraph_end or skip:
            continue
        floor, last_end = last_end, fig.end
        if fig.end in read_set or fig.unit not in _UNITS \
                or _NOT_A_COUNT_AFTER.match(view, fig.end):
            continue
        if heads is None:
            heads = [(m.end(), m.start(), m.lastgroup or "")
                     for m in _triggers().finditer(view, paragraph_start, paragraph_end)]
        stat = _under_head(doc, heads, fig, floor, read)
        if stat is not None:
            found.append(stat)
    return found


def _under_head(doc: Doc, heads: list[tuple[int, int, str]], fig: Figure, floor: int,
                read: list[int]) -> SupervisionStat | None:
    view = doc.view
    at = bisect.bisect_right(heads, (fig.start, fig.start, "")) - 1
    if at < 0:
        return None
    head_end, head_start, activity = heads[at]
    if fig.start - head_end > _REACH or _NEW_HEAD.search(view, head_end, fig.start):
        return None
    sentence = doc.sentence_at(fig.start)
    if (head_start < sentence.start and not _GOES_ON.match(view, sentence.start)) \
            or other_office(doc, sentence) \
            or not view[fig.start].isdigit() or _in_bracket(view, head_end, fig.start):
        return None  # a head in its sentence or one it goes on; digits; not a bracket's part
    if not _CLAUSE_OPEN.search(view, head_end, fig.start) and not _sibling(view, read, head_end,
                                                                          fig.start):
        return None  # the head's own clause is the rules' to read, but for a list's later items
    head_clause = _clause_open(doc, head_start)
    if _PLANNED.search(view, head_clause, fig.start) \
            or _NOT_THIS_HEAD.search(view, _clause_open(doc, head_clause - 1), head_end) \
            or _FAILING_SUBSET.search(view, max(head_end, sentence.start), fig.start):
        return None  # a plan; other work's head; a breakdown of the failures
    own_clause = max(head_end, _clause_open(doc, fig.start))
    close = _clause_close(view, fig.end, sentence.end)
    if _NOT_BEFORE.search(view, own_clause, fig.start) or _NOT_AFTER.search(view, fig.end, close):
        return None
    before = _NOUN_BEFORE.search(view, max(head_end, floor, fig.start - 14), fig.start)
    noun_start = before.start() if before is not None else fig.start
    after = _NOUN_AFTER.match(view, fig.end)
    noun = view[noun_start:fig.start] + (after.group() if after is not None else "")
    if _OTHER_AREAS.search(noun):
        return None
    for row, noun_pattern in _rows():
        if row.activity != activity or fig.unit not in row.units:
            continue
        if noun_pattern is not None and not noun_pattern.search(noun):
            continue
        metric = _with_result(view, fig, row, close)
        if metric is None or (row.firms and _FIRMS_NOT_BEFORE.search(view, own_clause,
                                                                     fig.start)):
            return None  # (涉及外省17家企业: firms whose products were sampled, not checked)
        return SupervisionStat(
            metric=metric,  # type: ignore[arg-type]
            label=doc.text[noun_start:fig.start].strip(LABEL_EDGE_TOTAL) or fig.unit,
            value=fig.value,
            unit=unit_as_written(doc, fig),
            span=(noun_start, fig.end),
            evidence=doc.evidence(sentence),
        )
    return None


def _in_bracket(view: str, head_end: int, start: int) -> bool:
    """Whether a bracket opened after the head is still open at ``start``: a breakdown of the
    total before it (120家(其中生产企业80家，销售企业40家))."""
    opened = max(view.rfind("(", head_end, start), view.rfind("（", head_end, start))
    closed = max(view.rfind(")", head_end, start), view.rfind("）", head_end, start))
    return opened > closed


def _sibling(view: str, read: list[int], head_end: int, start: int) -> bool:
    """Whether the figure at ``start`` is a later item of a 、-list in its head's clause whose
    earlier item the rules read (检查大型商场3家、农贸市场2家、食品加工作坊9家)."""
    at = bisect.bisect_left(read, head_end)
    return at < len(read) and read[at] < start and "、" in view[read[at]:start]


def _with_result(view: str, fig: Figure, row: HeadRow, close: int) -> str | None:
    """The metric of a count whose row has result metrics, by the result told right after it
    (8批次不合格: failed; 8批次产品全部合格: passed); a figure of any other row with a result in
    its clause (4家5批次产品不合格) is the rules' to read, not the head's."""
    if row.failed:
        failed = _FAILED_AFTER.match(view, fig.end)
        passed = failed is None and _PASSED_AFTER.match(view, fig.end)
        return row.failed if failed else row.passed if passed else row.metric
    if _RESULT_AFTER.search(view, fig.end, close):
        return None
    return row.metric


def _clause_close(view: str, pos: int, stop: int) -> int:
    """Where the clause holding ``pos`` closes (its next clause mark, else ``stop``)."""
    found = _CLAUSE_OPEN.search(view, pos, stop)
    return found.start() if found is not None else stop


def _clause_open(doc: Doc, pos: int) -> int:
    """Where the clause holding ``pos`` opens (after the last clause mark before it, at most
    60 characters back)."""
    return doc.after_last(_CLAUSE_OPEN, pos, max(0, pos - 60))
