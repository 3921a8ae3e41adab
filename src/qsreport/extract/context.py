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

from .. import regex_cache as rx
from ..places import find_places
from ..places.finder import is_about
from .areas import figures
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

_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-—~～至到]\s*((?:19|20)\d{2}))?\s*年(?![\d])")
_RELATIVE = rx.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
_CLAUSE = rx.compile(r"[，,；;：:、]")
_CLAUSE_END = rx.compile(r"[，,；;。！？]")
_BY_YEAR = rx.compile(r"(?:到|至|在)\s*((?:19|20)\d{2})\s*年")
_NUMBER = rx.compile(r"[\d.]+|[零〇一二三四五六七八九十百千万亿两]+")
_REACH = 200  # characters before a figure read for its words
_PARAGRAPH_REACH = 600  # and for its year


class _Marks:
    """Every match of one pattern in the document, found in one pass (when first asked for),
    and the last one that lies within a stretch: what keeps a report with 100,000 figures
    linear."""

    def __init__(self, pattern: re.Pattern[str], view: str) -> None:
        self.pattern, self.view = pattern, view
        self.found: list[re.Match[str]] = []
        self.ends: list[int] | None = None

    def last(self, low: int, high: int) -> re.Match[str] | None:
        """The last match inside view[low:high]."""
        if self.ends is None:
            self.found = list(self.pattern.finditer(self.view))
            self.ends = [match.end() for match in self.found]
        at = bisect.bisect_right(self.ends, high) - 1
        if at >= 0 and self.found[at].start() >= low:
            return self.found[at]
        return None


class _Context:
    """A report's marks, and what a figure's sentence says around it."""

    def __init__(self, doc: Doc, year: int | None) -> None:
        view = doc.view
        self.doc, self.year = doc, year
        self.status = [(status, _Marks(pattern, view)) for status, pattern in STATUS_WORDS]
        self.achieved, self.added = _Marks(ACHIEVED, view), _Marks(ADDED, view)
        self.years, self.relative = _Marks(_YEAR, view), _Marks(_RELATIVE, view)
        self.cumulative, self.by_year = _Marks(CUMULATIVE, view), _Marks(_BY_YEAR, view)
        self.clauses = _Marks(_CLAUSE, view)
        self.province: str | None = None  # the province of the report's region, if known

    def status_of(self, start: int, clause: int, number: int, after: str) -> str:
        """The status the nearest status word before the figure gives, unless an achievement
        (获, 被评为, 通过, 新增 after an application) stands between it and the figure, or
        follows the figure in its clause (申报的产品中有6个获评). ``clause``: where the
        figure's clause begins."""
        best: tuple[int, str] | None = None
        for status, marks in self.status:
            match = marks.last(clause if status == "target_noun" else start, number)
            if match is not None and (best is None or match.end() > best[0]):
                best = (match.end(), "target" if status == "target_noun" else status)
        if best is None:
            # 8个产品通过初评: a shortlist or an application named in the figure's own clause.
            return next((status for status, pattern in STATUS_WORDS
                         if not status.startswith("target") and pattern.search(after)),
                        "achieved")
        if self.achieved.last(best[0], number) or (
                best[1] != "target" and self.added.last(best[0], number)):
            return "achieved"  # 组织企业申报…，新增浙江名牌3个: the application led to honours
        if ACHIEVED.search(after) and not any(p.search(after) for _, p in STATUS_WORDS):
            return "achieved"
        return best[1]

    def period_of(self, low: int, number: int) -> str | None:
        """The year (or span of years) the nearest time word before the figure names; 今年/去年
        from the report's year; "cumulative" for a stock with no year (累计, 现有)."""
        year = self.years.last(low, number)
        relative = self.relative.last(low, number) if self.year is not None else None
        if relative is not None and (year is None or relative.end() > year.end()):
            return str(self.year + RELATIVE_YEARS[relative[0]])  # type: ignore[operator]
        if year is not None:
            return year[1] if year[2] is None else f"{year[1]}-{year[2]}"
        return "cumulative" if self.cumulative.last(low, number) else None

    def clause_start(self, start: int, number: int) -> int:
        match = self.clauses.last(start, number)
        return match.end() if match else start

    def past_goal(self, start: int, number: int) -> bool:
        """到2020年 in a report of 2016: a goal."""
        match = self.by_year.last(start, number)
        return bool(match and self.year is not None and int(match[1]) > self.year)


