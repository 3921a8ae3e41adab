"""Supervision: the firms and products a spot check set out to sample, when the report goes
on to say how many it actually reached (共组织对70家企业的40种产品进行抽查，实际抽到66家企业的
90批次产品): the second pair is what was sampled, the first a plan."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import SupervisionStat
from .common import Doc

# The words that open the count actually reached, later in the sentence.
_ACTUAL = rx.compile(r"实际(?:上)?(?:共)?(?:抽到|抽取|抽查了?|抽检了?|抽样|抽中|完成抽样)")
_PLANNED_METRICS = frozenset({"enterprises_inspected", "batches_sampled", "categories_sampled"})


def without_planned(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """``stats`` without the sampling counts that a later 实际抽到… in their sentence
    replaces (a count of the same kind must follow it, or nothing is replaced)."""
    kept = []
    for stat in stats:
        if stat.metric in _PLANNED_METRICS and _replaced(doc, stat, stats):
            continue
        kept.append(stat)
    return kept


def _replaced(doc: Doc, stat: SupervisionStat, stats: list[SupervisionStat]) -> bool:
    sentence = doc.sentence_at(stat.span[0])
    actual = _ACTUAL.search(doc.view, stat.span[1], sentence.end)
    if actual is None:
        return False
    return any(other.metric in _PLANNED_METRICS and actual.start() < other.span[1] <= sentence.end
               for other in stats)
