"""The year a goal is set for, for :mod:`.context`: a figure due by a year after the
report's (到2020年 in a report of 2016) is a goal, and a goal's total counts that year
(到2018年，全市累计制定标准1000项以上: 2018, not a stock). So is a figure under a plan's
heading of goals (一、工作目标), and one after a deadline whose year the page lost (到年，).
A figure dated by a deadline an earlier sentence of its paragraph sets (到2030年，…。丙类合格率升至
97%) is a goal as well: a year after the report's has not happened yet."""

from __future__ import annotations

from .. import regex_cache as rx
from .context_marks import Marks

_BY_YEAR = rx.compile(r"(?:到|至|在)\s*((?:19|20)\d{2})\s*年")
# A figure given as a floor or a ceiling (1000项以上, 5%以内): how goals are written.
_AT_LEAST = rx.compile(r"[\d.]+\s*[^\d\s，,；;。、]{0,4}?(?:以上|以内)")
# A deadline printed without its year (到年，: the digits dropped by the page): nobody writes
# it of a date gone by, and 到年底 (the year's end: a stock's date too) is not this.
_BLANK_YEAR = rx.compile(r"到\s*年\s*[，,]")
_NUMBERED = r"(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)])"
# A heading line that opens a plan's goals (一、工作目标; （二）主要目标和任务; 三、发展目标):
# the whole line, so a report's 目标完成情况 is none.
_GOAL_HEADING = rx.compile(
    rf"(?m)^[ \t\u3000]*{_NUMBERED}\s*(?:工作|主要|总体|发展|奋斗|具体|主要工作|总体工作)?"
    r"目标(?:[和与及]?任务)?\s*[：:]?[ \t\u3000]*$")
# Any numbered heading line: the goals' section ends at the next one.
_HEADING = rx.compile(rf"(?m)^[ \t\u3000]*{_NUMBERED}[^\n。；;，,]{{1,24}}$")
_SECTION_REACH = 3000  # characters a section of goals runs at most
# What a sentence under the goals' heading tells as done already (目前全省已有…): no goal.
_DONE_HERE = rx.compile(r"已|了|截至|截止|目前|现有")


class GoalYears:
    """Where a report says by which year (到2020年), and what that makes of a figure after it."""

    def __init__(self, view: str, year: int | None) -> None:
        self.view, self.year = view, year
        self.by_year = Marks(_BY_YEAR, view)
        self.blank_year = Marks(_BLANK_YEAR, view)
        self.goal_headings = Marks(_GOAL_HEADING, view)
        self.headings = Marks(_HEADING, view)

    def past_goal(self, start: int, number: int) -> bool:
        """到2020年 in a report of 2016: a goal. In a report that gives no year, a figure said
        to be reached by a year with 以上/以内 after it (到2018年…达到1000项以上) is one too, and
        so is every figure after a deadline whose year is blank (到年，) or under a heading of
        goals, its sentence telling nothing done."""
        if self.blank_year.last(start, number) is not None or self.under_goals(start, number):
            return True
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

    def under_goals(self, start: int, number: int) -> bool:
        """Whether the figure stands in the section a heading of goals opens (no other
        numbered heading between), in a sentence that tells nothing done (已, 目前)."""
        heading = self.goal_headings.last(max(0, number - _SECTION_REACH), number)
        if heading is None or self.headings.last(heading.end(), number) is not None:
            return False
        return _DONE_HERE.search(self.view, max(start, heading.end()), number) is None

    def dated_by_goal(self, low: int, sentence: int, number: int, period: str | None) -> bool:
        """Whether ``period``, the figure's year, is a deadline after the report's year that
        an earlier sentence of its paragraph (from ``low``) sets, and the figure's own sentence
        tells nothing done (已, 目前): a goal, whatever its own words say."""
        if self.year is None or period is None or not period.isdigit() or int(period) <= self.year:
            return False
        match = self.by_year.last(low, sentence)
        return match is not None and match[1] == period and match[0].startswith("到") \
            and _DONE_HERE.search(self.view, sentence, number) is None
