"""Figures: a number with its unit (``22个``, ``1850万元``, ``92.4%``), the patterns that find
them, and the one scan of a document that tells where any of them can start and which."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import compress
from operator import not_
from typing import NamedTuple

from .. import regex_cache as rx
from ..numbers import ARABIC_NUMBER, ARABIC_WAN_NUMBER, CHINESE_NUMBER, CN_CHARS, to_number
from ..pattern_map import PatternMap
from ..regex_prefilter import compile_fast, first_chars


class Figure(NamedTuple):
    """A number with a unit: ``22个``, ``1850万元``, ``92.4%`` (a tuple: thousands are made
    per document, and a tuple is the cheapest record to build)."""

    value: int | float
    scale: str  # 万, 亿 or ""
    unit: str  # as matched in the view, without the scale
    start: int
    end: int
    unit_start: int  # where the scale (or, without one, the unit) begins


def figure_pattern(units: str) -> re.Pattern[str]:
    """Numbers followed by one of ``units`` (an alternation), optionally scaled by 万/亿."""
    # (零 opening a word for parts, 零件, 零部件, 零组件, 零配件, is no zero: 零组 is no 0 组)
    pattern = compile_fast(
        rf"(?<![\d.第])(?<!\d\d\d,)(?<![{CN_CHARS}])(?!零[组部配]?件)"
        rf"(?P<num>{ARABIC_WAN_NUMBER}|{ARABIC_NUMBER}|{CHINESE_NUMBER})\s?(?P<scale>多万|余万|万|亿)?"
        rf"(?P<more>余|多)?\s?(?P<unit>{units})"
    )
    lead = first_chars(units)
    if lead is not None and "\\" not in lead and "-" not in lead:
        for made in _UNIT_LEADS:
            if made == pattern:
                return made  # made before (the same units): that one, found by its identity
        _LEAD_INDEX[pattern] = len(_UNIT_LEADS)
        _UNIT_LEADS[pattern] = lead[1:-1]  # else not told as plain characters: try everywhere
        _LEAD_SETS[pattern] = frozenset(lead[1:-1])
    return pattern


# Where a figure can start, found by one scan that skips ahead fast (a figure pattern itself
# is tried, and fails, at every digit and numeral). A figure starts a run of number
# characters (its lookbehinds: none just before it), and its number ends either
#   - past the run, which goes on with , . or 点 (1,250  92.4  八十七点六);
#   - at the run's end, where the scale, a space or the unit follows;
#   - inside the run, where a unit starting with a numeral begins (三千克: 三 + 千克).
# So a run passing none of these, for any figure pattern's units, holds no figure of any.
_UNIT_LEADS: dict[re.Pattern[str], str] = {}  # figure pattern → its units' first characters
# Each of them → its place in _UNIT_LEADS (found by identity: hashing a pattern is slow),
# and its units' first characters as a set (what the tail after a start is tested against).
_LEAD_INDEX: PatternMap[int] = PatternMap()
_LEAD_SETS: PatternMap[frozenset[str]] = PatternMap()


def lead_index(pattern: re.Pattern[str]) -> int | None:
    """The place of a figure pattern in _UNIT_LEADS (None if it has none: tried everywhere)."""
    return _LEAD_INDEX.get(pattern)
_RUN = rf"[\d{CN_CHARS}]"


def figure_starts() -> re.Pattern[str]:
    """The scan for where figures of every figure pattern so far can start (compiled when
    first needed: its character classes take a millisecond or two to build)."""
    return _figure_starts_of(len(_UNIT_LEADS))


@cache
def _figure_starts_of(count: int) -> re.Pattern[str]:
    """The scan for the first ``count`` figure patterns (patterns are only ever added, so
    their number tells the leads apart, and the leads are not joined again at every call)."""
    return _figure_starts("".join(sorted(set("".join(_UNIT_LEADS.values())))))


@cache
def _figure_starts(leads: str) -> re.Pattern[str]:
    inner = "".join(c for c in leads if c in CN_CHARS or c.isdecimal())
    # After the first character, the figure's own lookbehinds, one character further back.
    # (?=(R*))\1 takes the whole run and never gives any back (R*+ from Python 3.11 on).
    pattern = (rf"{_RUN}(?<![\d.第{CN_CHARS}].)(?<!\d\d\d,.)"
               rf"(?:(?=({_RUN}*))\1(?=[,.点\s多余万亿{leads}])")
    if inner:
        pattern += rf"|{_RUN}*?[{inner}]"
    return rx.compile(pattern + ")")


# Where a figure's unit can begin, at the latest: past the run of characters its number can
# hold (digits, , and ., numerals, 点, 万 and 亿), after a space, a scale (多万), 余 or 多 and a
# space: six characters on. So every figure's unit begins in the ``_TAIL`` after its first
# character.
_TAIL = rx.compile(rf"[\d,.点{CN_CHARS}]*(?s:.{{0,6}})")


def scan_starts(view: str) -> tuple[array[int], list[str]]:
    """Where a figure of any figure pattern so far can start in ``view``, in order, and the
    tail after each (``_TAIL``): a pattern whose units' first characters the tail lacks
    cannot match there, and is not tried there (:func:`_matches_at`)."""
    starts = array("q", map(_match_start, figure_starts().finditer(view)))
    return starts, [_tail(view, pos + 1) for pos in starts]


def _tail(view: str, pos: int) -> str:
    found = _TAIL.match(view, pos)  # (always: it may match nothing)
    return found.group() if found is not None else ""


def _matches_at(
    pattern: re.Pattern[str], view: str, starts: Sequence[int],
    tails: Sequence[str] | None = None,
) -> list[re.Match[str]]:
    """``list(pattern.finditer(view))``, when every match begins at one of ``starts``; with
    ``tails`` (:func:`scan_starts`), tried only where the tail holds a first character of the
    pattern's units."""
    found = []
    cursor = 0
    match_at = pattern.match  # tried in place: its lookbehinds see the text before
    leads = _LEAD_SETS.get(pattern) if tails is not None else None
    # With tails, the starts whose tail holds a lead, picked out in C (compress, isdisjoint)
    # rather than tested one by one in Python: most starts are another pattern's.
    positions: Iterable[int] = starts if leads is None or tails is None \
        else compress(starts, map(not_, map(leads.isdisjoint, tails)))
    for pos in positions:
        if pos >= cursor:
            match = match_at(view, pos)
            if match is not None:
                found.append(match)
                cursor = match.end()
    return found


