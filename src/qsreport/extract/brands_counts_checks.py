"""Last checks on every brand count, with the document at hand: a number shared by two
titles (19件商标获驰名商标或省著名商标) counts neither; a place on a brand-value ranking
(4个区域品牌进入品牌价值榜单) is no honour won; a count placed on a brand-value list (某县4个地理
标志产品列入价值评价) is neither new nor the stock: no basis; and the size of a value list
released (…，发布地理标志产品110个) is no count of the report's place, nor is a pool picked from
or a list joined (brands_counts_pools.py)."""

from __future__ import annotations

import bisect
from dataclasses import replace

from .. import regex_cache as rx
from ..models import BrandCount
from .brands_counts_pools import sizes_a_pool
from .common import Doc
from .lexicon.brands import BRAND_TERM, brand_category
from .lexicon.distinctions_values import ANY_VALUE_LIST, LISTED_PARTS_INTRO

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
# ... but a brand value told as an amount (某县品牌价值逾30亿元, 品牌价值达12.5亿元) is a
# figure of its own, no list the sentence's counts were placed on.
_VALUE_AMOUNT = rx.compile(r"(?:总额|总值)?(?:已经?|已)?(?:突破|达到|达|超过|超|逾|高达|约|为|近)了?"
                           r"\s*[\d.一二三四五六七八九十百千万亿两]+\s*(?:多|余)?\s*[万亿]*元")
_CLAUSE_BREAK = rx.compile(r"[，,；;。！？!?]")
# A count's own clause that says its titles were newly won (新获, 新增): not the value list's
_NEW_OWN = rx.compile(r"新(?:获|增|认定|入选)")


def checked_counts(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """``counts`` without those the checks above rule out."""
    view = doc.view
    kept = []
    value_lists = _ValueLists(doc) if counts else None
    for count in counts:
        start, end = count.span
        joined = _JOINED_TITLE.match(view, end) if view.endswith(count.label, start, end) else None
        if joined and (other := BRAND_TERM.match(view, joined.end())) and \
                brand_category(other) != count.category and \
                not _OWN_NUMBER.match(view, other.end()):
            continue
        if sizes_a_pool(doc, count):
            continue  # 在全省50个知名商标中评出8个: the field, not the place's titles
        clause_start = doc.clause_start(start, doc.sentence_at(start).start)
        clause_end = _CLAUSE_BREAK.search(view, end)
        if _VALUE_RANKING.search(view, clause_start, clause_end.start() if clause_end
                                 else len(view)):
            continue
        if value_lists is not None and value_lists.parts_of_list(start):
            continue  # …等44个品牌进入“某榜单”，包括9个区域品牌: the list's make-up, no titles
        if value_lists is not None and value_lists.around(start, end):
            if _RELEASED.search(view, clause_start, start):
                continue  # 本次价值发布…，发布地理标志产品110个: the whole list's size
            clause_stop = clause_end.start() if clause_end else len(view)
            if _VALUE_LIST.search(view, clause_start, clause_stop) is not None or \
                    _NEW_OWN.search(view, clause_start, end) is None:
                # (甲入选品牌价值榜，乙等2个产品新获…保护: a clause of its own, new titles)
                count = replace(count, basis=None)
        kept.append(count)
    return kept


class _ValueLists:
    """Where a report names brand-value lists, and where its statements break (；), read once:
    a sentence may hold thousands of counts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.words = [m.start() for m in _VALUE_LIST.finditer(doc.view)
                      if not _VALUE_AMOUNT.match(doc.view, m.end())]
        self.breaks = [m.start() for m in _STATEMENT_BREAK.finditer(doc.view)]
        self.valued = _VALUE_REPORT.search(doc.view) is not None

    def around(self, start: int, end: int) -> bool:
        """Whether the count's statement (its sentence's part between semicolons) names a
        brand-value list: a later statement of its own (…；3家企业上榜品牌价值榜) does not
        count."""
        sentence = self.doc.sentence_at(start)
        at = bisect.bisect_left(self.breaks, start) - 1
        low = max(sentence.start, self.breaks[at] + 1 if at >= 0 else 0)
        at = bisect.bisect_left(self.breaks, end)
        high = min(sentence.end, self.breaks[at] if at < len(self.breaks) else len(self.doc.view))
        first = bisect.bisect_left(self.words, low)
        return first < len(self.words) and self.words[first] < high


    def parts_of_list(self, start: int) -> bool:
        """Whether the count at ``start`` is one of the kinds a value list's count is made of,
        listed after it (…进入“上10亿元榜单”，其中有14个企业品牌、6个区域品牌), in a report
        of brand value."""
        if not self.valued:
            return False
        sentence = self.doc.sentence_at(start)
        return _LIST_PARTS.search(self.doc.view, sentence.start, start) is not None


_STATEMENT_BREAK = rx.compile(r"[；;]")
# A report of brand value, and the kinds a list's count is made of after it.
_VALUE_REPORT = rx.compile(ANY_VALUE_LIST)  # (the words distinctions_values reads lists by)
_LIST_PARTS = rx.compile(r"(?:进入|入选|上榜|荣登|跻身)[^。；;，,]{0,20}?榜单?[”」]?"
                         rf"{LISTED_PARTS_INTRO}[^。；;，,]*$")
# A count a brand-value release gives (发布…N个): the size of the list released, which may
# span the country, not the report's place's share of it.
_RELEASED = rx.compile(r"发布了?$")
