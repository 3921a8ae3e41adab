"""The year a report's title or opening lines date it with, and an undated report's own year
(:class:`ReportYears`, the part of :class:`.context_period.Periods` that reads the report as a
whole rather than one figure's stretch)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..regex_prefilter import compile_fast
from .context_period_words import ahead, meeting_review_year, told_as_past
from .context_review import after_the_lead, background_year
from .context_roc import ROC_MARKED
from .context_this_year import YEAR_DIGITS, compared_year, plan_year, stretch_year
from .lexicon.context import RELATIVE_YEARS, SINCE

# 2008年, 2005—2008年 (2005年至2008年), 2007年6月, and a year written right before its count (2013年7项，
# 2014年21项: a yearly breakdown). (compile_fast: scanned over the whole report, see Marks.)
# (and an edition's year glued to its name, 2021中国某某品牌评估结果, 2022世界某某大会)
# (a span's first year may carry its month and day: 2019年6月至2020年10月 is 2019-2020)
# (and a year of Taiwan's calendar the year reader marked, 113年 -> ２０２４: see .context_roc)
_YEAR = compile_fast("(" + YEAR_DIGITS + "|" + ROC_MARKED + r")(?:(?:\s*年?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?"
                     r"\s*[-—~～至到]\s*((?:19|20)\d{2}|" + ROC_MARKED + r"))?(?:\s*年|(?<=[０-９]))"
                     r"(?!\d{1,2}\s*日)|(?=中国|世界|全国))")
_RELATIVE = rx.compile("|".join(sorted(RELATIVE_YEARS, key=len, reverse=True)))
_SENTENCE_END = rx.compile(r"[。！？!?\n]")
_A_TIME_OF = rx.compile(r"\s*(?:\d{1,2}\s*月|第?[一二三四1-4]季度|[上下]半年|前[二三]季度|度)")
_COUNTED_IN_CLAUSE = rx.compile(r"[^，,；;。！？!?\n]*?\d")
_OPENING = 400  # characters of the body whose first year dates the whole report
_OPENS = rx.compile(r"(?:^|[，,：:。；;\n）)]|获悉|了解到|据悉|讯)\s*$")


class ReportYears:
    """The report-wide years of :class:`.context_period.Periods`, which gives the text, the
    report's year and which years date anything."""

    view: str
    year: int | None
    guess: int | None
    month: int | None

    def _dates(self, match: re.Match[str]) -> bool:
        raise NotImplementedError

    def _history(self, year: re.Match[str]) -> bool:
        raise NotImplementedError

    def _in_a_title(self, match: re.Match[str]) -> bool:
        raise NotImplementedError

    def heading_period(self, start: int, end: int, opening: bool = False) -> str | None:
        """The year a title or a report's opening lines date the report with: their first
        year that is no deadline ahead (到2020年), no comparison and no span to now; in the
        opening lines, a 今年 or 去年 only where it opens a clause (获悉，去年全省…), not inside
        a phrase (被评为去年服务业名牌), and no year of a dated report's history (see
        _history: 对2007年整治中停产的企业… in a report of 2009) nor one told as past (2009年，
        甲市曾…: :func:`.context_period_words.told_as_past`)."""
        found = sorted([*_YEAR.finditer(self.view, start, end),
                        *_RELATIVE.finditer(self.view, start, end)], key=lambda m: m.start())
        for match in found:
            if opening and self.year is None and match.re == _YEAR \
                    and SINCE.match(self.view, match.start()) \
                    and int(match[1]) == self._latest_year():
                # An undated report that opens on 2015年以来 and names no later year: the
                # work of that year so far, the year the report was written in.
                return match[1]
            if not self._dates(match) or SINCE.match(self.view, match.start()) \
                    or (opening and match.re == _YEAR
                        and (self._history(match) or told_as_past(self.view, match))) \
                    or ahead(self.view, match, by_then=match.re == _YEAR) \
                    or (opening and match.re == _RELATIVE and not _OPENS.search(
                        self.view, max(0, match.start() - 4), match.start())) \
                    or (opening and background_year(self.view, match, self.year, self.month)) \
                    or (opening and self._in_a_series(match)):
                continue
            if opening and after_the_lead(self.view, start, match, self.year, found):
                return None  # the lead told the report's own news: a later, earlier year is background
            if match.re == _RELATIVE:
                base = self.year if self.year is not None else self.guess
                return None if base is None else str(base + RELATIVE_YEARS[match[0]])
            reviewed = meeting_review_year(self.view, match) if opening else None
            return reviewed or (match[1] if match[2] is None else f"{match[1]}-{match[2]}")
        return None

    def _latest_year(self) -> int | None:
        """The latest year the report dates anything with (not a deadline ahead, 到2020年,
        nor a programme's span in a document's title)."""
        named = [int(m[2] or m[1]) for m in _YEAR.finditer(self.view)
                 if self._dates(m) and not ahead(self.view, m)]
        return max(named, default=None)

    def _in_a_series(self, match: re.Match[str]) -> bool:
        """Whether a year is one of a yearly breakdown (2013年制定7项，2014年21项…): its clause
        counts something and its sentence dates another year too. Such a year dates its own
        figures, not the report."""
        if match.re != _YEAR or not _COUNTED_IN_CLAUSE.match(self.view, match.end()):
            return False
        begins = max(self.view.rfind(mark, 0, match.start()) for mark in "。！？!?\n") + 1
        after = _SENTENCE_END.search(self.view, match.end())
        stretch = (begins, after.start() if after else len(self.view))
        return any(other[1] != match[1] and self._dates(other)
                   for other in _YEAR.finditer(self.view, *stretch))

    def opening_period(self, body: int) -> str | None:
        """The first year of the report's opening lines (2011年，全市质监系统…)."""
        return self.heading_period(body, min(len(self.view), body + _OPENING), opening=True)

    def sole_year(self) -> int | None:
        """The one year an undated report dates work with (2013年第2季度, 2014年6月: a month or
        a stretch of it), where it names no other (a year compared with is another): the year
        it was written in, most likely, and its 今年's. Not a deadline ahead (到2020年), which a
        plan names alone."""
        named = [match for match in _YEAR.finditer(self.view) if not self._in_a_title(match)
                 and not ahead(self.view, match)]
        years = {match[1] for match in named}
        if len(years) != 1 or not any(self._dates(match) and _A_TIME_OF.match(self.view, match.end())
                                      for match in named):
            return None  # (比2016年上半年 alone: the year before this one; 始建于1958年: history)
        return int(years.pop())

    def year_of_this_year(self, undated: bool) -> int | None:
        """A report's 今年 by its own words (:mod:`.context_this_year`): the year it writes
        out for the stretch it names with 今年; for an ``undated`` report only, else the year
        after the one its 今年 is compared with in the same sentence, else the year of the
        plan it tells was drawn up (制定了《2023年…抽查计划》)."""
        return stretch_year(self.view, self._dates) \
            or (compared_year(self.view) or plan_year(self.view) if undated else None)
