"""Which year a report's 今年 is, by its own words, for :mod:`.context`: the year it writes
out for a stretch it also names with 今年 (今年上半年 … 2014年上半年), or, for an undated
report, the year after the one its 今年 is compared with at the same time of year in the
same sentence (今年前三季度…，比2013年同期: 2014). And the pattern of a year's digits the
period modules share."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import regex_cache as rx
from .context_marks import stretch_key

# A year's four digits (1990, 2014), not the tail of a longer number: checked once 19 or 20
# is read, as a pattern that opens on plain characters lets the engine skip ahead to them.
YEAR_DIGITS = r"(?:19|20)(?<!\d..)\d{2}"
# A stretch of the year (今年第三季度, 今年上半年, 今年1-9月) an undated report names again with
# its year elsewhere (2014年三季度): what tells which year its 今年 is.
_STRETCH = r"(?:第?(?P<q>[一二三四1-4])季度|(?P<h>[上下])半年|前(?P<f>[二三])季度|" \
    r"(?P<m>\d{1,2}\s*[-—至到~～]\s*\d{1,2})\s*月)"
_THIS_YEAR_STRETCH = rx.compile(r"(?:今年|本年度?)" + _STRETCH)
_YEAR_STRETCH = rx.compile(rf"(?P<y>{YEAR_DIGITS})\s*年(?:度)?" + _STRETCH)
# 今年 and, later in its sentence or opening the next, the same time of a year it is compared
# with (今年上半年…，比2012年同期; …。同2012年同期比): this year is the one after that year.
_THIS_YEAR_COMPARED = rx.compile(r"(?:今年|本年度?)[^。！？!?\n]{0,80}?(?:[。！？!?]\s*)?"
                                 rf"(?:与|比|较|同)\s*(?P<y>{YEAR_DIGITS})\s*年同期")

# 去年 and, later in its sentence, a whole year it is compared with (去年全省发生事故6起，较2013年
# 下降一半): last year is the one after that year, this year the one after it.
# (去年 as a time word only, not the year compared with: 比上年增加…，较2010年增加…)
_LAST_YEAR_COMPARED = rx.compile(r"(?<![比较与同])(?:去年|上年)(?!同期|底|末)[^。！？!?\n]{0,80}?"
                                 rf"(?:与|比|较|同)\s*(?P<y>{YEAR_DIGITS})\s*年(?!\d|同期|底|末)")


def stretch_year(view: str, dates: Callable[[re.Match[str]], bool]) -> int | None:
    """The one year ``view`` writes out for a stretch of the year it also names with 今年
    (今年上半年 … 2014年上半年), counting only years that ``dates`` says date what follows
    them (not 与2013年上半年相比)."""
    stretches = {stretch_key(m) for m in _THIS_YEAR_STRETCH.finditer(view)}
    if not stretches:
        return None
    years = {int(m["y"]) for m in _YEAR_STRETCH.finditer(view)
             if stretch_key(m) in stretches and dates(m)}
    return years.pop() if len(years) == 1 else None


def compared_year(view: str) -> int | None:
    """The year after the one 今年 is compared with at the same time of year, in its sentence
    or opening the next (今年一季度…，较2012年同期: 2013), or two after the whole year 去年 is
    compared with in its sentence (去年…，较2012年下降: 2014), where every such place gives the
    same.
    Only for a report with no date of its own: a dated report's year is firmer than a guess
    from a comparison, which may name any earlier year (与2010年同期相比下降一半)."""
    years = {int(m["y"]) + 1 for m in _THIS_YEAR_COMPARED.finditer(view)} \
        | {int(m["y"]) + 2 for m in _LAST_YEAR_COMPARED.finditer(view)}
    return years.pop() if len(years) == 1 else None


# A plan for a year an office tells it drew up, in a report that names 今年 (制定了《2022年度
# 农资抽查计划》; 印发《2022年…工作方案》): this year's plan, in an undated report.
_THIS_YEARS_PLAN = rx.compile(r"(?:制定|制订|印发|出台|下发|编制)了?\s*《\s*"
                              rf"(?P<y>{YEAR_DIGITS})\s*年(?:度)?[^》]{{0,40}}?(?:计划|方案|要点|目录)")
_THIS_YEAR = rx.compile(r"今年|本年度")


def plan_year(view: str) -> int | None:
    """The one year of the plans an undated report that speaks of 今年 tells its office drew
    up (今年以来，…制定了《2023年…抽查计划》: 2023)."""
    if _THIS_YEAR.search(view) is None:
        return None
    years = {int(m["y"]) for m in _THIS_YEARS_PLAN.finditer(view)}
    return years.pop() if len(years) == 1 else None

