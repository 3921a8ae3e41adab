"""Whether a day read for a report's date is one such a report can carry: none before the
first of these reports were put online (a day read from a blank or a short number taken for a
timestamp, 1970-01-01, 1970-01-19, is no report's day), and none after the day the file itself
says it was shown on (a page's clock, 2024年06月16日 星期日: the report came out by then)."""

from __future__ import annotations

EARLIEST_YEAR = 1985  # no report of quality supervision this project reads is older


def possible_day(date: str | None, latest: str | None = None) -> bool:
    """Whether ``date`` (YYYY-MM-DD) may be a report's date: not before EARLIEST_YEAR, and not
    after ``latest`` (YYYY-MM-DD), the last day the file's own stamps allow, when it has one."""
    if date is None or len(date) < 10 or not date[:4].isdigit():
        return False
    if int(date[:4]) < EARLIEST_YEAR:
        return False
    # (a bound that is itself no possible day bounds nothing)
    return latest is None or not possible_day(latest) or date[:10] <= latest[:10]
