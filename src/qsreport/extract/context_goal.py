"""The year a goal is set for, for :mod:`.context`: a figure due by a year after the
report's (到2020年 in a report of 2016) is a goal, and a goal's total counts that year
(到2018年，全市累计制定标准1000项以上: 2018, not a stock)."""

from __future__ import annotations

from .. import regex_cache as rx
from .context_marks import Marks

_BY_YEAR = rx.compile(r"(?:到|至|在)\s*((?:19|20)\d{2})\s*年")
# A figure given as a floor or a ceiling (1000项以上, 5%以内): how goals are written.
_AT_LEAST = rx.compile(r"[\d.]+\s*[^\d\s，,；;。、]{0,4}?(?:以上|以内)")


class GoalYears:
    """Where a report says by which year (到2020年), and what that makes of a figure after it."""

    def __init__(self, view: str, year: int | None) -> None:
        self.view, self.year = view, year
        self.by_year = Marks(_BY_YEAR, view)

    def past_goal(self, start: int, number: int) -> bool:
        """到2020年 in a report of 2016: a goal. In a report that gives no year, a figure said
        to be reached by a year with 以上/以内 after it (到2018年…达到1000项以上) is one too."""
        match = self.by_year.last(start, number)
        if match is None:
            return False
        if self.year is not None:
            return int(match[1]) > self.year
        # (到 only: 2013年2月至2014年…保持在95%以上 is a span that ended, not a goal)
        return match[0].startswith("到") and _AT_LEAST.match(self.view, number) is not None

    def deadline_year(self, sentence: int, number: int, years: Marks) -> str | None:
        """The year a goal is due by (到2018年, not 截至2018年, a stock's date), where it is the
        last year of the figure's sentence before the figure (``years``: every year's mark)."""
        match = self.by_year.last(sentence, number)
        if match is None or match[0].startswith("在") \
                or self.view[match.start() - 1:match.start()] in ("截", "止"):
            return None
        last = years.last(match.end(), number)
        return match[1] if last is None else None
