"""What a figure's sentence says around it (schema 2): is it achieved or only a target, a
shortlist, an application; which place it belongs to; which year it counts; and whether it is
a total, an addition or a change.

One pass after every area has been extracted, over every figure of every area, reading only
the figure's own sentence up to the figure (the words that govern a number come before it in
Chinese: ``争取新增名牌5个``, ``甲市获12项，乙市9项``, ``截至2012年底共有30个``). The words
are data in :mod:`.lexicon.context`.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..places import find_places
from ..places.finder import is_about
from .areas import areas, items
from .common import Doc
from .lexicon.context import (
    ACHIEVED,
    ADDED,
    CHANGE_AFTER,
    CHANGE_BEFORE,
    CUMULATIVE,
    RELATIVE_YEARS,
    STATUS_WORDS,
    TOTAL,
)

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-—~～至到]\s*((?:19|20)\d{2}))?\s*年(?![\d])")
_RELATIVE = re.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
_CLAUSE = re.compile(r"[，,；;：:、]")
_CLAUSE_END = re.compile(r"[，,；;。！？]")


def annotate(doc: Doc, report: Any) -> None:
    """Fill status, place, period and (where the extractor left it open) basis on every
    figure of ``report`` from its sentence."""
    year = _report_year(report.meta.date)
    places: dict[int, list[Any]] = {}  # each sentence's place mentions, found once
    paragraphs = [p.start for p in doc.layout.paragraphs]
    title = doc.layout.header.title_line
    title_period = _period(doc.view[title.start:title.end], year) if title else None
    starts = [s.start for s in doc.layout.sentences]
    ordered = sorted(range(len(starts)), key=starts.__getitem__)
    sorted_starts = [starts[i] for i in ordered]
    for area in areas():
        for item_list in area.lists:
            for item in items(report, area, item_list):
                if not hasattr(item, "period"):  # a figure (not an honour, action or centre)
                    continue
                at = bisect.bisect_right(sorted_starts, item.span[0]) - 1
                sentence = doc.layout.sentences[ordered[at]] if at >= 0 else None
                start = sentence.start if sentence is not None else item.span[0]
                if not start <= item.span[0]:
                    start = item.span[0]
                if start not in places:
                    end = sentence.end if sentence is not None else item.span[1]
                    places[start] = [m for m in find_places(doc.view, start, end)
                                     if is_about(doc.view, m)]
                at = bisect.bisect_right(paragraphs, item.span[0]) - 1
                paragraph = paragraphs[at] if at >= 0 else start
                _annotate(doc, item, (start, paragraph), year, places[start], title_period)


def _annotate(doc: Doc, item: Any, starts: tuple[int, int], year: int | None,
              places: list[Any], title_period: str | None) -> None:
    """``starts``: where the figure's sentence and its paragraph begin."""
    number = _number_start(doc.view, item.span)
    item.place = _place(doc, places, number)
    start = max(starts[0], number - _REACH)
    before = doc.view[start:number]
    after = doc.view[number:number + _REACH]
    after = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    item.status = "target" if getattr(item, "target", False) else _status(before, after)
    if item.status == "achieved" and year is not None and any(
            int(m[1]) > year for m in _BY_YEAR.finditer(before)):
        item.status = "target"  # 到2020年，形成1000个… in a report of 2016: a goal
    # The year a paragraph opens with (2009年，全市…) holds for its later sentences; a report
    # titled 2009年工作总结 counts 2009 where nothing nearer says.
    item.period = (_period(doc.view[max(min(starts), number - _PARAGRAPH_REACH):number], year)
                   or title_period)
    clause = before[_last_clause_start(before):]
    if _is_change(clause, doc.view[number:item.span[1] + 6]):
        item.basis = "change"
    elif item.basis is None and getattr(item, "unit", "%") not in ("%", "％"):
        item.basis = _basis(clause)  # a rate is a level: total or added does not apply


_REACH = 200  # characters before a figure read for its words: a long sentence stays linear
_PARAGRAPH_REACH = 600
_BY_YEAR = re.compile(r"(?:到|至|在)\s*((?:19|20)\d{2})\s*年")
_NUMBER = re.compile(r"[\d.]+|[零〇一二三四五六七八九十百千万亿两]+")


def _number_start(view: str, span: tuple[int, int]) -> int:
    """Where the figure's number starts: a span may begin with the words before it
    (查处案件35起)."""
    found = list(_NUMBER.finditer(view, *span))
    return found[-1].start() if found else span[0]


def _report_year(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def _status(before: str, after: str) -> str:
    """The status the nearest status word before the figure gives, unless an achievement
    (获, 被评为, 通过) stands between it and the figure, or follows the figure in its clause
    (申报的产品中有6个获评)."""
    best: tuple[int, str] | None = None
    clause = _last_clause_start(before)
    for status, pattern in STATUS_WORDS:
        for match in pattern.finditer(before, clause if status == "target_noun" else 0):
            if best is None or match.end() > best[0]:
                best = (match.end(), "target" if status == "target_noun" else status)
    if best is None:
        # 8个产品通过初评: a shortlist or an application named in the figure's own clause.
        return next((status for status, pattern in STATUS_WORDS
                     if not status.startswith("target") and pattern.search(after)), "achieved")
    if ACHIEVED.search(before, best[0]) or (best[1] != "target" and ADDED.search(before, best[0])):
        return "achieved"  # 组织企业申报…，新增浙江名牌3个: the application led to an honour
    if ACHIEVED.search(after) and not any(p.search(after) for _, p in STATUS_WORDS):
        return "achieved"
    return best[1]


def _place(doc: Doc, places: list[Any], number: int) -> str | None:
    """The last place the sentence names before the figure (not an honour's name such as
    浙江名牌, nor a dateline)."""
    before = [m for m in places if m.end <= number]
    if not before:
        return None
    return doc.text[before[-1].start:before[-1].end]


def _period(before: str, year: int | None) -> str | None:
    """The year (or span of years) the nearest time word before the figure names; 今年/去年
    from the report's year; "cumulative" for a stock with no year (累计, 现有)."""
    best: tuple[int, str] | None = None
    for match in _YEAR.finditer(before):
        value = match[1] if match[2] is None else f"{match[1]}-{match[2]}"
        best = (match.end(), value)
    for match in _RELATIVE.finditer(before):
        if year is not None and (best is None or match.end() > best[0]):
            best = (match.end(), str(year + RELATIVE_YEARS[match[0]]))
    if best is not None:
        return best[1]
    return "cumulative" if CUMULATIVE.search(before) else None


def _last_clause_start(before: str) -> int:
    found = [m.end() for m in _CLAUSE.finditer(before)]
    return found[-1] if found else 0


def _is_change(clause: str, after: str) -> bool:
    """增加3个, 提高5个百分点, 同比增长12%: a difference, never a level."""
    return bool(CHANGE_BEFORE.search(clause) or CHANGE_AFTER.match(after))


def _basis(clause: str) -> str | None:
    if ADDED.search(clause):
        return "added"
    if TOTAL.search(clause):
        return "total"
    return None
