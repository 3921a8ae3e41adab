"""Distinctions (schema 2): a branded product's output — the output value or sales of brand
products, a geographical-indication product, a regional public brand or time-honoured brands
(``brand_output``), and a branded crop's planted area (``brand_area``) and yield
(``brand_yield``), of ``any``, in a sentence that names the brand before the figure, or that
tells again a product an earlier sentence named with its brand (the words are in
:mod:`.lexicon.distinctions_output`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .distinctions_standards import any_distinction
from .lexicon.distinctions_output import (
    BRAND_OUTPUT,
    BRANDED,
    COUNTED_FIRMS,
    NAMED_PRODUCT,
    NOT_BRANDED,
    PRODUCT_BEFORE,
)
from .rows import compiled_rows, rows_read

_BRANDED = rx.compile(BRANDED)
_NOT_BRANDED = rx.compile(NOT_BRANDED)
_COUNTED_FIRMS = rx.compile(COUNTED_FIRMS)
_NAMED_PRODUCT = rx.compile(NAMED_PRODUCT)
_PRODUCT_BEFORE = rx.compile(PRODUCT_BEFORE)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(BRAND_OUTPUT)


def brand_output(doc: Doc) -> list[DistinctionStat]:
    """``甲省名牌产品的年产值超过了800亿元``, ``该地理标志产品种植面积达到2万亩``: each figure whose
    sentence names a branded product before it, with no word between the two that makes it a
    whole industry's, a region's economy, a rate, a growth or a share, and no count of firms in
    its clause (有3家老字号企业的年销售额均在20亿元以上: a band). A sentence that names no brand
    may tell again, by its crop's word, a product an earlier sentence named with its brand
    (“丁岭蜜柚”被认定为…。全镇蜜柚种植已达12万亩)."""
    if _BRANDED.search(doc.view) is None:
        return []
    found = []
    products = _products(doc)
    for stat in rows_read(doc, _rows(), "已共总累计年全实现达到突破超过逾为是约近了", any_distinction):
        sentence = doc.sentence_at(stat.span[0])
        brands = list(_BRANDED.finditer(doc.view, sentence.start, stat.span[0]))
        clause = doc.clause_start(stat.span[0], sentence.start)
        last = brands[-1].end() if brands else _product_again(doc, products, sentence.start, stat.span[0])
        if last is not None and _NOT_BRANDED.search(doc.view, last, stat.span[1]) is None \
                and _COUNTED_FIRMS.search(doc.view, clause, stat.span[0]) is None:
            found.append(stat)
    return found


def _products(doc: Doc) -> list[tuple[int, str]]:
    """Each branded product the report names — in quotes in a brand's sentence, or right
    before the brand's words — with where its sentence ends and its last two characters."""
    view = doc.view
    found = []
    for brand in _BRANDED.finditer(view):
        sentence = doc.sentence_at(brand.start())
        names = [m.group(1) for m in _NAMED_PRODUCT.finditer(view, sentence.start, sentence.end)]
        before = _PRODUCT_BEFORE.match(view, max(sentence.start, brand.start() - 2))
        if before is not None and before.end() == brand.start():
            names.append(before.group(1))
        found += [(sentence.end, name[-2:]) for name in names if not _BRANDED.search(name)]
    return found


def _product_again(doc: Doc, products: list[tuple[int, str]], start: int, end: int) -> int | None:
    """Where a branded product named in an earlier sentence is told again between ``start``
    and ``end`` (its crop's word), else None."""
    for named_end, word in products:
        if named_end <= start:
            at = doc.view.rfind(word, start, end)
            if at >= 0:
                return at + len(word)
    return None
