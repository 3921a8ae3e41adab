"""Supervision: the metric of a figure that counts the work a check or a campaign did besides
sampling and enforcing (firms whose products failed, places covered, test items, pledges,
firms put on file, publicity, visits, teams sent), for a figure no other rule took; the words
are rows of :mod:`.lexicon.supervision_work`."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.supervision_work import PUT_RIGHT, WORK_ROWS

_REACH = 60  # how far before the figure its own words are read


class _Row:
    def __init__(self, metric: str, units: str, before: str, after: str, needs: str,
                 unless: str, clause_unless: bool) -> None:
        self.metric = metric
        self.clause_unless = clause_unless
        self.units = rx.compile(rf"(?:{units})")
        self.before = rx.compile(before) if before else None
        self.after = rx.compile(after) if after else None
        self.needs = rx.compile(needs) if needs else None
        self.unless = rx.compile(unless) if unless else None


@cache
def _rows() -> tuple[_Row, ...]:
    return tuple(_Row(*row) for row in WORK_ROWS)


@cache
def _rows_for(unit: str) -> tuple[_Row, ...]:
    return tuple(row for row in _rows() if row.units.fullmatch(unit))


@cache
def _any_before(unit: str) -> re.Pattern[str] | None:
    """One search for the words before the figure of all the unit's rows: where it finds
    none, no row's ``before`` holds (most figures), and the rows are not searched one by one."""
    befores = [f"(?:{row.before.pattern})" for row in _rows_for(unit) if row.before is not None]
    return compile_fast("|".join(befores)) if befores else None


# Places named one by one right before their count (甲、乙、丙等3个市): a whole list when the
# count is the number of names.
_NAMED_PLACES = rx.compile(r"(?:[^\W\d_a-zA-Z、，,]{1,8}[、和及与])+[^\W\d_a-zA-Z、，,]{1,8}等?$")


def work_metric(doc: Doc, context_start: int, start: int, end: int, unit: str,
                value: float) -> str | None:
    """The metric of the first row of :data:`WORK_ROWS` whose unit fits and whose words stand
    right before the figure (in its context) and right after it (in its sentence), as far as
    it has them, its sentence holding the row's ``needs`` and none of its ``unless``; else None:
    ``其中5家企业的产品不合格`` (firms_failed), ``抽查覆盖12个地市`` (places_covered),
    ``派出6个督查组`` (teams_sent)."""
    rows = _rows_for(unit)
    if not rows:
        return None
    view = doc.view
    sentence = doc.sentence_at(start)
    low = max(context_start, start - _REACH)
    before = view[low:start]
    any_before = _any_before(unit)
    some_before = any_before is not None and any_before.search(before) is not None
    for row in rows:
        if row.before is not None and not (some_before and row.before.search(before)):
            continue
        if row.after is not None and not row.after.match(view, end, sentence.end):
            continue
        if row.needs is not None and not _needs_met(doc, row.needs, sentence.start, sentence.end):
            continue
        unless_from = doc.clause_start(start, sentence.start) if row.clause_unless \
            else sentence.start
        if row.unless is not None and row.unless.search(view, unless_from, sentence.end):
            continue
        if row.metric == "places_covered" and _whole_list(view, low, start, value):
            continue  # (抽查甲、乙、丙等3个市的…: the places of the figures after, as written)
        return row.metric
    return None


_BREAKDOWN = rx.compile(r"\s*其中")


def _needs_met(doc: Doc, needs: re.Pattern[str], start: int, end: int) -> bool:
    """Whether the sentence holds a row's ``needs``, or, a breakdown opening on 其中, the
    sentence whose total it breaks down (…共公证检验棉花N包。其中甲地N包…)."""
    if needs.search(doc.view, start, end):
        return True
    if start == 0 or not _BREAKDOWN.match(doc.view, start):
        return False
    before = doc.sentence_at(start - 1)
    return needs.search(doc.view, before.start, before.end) is not None


def _whole_list(view: str, low: int, start: int, value: float) -> bool:
    """Whether the places counted are each named right before their count (衡水、邢台、沧州等
    3个市): the count restates the list, which is the place of the figures after it."""
    named = _NAMED_PLACES.search(view, low, start)
    return named is not None and len(re.split(r"[、和及与]", named.group())) == value


# Totals of things a check found, which a breakdown after 其中 splits by kind into parts of the
# same kind (schema 2: the parts carry the total's metric).
_FOUND_TOTALS = frozenset({"problems_found"})
# A part: 其中 (or the list mark or comma of the part before), a kind of a few words (涉及甲类,
# 乙领域) and its count; no verb of what was done to the part (已整改, 移交), no other figure.
_PART = rx.compile(r"\s*(?:其中[，,：:]?\s*|[、，,]\s*)?(?:(?!其中|已|均|整改|纠正|消除|排除|移交|移送|"
                   r"交由|立案|处罚|完成)[^\W\d_a-zA-Z]){1,12}$")
_PUT_RIGHT_AFTER = rx.compile(rf"[^，,。；;]*?(?:{PUT_RIGHT}|移交|移送|立案)")


def found_part(doc: Doc, sentence_start: int, context_start: int, start: int, end: int,
               last: tuple[str | None, str], unit: str) -> str | None:
    """The metric of a part of a found total broken down after 其中, each part a kind and its
    count in the total's unit (发现问题40个，其中甲领域22个、乙领域15个，丙类问题3个: each part
    problems found), the breakdown's 其中 after the total in its sentence; None for a part told
    with what was done to it (其中8个已整改, …，甲类问题5个已移交)."""
    previous, previous_unit = last
    if previous not in _FOUND_TOTALS or unit != previous_unit:
        return None
    view = doc.view
    if not _PART.fullmatch(view, context_start, start) or "其中" not in view[sentence_start:start]:
        return None
    if _PUT_RIGHT_AFTER.match(view, end, doc.sentence_at(start).end):
        return None
    return previous

