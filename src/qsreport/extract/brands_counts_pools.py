"""Brand counts that size a pool picked from or a list joined, not the place's titles
(the words: lexicon/brand_pools.py): 在全省50个知名商标中评出8个 counts the 8, not the 50;
3个产品入选首批60个某某名单 counts the 3; 某某名录共25个，甲县的A、B名列其中 counts none."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandCount
from .common import Doc
from .lexicon.brand_pools import (
    HELD_BEFORE,
    LIST_JOINED,
    LIST_NOUN,
    MEMBERS_AFTER,
    POOL_OPENER,
    POOL_PICKED,
)


def sizes_a_pool(doc: Doc, count: BrandCount) -> bool:
    """Whether ``count`` is the size of a field picked from, of a list the place's entries
    joined, or of a list whose members the sentence names after it."""
    view = doc.view
    start, end = _figure(view, count)
    clause_start = doc.clause_start(start, doc.sentence_at(start).start)
    if POOL_OPENER.search(view, clause_start, start) and POOL_PICKED.match(view, end):
        return True  # 在全省50个知名商标中评出…
    if LIST_JOINED.search(view, clause_start, start) and LIST_NOUN.match(view, end):
        return True  # …入选首批60个某某名单
    return MEMBERS_AFTER.match(view, end) is not None and \
        HELD_BEFORE.search(view, clause_start, start) is None  # …共25个，甲县的A名列其中


_NUMBER = rx.compile(r"[\d.]+|[一二三四五六七八九十两百千万]+")


def _figure(view: str, count: BrandCount) -> tuple[int, int]:
    """Where the count's number stands in its span: last when the span ends on its unit
    (地理标志产品100个), else first (12个中国名牌产品)."""
    start, end = count.span
    if count.unit and view.endswith(count.unit, start, end):
        numbers = list(_NUMBER.finditer(view, start, end))
        if numbers:
            return numbers[-1].start(), end
    return start, end
