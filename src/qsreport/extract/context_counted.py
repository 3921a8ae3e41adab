"""A list of places closed by a count of them, for :mod:`.context_place`: the places of a list
the gazetteer misses (a short name that is also a common word, one two counties share) are
still its items where the list's own count says so (甲、乙、丙、丁4个县市的…: four places, though
the finder knows three of them)."""

from __future__ import annotations

from typing import Any

from .. import regex_cache as rx
from ..numbers import to_number

# An item of a list the finder did not name: a short place name (two or three characters).
_ITEM_AFTER = rx.compile(r"、(?P<name>[\u4e00-\u9fff]{2,3}?)(?=、|\s*(?:\d|[一二三四五六七八九十两]))")
_ITEM_BEFORE = rx.compile(r"(?P<name>[\u4e00-\u9fff]{2})、$")  # (two characters: no verb before it)
# What no first item of a list holds: the verb or mark before it (抽查了甲、乙…, 对甲、乙…).
_NOT_IN_A_NAME = "了对在的从查检向赴至到为将把被"
# The count that closes the list, right after its last item (4个县市, 三个市, 5地区); no 等 (甲、
# 乙等5个市 may count more places than it names, which :func:`.context_place.as_written` reads).
_COUNT = rx.compile(r"\s*(?P<n>\d+|[一二三四五六七八九十两]+)\s*[个座]?\s*(?:设区的?|地级)?"
                    r"(?:地区|地市|城市|县市区|县市|县区|市州|省份|省区市|[市县区省州])")
_REACH = 4  # items the finder may miss around the places it found
# A list framed as the focus of the whole's work (以甲、乙、丙3个县市为重点, 以甲市为主): none of
# its places is a figure's, the items the finder names or misses alike.
_FOCUS_OPEN = rx.compile(r"以(?:[\u4e00-\u9fff]{1,6}?[、和及])*$")
_FOCUS_CLOSE = rx.compile(r"(?:[、和及][\u4e00-\u9fff]{1,6}?)*"
                          r"(?:等?\s*(?:\d+|[一二三四五六七八九十两]+)\s*[个座]?[\u4e00-\u9fff]{0,4}?)?"
                          r"为(?:重点|主)")
_FOCUS_REACH = 30


def counted_list(view: str, chain: list[Any]) -> tuple[int, int, int] | None:
    """Where a list of places that ``chain`` (the run of places the finder named, joined by 、)
    stands in starts and ends, and how many items it has, where short items the finder missed
    lie before or after the run and the list's own count, right after it, equals its items (甲、
    乙、丙、丁4个县市); None where no count closes it or the count disagrees."""
    start, end, items = chain[0].start, chain[-1].end, len(chain)
    for _ in range(_REACH):
        found = _ITEM_AFTER.match(view, end)
        if found is None:
            break
        end, items = found.end(), items + 1
    for _ in range(_REACH):
        found = _ITEM_BEFORE.search(view, max(0, start - 3), start)
        if found is None or any(char in _NOT_IN_A_NAME for char in found["name"]):
            break
        start, items = found.start(), items + 1
        if view[start - 1:start] != "、":
            break  # the first item: the list opens here
    counted = _COUNT.match(view, end)
    if items == len(chain) or counted is None or to_number(counted["n"]) != items:
        return None
    return start, end, items


def in_focus(view: str, mention: Any) -> bool:
    """Whether ``mention`` is an item of a list framed as the focus of the whole's work (以甲、
    乙、丙3个县市为重点，共检定…): no place of the figure, which is the report's own."""
    return _FOCUS_OPEN.search(view, max(0, mention.start - _FOCUS_REACH), mention.start) is not None \
        and _FOCUS_CLOSE.match(view, mention.end) is not None
