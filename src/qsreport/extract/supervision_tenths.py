"""Supervision (schema 2): a failure rate told in tenths, 成 (``failure_rate``: 市售某商品6成
不合格; 计3件、占3成…不符合), where the report names a test or a check of goods; the words are
in :mod:`.lexicon.supervision_tenths`."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_tenths import NOT_GOODS, TENTHS_ROWS, TESTED
from .rows import compiled_rows, rows_read
from .supervision_counted import supervision_stat

_TESTED = rx.compile(TESTED)
_NOT_GOODS = rx.compile(NOT_GOODS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(TENTHS_ROWS)


def failure_tenths(doc: Doc) -> list[SupervisionStat]:
    """``6成不合格`` → 6 成 failure_rate: each count of tenths whose goods' verdict fails, in a
    report that names a test or a check, its clause naming no people nor prices."""
    if "成" not in doc.view or _TESTED.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "占了约近", supervision_stat):
        start, end = doc.clause_around(*stat.span)
        if _NOT_GOODS.search(doc.view, start, end) is None:
            found.append(stat)
    return found
