"""The readers of a report's date that come last (:func:`read_late_date`): tried in order, the
first that finds one wins, only for a header nothing else dated. Each row names where its date
was read (the header's ``found["date"]``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .header_dates import (
    dateline_with_the_pages_year,
    lead_date,
    listed_title_date,
    publish_line_under_headline,
    record_line_date,
    signed_date,
    stamp_date,
)
from .header_foot_dates import agency_code_date, masthead_date
from .header_possible import possible_day

if TYPE_CHECKING:
    from .header import Header


def read_late_date(view: str, header: Header) -> None:
    """The first date of the readers that come last, for a header nothing else dated (a day
    no report can carry, :func:`.header_possible.possible_day`, is passed over)."""
    late_readers: tuple[tuple[str, Callable[[], str | None]], ...] = (
        ("a dateline with its year, or the full day the lead opens on",
         lambda: lead_date(view, header.end)),
        ("a page's stamp with its clock", lambda: stamp_date(view)),
        ("a dateline of no year, with the year the page writes for its day",
         lambda: dateline_with_the_pages_year(view, header.end)),
        ("a dateline of the day alone, with the agency's code at the story's foot",
         lambda: agency_code_date(view)),
        ("date under the signature, above the attachments", lambda: signed_date(view)),
        ("a bulletin's masthead: its office, date and issue", lambda: masthead_date(view)),
        ("the page's list of stories, under the headline",
         lambda: listed_title_date(view, header.title_line, header.end)),
        ("a saved page's record of the story at its foot",
         lambda: record_line_date(view, header.title_line, header.end)),
        ("a publish line under the headline, past a page's notices",
         lambda: publish_line_under_headline(view)))
    for where, read in late_readers:
        if possible_day(found_date := read()):
            header.date, header.found["date"] = found_date, where
            return
