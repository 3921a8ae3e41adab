"""Supervision (schema 2): firms a check is done on, counted after 对 with their own description
between the count and their noun (``enterprises_inspected``: 对45家前一轮抽检未达标的企业开展
跟踪抽查); the words are in :mod:`.lexicon.supervision_governed`."""

from __future__ import annotations

import re
from functools import cache

from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_governed import GOVERNED_ROWS
from .rows import compiled_rows, rows_read
from .supervision_counted import supervision_stat


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(GOVERNED_ROWS)


def firms_governed(doc: Doc) -> list[SupervisionStat]:
    """``对45家前一轮抽检未达标的企业开展跟踪抽查`` → 45 家: each count after 对 whose firms'
    noun, past their description, is followed by a verb of checking (labelled by the words
    after the count)."""
    return rows_read(doc, _rows(), "对", supervision_stat, label_after=True)
