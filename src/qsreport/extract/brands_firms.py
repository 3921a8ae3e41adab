"""The firms behind a brand count (schema 2): in 43家企业的51个产品 the count is 51 products and
43 is the number of firms that hold them, a figure of its own (``BrandCount.firms``).

A post-pass over the counts :func:`.brands_counts.extract_brand_counts` returns: a count gets
its firms only from its own clause, where the firms' number is written against the count's
(just before it, or just after its title), never from firms elsewhere in the sentence, and
never for a count of applications (firms that only applied hold nothing).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from .. import regex_cache as rx
from ..models import BrandCount
from ..numbers import ARABIC_NUMBER, CHINESE_NUMBER, CN_CHARS, to_number
from ..regex_prefilter import compile_fast
from .common import Doc

# A number of firms. 个 counts firms only with a firm's word after it (5个企业的8种产品);
# 家 and 户 count firms on their own (某区31家40项).
_NUMBER = (rf"(?:(?<![\d.])(?<!\d,)(?P<ar>{ARABIC_NUMBER})"
           rf"|(?<![{CN_CHARS}])(?P<cn>{CHINESE_NUMBER}))")
_FIRMS = rf"{_NUMBER}\s*(?:家|户|个(?=企业|单位|公司))"
_FIRM_WORD = r"(?:(?:企业|单位|公司)(?:\(组织\))?)"
_QUOTE = r"[\"'“”‘’]?"

# What stands between the firms' number and the count, read back from where the count's
# number starts (or its title, when the title comes first: 省名牌22家27个产品). One row a
# phrasing; each ends the search, so it holds no clause break but the last one's.
_FIRMS_BEFORE = tuple(compile_fast(pattern + r"$") for pattern in (
    # 43家企业的51个产品, 43家企业生产的51个产品, 43家企业51个产品, 31家40项; a count of
    # products after one of brands (18家企业20个品牌25个产品: 25 is the 18 firms' too)
    rf"{_FIRMS}{_FIRM_WORD}?(?:生产|所属)?的?(?:\d+个品牌的?)?",
    # 43家企业获得51项…: the firms are the clause's subject and win the count
    rf"{_FIRMS}{_FIRM_WORD}(?:共|先后|又|分别)?(?:获得|荣获|获评|获|拥有)了?",
    # …的企业是43家，产品51个: the firms, then their products
    rf"企业(?:是|有|为|共|达到?)?{_FIRMS}[，,]?(?:产品|品牌)",
))
# What follows the count's title and names its firms: 获得51个省名牌产品的43家企业.
_OF_FIRMS = rx.compile(rf"{_QUOTE}(?:产品|称号)?{_QUOTE}的{_FIRMS}{_FIRM_WORD}")
# The clause right after a count that says 涉及43家企业: the firms of that count, when it is
# the only count of its clause (新增A 5个、B 8个，涉及9家企业 speaks of the whole list).
_FIRMS_INVOLVED = rx.compile(rf"[，,]?(?:共|共计|分别)?涉及(?:全国|全省|全市|全县|全区)?{_FIRMS}")
_COUNT_NUMBER = compile_fast(_NUMBER)  # (opens on lookbehinds: a scan skips to digits)
_LOOK_BACK = 40  # characters before a count where its firms can stand (…家企业生产的)
_FIRM_UNITS = frozenset({"家", "户"})  # a count of firms itself (6家单位荣获…) has no firms


def with_firms(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """``counts`` with ``firms`` set on each whose own clause says how many firms hold it."""
    starts = sorted(count.span[0] for count in counts)
    return [_with_firms(doc, count, starts) for count in counts]


def _with_firms(doc: Doc, count: BrandCount, starts: list[int]) -> BrandCount:
    if count.status == "applied" or count.unit in _FIRM_UNITS:
        return count
    number = _count_number(doc, count)
    if number is None:
        return count
    sentence = doc.sentence_at(number)
    view = doc.view
    for end in dict.fromkeys((number, count.span[0])):  # the number, then a title before it
        low = max(sentence.start, end - _LOOK_BACK)
        if not any(unit in view[low:end] for unit in "家户个"):
            continue  # every phrasing holds the firms' unit
        for pattern in _FIRMS_BEFORE:
            found = pattern.search(view, low, end)
            if found is not None:
                return _firmed(count, found)
    found = _OF_FIRMS.match(view, count.span[1], sentence.end)
    if found is None:
        found = _FIRMS_INVOLVED.match(view, count.span[1], sentence.end)
        if found is not None and not _only_count(doc, count, starts):
            return count  # 新增A 5个、B 8个，涉及9家企业: the firms of the list, not of B
    return count if found is None else _firmed(count, found)


def _count_number(doc: Doc, count: BrandCount) -> int | None:
    """Where the count's number starts in the text: the number in its span that has its
    value and is followed by its unit (the span also holds the title)."""
    start, end = count.span
    for found in _COUNT_NUMBER.finditer(doc.view, start, end):
        value = to_number(found.group("ar") or found.group("cn"))
        after = doc.text[found.end():end].lstrip()
        if value == count.value and after.startswith(count.unit):
            return found.start()
    return None


def _only_count(doc: Doc, count: BrandCount, starts: list[int]) -> bool:
    """Whether no other count starts in the clause of ``count`` (``starts``: where every
    count starts, sorted): then what follows the clause speaks of it alone."""
    start, end = count.span
    clause_start = doc.clause_start(start, doc.sentence_at(start).start)
    return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, clause_start) == 1


def _firmed(count: BrandCount, found: re.Match[str]) -> BrandCount:
    firms = to_number(found.group("ar") or found.group("cn"))
    if not isinstance(firms, int) or firms <= 0:
        return count
    return replace(count, firms=firms)
