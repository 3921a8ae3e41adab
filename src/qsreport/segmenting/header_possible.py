"""Whether a day read for a report's date is one such a report can carry: none before the
first of these reports were put online. A day read from a blank or a short number taken for a
timestamp (1970-01-01, 1970-01-19), or from a year of history a lead opens on, is no report's
day; the readers after the one that read it may date the report instead."""

from __future__ import annotations

EARLIEST_YEAR = 1985  # no report of quality supervision this project reads is older


def possible_day(date: str | None) -> bool:
    """Whether ``date`` (YYYY-MM-DD) may be a report's date: a day not before EARLIEST_YEAR."""
    return date is not None and date[:4].isdigit() and int(date[:4]) >= EARLIEST_YEAR
