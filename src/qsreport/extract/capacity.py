"""Inspection capacity: the inspection and testing bodies a report counts and what they hold
or are being built with — investment, land and floor area, staff, instruments, the products
and parameters they can test (schema 2); the words are in :mod:`.lexicon.capacity`, the
reading in :mod:`.tallies`."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import Capacity, CapacityStat
from .areas import tally_area
from .common import Doc
from .lexicon.capacity import CAPACITY, INVESTED_IN, PROJECT_OF_NO_BODY
from .tallies import Tallies, Tally
from .tally_stats import stats_of

_TALLIES = Tallies(CAPACITY)


def extract_capacity(doc: Doc) -> Capacity:
    """``中心总投资3600万元``, ``建筑面积8200平方米``, ``有检验技术人员46名``,
    ``建成国家级质检中心3个``. Only in a report that names an inspection body somewhere:
    the sentences read are many (any that speaks of a project or a building)."""
    first = _TALLIES.names.search(doc.view)
    if first is None:
        return Capacity()
    levelled: list[tuple[int, str]] | None = None  # (end, key) of each levelled centre, made once

    def body(tally: Tally) -> str:
        nonlocal levelled
        if tally.metric == "investment" and (into := _INVESTED_IN.match(doc.view, tally.figure.end)):
            named = _TALLIES.names.match(doc.view, into.end())
            if named is not None:
                return _TALLIES.key_of(named)  # (斥资1200万元新建某某实验室: the laboratory's)
        if tally.metric not in _PROJECT or tally.name not in (_TALLIES.words.any_name, "centre"):
            return tally.name
        if tally.name == _TALLIES.words.any_name and _PROJECT_OF_NO_BODY.search(
                doc.view, tally.sentence.start, tally.figure.start) and not _TALLIES.names.search(
                doc.view, tally.sentence.start, tally.figure.start):
            return tally.name  # (为某服务平台项目落实的600万元建设经费: no body's money)
        if levelled is None:
            levelled = [(m.end(), key) for m in _TALLIES.names.finditer(doc.view)
                        if (key := _TALLIES.key_of(m)) in _LEVELLED]
        return _body(tally, first, levelled)

    return Capacity(stats=[CapacityStat(metric=t.metric, body=body(t),  # type: ignore[arg-type]
                                        **fields) for t, fields in stats_of(doc, _TALLIES)
                           if not (t.metric == "staff" and _AT_WORK.match(doc.view, fields["span"][1]))])


def _body(tally: Tally, first: re.Match[str], levelled: list[tuple[int, str]]) -> str:
    """The body a figure is of: the one its words name; for a project's money, land and
    building told with no body (项目总投资3200万元) or with a centre of no level (该中心占地20亩,
    检测中心总投资), the national or provincial centre the report last named before it (乙省
    某某产品质量监督检验中心 … 该中心: a provincial centre), else, with no body, the one the
    report names first. ``levelled`` holds the report's national and provincial centres, each
    with where its name ends, found once a report."""
    before = [key for end, key in levelled if end <= tally.figure.start]
    if before:
        return before[-1]
    return _TALLIES.key_of(first) if tally.name == _TALLIES.words.any_name else tally.name


_INVESTED_IN = rx.compile(INVESTED_IN)
_PROJECT_OF_NO_BODY = rx.compile(PROJECT_OF_NO_BODY)
# A project's figures, which its sentence often tells of the body with no name (项目, 大楼).
_PROJECT = frozenset({"investment", "equipment_value", "land_area", "floor_area"})
_LEVELLED = frozenset({"national_centre", "provincial_centre"})


# People counted as they do a task (计量所3名工作人员用专用工具检定加油机, 2名检定员赴现场): the
# team at work, no body's staff.
_AT_WORK = rx.compile(r"(?:工作人员|技术人员|检定人员|检测人员|检验人员|检定员|检测员|检验员|执法人员|人员)?"
                      r"(?:正在|现场|当场|一起|分别)?(?:用|使用|利用|携带|带着|对|赴|前往|深入|来到|到|为|逐)")


AREA = tally_area("capacity", extract_capacity,
                  title="Inspection capacity", kind="capacity", what="body")
