"""Supervision (schema 2): units of unlike kinds a check went through, counted together in
one number (``units_inspected``: 检查小作坊、食品店和农贸市场共340家), firms and places both in
the list before the count — neither firms inspected nor places inspected (the words are in
:mod:`.lexicon.supervision_units`)."""

from __future__ import annotations

import re
from functools import cache

from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_units import FIRM, ITEM_BREAK, PLACE, UNITS_ROWS
from .rows import compiled_rows, rows_read
from .supervision_counted import COUNT_LEAD, supervision_stat


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(UNITS_ROWS)


def units_inspected(doc: Doc) -> list[SupervisionStat]:
    """``清查小作坊、食品店和农贸市场340家`` → 340 家: each count after a list that names
    firms and places both (the caller lets these replace any other reading)."""
    found = []
    for stat in rows_read(doc, _rows(), COUNT_LEAD, supervision_stat):
        items = ITEM_BREAK.split(stat.label)
        if any(FIRM.search(item) is not None for item in items) \
                and any(PLACE.search(item) is not None for item in items):
            found.append(stat)
    return found
