"""Supervision (schema 2): the change of a spot check's or an enforcement's count named by the
count's own noun (受检企业数上升6%; 抽检品种与受检企业数目分别提高了9.5%和21%; 立案数同比下降
4.2%), the figure the count's metric with ``basis: change``, unit %. A change told right
after its level is read by :mod:`.changes`; the nouns are rows of
:mod:`.lexicon.supervision_count_changes`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import LABEL_EDGE
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_count_changes import (
    BARE_BATCHES,
    CHANGE_TOLD,
    CHECKED,
    COUNT_NOUNS,
    MANY,
    NOT_CHANGE_BEFORE,
    NOUN,
    ONE,
    PERCENT_IN_LIST,
)

_WHOLE = tuple((row.metric, rx.compile(row.noun)) for row in COUNT_NOUNS)
_GUARD_REACH = 6  # how far before a noun the words of another count are looked for


def _metric(doc: Doc, noun: str, start: int) -> str | None:
    """The metric ``noun`` (at ``start``) names a change of: its row's, where the words before
    it make it no other count and, but for cases, the check is named."""
    view = doc.view
    if NOT_CHANGE_BEFORE.search(view, max(0, start - _GUARD_REACH), start):
        return None
    metric = next((metric for metric, pattern in _WHOLE if pattern.fullmatch(noun)), None)
    if metric is None or metric == "cases":
        return metric
    if BARE_BATCHES.fullmatch(noun):
        return None
    if CHECKED.search(noun) or CHECKED.search(view, doc.sentence_at(start).start, start):
        return metric
    return None


def count_changes(doc: Doc) -> list[SupervisionStat]:
    """Each change in % a count's noun names right before it, alone or a list of nouns with
    their changes 分别 in the same order (as many nouns as numbers)."""
    view = doc.view
    if "%" not in view or CHANGE_TOLD.search(view) is None:
        return []
    out: list[SupervisionStat] = []
    taken: set[int] = set()
    for match in MANY.finditer(view):
        nouns = [found.group() for found in NOUN.finditer(match.group("nouns"))]
        nums = list(PERCENT_IN_LIST.finditer(view, match.start("nums"), match.end("nums")))
        if len(nouns) != len(nums):
            continue
        for noun, num in zip(nouns, nums, strict=True):
            out += _stat(doc, _metric(doc, noun, match.start()), match.start(),
                         num.start("num"), num.end(), num.group("num"))
            taken.add(num.end())
    for match in ONE.finditer(view):
        if match.end() in taken:
            continue
        out += _stat(doc, _metric(doc, match.group("noun"), match.start()), match.start(),
                     match.start("num"), match.end(), match.group("num"))
    return out


def _stat(doc: Doc, metric: str | None, start: int, num: int, end: int,
          written: str) -> list[SupervisionStat]:
    value = to_number(written)
    if metric is None or value is None:
        return []
    sentence = doc.sentence_at(start)
    label = doc.text[start:num].strip(LABEL_EDGE)
    return [SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=label, value=value, unit="%", basis="change",
        span=(start, end), evidence=doc.evidence(sentence),
    )]
