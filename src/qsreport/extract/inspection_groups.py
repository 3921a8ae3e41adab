"""Facilities listed before their count and the one facility word they share (甲、乙2个国家
质检中心): each item with that word (for :mod:`.inspection`)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import HAN
from .inspection_names import Span
from .lexicon.inspection import COUNTS

# A list of facilities written before their count and one facility word: 甲、乙2个国家质检中心
# (顺利通过验收). An item may hold 及 (藤器及家具); the items are told apart by 、, the last
# two by 和 or 及 only when the count asks for it, and must be as many as the count says.
_LISTED_GROUP = rx.compile(
    rf"(?:[一二三四五六七八九十]+是|其中|同时)?(?P<list>{HAN}{{1,14}}(?:、{HAN}{{1,14}})+)"
    r"(?P<count>[\d两二三四五六七八九十])个(?P<level>国家级?|省级?|市级?)?"
    r"(?P<word>质检中心|检验中心|检测中心|质量监督检验中心)"
    r"(?:均|都|已经|已|先后|相继|顺利|正式|分别)*"
)
_LAST_JOINED = rx.compile(r"(?P<one>\w{1,14}?)(?:和|及|与)(?P<two>\w{1,14})")


def listed_group(view: str, start: int, end: int, level: bool = False
                 ) -> list[tuple[Span, Span]]:
    """``甲、乙2个国家质检中心`` as the subject ``view[start:end]``: each item's span with the
    span of the facility word it goes on with (甲质检中心, 乙质检中心); with ``level``, the
    level before the word goes with it (the object of a stage: 筹建甲、乙2个国家级质检中心,
    甲国家级质检中心)."""
    group = _LISTED_GROUP.fullmatch(view, start, end)
    if group is None:
        return []
    count = group["count"]
    wanted = int(count) if count.isdigit() else COUNTS.get(count, 0)
    items, at = [], group.start("list")
    for item in group["list"].split("、"):
        items.append((at, at + len(item)))
        at += len(item) + 1
    joined = _LAST_JOINED.fullmatch(view, *items[-1])
    if len(items) == wanted - 1 and joined:
        items[-1:] = [joined.span("one"), joined.span("two")]  # 甲、乙和丙3个…: 乙, 丙
    if len(items) != wanted:
        return []
    word = group.start("level" if level and group["level"] else "word"), group.end("word")
    return [(item, word) for item in items]
