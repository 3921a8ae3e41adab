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

from .context_body import PARAGRAPH_REACH
from .context_carried import carried_place
from .context_lists import province_office_place
from .context_place import place_of
from .lexicon.context import BREAKDOWN, HONOUR_YEAR

_REACH = 200  # characters before a name read for its words, as for a figure's
# (the title after a name: up to its clause's end, over the list's 、)
_AFTER = 120


def annotate_honour(context: Any, honour: Any, starts: tuple[int, int], places: list[Any],
                    report_period: str | None, previous: int | None,
                    list_place: Callable[..., str | None]) -> None:
    """Fill ``honour.place`` and ``honour.period``. ``starts``: where the winner's sentence
    and its paragraph begin; ``previous``: where the sentence before begins; ``list_place``:
    the context pass's reader of a place a list carries (its heading's)."""
    view, text = context.doc.view, context.doc.text
    number = honour.span[0]
    start = max(starts[0], number - _REACH)
    place = place_of(view, text, places, start, number, context.province, context.national,
                     context.named_before)
    if place is None:
        place = list_place(context, honour, places, start, number)
    if place is None and starts[1] < starts[0]:
        place = carried_place(view, text, starts[1], starts[0], number, context.places_in)
    if place is None:
        place = province_office_place(view, context.places_in, starts[1], number,
                                      context.province)
    honour.place = place
    low = max(min(starts), number - PARAGRAPH_REACH)
    breakdown = previous is not None and BREAKDOWN.match(view, starts[0]) is not None
    opens = previous if breakdown and previous is not None else starts[0]
    period = context.periods.period_of(min(low, opens), number, opens, True)
    after = view[honour.span[1]:honour.span[1] + _AFTER]
    for stop in "，,。；;\n":
        after = after.split(stop, 1)[0]
    if (titled := HONOUR_YEAR.search(after)) is not None:
        period = titled["y"]  # A、B被评为2016年度甲省名牌: that year's list
    if period == "cumulative":
        period = None  # 目前，全市累计拥有…，包括甲、乙: held, of no one year's award
    honour.period = period or report_period
