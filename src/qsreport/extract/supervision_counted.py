"""Supervision (schema 2): five late counts, each a table of rows (the words are in
:mod:`.lexicon.supervision_counted`): checks counted by the time (``inspections_made``), kinds
of offending goods seized or destroyed (``goods_kinds``), firms a supervision rating graded
(``firms_graded``), the supervision system's own bodies and staff (``supervisory_bodies``,
``supervisory_staff``), and failing batches dealt with by law (``failures_followed_up``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal

from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_counted import (
    BODIES_WORD,
    FAILURES_DEALT_ROWS,
    FIRMS_GRADED_ROWS,
    GOODS_KINDS_ROWS,
    INSPECTIONS_ROWS,
    LEVEL_ITEM,
    NOT_OWN_STAFF,
    STAFF_PLAN_ENDS,
    STAFF_PLANNED,
    SUPERVISORY_BODIES_ROWS,
    SUPERVISORY_STAFF_ROWS,
)
from .rows import compiled_rows, rows_read

_TABLE = (("inspections_made", INSPECTIONS_ROWS), ("goods_kinds", GOODS_KINDS_ROWS),
          ("firms_graded", FIRMS_GRADED_ROWS), ("supervisory_bodies", SUPERVISORY_BODIES_ROWS),
          ("supervisory_staff", SUPERVISORY_STAFF_ROWS),
          ("failures_followed_up", FAILURES_DEALT_ROWS))


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple((metric, row) for metric, rows in _TABLE for row in rows))


# What may lead to a count, trimmed off its label (共, 计, 约, 达, 为, 是, 有): the lead of the
# late counts' tables, here and in :mod:`.supervision_tallies`.
COUNT_LEAD = "共计约达为是有"


def supervision_stat(*, metric: str, label: str, **fields: Any) -> SupervisionStat:
    """A late count's figure as :func:`.rows.rows_read` builds it (its metric for a label where
    no words are left)."""
    return SupervisionStat(metric=metric, label=label or metric, **fields)  # type: ignore[arg-type]


def _levels(doc: Doc, read: set[int]) -> list[SupervisionStat]:
    """Each level of a list of bodies after their word in its sentence (其中省级1个、市级14个)."""
    out: list[SupervisionStat] = []
    view = doc.view
    for word in BODIES_WORD.finditer(view):
        sentence = doc.sentence_at(word.start())
        for item in LEVEL_ITEM.finditer(view, word.end(), sentence.end):
            value = to_number(item.group("num"))
            if value is None or item.end("unit") in read:
                continue
            read.add(item.end("unit"))
            out.append(supervision_stat(metric="supervisory_bodies",
                             label=doc.text[item.start():item.start("num")].strip(),
                             value=value, unit=doc.text[item.start("unit"):item.end("unit")],
                             span=(item.start(), item.end("unit")),
                             evidence=doc.evidence(sentence)))
    return out


def _staff_status(view: str, start: int, end: int) -> Literal["achieved", "target"]:
    """``target`` where a plan's word stands before the figure in its clause (明年将增5人达40人,
    计划配备3名) and nothing after that word tells it done (已, 了) or ends its clause."""
    plan = next(reversed(list(STAFF_PLANNED.finditer(view, start, end))), None)  # the last
    if plan is None or STAFF_PLAN_ENDS.search(view, plan.end(), end) is not None:
        return "achieved"
    return "target"


def counted_late(doc: Doc) -> list[SupervisionStat]:
    """``巡查150余次`` → 150 次 inspections_made, ``销毁…5大类`` → 5 大类 goods_kinds,
    ``14家AA类企业`` → 14 家 firms_graded, ``安全监察机构达到110个`` → 110 个 supervisory_bodies,
    ``配备了6名处置专员`` → 6 名 supervisory_staff: each count once (:func:`.rows.rows_read`);
    staff in a sentence that sends them out, trains them or has them take part (出动, 抽调,
    培训, 参加) are none of the system's own."""
    stats = rows_read(doc, _rows(), COUNT_LEAD, supervision_stat)
    kept: list[SupervisionStat] = []
    for stat in stats:
        if stat.metric == "supervisory_staff":
            sentence = doc.sentence_at(stat.span[1] - 1)
            if NOT_OWN_STAFF.search(doc.view, sentence.start, sentence.end) is not None:
                continue
            stat.status = _staff_status(doc.view, sentence.start, stat.span[1])
        kept.append(stat)
    return kept + _levels(doc, {stat.span[1] for stat in kept})
