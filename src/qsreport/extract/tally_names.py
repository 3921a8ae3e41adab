"""Tallies: the kind of thing a figure counts, for :class:`.tallies.Tallies` (the order it is
looked for in is in :mod:`.tallies`' docstring): right after the figure, in its own stretch of
the clause, in its clause, in its sentence before it, in its clause after it."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import regex_cache as rx
from ..segmenting import Segment
from . import tally_words as tw
from .common import CLAUSE_BREAK, LIST_JOIN, Figure

if TYPE_CHECKING:
    from .tallies import Tallies

FOREIGN = "\x00foreign"  # the name of a thing the area does not count
_HELD = rx.compile(r"的")  # 8家医院的验光仪: what the places hold
# Where the next figure of a list begins (not 3A、2A: no unit).
_NEXT_ITEM = rx.compile(r"[、和及与]\s*[\d.]+\s*[多余]?\s*[台件个家项只部套米张块条辆座户处]")


def name_of(t: Tallies, view: str, sentence: Segment, figure: Figure, own_start: int,
            clause_start: int, clause_end: int, in_clause: bool, objects: bool) -> str | None:
    """The kind of thing the figure counts (the order is in :mod:`.tallies`' docstring);
    ``FOREIGN`` for a thing the area does not count."""
    # A figure named in its own stretch that a list's join or a bracket follows (…检测仪100台件
    # 和测速仪85台件; 锅炉事故2起(含燃气锅炉事故1起)) is not named by what follows: its name is its own.
    next_item = (LIST_JOIN.match(view, figure.end) is not None
                 or tw.BRACKET.match(view, figure.end) is not None) \
        and t.names.search(view, own_start, figure.start) is not None
    pair = t.pair_after.match(view, figure.end, clause_end) if t.pair_after else None
    if pair and t.name_after.match(view, pair.end(), clause_end):  # (3家企业和2名个人获…)
        end = min(clause_end, pair.end() + 2 * t.words.name_reach)
        return t.kind_of(t.keys_in(view, pair.end(), end))
    if not next_item and t.name_after.match(view, figure.end, clause_end):
        # Every name of the stretch after it: 5家厂商新近拿到了ISO9001质量管理体系的认证.
        end = min(clause_end, figure.end + 2 * t.words.name_reach)
        after = _NEXT_ITEM.search(view, figure.end, end)  # 12台锅炉和600米压力管道: 锅炉
        end = after.start() if after else end
        return t.kind_of(t.keys_in(view, figure.end, end))
    if t.foreign_after is not None and t.foreign_after.match(view, figure.end,
                                                                   sentence.end):
        return FOREIGN
    if t.foreign is not None:
        named = [m.end() for m in t.names.finditer(view, own_start, figure.start)]
        other = [m.end() for m in t.foreign.finditer(view, own_start, figure.start)]
        if other and (not named or other[-1] > named[-1]):
            return FOREIGN
    if t.own_thing is not None and not t.names.search(view, own_start, figure.start) \
            and (t.own_thing.search(view, own_start, figure.start)
                 or t.own_thing_after.match(view, figure.end, clause_end)):
        return None  # (科研项目6个, 共41个养殖产品通过认证: a thing of another kind)
    for start in (own_start, clause_start):
        keys = t.keys_in(view, start, figure.start)
        if keys:
            return t.kind_of(keys)
    if not in_clause:  # the nearest name before it in its sentence (or its part)
        part = max(view.rfind(mark, sentence.start, figure.start) for mark in "；;") \
            if t.words.names_within_part else -1
        low = max(sentence.start, part + 1)
        last = last_match(t.names.finditer(view, low, figure.start))
        if last is not None:
            # (a list of kinds in its clause: 对水表、燃气表、加油机等开展检定，共检定9000台件: any)
            opens = last_match(CLAUSE_BREAK.finditer(view, low, last.start()))
            kinds = t.keys_in(view, opens.end() if opens else low, last.end()) - t.weak
            listed = LIST_JOIN.match(view, last.start() - 1) or tw.CLOSES_LIST.match(view, last.end())
            return t.words.any_name if listed and len(kinds) > 1 else t.key_of(last)
    # Its clause after it, up to the next item of a list (52个加油站415台加油机); in a 对
    # clause, what the list's places hold is named once after the list, past 的 (对31家
    # 眼镜店、8家医院的验光仪进行了检查), not in a later item (58家计价器生产单位).
    start = figure.end
    shared = _HELD.search(view, figure.end, clause_end) if objects else None
    if shared is not None:
        start, stop = shared.end(), None
    else:
        stop = LIST_JOIN.search(view, figure.end, clause_end)
    keys = t.keys_in(view, start, stop.start() if stop else clause_end)
    return t.kind_of(keys) if keys else None


def last_match(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    return next(iter(deque(matches, maxlen=1)), None)  # (the last match, or None)
