"""The year before a report's own, and a span of the report's own year, for
:mod:`.context_period`: a report written early in a year often reviews the year before, and
its figures with no year of their own are that year's where its words say so — 全年 (the
whole year: in January, the one just ended, where no stock word or plan says otherwise), or a stock's date later in the year than the
report's own (截止12月20日 in a report of January); and a span opened by a month with no year
(从8月下旬至今) is this year's, not a stock held. A stretch of a year a report announces the
results of (通报2013年第3季度…; 公布2011年上半年…) is the year it reports on, however long
before its date (a page reprinted years later): no history; and a span from a year to this
one (2016年至今年10月底) is those years. A year of the opening lines that only tells the
report's background (截至去年底…, 依据去年度…, 特别是去年…; one told after the lead, the
opening's first sentence that gave a count with no year) does not date the report."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import regex_cache as rx
from .lexicon.context import COUNTED, RELATIVE_YEARS

_WHOLE_YEAR = rx.compile(r"全年")
_MONTH = rx.compile(r"(?P<m>\d{1,2})\s*月")
_YEAR_END_MONTHS = 10  # 截至10月底 … 截止12月20日: the end of a year
_REVIEW_MONTH = 1  # a report of January reviews the year just ended (February's may plan)
# A plan's words (全年计划检验…, 力争全年新增…): the year ahead, not the one ended.
_PLANNED = rx.compile(r"计划|力争|争取|目标|确保|预计")
# A month with no year before it, opening a span (8月下旬至今, 7月份至今).
_MONTH_SPAN = rx.compile(r"(?<![年\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?"
                         r"[^，,。；;\d年]{0,6}$")
_MONTH_SPAN_REACH = 12
# A verb that announces results, just before the year of the stretch they are of.
_ANNOUNCED = rx.compile(r"(?:通报|公布|发布|公告|总结)(?:了|的)?\s*$")
_ANNOUNCED_REACH = 5
# 2016年至今年10月底: a span from a year to the report's own.
_FROM_A_YEAR = rx.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:[-—~～至到]|以来至)\s*$")
_FROM_REACH = 10
_STRETCH = rx.compile(r"\s*(?:第?[一二三四1-4]\s*季度|[上下]半年|前[二三]季度|度)")
# What sets a year of a report's opening lines as its background, just before the year: a
# stock's date, a basis, a year singled out as past.
_BACKGROUND = rx.compile(r"(?:截至|截止|依据|根据|按照|特别是|早在|仅)\s*$")
_BASIS = rx.compile(r"(?:依据|根据|按照)\s*$")
# A policy a year's clause tells was issued (2023年，甲省委、省政府印发《…纲要》): background too.
_ISSUED = rx.compile(r"[^。！？!?\n，,]{0,2}[，,]?[^。！？!?\n]{0,16}?(?:印发|出台|颁布)了?《")
_BACKGROUND_REACH = 3
_A_DAY = rx.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")  # 去年12月5日: one day's date
# A year's data a count is read from (根据2011年度统计数据，…): the source of the figures, which
# that year dates, not a basis of the work.
_DATA = rx.compile(r"[^，,。；;：:\n]{0,8}?(?:统计|数据)")
# A report of the first months of a year (March at the latest) may review the year before: its
# opening's last year is the one its figures are of, not background.
_EARLY_MONTHS = 3
_SINCE_IN_SENTENCE = rx.compile(r"[^。！？!?\n]*?以来")
_SENTENCE_ENDS = "。！？!?\n"


def as_at_year(as_at: re.Match[str], year: int | None, month: int | None) -> str | None:
    """The year before the report's, for a report of January or February that counts a stock
    as at the last months of a year (截止12月20日 in a report of 26 January); None where it is
    the report's year."""
    found = _MONTH.search(as_at[0])
    if year is None or month is None or found is None or month > _REVIEW_MONTH + 1:
        return None
    return str(year - 1) if int(found["m"]) >= _YEAR_END_MONTHS else None


def year_reviewed(view: str, low: int, sentence: int, number: int, year: int | None,
                  month: int | None) -> str | None:
    """The year before the report's, for a figure of a report of January that view[low:number]
    says is of the whole year (全年查获大案要案230起): the year just ended; not a plan's
    (全年计划…, in the figure's sentence from ``sentence``)."""
    if year is None or month != _REVIEW_MONTH or _PLANNED.search(view, sentence, number):
        return None
    return str(year - 1) if _WHOLE_YEAR.search(view, low, number) else None


