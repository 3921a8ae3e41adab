"""Distinctions (schema 2): a brand-value evaluation's figures — the value it assessed for a
brand or the brands it lists (``brand_value``), and the brands or firms it lists
(``brands_valued``), of no other distinction (``any``); the words are in
:mod:`.lexicon.distinctions_values`."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_values import ANY_VALUE_LIST, BRAND_VALUE_ROWS
from .rows import rows_read

_ANY = rx.compile(ANY_VALUE_LIST)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern)) for metric, pattern in BRAND_VALUE_ROWS)


def brand_values(doc: Doc) -> list[DistinctionStat]:
    """Each figure of a brand-value list, once a figure (the first row that reads it decides)
    and once a value (a headline's figure told again in the body)."""
    if _ANY.search(doc.view) is None:
        return []
    return rows_read(doc, _rows(), " ，,、近约为达到是", any_distinction)