_match_start = re.Match.start


_WORDY_UNITS = frozenset({"个", "批", "起", "次", "家", "人", "批次", "处", "场", "轮"})


# Numbers repeat within a report and across the three figure patterns (1个, 1项, 1家 read
# the same 1): their values are worked out once. Bounded, so a text of a million distinct
# numbers holds no more than this many.
_number = lru_cache(maxsize=2048)(to_number)


def find_figures(
    pattern: re.Pattern[str], view: str, start: int, end: int,
    starts: Sequence[int] | None = None, tails: Sequence[str] | None = None,
) -> list[Figure]:
    """The figures of ``pattern`` in ``view[start:end]``; with ``starts`` (for the whole
    view: every place a match can begin, in order, and ``tails``: what follows each, which
    tells the patterns that can match there), tried only there."""
    if starts is not None:
        matches = _matches_at(pattern, view, starts, tails)
    else:
        matches = list(pattern.finditer(view, start, end))
    figures = []
    for match in matches:
        num, scale, unit = match.group("num", "scale", "unit")
        value = _number(num)
        if value is None:
            continue
        figure_start, figure_end = match.span()
        if not scale:
            if num in {"一", "两"} and unit in _WORDY_UNITS:
                # 一批, 一个, 两个体系, 查获一起: a word, not a figure (两项国家标准 is one).
                continue
            figures.append(Figure(value, "", unit, figure_start, figure_end, match.start("unit")))
        else:
            figures.append(Figure(value, scale.replace("多", "").replace("余", ""), unit,
                                  figure_start, figure_end, match.start("scale")))
    return figures


def scaled_unit(text: str, match: re.Match[str], counter: str) -> str:
    """A count's unit as a pattern's match over the view wrote it, in ``text`` (the document's
    own characters): its 万 or 亿 (group ``scale``, where the pattern has one and it matched)
    and its counter (group ``counter``), without the 余 or 多 between them."""
    scale = text[match.start("scale"):match.end("scale")] if match.groupdict().get("scale") else ""
    return scale + text[match.start(counter):match.end(counter)]
