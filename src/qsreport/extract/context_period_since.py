"""The period a span to now gives a figure (2012年以来, 三年来, 去年以来), for
:mod:`.context_period`: a stock of the years since (``cumulative``), unless the span opens the
report's own year, or the figure's own sentence bounds its count to a span of its own."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from .context_occasion import occasion_count
from .context_this_year import YEAR_DIGITS
from .lexicon.context import ADDED, BOUNDED_SPAN

_OPENING_YEAR = rx.compile("(" + YEAR_DIGITS + r")\s*年")


def since_period(view: str, since: re.Match[str], bounds: tuple[int, int],
                 years: tuple[int | None, int | None], stock: bool) -> str | None:
    """The period of a figure whose nearest time word is the span to now ``since``;
    ``bounds``: where the figure's sentence and its number begin; ``years``: the report's
    year and, for an undated report, the year taken to be its own. ``None``: the report's."""
    sentence, number = bounds
    if since.end() <= sentence and (BOUNDED_SPAN.search(view, sentence, number)
                                    or occasion_count(view, sentence, number)):
        return None  # 去年以来，…。整治期间，共出动…: the span the sentence names, not since
    year, guess = years
    opened = _OPENING_YEAR.match(since[0])
    # 2012年以来 in a report of 2012: this year; in an undated report whose year that is
    # taken to be (heading_period), the work of that year and what is new since (2019年以来，
    # 全省新增…), but honours built up since (2012年以来，…先后被认定为著名商标21件) a stock.
    held = stock and ADDED.search(view, since.end(), number) is None
    year_of = year if year is not None else None if held else guess
    if opened and int(opened[1]) == year_of:
        return opened[1]
    return "cumulative"