def annotate(doc: Doc, report: Any) -> None:
    """Fill status, place, period and (where the extractor left it open) basis on every
    figure of ``report`` from its sentence. A status the extractor set is kept."""
    found = list(figures(report))
    if not found:
        return  # a notice with no figures: nothing to read
    year = _report_year(report.meta.date)
    context = _Context(doc, year)
    context.province = _province_of(report.meta.region)
    places: dict[int, list[Any]] = {}  # each sentence's place mentions, found once
    paragraphs = [p.start for p in doc.layout.paragraphs]
    title = doc.layout.header.title_line
    title_period = context.period_of(title.start, title.end) if title else None
    starts = [s.start for s in doc.layout.sentences]
    ordered = sorted(range(len(starts)), key=starts.__getitem__)
    sorted_starts = [starts[i] for i in ordered]
    for item in found:
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
        _annotate(context, item, (start, paragraph), places[start], title_period)


def _annotate(context: _Context, item: Any, starts: tuple[int, int], places: list[Any],
              title_period: str | None) -> None:
    """``starts``: where the figure's sentence and its paragraph begin."""
    view = context.doc.view
    number = _number_start(view, item.span)
    start = max(starts[0], number - _REACH)
    clause = context.clause_start(start, number)
    item.place = _place(context.doc, places, number)
    if item.place is None and context.province and _WHOLE_PROVINCE.search(view, clause, number):
        item.place = context.province  # 全省共有…: the province of the report's place
    after = view[number:number + _REACH]
    after = after[:m.start()] if (m := _CLAUSE_END.search(after)) else after
    if item.status == "achieved":  # the default: the extractor did not say otherwise
        item.status = "target" if getattr(item, "target", False) else \
            context.status_of(start, clause, number, after)
        if item.status == "achieved" and context.past_goal(start, number):
            item.status = "target"
    # The year a paragraph opens with (2009年，全市…) holds for its later sentences; a report
    # titled 2009年工作总结 counts 2009 where nothing nearer says.
    low = max(min(starts), number - _PARAGRAPH_REACH)
    item.period = context.period_of(low, number) or title_period
    words = view[clause:number]
    if _is_change(words, view[number:item.span[1] + 6]):
        item.basis = "change"
    elif item.basis is None and getattr(item, "unit", "%") not in ("%", "％"):
        item.basis = _basis(words)  # a rate is a level: total or added does not apply


_WHOLE_PROVINCE = rx.compile(r"[全我本]省")


def _province_of(region: str | None) -> str | None:
    """The province a region lies in (its short name), from the gazetteer."""
    if not region:
        return None
    from ..cleaning import match_view

    found = find_places(match_view(region))
    if not found:
        return None
    place = found[-1].place
    return place.name if place.level == "province" else place.province or None


def _number_start(view: str, span: tuple[int, int]) -> int:
    """Where the figure's number starts: a span may begin with the words before it
    (查处案件35起)."""
    found = list(_NUMBER.finditer(view, *span))
    return found[-1].start() if found else span[0]


def _report_year(date: str | None) -> int | None:
    return int(date[:4]) if date else None


def _place(doc: Doc, places: list[Any], number: int) -> str | None:
    """The last place the sentence names before the figure (not an honour's name such as
    浙江名牌, nor a dateline)."""
    before = [m for m in places if m.end <= number]
    if not before:
        return None
    return doc.text[before[-1].start:before[-1].end]


def _is_change(clause: str, after: str) -> bool:
    """增加3个, 提高5个百分点, 同比增长12%: a difference, never a level."""
    return bool(CHANGE_BEFORE.search(clause) or CHANGE_AFTER.match(after))


def _basis(clause: str) -> str | None:
    if ADDED.search(clause):
        return "added"
    if TOTAL.search(clause):
        return "total"
    return None