def month_span_before(view: str, at: int) -> bool:
    """Whether a month with no year opens the span that ends at ``at`` (从8月下旬|至今)."""
    return _MONTH_SPAN.search(view, max(0, at - _MONTH_SPAN_REACH), at) is not None


def announced_stretch(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` dates a stretch of a year whose results the text announces (通报2013年
    第3季度…抽查结果; 公布了2009年度监督检查结果): the report's own period."""
    return _STRETCH.match(view, year.end()) is not None and _ANNOUNCED.search(
        view, max(0, year.start() - _ANNOUNCED_REACH), year.start()) is not None


def span_to_this_year(view: str, this_year: re.Match[str], year: int) -> str | None:
    """The span a year opens to the report's own (2016年至今年10月底, in a report of 2021:
    ``"2016-2021"``), where 今年 (of ``year``) closes it."""
    found = _FROM_A_YEAR.search(view, max(0, this_year.start() - _FROM_REACH), this_year.start())
    return f"{found['y']}-{year}" if found and int(found["y"]) < year else None


def background_year(view: str, year: re.Match[str], own: int | None,
                    month: int | None = None) -> bool:
    """Whether a year (or 去年) of a dated report's opening lines, before the report's own
    (``own``), tells its background rather than the stretch the report is of: a stock's date
    (截至2013年末，该市共有…), a basis (依据2016年度抽查结果，…), a year singled out as past
    (特别是2014年…, 早在2010年…, 仅2014年…), a policy issued (2023年，甲省印发《…》), or a day a
    span to now opened on (去年12月5日…启动以来) — not the stretch whose results the opening announces (通报2013年第3季度抽查情况).
    Such a year dates its own sentence, not the report's figures that name no year. Not the
    year just ended in a report of its first months (``month``), which may review it, nor a
    year whose data the opening reads (根据2011年度统计数据)."""
    if not _before(year, own) or announced_stretch(view, year) or _DATA.match(view, year.end()):
        return False
    if own is not None and month is not None and month <= _EARLY_MONTHS \
            and _named(year, own) == own - 1:
        return False
    if _BACKGROUND.search(view, max(0, year.start() - _BACKGROUND_REACH), year.start()) \
            or _ISSUED.match(view, year.end()):
        return True
    day = _A_DAY.match(view, year.end())
    return day is not None and _SINCE_IN_SENTENCE.match(view, day.end()) is not None


def after_the_lead(view: str, opening: int, year: re.Match[str], own: int | None,
                   words: Iterable[re.Match[str]]) -> bool:
    """Whether a year (or 去年) of a dated report's opening lines, before the report's own
    (``own``), stands after a whole sentence or line of those lines that already told a count
    and named no year before the report's own (its lead: 近日，甲省公布第二批名单，共评出12个品牌。
    2016年，首批…; a headline line 12家企业上榜 before it): the lead is the report's own news, of
    its own year, and the earlier year told after it is background (a comparison, a past
    batch, last year's sales), which dates its own sentence, not the report. ``words``: the
    opening's years and 今年/去年, to tell whether the lead named an earlier one."""
    if not _before(year, own):
        return False
    told = max(view.rfind(mark, opening, year.start()) for mark in _SENTENCE_ENDS)
    return told > opening and COUNTED.search(view, opening, told) is not None \
        and not any(word.start() < told and _before(word, own) for word in words)


def basis_year(view: str, year: re.Match[str], own: int | None) -> bool:
    """Whether a year before a dated report's own (``own``) names the basis of what its
    sentence does (依据2016年度抽查结果，该局…; 根据去年的投诉情况，…): it dates that sentence
    only, not the figures of the sentences after it in its paragraph."""
    return _before(year, own) and not announced_stretch(view, year) \
        and not _DATA.match(view, year.end()) and _BASIS.search(
            view, max(0, year.start() - _BACKGROUND_REACH), year.start()) is not None


def _before(year: re.Match[str], own: int | None) -> bool:
    """Whether a year (or 去年) names one before the report's own."""
    return own is not None and _named(year, own) < own


def _named(year: re.Match[str], own: int) -> int:
    """The year a year's match (or 去年's, counted from ``own``) names: a span's last."""
    return own + RELATIVE_YEARS[year[0]] if year[0] in RELATIVE_YEARS else int(year[2] or year[1])
