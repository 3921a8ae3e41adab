"""Last checks on every brand count, with the document at hand: a number shared by two
titles (19件商标获驰名商标或省著名商标) counts neither; a place on a brand-value ranking
(4个区域品牌进入品牌价值榜单) is no honour won; a count placed on a brand-value list (…的5个地理
标志产品，品牌价值评估结果…) is neither new nor the stock: no basis."""

from __future__ import annotations

from dataclasses import replace

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
# A sentence about a brand-value evaluation or ranking: the brands it counts are placed on a
# list (品牌价值评价, 价值榜, 进入前100名), neither won this year nor held as a title.
_VALUE_LIST = rx.compile(r"品牌价值|价值评[价估]|价值榜|价值排行|前\d+(?:名|强)|百强榜")
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
        if count.basis is not None and _on_value_list(doc, start, end):
            count = replace(count, basis=None)
        kept.append(count)
    return kept


def _on_value_list(doc: Doc, start: int, end: int) -> bool:
    """Whether the count's statement (its sentence's part between semicolons) is about a
    brand-value list: a later statement of its own (…；3家企业上榜品牌价值榜) is not."""
    view = doc.view
    sentence = doc.sentence_at(start)
    before = _STATEMENT_BREAK.search(view[sentence.start:start][::-1])
    low = start - before.start() if before else sentence.start
    after = _STATEMENT_BREAK.search(view, end, sentence.end)
    return _VALUE_LIST.search(view, low, after.start() if after else sentence.end) is not None


_STATEMENT_BREAK = rx.compile(r"[；;]")
