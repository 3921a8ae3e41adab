"""Supervision (schema 2): the change of a recall count over an earlier year, told after the
count in its sentence (召回缺陷汽车56.2万辆，比上年增长18.4%; …、缺陷玩具5600件，分别同比上升12%、9.6%).
A change is no level: the figure is ``products_recalled`` with ``basis: change`` and unit %,
as a pass rate's change is ``pass_rate`` (:mod:`.supervision_changes`)."""

from __future__ import annotations

import bisect
import re

from ..chars import LABEL_EDGE
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_recalls import COUNTED_CHANGES, RECALL_BETWEEN
from .supervision_changes import CHANGE, CHANGE_LEAD, MORE_CHANGES


def recall_changes(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """Each change in % of a recall count (a ``products_recalled`` stat in the goods' units
    or in times), of a count of complaints taken in or of fibre inspected, told after the
    count in its sentence, its clause naming no other subject."""
    out: list[SupervisionStat] = []
    done: set[int] = set()
    for metric, units in COUNTED_CHANGES.items():
        out += _changes(doc, metric, [stat for stat in stats if stat.metric == metric
                                      and stat.basis != "change"
                                      and _unit(doc.view, stat) in units], done)
    return out


def _changes(doc: Doc, metric: str, recalls: list[SupervisionStat],
             done: set[int]) -> list[SupervisionStat]:
    """The changes in % told after the counts of one metric (``recalls``)."""
    view = doc.view
    out: list[SupervisionStat] = []
    by_start = sorted(range(len(recalls)), key=lambda index: recalls[index].span[0])
    starts = [recalls[index].span[0] for index in by_start]
    for recall in recalls:
        end = recall.span[1]
        sentence = doc.sentence_at(end - 1)
        match = CHANGE.search(view, end, sentence.end)
        if match is None or match.start() in done or match.group("unit") != "%" \
                or match.group("above"):
            continue  # (a change in %, never in points nor above another time's level)
        between = RECALL_BETWEEN.sub("", "".join(
            view[a:b] for a, b in _gaps(recalls, by_start, starts, end, match.start())))
        clause = max(end, doc.clause_start(match.start(), sentence.start))
        if any(ch.isdigit() for ch in between) or any(mark in between for mark in "；;。") \
                or not CHANGE_LEAD.fullmatch(view, clause, match.start()):
            continue
        done.add(match.start())
        change: re.Match[str] | None = match
        while change is not None and change.end() <= sentence.end:
            value = to_number(change.group("num"))
            if value is not None:
                out.append(SupervisionStat(
                    metric=metric,  # type: ignore[arg-type]
                    label=doc.text[clause:match.start("num")].strip(LABEL_EDGE),
                    value=value,
                    unit="%",
                    basis="change",
                    span=(clause if change is match else change.start("num"), change.end()),
                    evidence=doc.evidence(sentence),
                ))
            change = MORE_CHANGES.match(view, change.end())
    return out


def _gaps(recalls: list[SupervisionStat], by_start: list[int], starts: list[int],
          start: int, stop: int) -> list[tuple[int, int]]:
    """The stretches of ``start``-``stop`` outside the other recall counts' own figures, in
    the order of ``recalls``. Only the counts that start in the stretch are looked at
    (``by_start``: their indexes sorted by where they start, ``starts``): walking every count
    of the report for each made a report of many recalls take time growing with its square."""
    gaps, at = [], start
    inside = by_start[bisect.bisect_left(starts, start):bisect.bisect_right(starts, stop)]
    for index in sorted(inside):
        low, high = recalls[index].span
        if high <= stop:
            gaps.append((at, low))
            at = high
    gaps.append((at, stop))
    return gaps


def _unit(view: str, stat: SupervisionStat) -> str:
    """The stat's whole unit in the match view's characters (萬輛 → 辆, 万公斤 → 公斤), without
    万 or 亿."""
    end = stat.span[1]
    return view[end - len(stat.unit):end].lstrip("万亿") if stat.unit else ""
