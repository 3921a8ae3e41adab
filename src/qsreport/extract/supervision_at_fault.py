"""Supervision (schema 2): units a check found at fault (``units_at_fault``, in 家/户/个 as
written) in the phrasings :func:`.supervision_outcomes.firms_at_fault` leaves: their goods or
equipment counted before the fault, units in 个 named, the fault before the count (the words
are in :mod:`.lexicon.supervision_at_fault`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_at_fault import AT_FAULT_ROWS
from .rows import compiled_rows, rows_read


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("units_at_fault", row) for row in AT_FAULT_ROWS))


def _stat(*, label: str, **fields: Any) -> SupervisionStat:
    return SupervisionStat(label=label or "units_at_fault", **fields)


def units_at_fault(doc: Doc) -> list[SupervisionStat]:
    """``发现6家企业的9台叉车存在制动失灵问题`` → 6 家, ``发现问题3家`` → 3 家: each count once, its
    label the words of its match after the count (:func:`.rows.rows_read`)."""
    return rows_read(doc, _rows(), "共计约达为是", _stat, label_after=True)
