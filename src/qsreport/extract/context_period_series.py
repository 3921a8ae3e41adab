"""A figure's year read from the words around it when nothing else dates it, for
:mod:`.context_period`: the year after one it is compared with at the same time of year
(合格率达到83.9%，较2005年同期提高: 2006's), and the year of one value of a yearly series
(近5年…合格率分别为89.8%、88.9%…和91.6%), counted back from the year the series ends with."""

from __future__ import annotations

from .. import regex_cache as rx
from .context_marks import to_count, words_of
from .lexicon.context import STOCK

# (the comparison opens the clause right after the figure's, not a later one: 共有…1200家，新增85家，
# 比去年同期增加12家 compares the 85)
_NEXT_CLAUSE = r"[^，,。；;！？!?]{0,20}?[，,]\s*(?:较|比)\s*"
_SAME_TIME_LAST_YEAR = rx.compile(_NEXT_CLAUSE + r"(?P<y>(?:19|20)\d{2})\s*年?同期")
# (or with the same stretch of last year: 比去年同期, 较上年同期; not 同比 alone, which a stock
# held compares too: 目前共有…，同比增长3%)
_SAME_TIME_AFTER = rx.compile(_NEXT_CLAUSE + r"(?:(?:19|20)\d{2}\s*年?|去年|上年)同期")
_COMPARED_BEFORE_CHANGE = rx.compile(
    r"(?:较|比|同比)\s*(?P<y>(?:19|20)\d{2})\s*年?同期[^，,。；;！？!?\d]{0,8}$")
# A yearly series: 近5年 (过去三年) … 分别为 a、b、c、d和e.
_SERIES = rx.compile(r"(?:近|最近|过去)(?P<n>\d{1,2}|[二三四五六七八九十两])年")
_EACH = rx.compile(r"分别(?:为|是|达到?)|依次为")
_EACH_WORD = words_of(_EACH)  # (most sentences hold none: they are not scanned for it)
_VALUE = rx.compile(r"\d+(?:\.\d+)?")
# (a comma before another value continues the list: 分别为89.8%、91.1%,94.0%)
_LIST_END = rx.compile(r"[，,](?![\d.]+\s*%)|[。；;]")
_SERIES_REACH = 200  # how far a series' values run past the one read


def year_after_compared(view: str, number: int, change_clause: int | None = None) -> str | None:
    """The year after the one a figure is compared with in the clause after it, for a
    figure nothing else dates (合格率达到83.9%，较2005年同期提高: 2006's); for a change, in
    its own clause before it (``change_clause``: where it begins), the change being the later
    year's (…，比2005年同期上升1.5个百分点: 2006's)."""
    found = _SAME_TIME_LAST_YEAR.match(view, number)
    if found is None and change_clause is not None:
        found = _COMPARED_BEFORE_CHANGE.search(view, change_clause, number)
    return str(int(found["y"]) + 1) if found else None


# The words of a stock held, which a comparison with last year's same time leaves one (现有…, 目前…,
# 较去年同期增加…); not 共有, which also sums a stretch's work (共有…证书80张，较某年同期多…).
_HELD_STOCK = rx.compile(STOCK.pattern + r"|已有|总量|目前|当前")


def compared_with_the_same_time(view: str, sentence: int, number: int) -> bool:
    """Whether the clause after a figure compares it with the same stretch of an earlier year
    (…证书80张，较2015年同期多…; …，比上年同期多出12家): the figure counts a stretch of time,
    no stock; not where its sentence says a stock held (现有, 累计) before it."""
    return _SAME_TIME_AFTER.match(view, number) is not None \
        and _HELD_STOCK.search(view, sentence, number) is None


def series_year(view: str, sentence: int, number: int, last: str | None) -> str | None:
    """The year of one value of a yearly series (近5年…合格率分别为89.8%、88.9%…和91.6%):
    counted back from ``last``, the year the series ends with, by the value's place."""
    if last is None or not last.isdigit() or not _EACH_WORD.search(view, sentence, number):
        return None
    each = next(reversed(list(_EACH.finditer(view, sentence, number))), None)
    span = _SERIES.search(view, sentence, each.start()) if each else None
    if each is None or span is None:
        return None
    end = _LIST_END.search(view, each.end(), number + _SERIES_REACH)
    values = [m.start() for m in _VALUE.finditer(
        view, each.end(), end.start() if end else number + _SERIES_REACH)]
    if number not in values or len(values) != to_count(span["n"]):
        return None
    return str(int(last) - (len(values) - 1 - values.index(number)))


# A value a change starts from, then the one it ends at (由85%提高到90%, 从78.5%上升至91.2%).
_FROM = rx.compile(r"(?:由|从)\s*$")
_TO_AFTER = rx.compile(r"[\d.]*\s*[%％]?[^，,。；;！？!?\d]{0,6}?(?:到|至)")
_TO_BEFORE = rx.compile(r"(?:由|从)\s*[\d.]+\s*[%％]?[^，,。；;！？!?\d]{0,6}?(?:到|至)\s*$")
_SPAN = rx.compile(r"(?P<first>\d{4})-(?P<last>\d{4})")
_PAIR_REACH = 24


def pair_year(view: str, number: int, period: str | None) -> str | None:
    """The year of one value of a change over a span of years (2012年到2013年，合格率由85%提高到
    90%): the span's first year for the value it starts from, its last for the one it ends at."""
    span = _SPAN.fullmatch(period or "")
    if span is None:
        return None
    if _FROM.search(view, max(0, number - 2), number) and _TO_AFTER.match(view, number):
        return span["first"]
    if _TO_BEFORE.search(view, max(0, number - _PAIR_REACH), number):
        return span["last"]
    return None
