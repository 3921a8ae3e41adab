"""Distinctions (schema 2): the product categories or classes a list of honours, a brand
evaluation or a front-runners' list spans (``list_categories``, of ``any``: 榜单涉及40个产品
类别; 评选出8类、共96个品牌), counted in the unit written (the words are in
:mod:`.lexicon.distinctions_lists`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_lists import HONOURS, LIST_ROWS, NOT_A_LIST
from .rows import compiled_rows, rows_read

_HONOURS = rx.compile(HONOURS)
_NOT_A_LIST = rx.compile(NOT_A_LIST)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(LIST_ROWS)


def list_categories(doc: Doc) -> list[DistinctionStat]:
    """``榜单涉及40个产品类别``, ``评选出8类、共96个品牌``: each count of categories whose
    sentence names honours or brands and no spot check or campaign."""
    if _HONOURS.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "共有包括含涵盖覆盖涉及分为产生", any_distinction):
        sentence = doc.sentence_at(stat.span[0])
        if _HONOURS.search(doc.view, sentence.start, sentence.end) is not None \
                and _NOT_A_LIST.search(doc.view, sentence.start, sentence.end) is None:
            found.append(stat)
    return found
