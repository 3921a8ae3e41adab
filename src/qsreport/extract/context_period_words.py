"""Years written in Chinese numerals (二〇〇五年, 二00九年, 一九九八年), read as the digits they
stand for, for :mod:`.context_period`: the same year as 2005年, dating what follows it. And
a year of history (设立于1960年; 1990年建市后; 2009年，甲市曾…), which dates nothing the text
counts after it; and a total over a run of years named after a year (连续3年…，累计…)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..numbers import ROC_BEGAN
from ..places.finder import find_places
from ..places.region_kinds import EVENTS
from .context_marks import TO_CLAUSE_END

_DIGITS = {"〇": "0", "零": "0", "○": "0", "0": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2",
           "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# 19xx written 一九.., 20xx written 二〇.. (or with Arabic or letter zeros), before 年.
_CHINESE_YEAR = rx.compile(r"(?:一九|二[〇零○0ＯO])[〇零○0ＯO一二三四五六七八九]{2}(?=\s*年)")


# A year of the Republic's calendar, as Taiwan writes it (民国105年, 本(113)年: this year, 113):
# the year ROC_BEGAN (1911) after it began, written where its words stand (one character fewer at most).
_ROC_YEAR = rx.compile(r"(?:(?P<this>本)\(|民国)(?P<n>\d{2,3})\)?(?=\s*年)")


def digit_years(view: str) -> str:
    """``view`` with every year written in Chinese numerals, or in the Republic's calendar,
    written in digits, character for character (the same length, so every offset holds)."""
    if _ROC_YEAR.search(view) is not None:
        view = _ROC_YEAR.sub(_roc_year, view)
    if _CHINESE_YEAR.search(view) is None:
        return view
    return _CHINESE_YEAR.sub(lambda m: "".join(_DIGITS[c] for c in m.group()), view)


def _roc_year(match: re.Match[str]) -> str:
    year = ("本" if match["this"] else "") + str(ROC_BEGAN + int(match["n"]))
    return year.ljust(len(match[0])) if len(year) <= len(match[0]) else match[0]


# A deadline ahead: 到2020年 (not 截至2010年底, a stock's date).
_DEADLINE = rx.compile(r"(?<!截)(?<!截止)[到至]\s*$")
# A deadline written after its year (2015年前, 2020年以前: by then), not the first months or
# quarters of a year (2015年前三季度, 2015年前5个月, 2015年前几个月), its early part (2015年前期) nor
# a time around it (2015年前后).
_BY_THEN = rx.compile(r"(?:以)?前(?![一二三四五六七八九十两几\d季半个期后])")


def ahead(view: str, year: re.Match[str], by_then: bool = True) -> bool:
    """Whether a year is a deadline ahead, which dates nothing: 到 before it (到2020年), or
    (``by_then``) 前 after it (2016年前, 2020年以前)."""
    return _DEADLINE.search(view, max(0, year.start() - 3), year.start()) is not None \
        or (by_then and _BY_THEN.match(view, year.end()) is not None)


_FOUNDED = rx.compile(r"(?:成立|设立|建立|创立|始创|始建|创建|创办|组建|兴建|注册|建|创)于\s*$")
# A case's party and when it acted (当事人于2022年10月…购入, 当事人某某公司于2014年至2016年…, 当事人从
# 2022年3月起销售…): the offence's years, which date neither the case's penalty nor the work told.
_OFFENCE = rx.compile(r"当事人[^，,。；;！？\d]{0,12}?[于从自在]\s*$")
_OFFENCE_REACH = 16
# After the year: 1990年甲市建市后, 2001年组建以后 (what a body has been since); 1932年的“某某
# 斋”、… (a list of names, each dated by its founding).
_AFTER = rx.compile(r"[^，,。；;\d]{0,6}?(?:成立|设立|组建|建省|建市|撤县设市|挂牌|更名|合并)"
                    r"(?:以?后|之后)|的[“\"][^”\"，,。]{1,10}[”\"]\s*[、等]")
# 2009年，甲市曾认定…: an event before the report's time (which dates its own sentence only);
# 加上2017年认定的首批…: an earlier year's count added to the report's.
_ONCE = rx.compile(r"[，,\s]*[^，,。；;\d]{0,6}?曾(?!经营)")
_ADDED_BACK = rx.compile(r"加上\s*$")
# 甲省2022年将全面开展…, 2023年要…: a year of plans ahead, not of the work a report tells.
_PLANNED = rx.compile(r"度?\s*(?:将|要|拟|计划)")
# 在2019年全市质量工作会议上获悉，过去一年…: a year's work meeting, which reviews the year before.
_MEETING_REVIEW = rx.compile(r"[^，,。；;！？\n]{0,20}?(?:会议|大会)[^，,。；;！？\n]{0,8}?[，,]\s*"
                             r"(?:过去(?:的)?一年|去年|上一年)")


# After the year, a founding that ends its sentence (2003年正式挂牌成立。), or one approved (经…批准)
# that its clause ends on, or the award or body it names (某奖2010年经国务院批准设立，…; 2014年经
# 省政府批准，正式设立某某质量奖，…): the year a body or an award began (not a year's own work,
# 2011年全市新成立质检中心，共检验…; 2011年乙市设立市长质量奖，首批…); and the day a rule took
# effect, before the rule it dates (对2016年起施行的新国标不熟悉…, 2020年7月1日起施行的条例):
# neither dates the work told.
_FOUNDING = r"[^，,。；;！？\d]{0,8}?(?:成立|设立|创立|组建|创建|挂牌)"
_FOUNDED_AFTER = rx.compile(_FOUNDING + r"\s*[。！？!?]|"
                            r"[^，,。；;！？\d]{0,4}?经[^，,。；;！？\d]{0,10}?批准[，,]?" + _FOUNDING +
                            r"(?=\s*[，,。；;！？]|"
                            r"[^，,。；;！？\d]{0,12}?(?:奖|委员会|中心|研究院|研究所)\s*[，,。；;！？])")
_IN_FORCE_FROM = rx.compile(r"\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:起|开始)\s*"
                            r"(?:正式)?(?:实施|施行|执行|生效)的")


def history_year(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` is history: when something was founded (成立于2007年, 2007年经批准设立，)
    or became what it is (2007年撤县设市后), a name's founding in a list of old names (1932年的
    “某某斋”、…), the day a rule took effect (2016年起施行的新国标), or when a case's party did
    what the case is about (当事人于2022年8月购进…: the offence's time, not the enforcement's)."""
    return _FOUNDED.search(view, max(0, year.start() - 4), year.start()) is not None \
        or _OFFENCE.search(view, max(0, year.start() - _OFFENCE_REACH), year.start()) is not None \
        or _AFTER.match(view, year.end()) is not None \
        or _FOUNDED_AFTER.match(view, year.end()) is not None \
        or _IN_FORCE_FROM.match(view, year.end()) is not None


