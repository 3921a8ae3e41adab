"""A named winner's place and year (schema 2), read as a figure's are (extract/context.py):
the same place readers (its sentence's nearest place before the name — 甲市：A、B；乙市：C
gives C 乙市 —, a list's or a numbered item's heading, a place carried from the paragraph's
start) and the same period reader (the nearest year before the name in its paragraph, 今年
counted from the report's date), then the year of the title the sentence gives it after the
name (A、B被评为2016年度某省名牌), else the year of the report's title or opening (2016年度某市
名牌产品名单). A stock's word (累计, 目前) dates no one award: such a winner has no period.

A winner's ``place`` is null where it is the report's region's, as a figure's is; its
``period`` null where nothing names the award's year (then the report's).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import regex_cache as rx
from ..places import find_places
from .context_body import PARAGRAPH_REACH
from .context_carried import carried_place
from .context_lists import province_office_place
from .context_place import place_of
from .lexicon.context import BREAKDOWN, HONOUR_YEAR, RELATIVE_YEARS

_REACH = 200  # characters before a name read for its words, as for a figure's
# (the title after a name: up to its clause's end, over the list's 、)
_AFTER = 120
# The last year before a name, and whether it is a stock's date (截至2017年底，全区拥有…):
# the date a stock is counted at, not the year of any award in it.
_AS_AT = rx.compile(r"(?:截至|截止)\s*$")
# What ends the words a winner's name is written in (a list's marks, a clause's, quotes).
_NAME_BREAK = rx.compile(r"[，,、；;：:。！？“”\"（）()\s]")
_LEVELS = {"county": 0, "prefecture": 1, "province": 2}
_SAME = {"county": 6, "prefecture": 4, "province": 2}  # the adcode's digits a place shares
# The title after a name, of a year counted from the report's (被评为去年服务业某省名牌).
_HONOUR_RELATIVE = rx.compile(r"(?:为|获得?|荣获|授予)\s*[“\"]?(?P<w>今年|去年|前年|上年)度?"
                              r"[^，,。；;]{0,12}?(?:名牌|商标|品牌)")
_LAST_YEAR = rx.compile(r"(?s:.*)(?P<y>(?:19|20)\d{2})\s*年")


def annotate_honour(context: Any, honour: Any, starts: tuple[int, int], places: list[Any],
                    report_period: str | None, previous: int | None,
                    list_place: Callable[..., str | None]) -> None:
    """Fill ``honour.place`` and ``honour.period``. ``starts``: where the winner's sentence
    and its paragraph begin; ``previous``: where the sentence before begins; ``list_place``:
    the context pass's reader of a place a list carries (its heading's)."""
    view, text = context.doc.view, context.doc.text
    number = honour.span[0]
    start = max(starts[0], number - _REACH)
    named, place = _named_after(context, start, honour)
    if not named:
        place = place_of(view, text, places, start, number, context.province,
                         context.national, context.named_before)
    if place is None and not named:
        place = list_place(context, honour, places, start, number)
    if place is None and not named and starts[1] < starts[0]:
        place = carried_place(view, text, starts[1], starts[0], number, context.places_in)
    if place is None and not named:
        place = province_office_place(view, context.places_in, starts[1], number,
                                      context.province)
    honour.place = place
    low = max(min(starts), number - PARAGRAPH_REACH)
    breakdown = previous is not None and BREAKDOWN.match(view, starts[0]) is not None
    opens = previous if breakdown and previous is not None else starts[0]
    period = context.periods.period_of(min(low, opens), number, opens, True)
    last = _LAST_YEAR.match(view, min(low, opens), number)
    if last is not None and period == last["y"] \
            and _AS_AT.search(view, max(0, last.start("y") - 4), last.start("y")):
        period = "cumulative"  # 截至2007年，全区有省名牌28个，甲公司甲牌亚麻纱…: held by then
    after = view[honour.span[0]:honour.span[1] + _AFTER]  # (a span may hold the title)
    for stop in "，,。；;\n":
        after = after.split(stop, 1)[0]
    if (titled := HONOUR_YEAR.search(after)) is not None:
        period = titled["y"]  # A、B被评为2016年度甲省名牌: that year's list
    elif context.year is not None and (relative := _HONOUR_RELATIVE.search(after)) is not None:
        period = str(context.year + RELATIVE_YEARS[relative["w"]])  # 被评为去年…名牌
    if period is None and report_period is not None and not _stock_date(context, report_period):
        period = report_period
    # 目前，全市累计拥有…，包括甲、乙: held, of no one year's award (nor the report's)
    honour.period = None if period == "cumulative" else period


def _stock_date(context: Any, year: str) -> bool:
    """Whether the report's year, read from its opening lines, is a stock's date there (截至
    2017年底，全区拥有有效注册商标…): the first time the body writes it."""
    view = context.doc.view
    at = view.find(f"{year}年", context.doc.layout.header.end)
    return at > 0 and _AS_AT.search(view, max(0, at - 4), at) is not None


def _named_after(context: Any, start: int, honour: Any) -> tuple[bool, str | None]:
    """The place the winner's own words name: a firm named after its city or county written
    right before the winner or opening its name (德州市某某股份有限公司某某牌淀粉糖; 龙游县云帆电缆
    有限公司; 甲县脐橙), the most specific such place as written. ``(True, None)`` where it is
    the report's region or a place the region lies in (the report's own), ``(False, None)``
    where the name's words name no place, or only a province."""
    view = context.doc.view
    low, name_end = honour.span[0], honour.span[0] + len(honour.name)
    while low > start and not _NAME_BREAK.match(view, low - 1):
        low -= 1
    own = find_places(view, low, name_end)
    if not own:
        return False, None
    best = min(own, key=lambda m: (_LEVELS.get(m.place.level, 3), m.start))
    region = context.region
    if region is not None:
        digits = _SAME.get(best.place.level, 6)
        if best.place.adcode[:digits] == region.adcode[:digits] \
                and _LEVELS.get(best.place.level, 3) >= _LEVELS.get(region.level, 3):
            return True, None  # 上海某某公司 in a report of 上海: the report's own
    if best.place.level == "province":
        return False, None  # 浙江某某公司: a province's name tells no city
    return True, context.doc.text[best.start:best.end]
