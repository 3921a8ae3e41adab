"""The year a figure counts (schema 2's ``period``), for :mod:`.context`: the nearest year
before the figure, 今年/去年 counted from the report's year, ``cumulative`` for a stock with
no year, and, where the figure's paragraph names no year, the year of the report's title or
of its opening lines.

A year is read only where it dates what follows it: not a year of comparison (比2009年,
同比2009年, 与2008年相比), and a year that opens a span to now (2006年以来, 三年来) makes a
stock of the years since (``cumulative``), unless it is the report's own year.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from .. import regex_cache as rx
from .lexicon.context import CUMULATIVE, NOW, RELATIVE_YEARS, SINCE, STOCK

# 2008年, 2005—2008年, 2007年6月 (a year, not a count: 2009年3起 is no year of its own).
_YEAR = rx.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[-—~～至到]\s*((?:19|20)\d{2}))?\s*年"
                   r"(?:(?=\d{1,2}\s*月)|(?!\d))")
_RELATIVE = rx.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
# A year something is compared with: 比2009年, 较2006年, 同比2009年, 与2008年相比.
_COMPARED_BEFORE = rx.compile(r"(?:比|较|与|和|跟|同)\s*$")
_COMPARED_AFTER = rx.compile(r"\s*(?:同期|相比|相较|比较)")
# A deadline ahead: 到2020年 (not 截至2010年底, a stock's date).
_DEADLINE = rx.compile(r"(?<!截)(?<!截止)[到至]\s*$")
_OPENING = 400  # characters of the body whose first year dates the whole report
_OPENS = rx.compile(r"(?:^|[，,：:。；;\n）)]|获悉|了解到|据悉|讯)\s*$")


class Marks:
    """Every match of one pattern in the document, found in one pass (when first asked for),
    and the last one that lies within a stretch: what keeps a report with 100,000 figures
    linear. ``keep`` leaves matches out (a year of comparison)."""

    def __init__(self, pattern: re.Pattern[str], view: str,
                 keep: Callable[[re.Match[str]], bool] | None = None) -> None:
        self.pattern, self.view, self.keep = pattern, view, keep
        self.found: list[re.Match[str]] = []
        self.ends: list[int] | None = None

    def last(self, low: int, high: int) -> re.Match[str] | None:
        """The last match inside view[low:high]."""
        if self.ends is None:
            found = self.pattern.finditer(self.view)
            self.found = [m for m in found if self.keep(m)] if self.keep else list(found)
            self.ends = [match.end() for match in self.found]
        at = bisect.bisect_right(self.ends, high) - 1
        if at >= 0 and self.found[at].start() >= low:
            return self.found[at]
        return None


class Periods:
    """A report's time words, and the period a figure's words give it."""

    def __init__(self, view: str, year: int | None) -> None:
        self.view, self.year = view, year
        self.years = Marks(_YEAR, view, self._dates)
        self.relative = Marks(_RELATIVE, view, self._dates)
        self.since = Marks(SINCE, view)
        self.cumulative, self.now = Marks(CUMULATIVE, view), Marks(NOW, view)
        self.stock = Marks(STOCK, view)

    def _dates(self, match: re.Match[str]) -> bool:
        """Whether a year dates what follows it (not 比2009年, 同比去年)."""
        view, start, end = self.view, match.start(), match.end()
        return not (_COMPARED_BEFORE.search(view, max(0, start - 2), start)
                    or _COMPARED_AFTER.match(view, end))

    def period_of(self, low: int, number: int, sentence: int, stock: bool) -> str | None:
        """The period the nearest time word in view[low:number] gives; ``sentence``: where the
        figure's sentence begins; ``stock``: whether the figure counts a stock (honours,
        standards, registrations), which 目前 dates as ``cumulative``. A stock word of the
        figure's own sentence (截至目前…共有, 累计) outweighs a year of an earlier sentence."""
        year = self.years.last(low, number)
        relative = self.relative.last(low, number) if self.year is not None else None
        since = self.since.last(low, number)
        nearest = max((m for m in (year, relative, since) if m is not None),
                      key=lambda m: m.end(), default=None)
        if nearest is None:
            return "cumulative" if self._stock_word(low, number, stock) else None
        if nearest.end() <= sentence and (self.stock.last(sentence, number) or (
                stock and self.now.last(sentence, number))):
            return "cumulative"  # 2008年…。截至目前，全市共有…
        if nearest is since:
            opened = _YEAR.match(since[0])
            if opened and self.year is not None and int(opened[1]) == self.year:
                return opened[1]  # 2012年以来 in a report of 2012: this year
            return "cumulative"
        if nearest is relative:
            return str(self.year + RELATIVE_YEARS[nearest[0]])  # type: ignore[operator]
        return nearest[1] if nearest[2] is None else f"{nearest[1]}-{nearest[2]}"

    def _stock_word(self, low: int, high: int, stock: bool) -> bool:
        return bool(self.cumulative.last(low, high) or (stock and self.now.last(low, high)))

    def heading_period(self, start: int, end: int, opening: bool = False) -> str | None:
        """The year a title or a report's opening lines date the report with: their first
        year that is no deadline ahead (到2020年), no comparison and no span to now; in the
        opening lines, a 今年 or 去年 only where it opens a clause (获悉，去年全省…), not inside
        a phrase (被评为去年服务业名牌)."""
        found = sorted([*_YEAR.finditer(self.view, start, end),
                        *_RELATIVE.finditer(self.view, start, end)], key=lambda m: m.start())
        for match in found:
            if not self._dates(match) or SINCE.match(self.view, match.start()) \
                    or _DEADLINE.search(self.view, max(0, match.start() - 3), match.start()) \
                    or (opening and match.re is _RELATIVE and not _OPENS.search(
                        self.view, max(0, match.start() - 4), match.start())):
                continue
            if match.re is _RELATIVE:
                return None if self.year is None else str(self.year + RELATIVE_YEARS[match[0]])
            return match[1] if match[2] is None else f"{match[1]}-{match[2]}"
        return None

    def opening_period(self, body: int) -> str | None:
        """The first year of the report's opening lines (2011年，全市质监系统…)."""
        return self.heading_period(body, min(len(self.view), body + _OPENING), opening=True)
