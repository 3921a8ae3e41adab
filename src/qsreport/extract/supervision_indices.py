"""Supervision (schema 2): a region's quality index (制造业质量竞争力指数为84.2) and a
service's satisfaction score (公共服务质量满意度80.5分), as levels, or their change over
another year (``basis: change``); the words are in :mod:`.lexicon.supervision_indices`."""

from __future__ import annotations

import re

from ..chars import LABEL_EDGE_REACHED
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision import THRESHOLD_AFTER
from .lexicon.supervision_indices import (
    ABOVE_BEFORE,
    BARE_BEFORE,
    BARE_END,
    CHANGE_BEFORE,
    COMMA,
    COMPARED_AFTER,
    DIGIT,
    NAMES,
    NOT_LEVEL_AFTER,
    NUMBER,
    OTHER_MEASURE,
)


def index_stats(doc: Doc) -> list[SupervisionStat]:
    """Each figure of a quality index or a satisfaction score in the stretch after its name up
    to its clause's end or another measure's words: a number with 分 (for a satisfaction also
    %), or a bare number right after 为, 达到 or 是 that ends its clause or list
    (顾客满意度达到78，…); a list after 分别 takes the unit its last number writes
    (满意度分别为80和78.5分 → both 分; 分别为95和98% → both %)."""
    view = doc.view
    out: list[SupervisionStat] = []
    for name in NAMES.finditer(view):
        metric = "quality_index" if name.group("index") else "satisfaction_score"
        stop = OTHER_MEASURE.search(view, name.end())
        end = stop.start() if stop is not None else len(view)
        sentence = doc.sentence_at(name.start())
        end = _window_end(view, name.end(), min(end, sentence.end))
        numbers = list(NUMBER.finditer(view, name.end(), end))
        if not numbers:
            continue
        # (one label for the figures after the name: its clause up to the first of them)
        label = doc.text[doc.clause_start(name.start(), sentence.start):numbers[0].start()]
        for i, number in enumerate(numbers):
            written = number.group("unit") or ""
            unit = doc.text[number.start("unit"):number.end("unit")] if written else ""
            if written in ("%", "％") and metric == "quality_index":
                continue  # (a share or a rate beside the index)
            before = view[name.end():number.start()]
            changed = CHANGE_BEFORE.search(before) is not None
            if not written:
                if NOT_LEVEL_AFTER.match(view, number.end()):
                    continue
                listed = _list_unit(view, numbers, i)
                if listed is not None:
                    if listed in ("%", "％") and metric == "quality_index":
                        continue  # (a list of shares or rates beside the index)
                    unit = listed  # 分别为80和78.5分, 分别为95和98%
                elif not ((changed or BARE_BEFORE.search(before))
                          and BARE_END.match(view, number.end())):
                    continue  # (a bare level after 为 or 达到, a bare change after 提高)
            if ABOVE_BEFORE.search(before):
                continue  # 高于全国平均水平2分: no level of its own
            if THRESHOLD_AFTER.match(view, number.end()):
                continue  # 满意度90分以上的单位: a threshold, no level
            value = to_number(number.group("num"))
            if value is None:
                continue
            out.append(SupervisionStat(
                metric=metric,  # type: ignore[arg-type]
                label=label.strip(LABEL_EDGE_REACHED),
                value=value,
                unit=unit,
                basis="change" if changed else None,
                span=(name.start(), number.end()),
                evidence=doc.evidence(sentence),
            ))
    return out


def _window_end(view: str, start: int, end: int) -> int:
    """Where the figures after a name end, within ``start``-``end``: at the first comma that
    follows a number and opens no comparison (…排名第3位，电梯维保的平均得分86.5分: not
    the satisfaction's)."""
    for comma in COMMA.finditer(view, start, end):
        if DIGIT.search(view, start, comma.start()) and not COMPARED_AFTER.match(view, comma.end()):
            return comma.start()
    return end


def _list_unit(view: str, numbers: list[re.Match[str]], i: int) -> str | None:
    """The unit a list's last number writes (分 or %), for a bare number joined to it by 和,
    、 or 及 (80和78.5分, 95和98%)."""
    at = i
    while at + 1 < len(numbers):
        joint = view[numbers[at].end():numbers[at + 1].start()]
        if numbers[at].group("unit") or joint.strip() not in ("和", "、", "及", "与", ",", "，"):
            return None
        at += 1
        if numbers[at].group("unit"):
            return numbers[at].group("unit")
    return None
