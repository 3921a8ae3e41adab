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
from itertools import chain

from .. import regex_cache as rx
from .context_marks import Marks, plan_period
from .context_occasion import bounded, recent_campaign
from .context_period_report import _RELATIVE, _YEAR, ReportYears
from .context_period_series import series_year, year_after_compared
from .context_period_since import since_period
from .context_period_words import (
    added_back,
    digit_years,
    event_year,
    history_year,
    meeting_review_year,
    revisited_year,
    told_then,
    total_of_a_run,
)
from .context_review import (
    announced_stretch,
    as_at_year,
    basis_year,
    month_span_before,
    span_to_this_year,
    year_reviewed,
)
from .context_roc import roc_years
from .lexicon.context import (
    ADDED,
    AS_AT_YEAR_END,
    BOUNDED_SPAN,
    CUMULATIVE,
    HELD,
    HELD_BARE,
    MADE_IN_ALL,
    NOW,
    PLAN_SPAN,
    RECENT_YEARS,
    RELATIVE_YEARS,
    SINCE,
    STOCK,
    WORK_DONE,
)

# A year something is compared with: 比2009年, 较2006年, 同比2009年, 与2008年相比.
_COMPARED_BEFORE = rx.compile(r"(?:比|较|与|和|跟|同|[高低优好]于)\s*$")
_COMPARED_AFTER = rx.compile(r"\s*(?:同期|相比|相较|比较)")
# A year a forecast or a plan names (预计2013年底完工, 计划2014年建成): it dates its own
# clause only, not the figures of the clauses after it.
_FORECAST = rx.compile(r"(?:预计|计划|力争|争取|有望|将于|拟于?)\s*$")
_CLAUSE_BREAK = rx.compile(r"[，,；;。！？!?\n]")
# A count expected (可望突破100件) in a later clause than its sentence's year: not that year's.
_EXPECTED = rx.compile(r"可望|有望|预计")
# A year one event happened in (许可证已于2013年到期, 该厂于2014年投资兴建, 自2015年推行…),
# two years or more before a dated report's own: history, which dates its own sentence, not
# the sentences after it. (Not 关于2014年…的通告, 对于, 由于, 位于, 来自: words that hold 于 or
# 自 without dating anything.)
_EVENT = rx.compile(r"(?:(?<![关对由属至等用基鉴归处位])于|(?<![来各亲])自)\s*$")
_CLAUSE_MARK = rx.compile(r"[，,；;]")
# 截至2009年, 到2009年底: a stock's own date.
_AS_AT = rx.compile(r"(?:截至|截止)\s*$")
_YEAR_END = rx.compile(r"\s*[底末]")
# A year compared with whose own value follows in the clause (比2009年批次合格率76.0%): not
# a change (比2009年上升6个百分点; any verb of rising, falling or holding: 降低了, 回落, 下滑,
# 上涨, 持平, 扩大, 缩小, 翻番), nor after another figure or clause.
_COMPARED_YEAR = rx.compile(r"(?:比|较)\s*(?P<y>(?:19|20)\d{2})\s*年(?!底|末|以来)")
_NOT_THE_VALUE = rx.compile(r"[，,；;。\d]|[增减升降涨跌]|提高|回落|下滑|滑落|持平|扩大|缩小|翻|多|少|"
                            r"相比|同期")
_COMPARED_REACH = 20
_SENTENCE_MARKS = "。！？!?\n"
_SENTENCE_END = rx.compile(f"[{_SENTENCE_MARKS}]")
_SINCE_WORD = rx.compile(r"以来")
_SUMMED = rx.compile(r"累计")
# A year glued after a campaign's name (“某某行动2031”): the campaign's year, as 2031年 would
# be, unless the campaign's own sentence tells its dates as a span before the name. Group 2
# is a span's end glued on too (行动2030-2031: 2030-2031), as the year pattern's group 2 is.
_CAMPAIGN_YEAR = rx.compile(r"(?<=行动)((?:19|20)\d{2})(?:-((?:19|20)\d{2}))?(?![\d年])")
_COUNTED_TO_NOW = rx.compile(r"截[至止]到?\s*目前")  # work counted to now, not 目前 of a state
_TITLE_REACH = 40  # how far back a document title's 《 may open
# An aside in brackets after a value (合格率为90.5%（去年88.1%），…): the time word it opens
# with dates the value it holds, not a figure after it.
_ASIDE_OPEN = "(（"
_ASIDE_CLOSE = rx.compile(r"[)）]")
_ASIDE_REACH = 12  # how far before its time word an aside's bracket may open


