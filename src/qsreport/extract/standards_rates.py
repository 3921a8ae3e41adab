"""Standards rates: the share of products or firms adopting standards (采标率 and its kin),
as achieved levels or as goals; a change (提高3个百分点, 提高了12%) is never a level."""

from __future__ import annotations

import bisect
import re

from .. import regex_cache as rx
from ..chars import HAN
from ..models import StandardRate
from ..numbers import PERCENT, percent_value
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import LIST_JOIN, PUNCT, Doc, in_book_title
from .lexicon.standards import (
    ACHIEVED,
    CHANGE_BEFORE,
    LEVEL_AGAIN,
    LEVEL_GOES_ON,
    RATE_LABEL,
    TARGET_WORDS,
)

_REACH = 14  # characters from a label to its percentage (采标率由上年的…达到…)
_HEAD_LEAD = compile_fast(r"^(?:其中|全市|我市|全省|目前)+")
_CLAUSE = rx.compile(r"[^，,；;。]+")
_SCOPE_LIST = rx.compile(rf"(?P<list>(?:{HAN}|[A-Za-z]){{1,10}}(?:[、和及与](?:{HAN}|[A-Za-z]){{1,10}})*)"
                         r"等?(?:[一二三四五六七八九十\d]+大)?(?:行业|产业)的?$")

Found = tuple[re.Match[str], int | float]  # a percentage and its value (an int stays one)


def extract_standard_rates(doc: Doc) -> list[StandardRate]:
    """``采用国际标准率达100%`` (achieved), ``采标率达到80%以上`` (a target), ``采标率从2006年
    的71.3%提高到2009年的84.6%`` (two levels), ``采标率比上年提高2.6个百分点，达到88.4%`` (the
    level after the change)."""
    rates: list[StandardRate] = []
    view = doc.view
    if ("标准" not in view and "采标" not in view) or ("%" not in view and "百分之" not in view):
        return rates  # (every label says 标准 or 采标, every rate is a percentage)
    for sentence, labels in zip(doc.layout.sentences,
                                doc.matches_by_sentence(RATE_LABEL),
                                strict=True):
        goals = Goals(doc, sentence.start, sentence.end) if labels else None
        for index, label in enumerate(labels):
            stop = labels[index + 1].start() if index + 1 < len(labels) else sentence.end
            percents = _levels(view, label, stop)
            if not percents:
                continue
            clause_start = doc.clause_start(label.start(), sentence.start)
            scopes = _scopes(doc, label, clause_start, len(percents))
            for (found, found_value), found_scope in zip(percents, scopes, strict=True):
                rates.append(StandardRate(
                    label=doc.text[label.start():label.end()],
                    value=found_value,
                    target=goals.reach(found.end()) if goals else False,
                    scope=found_scope,
                    span=(label.start(), found.end()),
                    evidence=doc.evidence(sentence),
                ))
            rates.extend(_follow_on_targets(doc, sentence, label, percents[-1][0].end()))
    return rates


def _levels(view: str, label: re.Match[str], stop: int) -> list[Found]:
    """The levels a rate label states: its first percentage, the next ones of a 分别 list,
    a second level it rose to (从71.3%提高到84.6%); changes left out."""
    first = _first_level(view, label, stop)
    if first is None:
        return []
    percents = [first]
    percent = first[0]
    if "分别" in view[label.end():percent.start()]:
        # 采标率分别达到92%、85%和60%: one rate per figure of the list
        for more in PERCENT.finditer(view, percent.end(), stop):
            gap = view[percents[-1][0].end():more.start()]
            more_value = percent_value(more)
            if not LIST_JOIN.fullmatch(gap) or more_value is None:
                break
            percents.append((more, more_value))
        return percents
    again = LEVEL_AGAIN.match(view, percent.end(), stop)
    if again:
        # 从2006年的71.3%提高到2009年的84.6%: the level it rose to is a level too
        second = PERCENT.match(view, again.end(), stop)
        value = percent_value(second) if second else None
        if second and value is not None:
            percents.append((second, value))
    return percents


def _first_level(view: str, label: re.Match[str], stop: int) -> Found | None:
    """The label's percentage in its own clause, or, after a change (比上年提高2.6个百分点，),
    in a clause that goes on with the level (达到88.4%)."""
    percent = PERCENT.search(view, label.end(), min(stop, label.end() + _REACH))
    if percent and not PUNCT.search(view, label.end(), percent.start()):
        if not _is_change(view, label.end(), percent):
            value = percent_value(percent)
            return (percent, value) if value is not None else None
        return None  # 采用率提高了12%: how much it rose, not where it stands
    for clause in _CLAUSE.finditer(view, label.end(), stop):
        if clause.start() == label.end():
            continue  # the label's own clause, read above
        goes_on = LEVEL_GOES_ON.match(view, clause.start(), clause.end())
        if goes_on is None:
            return None
        percent = PERCENT.match(view, goes_on.end(), clause.end())
        value = percent_value(percent) if percent else None
        return (percent, value) if percent and value is not None else None
    return None


def _is_change(view: str, floor: int, percent: re.Match[str]) -> bool:
    """Whether a percentage is a change (提高了12%, 增长近5%), not a level."""
    return CHANGE_BEFORE.search(view, max(floor, percent.start() - 6), percent.start()) is not None


