"""Supervision (schema 2): a risk monitoring's batches and the kinds of product it covers
(``risk_monitoring_batches``, ``risk_monitoring_kinds``), read apart from the spot checks whose
samples they are not (the words are in :mod:`.lexicon.supervision_monitoring`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..chars import LABEL_EDGE
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_monitoring import (
    AFTER_ROWS,
    BATCHES,
    CLAUSE,
    IN_CLAUSE,
    KINDS,
    NEEDLE,
)
from .rows import compiled_rows, rows_read

_CLAUSE = rx.compile(CLAUSE)
_IN_CLAUSE = rx.compile(IN_CLAUSE)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple((KINDS, row) for row in AFTER_ROWS))


def _stat(*, metric: str, label: str, unit: str, **fields: Any) -> SupervisionStat:
    metric = BATCHES if "批" in unit else metric  # (個批次 as 个批次: the text's own script)
    return SupervisionStat(metric=metric, label=label or metric, unit=unit,  # type: ignore[arg-type]
                           **fields)


def _in_clauses(doc: Doc, taken: set[int]) -> list[SupervisionStat]:
    """Each count of kinds or batches in a 对 clause the monitoring is the verb of."""
    found = []
    for clause in _CLAUSE.finditer(doc.view):
        counts = list(_IN_CLAUSE.finditer(doc.view, clause.start("list"), clause.end("list")))
        verb = doc.text[clause.end("list"):clause.end()]
        for index, count in enumerate(counts):
            end, value = count.end("unit"), to_number(count.group("num"))
            if end in taken or value is None:
                continue
            taken.add(end)
            upto = counts[index + 1].start() if index + 1 < len(counts) else clause.end("list")
            goods = doc.text[end:upto].strip(LABEL_EDGE + "和及与")  # (3种玩具和2种…: 玩具)
            found.append(_stat(
                metric=KINDS, unit=doc.text[count.start("unit"):end], value=value,
                span=(count.start("num"), end), label=goods + verb,
                evidence=doc.evidence(doc.sentence_at(count.start("num")))))
    return found


def risk_monitoring(doc: Doc) -> list[SupervisionStat]:
    """``风险监测80个批次`` → 80 个批次 risk_monitoring_batches, ``含风险监测3种`` → 3 种
    risk_monitoring_kinds, ``对2种玩具开展风险监测`` → 2 种; never a count shared with a spot
    check (监督抽查及风险监测共600批次) nor what the monitoring found (风险监测发现不合格3批次)."""
    if NEEDLE not in doc.view:
        return []
    read = rows_read(doc, _rows(), "共计约达为是有", _stat)
    read += _in_clauses(doc, {stat.span[1] for stat in read})
    return sorted(read, key=lambda stat: stat.span[0])