def _sentence_opening(view: str, end: int) -> int:
    """Where the sentence that view[end] stands in opens: after the nearest of
    ``_SENTENCE_MARKS`` before ``end``, else 0. One walk back that stops at that mark (an rfind per
    mark scans the whole text before ``end`` for each mark the text lacks)."""
    at = end
    while at and view[at - 1] not in _SENTENCE_MARKS:
        at -= 1
    return at


class Periods(ReportYears):
    """A report's time words, and the period a figure's words give it."""

    def __init__(self, view: str, year: int | None, taiwan: bool = False) -> None:
        # (二〇〇五年 read as 2005年: the same length, so offsets hold; and in Taiwan's texts,
        # 113年 as ２０２４, a year the year pattern reads: .context_roc)
        view = digit_years(view)
        if taiwan:
            view = roc_years(view)
        self.view, self.year = view, year
        self.guess: int | None = None  # an undated report's year by its title or opening
        self.told = False  # or by its own words, its 今年's (year_of_this_year)
        # Whether the report's date is only a page's clock (which may be the day the page was
        # saved, years after the report): no ground to call the years before it history.
        self.clock_dated = False
        self.month: int | None = None  # the month of the report's date
        self.years = Marks(_YEAR, view, self._dates)
        self.relative = Marks(_RELATIVE, view, self._dates)
        self.since = Marks(SINCE, view)
        self.plans = Marks(PLAN_SPAN, view)
        self.cumulative = Marks(CUMULATIVE, view, self._not_this_year_s)
        self.now = Marks(NOW, view)
        self.held_bare = Marks(HELD_BARE, view)  # (已建立, 已达, 在册: a stock's)
        self.made_in_all = Marks(MADE_IN_ALL, view)  # (共创建…: a stock's total)
        self.stock = Marks(STOCK, view, self._not_this_year_s)
        self.compared = Marks(_COMPARED_YEAR, view)
        self.held = Marks(HELD, view, self._not_this_year_s)
        self.recent = Marks(RECENT_YEARS, view)
        self.year_end = Marks(AS_AT_YEAR_END, view)
        self.campaign_years = Marks(_CAMPAIGN_YEAR, view)
        self.clause = _CLAUSE_MARK
        # Where any of the time words period_of reads first starts, in order (most figures
        # have none of them in reach: then they need not be read one by one).
        self.time_starts: list[int] | None = None

    def _dates(self, match: re.Match[str]) -> bool:
        """Whether a year dates what follows it (not 比2009年, 同比去年, nor the span of a
        programme a document's title names: 《质量发展纲要(2011-2020年)》, nor the year
        something was founded in: 成立于2007年, 2007年建市后, nor an earlier count added back:
        加上2017年…, nor the year in an event's name: 北京2022年冬奥会, nor whose failures a follow-up
        revisits: 对2022年抽检不合格的门店进行复查)."""
        view, start, end = self.view, match.start(), match.end()
        return not (self._in_a_title(match) or _COMPARED_BEFORE.search(view, max(0, start - 2), start)
                    or _COMPARED_AFTER.match(view, end)
                    or history_year(view, match) or added_back(view, match)
                    or event_year(view, match) or revisited_year(view, match))

    def _not_this_year_s(self, match: re.Match[str]) -> bool:
        """Whether a stock word says a stock: not 至今 after a month with no year (从8月下旬
        至今, 7月至今), a span of this year's work."""
        return match[0] != "至今" or not month_span_before(self.view, match.start())

    def _forecast(self, year: re.Match[str], number: int) -> bool:
        """Whether ``year`` is one a forecast names in a clause before the figure's."""
        return bool(_FORECAST.search(self.view, max(0, year.start() - 3), year.start())
                    and _CLAUSE_BREAK.search(self.view, year.end(), number))

    def _event(self, year: re.Match[str]) -> bool:
        """Whether ``year`` is the year of one event of a dated report's history (_EVENT)."""
        return self._history(year) \
            and bool(_EVENT.search(self.view, max(0, year.start() - 2), year.start()))

    def _history(self, year: re.Match[str]) -> bool:
        """Whether ``year`` ends two years or more before a dated report's own year: not the
        year the report reviews (a review looks back one year at most), nor a stretch of a year
        whose results the text announces (:func:`.context_review.announced_stretch`)."""
        return self.year is not None and not self.clock_dated \
            and int(year[2] or year[1]) < self.year - 1 and not announced_stretch(self.view, year)

    def _in_a_title(self, match: re.Match[str]) -> bool:
        """A programme's span a document's title names (《质量发展纲要(2011-2020年)》)."""
        view, start = self.view, match.start()
        reach = max(0, start - _TITLE_REACH)
        return match.re == _YEAR and match[2] is not None \
            and view.rfind("《", reach, start) > view.rfind("》", reach, start)

    def period_of(self, low: int, number: int, sentence: int, stock: bool) -> str | None:
        """The period the nearest time word in view[low:number] gives; ``sentence``: where the
        figure's sentence begins; ``stock``: whether the figure counts a stock (honours,
        standards, registrations), which 目前 dates as ``cumulative``. A stock word of the
        figure's own sentence (截至目前…共有, 累计) outweighs a year of an earlier sentence."""
        if not self._time_word_in(low, number):
            return self._undated(low, number, sentence, stock)
        compared = self.compared.last(max(low, number - _COMPARED_REACH), number)
        if compared and not _NOT_THE_VALUE.search(self.view, compared.end(), number):
            return compared["y"]  # 比2009年的合格率76.0%: the value of the year compared with
        year = self._before_aside(self.years, low, number)
        while year is not None and (self._forecast(year, number) or (year.start() < sentence and (
                self._event(year) or basis_year(self.view, year, self.year)))):
            year = self._before_aside(self.years, low, year.start())
        campaign = self.campaign_years.last(low, number)
        if campaign is not None and (year is None or campaign.end() > year.end()):
            year = self._campaign_dates(campaign)  # “春雷行动2021”期间，…: the campaign's year
        relative = self._before_aside(self.relative, low, number) if self.year is not None else None
        if relative is None and self.year is None:
            found = self._before_aside(self.relative, low, number)
            aside = self._aside_year(found, sentence, number)
            if aside is not None:
                return aside
            # An undated report's 今年 is the year its title or opening names; its 去年 only
            # where its own words tell 今年's year (a year named may be one a review looks back on)
            if self.guess is not None and found and -RELATIVE_YEARS[found[0]] in (0, self.told):
                relative = found
        since = self.since.last(low, number)
        plan = self.plans.last(low, number)
        nearest = None  # the one that ends last (the first of them, on a tie)
        for word in (year, relative, since, plan):
            if word is not None and (nearest is None or word.end() > nearest.end()):
                nearest = word
        as_at = self.year_end.last(low, number)
        if as_at is not None and (nearest is None or as_at.end() > nearest.end()) \
                and not (nearest is not None and nearest is relative
                         and nearest.start() > as_at.start()):
            # 截至年底，累计拥有…: the year the report is of (the year before, for a month
            # after the report's own)
            return as_at_year(as_at, self.year, self.month)
        if nearest is None:
            return self._undated(low, number, sentence, stock)
        if nearest.end() <= sentence and ((self.stock.last(sentence, number)
                                           and not self._within_a_span(self.stock, sentence, number)) or (
                stock and (self._held_now(sentence, number) or self.held_bare.last(sentence, number))
                and not self._this_year_so_far(nearest, low, sentence, number))):
            return "cumulative"  # 2008年…。截至目前，全市共有…
        if nearest is plan:
            return plan_period(nearest, self.cumulative.last(nearest.end(), number) is not None)
        if nearest is since:
            return since_period(self.view, since, (sentence, number), (self.year, self.guess), stock)
        opens = max((m.end() for m in _CLAUSE_BREAK.finditer(self.view, nearest.end(), number)), default=None)
        if opens is not None and self.year is not None and _EXPECTED.search(self.view, opens, number):
            return str(self.year)  # 去年新认定…，…可望突破100件: a forecast, of the report's own year
        # (目前 too, for a stock held now: 去年新认定…3件，目前全市拥有…5件)
        # (in the year's own sentence: 今年以来…。截至目前，已指导… is this year's work)
        now = self.now.last(nearest.end(), number) if nearest.end() > sentence else None
        held = (self.held.last(nearest.end(), number) or (
            now if now and self._held_now(nearest.end(), number) else None)) if stock else None
        if held and self.clause.search(self.view, nearest.end(), number) \
                and not (held[0] == "累计" and ADDED.search(self.view, nearest.end(), held.start())) \
                and not BOUNDED_SPAN.search(self.view, max(nearest.end(), sentence), held.start()) \
                and not (_AS_AT.search(self.view, max(0, nearest.start() - 3), nearest.start())
                         or _YEAR_END.match(self.view, nearest.end())):
            return "cumulative"  # 从2001年到2003年，全省已有中国名牌19个: a stock since
        if total_of_a_run(self.view, nearest, number):
            return "cumulative"
        if nearest is relative:
            if nearest[0] == "当年" and (told := self.years.last(low, nearest.start())) \
                    and told_then(self.view, told, self.relative.last(told.end(), nearest.start())):
                return told[1]  # 2016年，甲市出台方案…。当年，全市建成…: that year, told before
            year_of = self.year if self.year is not None else self.guess
            span = span_to_this_year(self.view, nearest, year_of) \
                if RELATIVE_YEARS[nearest[0]] == 0 and year_of is not None else None
            return span or str(year_of + RELATIVE_YEARS[nearest[0]])  # type: ignore[operator]
        reviewed = meeting_review_year(self.view, nearest)  # 2019年…工作会议上获悉，过去一年
        return reviewed or (nearest[1] if nearest[2] is None else f"{nearest[1]}-{nearest[2]}")

    def _campaign_dates(self, year: re.Match[str]) -> re.Match[str]:
        """The span of dates a campaign's sentence tells before its name's year (2030年12月至
        2031年3月，开展“某某行动2031”: 2030-2031), else that year."""
        run = self.years.last(_sentence_opening(self.view, year.start()), year.start())
        return run if run is not None and run[2] else year

    def _undated(self, low: int, number: int, sentence: int, stock: bool) -> str | None:
        """The period of a figure no year, time word or span before it dates."""
        # A stock word of an earlier sentence (截至目前，已有24个省…。…共出动执法人员…)
        # makes a stock of honours, standards or registrations, not of work done.
        reach = low if stock else sentence
        # (a stock held with no stock word, 已建立, 已达, 在册: in the figure's own sentence)
        if (self._stock_word(reach, number, stock) or (stock and (
                self.held_bare.last(sentence, number) or self.made_in_all.last(sentence, number)))) \
                and not self._within_a_span(self.cumulative, sentence, number) \
                and (stock or not recent_campaign(self.view, number)):
            return "cumulative"
        return year_reviewed(self.view, low, sentence, number, self.year, self.month)

    def _time_word_in(self, low: int, high: int) -> bool:
        """Whether a year, a year counted from the report's, a span to now, a plan's span, a
        year compared with or a stock's date may start in view[low:high] (one does, whether
        or not it dates what follows it)."""
        if self.time_starts is None:
            self.time_starts = sorted(chain.from_iterable(marks.found() for marks in (
                self.years, self.relative, self.since, self.plans, self.year_end,
                self.compared, self.campaign_years)))
        at = bisect.bisect_left(self.time_starts, low)
        return at < len(self.time_starts) and self.time_starts[at] < high

    def _before_aside(self, marks: Marks, low: int, number: int) -> re.Match[str] | None:
        """The last of ``marks`` in view[low:number] that is not in an aside closed before
        the figure (…88.1%（去年86.2%），抽查…: 去年 dates 86.2% alone)."""
        found = marks.last(low, number)
        while found is not None:
            opened = self._aside_start(found, number)
            if opened is None:
                return found
            found = marks.last(low, opened)
        return None

    def _aside_start(self, match: re.Match[str], number: int) -> int | None:
        """Where the bracket opens that holds ``match`` and closes before ``number``."""
        view = self.view
        start = match.start()
        reach = max(0, start - _ASIDE_REACH)
        opened = max(view.rfind("(", reach, start), view.rfind("（", reach, start))  # _ASIDE_OPEN
        if opened < 0 or _ASIDE_CLOSE.search(view, opened, start) \
                or not _ASIDE_CLOSE.search(view, match.end(), number):
            return None
        return opened

    def _aside_year(self, found: re.Match[str] | None, sentence: int,
                    number: int) -> str | None:
        """In an undated report, the year before the one the sentence names, for a figure in
        an aside opened by 去年 (2013年，…合格率为90.5%（去年88.1%）: 2012's) — an aside
        compares with the sentence's own year."""
        if found is None or RELATIVE_YEARS[found[0]] != -1 \
                or self.view[found.start() - 1:found.start()] not in _ASIDE_OPEN \
                or _ASIDE_CLOSE.search(self.view, found.end(), number):
            return None
        year = self.years.last(sentence, found.start())
        return str(int(year[1]) - 1) if year is not None and year[2] is None else None

    def _this_year_so_far(self, nearest: re.Match[str], low: int, sentence: int,
                          number: int) -> bool:
        """Whether 截至目前 counts the work of a span that opened this year (今年以来, 今年3月…
        以来, …。截至目前，共发布标准96项): this year's, unless a stock word says a stock held
        (nor 目前全市已达39个, a state now). The year nearest the figure is that 今年, or this
        year written out (in an undated report, any year of the sentence that opens the span)."""
        this_year = self.relative.last(low, sentence)
        if this_year is None or RELATIVE_YEARS[this_year[0]] != 0:
            return False
        found = _SENTENCE_END.search(self.view, this_year.end(), sentence)
        end = found.start() if found else sentence
        if not _SINCE_WORD.search(self.view, this_year.end(), end) \
                or not _COUNTED_TO_NOW.search(self.view, sentence, number) \
                or self.cumulative.last(sentence, number):
            return False
        if nearest.start() == this_year.start():
            return True
        base = self.year if self.year is not None else self.guess
        return nearest.re == _YEAR and nearest[2] is None and (
            base == int(nearest[1]) or (base is None and nearest.end() <= end))

    def _within_a_span(self, marks: Marks, sentence: int, number: int) -> bool:
        """Whether the last of ``marks`` before the figure counts a span's work (see bounded)."""
        word = marks.last(sentence, number)
        return word is not None and bounded(self.view, sentence, word.start(), number)

    def _stock_word(self, low: int, high: int, stock: bool) -> bool:
        return bool(self.cumulative.last(low, high) or (stock and self._held_now(low, high)))

    def in_recent_years(self, low: int, high: int) -> bool:
        """Whether 近年来 stands in view[low:high] (see RECENT_YEARS)."""
        return self.recent.last(low, high) is not None

    def spans_to_now(self, low: int, high: int) -> bool:
        """Whether a span to now (2010年以来, 近三年, 近年来) or 累计 stands in view[low:high]."""
        return self.in_recent_years(low, high) or self.since.last(low, high) is not None \
            or _SUMMED.search(self.view, low, high) is not None

    def _held_now(self, low: int, high: int) -> bool:
        """Whether 目前 dates a stock held now (目前全市已有地方标准30项), not the work done so
        far (截至目前，该局完成地方标准9项: this year's)."""
        now = self.now.last(low, high)
        return now is not None and not WORK_DONE.search(self.view, now.end(), high)

    def year_after_compared(self, number: int, change_clause: int | None = None) -> str | None:
        """The year after the one a figure is compared with in the clause after it (or, for a
        change, in its clause before it)."""
        return year_after_compared(self.view, number, change_clause)

    def series_year(self, sentence: int, number: int, last: str | None) -> str | None:
        """The year of one value of a yearly series, counted back from ``last``."""
        return series_year(self.view, sentence, number, last)
