"""Supervision (schema 2): pieces a product test found failing, counted in 件 or 款 after a word
that picks them out of the sample and before a verdict that closes their clause (计有3件不符合,
仅1件标示不合格) — in a report whose sample is counted in the same unit, so that a count of goods
seized or sold is never taken for a failure (the words are in :mod:`.lexicon.supervision_pieces`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..models import SupervisionStat
from .areas import same_text
from .common import Doc
from .lexicon.supervision_pieces import PIECES_FAILED_ROWS
from .rows import compiled_rows, rows_read
from .supervision_counted import supervision_stat


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("batches_failed", row) for row in PIECES_FAILED_ROWS))


def pieces_failed(doc: Doc, stats: Sequence[SupervisionStat]) -> list[SupervisionStat]:
    """``抽验12件…。…计有3件不符合`` → 3 件 failed: each count once, after a sample read in its unit
    before it in the report."""
    sampled = [(stat.span[1], same_text(stat.unit)) for stat in stats
               if stat.metric == "batches_sampled" and same_text(stat.unit) in ("件", "款")]
    if not sampled:
        return []
    return [stat for stat in rows_read(doc, _rows(), "共计约达为是", supervision_stat)
            if any(at <= stat.span[0] and unit == same_text(stat.unit) for at, unit in sampled)]