def event_year(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` stands inside the name of games or an expo after their host
    (北京2022年冬奥会标志, 上海2010年世博会): the event's name, which dates no figure (not
    2008年奥运会期间, a time the year still dates)."""
    if _EVENT.match(view, year.end()) is None:
        return False
    before = find_places(view, max(0, year.start() - _HOST_REACH), year.start())
    return bool(before) and before[-1].end == year.start()


_EVENT = rx.compile(r"\s*" + EVENTS)
_HOST_REACH = 8  # the longest host's name written before its year


def revisited_year(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` names whose failures a follow-up revisits (对2022年抽检不合格的门店进行复查,
    2023年抽检不合格企业的复查): it dates the failures, not the work told after it (not
    2023年不合格率, nor 2023年不合格产品12批次, that year's counts). Rectification (整改) is
    a follow-up only where the year is its object (对2022年不合格企业督促整改): 2022年抽检不合格
    企业均已整改 tells that year's work."""
    found = _REVISITED.match(view, year.end())
    if found is None:
        return False
    return found["then"] != "整改" or _OBJECT.search(view, max(0, year.start() - 2), year.start()) is not None


_REVISITED = rx.compile(r"(?:度)?(?:监督)?(?:抽检|抽查|检查)?(?:中|发现的?)?不合格(?!率)"
                        r"[^，,。；;\d]{0,20}?(?P<then>回头看|复查|复检|跟踪检查|整改)")
_OBJECT = rx.compile(r"对$")


def added_back(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` dates an earlier count added back (加上2009年评定的首批…，目前已达…):
    it dates nothing after it, the total is a stock."""
    return _ADDED_BACK.search(view, max(0, year.start() - 3), year.start()) is not None


def told_as_past(view: str, year: re.Match[str]) -> bool:
    """Whether ``year`` opens an event told as past (2009年，甲市曾认定…), an earlier count
    added back (加上2017年首批…) or plans ahead (2022年将…): not the year a report's opening
    lines date it with."""
    return _ONCE.match(view, year.end()) is not None \
        or _PLANNED.match(view, year.end()) is not None \
        or added_back(view, year)


def meeting_review_year(view: str, year: re.Match[str]) -> str | None:
    """The year before ``year`` where it names a year's work meeting that looks back on the
    last (2019年全省工作会议上获悉，过去一年，…: 2018): the year of a figure that year dates,
    and of a report whose opening lines it opens."""
    if _MEETING_REVIEW.match(view, year.end()) is None or year[2] is not None:
        return None
    return str(int(year[1]) - 1)


# A year that opens its sentence or clause (2010年，甲市出台…; 。2011年乙县启动…): told as the
# time of what follows, not one a history (自2008年起, 于2008年) or a basis (根据2011年的…) names.
_OPENS_CLAUSE = rx.compile(r"(?:^|[。！？!?\n，,；;：:])\s*$")
_SPAN_FROM = rx.compile(r"\s*(?:以来|来)")  # 2008年以来: a span to now, not one year


def told_then(view: str, told: re.Match[str], between: re.Match[str] | None) -> bool:
    """Whether 当年 after the year ``told`` (one year, 2010年) is that year: the year opens its
    sentence or clause, opens no span to now (2008年以来), and no relative year (``between``:
    今年1-11月) stands between them."""
    return told[2] is None and between is None and not _SPAN_FROM.match(view, told.end()) \
        and _OPENS_CLAUSE.search(view, max(0, told.start() - 2), told.start()) is not None


# A run of years after the year a sentence names (2012年开展…，连续3年组织抽查，累计抽查…), with
# 累计 in the figure's own clause: a total over the run, not the year's.
_RUN_OF_YEARS = rx.compile(r"(?:连续|先后)[\d一二三四五六七八九十两]{1,2}年|"
                           r"[\d一二三四五六七八九十两]{1,2}年(?:来|间|以来)")
_RUN_TOTAL = rx.compile(r"累计")


def total_of_a_run(view: str, year: re.Match[str], number: int) -> bool:
    """Whether a figure is a total over a run of years named after ``year`` (see
    _RUN_OF_YEARS): 累计 in its own clause, the run in an earlier clause after the year."""
    last = TO_CLAUSE_END.match(view, year.end(), number)  # (the figure's clause opens there)
    if last is None or not _RUN_TOTAL.search(view, last.end(), number):
        return False
    return _RUN_OF_YEARS.search(view, year.end(), last.end()) is not None
