"""The year before a report's own, and a span of the report's own year, for
:mod:`.context_period`: a report written early in a year often reviews the year before, and
its figures with no year of their own are that year's where its words say so — 全年 (the
whole year: in January, the one just ended), or a stock's date later in the year than the
report's own (截止12月20日 in a report of January); and a span opened by a month with no year
(从8月下旬至今) is this year's, not a stock held."""

from __future__ import annotations

import re

from .. import regex_cache as rx

_WHOLE_YEAR = rx.compile(r"全年")
_MONTH = rx.compile(r"(?P<m>\d{1,2})\s*月")
_REVIEW_MONTHS = 2  # a report of January or February may review the year before
# A month with no year before it, opening a span (8月下旬至今, 7月份至今).
_MONTH_SPAN = rx.compile(r"(?<![年\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月份?"
                         r"[^，,。；;\d年]{0,6}$")
_MONTH_SPAN_REACH = 12


def as_at_year(as_at: re.Match[str], year: int | None, month: int | None) -> str | None:
    """The year before the report's, for a date as at a month later than the report's own
    (截止12月20日 in a report of 26 January); None where it is the report's year."""
    found = _MONTH.search(as_at[0])
    if year is None or month is None or found is None:
        return None
    return str(year - 1) if int(found["m"]) > month else None


def year_reviewed(view: str, low: int, number: int, year: int | None,
                  month: int | None) -> str | None:
    """The year before the report's, for a figure of a report of January or February that
    view[low:number] says is of the whole year (全年查获大案要案230起): the year just ended."""
    if year is None or month is None or month > _REVIEW_MONTHS:
        return None
    return str(year - 1) if _WHOLE_YEAR.search(view, low, number) else None


def month_span_before(view: str, at: int) -> bool:
    """Whether a month with no year opens the span that ends at ``at`` (从8月下旬|至今)."""
    return _MONTH_SPAN.search(view, max(0, at - _MONTH_SPAN_REACH), at) is not None
