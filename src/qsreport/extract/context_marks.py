"""Small parts of :mod:`.context_period`: the marks of one pattern over a whole report, found
in one pass, and how a five-year plan's span or a stretch of the year reads."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable

from .. import regex_cache as rx
from ..numbers import to_number
from ..regex_prefilter import needles
from .lexicon.context import PLAN_NUMBERS


def to_count(written: str) -> int:
    """A small count as written (5, 五, 两)."""
    value = to_number("二" if written == "两" else written)
    return int(value) if isinstance(value, (int, float)) else 0


class Marks:
    """Every match of one pattern in the document, found in one pass (when first asked for),
    and the last one that lies within a stretch: what keeps a report with 100,000 figures
    linear. ``keep`` leaves matches out (a year of comparison): asked of a match the first
    time a stretch it ends is read, and only then (most are never read). Only where each
    match starts and ends is kept (two arrays, not a Match object each: a big report's peak);
    the one asked for is matched again at its start, which gives the match the scan found."""

    def __init__(self, pattern: re.Pattern[str], view: str,
                 keep: Callable[[re.Match[str]], bool] | None = None) -> None:
        self.pattern, self.view, self.keep = pattern, view, keep
        self.starts = array("q")
        self.ends: array[int] | None = None
        self.kept = bytearray()  # by match, what ``keep`` said: 0 not asked yet, 1 kept, 2 not

    def last(self, low: int, high: int) -> re.Match[str] | None:
        """The last match inside view[low:high] (of those ``keep`` keeps)."""
        ends = self.ends if self.ends is not None else self._scan()
        at = bisect.bisect_right(ends, high) - 1
        starts = self.starts
        # (the matches do not overlap: those before the last that ends by ``high`` end and
        # start before it, and the first kept one, stepping back, is the last kept)
        while at >= 0 and starts[at] >= low:
            if self.keep is None or self._kept(at):
                return self.pattern.match(self.view, starts[at])
            at -= 1
        return None

    def found(self) -> array[int]:
        """Where each match starts, in order, ``keep`` not asked: the kept ones and others."""
        if self.ends is None:
            self._scan()
        return self.starts

    def _kept(self, at: int) -> bool:
        """Whether ``keep`` keeps the match at index ``at`` (asked once)."""
        if not self.kept[at] and self.keep is not None:
            match = self.pattern.match(self.view, self.starts[at])
            self.kept[at] = 1 if match is not None and self.keep(match) else 2
        return self.kept[at] == 1

    def _scan(self) -> array[int]:
        # The matches listed and their ends read by map, in C: a clause mark matches at
        # every comma, and a loop appending each one's start and end was most of the cost.
        found = list(self.pattern.finditer(self.view))
        self.starts = array("q", map(_match_start, found))
        self.ends = array("q", map(_match_end, found))
        self.kept = bytearray(len(found))
        return self.ends


def words_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern for the words one of which every match of each of ``patterns`` holds
    (:func:`..regex_prefilter.needles`). A stretch with none of them holds no match: one
    search for them, where the stretches read before a figure mostly hold none, is cheaper
    than scanning them for each pattern. (Any character, for a pattern whose words cannot be
    told.)"""
    words: set[str] = set()
    for pattern in patterns:
        found = needles(pattern)
        if not found:
            return rx.compile(r"(?s:.)")
        words.update(found)
    return rx.compile("|".join(map(re.escape, sorted(words, key=lambda word: (-len(word), word)))))


# From a stretch's start to the end of its last comma or semicolon: a greedy run that steps
# back to the mark (``.end()``: where the stretch's last clause begins), where the marks of
# the whole stretch need not be listed.
TO_CLAUSE_END = rx.compile(r"(?s:.*)[，,；;]")


_match_start = re.Match.start
_match_end = re.Match.end


def plan_period(plan: re.Match[str], stock_after: bool) -> str:
    """A five-year plan's years (“十一五”期间: 2006-2010), or ``cumulative`` for a span to now
    (十二五以来) or a stock the sentence counts over the plan (“十五”期间…累计注册商标…)."""
    if plan["how"] == "以来" or stock_after:
        return "cumulative"
    first = 2001 + 5 * PLAN_NUMBERS[plan["n"]]
    return f"{first}-{first + 4}"


def stretch_key(match: re.Match[str]) -> str:
    """A stretch of the year as one key: 三季度 and 第3季度 alike, 1-9月 and 1至9月 alike."""
    quarter = match["q"]
    if quarter:
        return "q" + str(to_count(quarter))
    if match["h"] or match["f"]:
        return "h" + match["h"] if match["h"] else "f" + str(to_count(match["f"]))
    return "m" + "-".join(re.findall(r"\d+", match["m"]))