def _scopes(doc: Doc, label: re.Match[str], clause_start: int, count: int) -> list[list[str]]:
    """What each rate is about, from the list before the label (电子、机械等行业的采标率)."""
    view = doc.view
    scope: list[str] = []
    head = view[max(clause_start, label.start() - 60):label.start()]  # a scope is short
    if "业" not in head:
        return [scope] * count  # a scope ends in 行业 or 产业
    head_trimmed = _HEAD_LEAD.sub("", head)
    listed = _SCOPE_LIST.search(head_trimmed)
    if listed:
        offset = label.start() - len(head_trimmed) + listed.start("list")
        written = doc.text[offset:offset + len(listed["list"])]
        scope = [s.rstrip("等") for s in LIST_JOIN.split(written) if s.rstrip("等")]
    return [[s] for s in scope] if len(scope) == count > 1 else [scope] * count


_GOAL_YEAR = rx.compile(r"到(\d{4})年")
# The next item of an enumerated list (；二是, ；第三): a goal of one item is not the next's.
_NEXT_ITEM = rx.compile(r"[；;]\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|其次|此外|另外)")
# 覆盖率为74.9%，离省要求的95%差距较大: the level required, a goal
_REQUIRED = rx.compile(r"(?:要求|规定)(?:的|达到)?$")
_YEAR_BEFORE = compile_fast(r"(\d{4})$")
_AS_OF = rx.compile(r"截至|截止|至(?<![争取要将]至)(?=\d{4})")  # (至1999年底: a date)
_PAST_YEAR = rx.compile(r"(?:去年|上年|前年|上一年)$")  # 到去年年末: a date gone by


def is_target(doc: Doc, start: int, stop: int) -> bool:
    """A goal: a target word in ``view[start:stop]`` (力争, 到2015年, 年底…) and no sign of
    achievement (已, 去年, 目前) after it. 到2008年 in a report of 2010 is a date gone by."""
    return Goals(doc, start, stop).reach(stop)


class Goals:
    """The goals of one stretch of text (a sentence), read once, when first asked (most
    sentences made one for are never asked), and whether a goal reaches a position in it
    (a sentence of many figures asks for each)."""

    def __init__(self, doc: Doc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end
        self.ends: list[int] | None = None

    def _read(self) -> list[int]:
        view, start, end = self.doc.view, self.start, self.end
        reported = self.doc.layout.header.date
        self.reported = int(reported[:4]) if reported else None
        goals = [g for g in TARGET_WORDS.finditer(view, start, end)
                 if not in_book_title(view, start, g.start())  # (《…计划》: a title)
                 and not self._year_end_gone_by(view, start, g)]
        years = [_GOAL_YEAR.match(g.group()) for g in goals]
        self.years = [int(y.group(1)) if y else None for y in years]
        self.achieved = [m.start() for m in ACHIEVED.finditer(view, start, end)]
        self.items = [m.start() for m in _NEXT_ITEM.finditer(view, start, end)]
        self.ends = [g.end() for g in goals]
        return self.ends

    def _year_end_gone_by(self, view: str, floor: int, goal: re.Match[str]) -> bool:
        """截至2010年底, or 2010年底 in a report of 2012: a date, not a goal."""
        if goal.group() not in ("年底", "年末"):
            return False
        before = view[max(floor, goal.start() - 10):goal.start()]
        year = _YEAR_BEFORE.search(before)
        return bool(_AS_OF.search(before)) or bool(_PAST_YEAR.search(before)) or bool(
            year and self.reported and int(year.group(1)) <= self.reported)

    def reach(self, pos: int) -> bool:
        """Whether the last goal before ``pos`` holds there: no word of achievement between."""
        ends = self.ends if self.ends is not None else self._read()
        index = bisect.bisect_right(ends, pos) - 1
        if index < 0:
            return False
        after = bisect.bisect_left(self.achieved, ends[index])
        if after < len(self.achieved) and self.achieved[after] < pos:
            return False
        item = bisect.bisect_left(self.items, ends[index])
        if item < len(self.items) and self.items[item] < pos:
            return False  # …力争年内验收；三是发布…: the goal ends with its item
        year = self.years[index]
        return not (year and self.reported and year <= self.reported)


def _follow_on_targets(doc: Doc, sentence: Segment, label: re.Match[str],
                       after: int) -> list[StandardRate]:
    """``采标率达到78.5%，…力争明年达到80%以上``: a goal for the same rate, a clause later."""
    view = doc.view
    out = []
    for clause in _CLAUSE.finditer(view, after, sentence.end):
        start, end = clause.span()
        if RATE_LABEL.search(view, start, end):
            break
        percent = PERCENT.search(view, start, end)
        if percent and (TARGET_WORDS.search(view, start, percent.start())
                        or _REQUIRED.search(view, start, percent.start())):
            value = percent_value(percent)
            if value is not None:
                out.append(StandardRate(
                    label=doc.text[label.start():label.end()], value=value, target=True,
                    scope=[], span=(percent.start(), percent.end()),
                    evidence=doc.evidence(sentence)))
    return out
