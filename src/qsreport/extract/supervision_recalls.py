"""Supervision (schema 2): the change of a recall count over an earlier year, told after the
count in its sentence (召回缺陷汽车56.2万辆，比上年增长18.4%; …、缺陷玩具5600件，分别同比上升12%、9.6%).
A change is no level: the figure is ``products_recalled`` with ``basis: change`` and unit %,
as a pass rate's change is ``pass_rate`` (:mod:`.supervision_changes`)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc

# A change in % right after its verb (增长18.4%, 同比下降了7.5%), and the ones listed after it.
_CHANGE = rx.compile(r"(?:增长|增加|上升|提高|下降|减少|降低|回落)了?(?:约|近)?\s*"
                     r"(?P<num>\d+(?:\.\d+)?)\s*%")
_MORE = rx.compile(r"\s*(?:、|和|及|与)\s*(?P<num>\d+(?:\.\d+)?)\s*%")
# What may stand between the count and its change besides other recall counts: the count of
# the year compared in brackets, shares, years, the goods a recall covered (涉及车辆8.1万辆) and
# the change in the goods' units (增加了2.9万辆), more goods listed (、缺陷玩具5600件); no other figure.
_UNITS = r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:辆|件|次|台|批次|批|只|套|部)"
_ALLOWED = rx.compile(rf"[(（][^()（）]*[)）]|\d+(?:\.\d+)?\s*%|\d{{4}}\s*年|"
                      rf"(?:增加|减少)了?{_UNITS}|(?:涉及|、)[^，,。；;\d]{{0,8}}?{_UNITS}")
# How the change's own clause may open: a comparison with a time, a list's adverbs, or a
# change in the goods' units (比2015年同期, 同比, 分别; 增加了3万辆，增长…).
_LEAD = rx.compile(r"(?:\s|同比|环比|分别|均|都|共|有所|大幅|"
                   r"(?:比|较|与|同|跟)(?:上年|去年|上一年|前一年|\d{4}\s*年)(?:同期)?(?:相比|相较)?)*")
_RECALL_UNITS = frozenset({"辆", "件", "次", "台", "批次", "批", "只", "套", "部"})


def recall_changes(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """Each change in % of a recall count (a ``products_recalled`` stat in the goods' units
    or in times) told after the count in its sentence, its clause naming no other subject."""
    view = doc.view
    recalls = [stat for stat in stats if stat.metric == "products_recalled"
               and stat.basis != "change" and _unit(view, stat) in _RECALL_UNITS]
    out: list[SupervisionStat] = []
    done: set[int] = set()
    for recall in recalls:
        end = recall.span[1]
        sentence = doc.sentence_at(end - 1)
        match = _CHANGE.search(view, end, sentence.end)
        if match is None or match.start() in done:
            continue
        between = _ALLOWED.sub("", "".join(
            view[a:b] for a, b in _gaps(recalls, end, match.start())))
        clause = max(end, doc.clause_start(match.start(), sentence.start))
        if any(ch.isdigit() for ch in between) or any(mark in between for mark in "；;。") \
                or not _LEAD.fullmatch(view, clause, match.start()):
            continue
        done.add(match.start())
        change: re.Match[str] | None = match
        while change is not None and change.end() <= sentence.end:
            value = to_number(change.group("num"))
            if value is not None:
                out.append(SupervisionStat(
                    metric="products_recalled",
                    label=doc.text[clause:match.start("num")].strip(" ，,、"),
                    value=value,
                    unit="%",
                    basis="change",
                    span=(clause if change is match else change.start("num"), change.end()),
                    evidence=doc.evidence(sentence),
                ))
            change = _MORE.match(view, change.end())
    return out


def _gaps(recalls: list[SupervisionStat], start: int, stop: int) -> list[tuple[int, int]]:
    """The stretches of ``start``-``stop`` outside the other recall counts' own figures."""
    gaps, at = [], start
    for other in recalls:
        low, high = other.span
        if start <= low and high <= stop:
            gaps.append((at, low))
            at = high
    gaps.append((at, stop))
    return gaps


def _unit(view: str, stat: SupervisionStat) -> str:
    """The stat's unit in the match view's characters (萬輛 → 辆), without 万 or 亿."""
    end = stat.span[1]
    return "批次" if view.startswith("批次", end - 2) else view[end - 1:end]
