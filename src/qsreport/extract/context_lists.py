"""Places carried through a list (schema 2's ``place``, for :mod:`.context`): a figure whose
own sentence names no place may still belong to one the list around it names.

- A whole list a province announces (共有300个产品确定为甲省名牌产品，其中工业产品250个…; 认定
  120个产品为2014年度乙省名牌产品): the list and its breakdown after 其中 are the province's,
  though the report is a city's, whose own share another sentence gives.
- A whole list a place's share is taken of (今年获中国名牌的200个产品中，甲省占30个): the
  country's, or the province's its honour names.
- 全省 earlier in a brand count's sentence (全省评选…，新认定省著名商标40件): the province's count.
- A numbered item headed by a place (3.甲市质监局查处…案。 / 该案货值12万元), or a numbered case
  (案例一：甲市质监局查处…案 … 经查，涉案货值540元): the figures of the item are that place's.
- The province's bureau, unnamed, publishing or running a check (省质监局近日通报…抽查结果。本次
  共抽查…): the check's figures are the province's, in a report filed under one of its cities.
"""

from __future__ import annotations

from typing import Any

from .. import regex_cache as rx
from ..places import find_places
from .context_marks import Marks, words_of
from .lexicon.context import (
    LIST_OF_SHARES,
    LOCAL,
    LOCAL_ONLY,
    NATIONAL_SUBJECT,
    WHOLE_LIST,
    WHOLE_PROVINCE,
)

# The start of a numbered item: 3. 3、 (3) 三、 at a line's start; and a numbered case (案例一、,
# 典型案例二：, 案例3.) at a line's start or after a sentence or a space (a page run into one line).
_ITEM = rx.compile(r"(?:^|\n)[ \t\u3000]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、)]|"
                   r"(?:^|(?<=[\n。！？ \t\u3000]))(?:典型)?案例\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、:：]")
_LINE_END = rx.compile(r"\n")
_HEAD_REACH = 600  # how far back an item's heading carries its place
_HEAD_SUBJECT = 4  # a heading's place stands at its start (甲省乙市质监局…)
_BREAKDOWN = rx.compile(r"其中")
_COUNTRY = rx.compile(r"中国名牌|中国驰名")
_RANKED = rx.compile(r"(?:列|居|占|在)$")
_HONOUR_REACH = 40  # a list's count is followed by the honour it names
# What every whole list, and every provincial bureau's act, holds one of (most sentences hold
# none: they are not scanned for them).
_LIST_WORD = words_of(WHOLE_LIST, LIST_OF_SHARES)


def whole_list_place(view: str, text: str, places: list[Any], sentence: int,
                     span: tuple[int, int]) -> str | None:
    """The province of a whole list the figure's sentence announces, when the figure (at
    ``span``) is the list's count or one of its breakdown after 其中 with no place between."""
    number = span[0]
    reach = min(len(view), number + _HONOUR_REACH)
    if not _LIST_WORD.search(view, sentence, reach):
        return None
    for match in [*WHOLE_LIST.finditer(view, sentence, reach),
                  *LIST_OF_SHARES.finditer(view, sentence, reach)]:
        honour = [m for m in find_places(view, *match.span("honour"))
                  if m.place.level == "province"]
        country = _COUNTRY.search(match["honour"])
        if not honour and not country:
            continue
        own = span[0] <= match.start("n") < span[1]
        later = match.end() <= number and _BREAKDOWN.search(view, match.end(), number) \
            and not any(match.end() <= m.start < number for m in places)
        if own or later:
            return "全国" if country else text[honour[0].start:honour[0].end]
    return None


def province_in_sentence(view: str, places: list[Any], sentence: int, number: int,
                         province: str | None) -> str | None:
    """The report's province when 全省 stands earlier in a brand count's sentence, not as a
    ranking's (列全省第3位), and no place nor 我市 stands in the sentence but before it."""
    if not province or LOCAL_ONLY.search(view, sentence, number) \
            or not WHOLE_PROVINCE.search(view, sentence, number):
        return None
    whole = next(reversed(list(WHOLE_PROVINCE.finditer(view, sentence, number))), None)
    if whole is None or _RANKED.search(view, max(0, whole.start() - 2), whole.start()) \
            or any(whole.end() <= m.start < number for m in places):
        return None
    return province


# 省质监局 (省局, 省质量技术监督局), then what a bureau does with a check.
_PROVINCE_OFFICE = rx.compile(r"省(?:质监局|质量技术监督局|局)[^，,。；;]{0,8}?"
                              r"(?:发布|通报|公布|组织|开展)")
_OFFICE_WORD = words_of(_PROVINCE_OFFICE)


def province_office_place(view: str, find: Any, paragraph: int, number: int,
                          province: str | None) -> str | None:
    """The report's province for a figure of a check its unnamed provincial bureau published or
    ran, earlier in the figure's paragraph, when nothing between names a place, nor 全市, 我市.
    ``find``: the sentence-place reader."""
    if not province or not _OFFICE_WORD.search(view, paragraph, number):
        return None
    office = next(reversed(list(_PROVINCE_OFFICE.finditer(view, paragraph, number))), None)
    if office is None or LOCAL_ONLY.search(view, office.start(), number) \
            or find(view, office.end(), number):
        return None
    # Unnamed only: a named province's bureau (甲省质监局) is read where its sentence is.
    named = any(m.start <= office.start() < m.end for m in find(view, paragraph, office.end()))
    return None if named else province


def numbered_items(view: str) -> Marks:
    """The starts of the report's numbered items (:func:`heading_place` reads the last before a
    figure), found in one scan of the report. (An item's start is a line's: no item holds
    another's start, nor does a stretch cut short change one, so the last found in the
    whole report before a figure is the last a scan of the stretch before it finds; a numbered
    case's heading may start inside a line run into one, after a sentence or a space.)"""
    return Marks(_ITEM, view)


def heading_place(view: str, text: str, find: Any, number: int, sentence: int,
                  items: Marks) -> str | None:
    """The place that heads the numbered item the figure stands in, when the figure's sentence
    names no place of its own (nor 全市, 全国). ``find``: the sentence-place reader; ``items``:
    the report's :func:`numbered_items`."""
    if LOCAL.search(view, sentence, number) or NATIONAL_SUBJECT.search(view, sentence, number):
        return None
    item = items.last(max(0, number - _HEAD_REACH), number)
    if item is None:
        return None
    end = _LINE_END.search(view, item.end(), number)
    mentions = find(view, item.end(), end.start() if end else number)
    if not mentions or mentions[0].start - item.end() > _HEAD_SUBJECT:
        return None
    chain = [mentions[0]]
    for mention in mentions[1:]:
        if mention.start != chain[-1].end:
            break
        chain.append(mention)
    head = chain[-1]
    if head.place.level == "province":
        # 3.甲省质监局查处乙市某某公司…案: a province's bureau's case in one of its cities.
        inner = [m for m in find_places(view, head.end, end.start() if end else number)
                 if m.place.level != "province" and head.place.name.startswith(m.place.province)]
        head = inner[0] if inner else head
    return text[head.start:head.end]
