"""Last checks on every brand count, with the document at hand: a number shared by two
titles (19件商标获驰名商标或省著名商标) counts neither; a place on a brand-value ranking
(4个区域品牌进入品牌价值榜单) is no honour won."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandCount
from .common import Doc
from .lexicon.brands import BRAND_TERM, brand_category

# A second title right after the count's title, joined by 或/和/及/与, with no number of its
# own after it: the number is shared (but 中国名牌5个和省名牌9个 are two counts).
_JOINED_TITLE = rx.compile(r"\s*(?:或者|或|和|及|与)\s*[“「\"]?")
_OWN_NUMBER = rx.compile(r"[”」\"]?(?:产品|商标)?[\d一二三四五六七八九十两]")
# A brand-value ranking (品牌价值评价, 品牌价值榜): a rank, not a title.
# (某地6件商标品牌总价值逾20亿元: the value of the brands counted)
_VALUE_RANKING = rx.compile(r"品牌总?价值")
_CLAUSE_BREAK = rx.compile(r"[，,；;。！？!?]")


def checked_counts(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """``counts`` without those the checks above rule out."""
    view = doc.view
    kept = []
    for count in counts:
        start, end = count.span
        joined = _JOINED_TITLE.match(view, end) if view.endswith(count.label, start, end) else None
        if joined and (other := BRAND_TERM.match(view, joined.end())) and \
                brand_category(other) != count.category and \
                not _OWN_NUMBER.match(view, other.end()):
            continue
        clause_start = doc.clause_start(start, doc.sentence_at(start).start)
        clause_end = _CLAUSE_BREAK.search(view, end)
        if _VALUE_RANKING.search(view, clause_start, clause_end.start() if clause_end
                                 else len(view)):
            continue
        kept.append(count)
    return kept
