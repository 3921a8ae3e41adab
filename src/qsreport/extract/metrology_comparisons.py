"""Metrology (schema 2): measurement comparisons and proficiency tests — the comparisons a
region's metrology bodies ran or joined, the bodies taking part and the items whose results
were satisfactory — read from a table of rows (:mod:`.lexicon.metrology_comparisons`), of no
one instrument (``any``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import MetrologyStat
from .common import Doc
from .distinctions_standards import rows_read
from .lexicon.metrology_comparisons import METROLOGY_COMPARISONS

_ANY = rx.compile(r"比对|能力验证|测量审核")


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern)) for metric, pattern in METROLOGY_COMPARISONS)


def _stat(**fields: Any) -> MetrologyStat:
    """A comparison's figure, of no one instrument."""
    return MetrologyStat(instrument="any", **fields)


def comparisons(doc: Doc) -> list[MetrologyStat]:
    """``组织开展计量比对12项``, ``组织30家计量技术机构参加…比对``, ``结果满意的有9项``."""
    if _ANY.search(doc.view) is None:
        return []
    return rows_read(doc, _rows(), " ，,、近约为达到是有共", _stat)
