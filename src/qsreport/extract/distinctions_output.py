"""Distinctions (schema 2): a branded product's output — the output value or sales of brand
products, a geographical-indication product, a regional public brand or time-honoured brands
(``brand_output``), and a branded crop's planted area (``brand_area``) and yield
(``brand_yield``), of ``any``, in a sentence that names the brand before the figure (the words
are in :mod:`.lexicon.distinctions_output`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_output import BRAND_OUTPUT, BRANDED, COUNTED_FIRMS, NOT_BRANDED
from .rows import compiled_rows, rows_read

_BRANDED = rx.compile(BRANDED)
_NOT_BRANDED = rx.compile(NOT_BRANDED)
_COUNTED_FIRMS = rx.compile(COUNTED_FIRMS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(BRAND_OUTPUT)


def brand_output(doc: Doc) -> list[DistinctionStat]:
    """``甲省名牌产品的年产值超过了800亿元``, ``该地理标志产品种植面积达到2万亩``: each figure whose
    sentence names a branded product before it, with no word between the two that makes it a
    whole industry's, a region's economy, a rate, a growth or a share, and no count of firms in
    its clause (有3家老字号企业的年销售额均在20亿元以上: a band)."""
    if _BRANDED.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "已共总累计年全实现达到突破超过逾为是约近了", any_distinction):
        sentence = doc.sentence_at(stat.span[0])
        brands = list(_BRANDED.finditer(doc.view, sentence.start, stat.span[0]))
        clause = doc.clause_start(stat.span[0], sentence.start)
        if brands and _NOT_BRANDED.search(doc.view, brands[-1].end(), stat.span[1]) is None \
                and _COUNTED_FIRMS.search(doc.view, clause, stat.span[0]) is None:
            found.append(stat)
    return found
