"""Facilities whose building a report speeds up (加快甲中心建设, 今年将加速乙园区建设, 抓紧丙所
的建设进度) or whose building site it names (来到甲中心工地, 乙所项目施工现场): building them
is under way, whatever the sentence plans for the pace — unless the report gives them a stage
of its own, which then stands. Not the preparation (加快A中心筹建: planned,
:mod:`.inspection`'s), nor a plan or scheme for building (加快A中心建设规划)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..segmenting import Segment
from .common import Doc
from .inspection_book import Claim, FacilityBook
from .inspection_names import is_facility, subject_names

# The verb of speed, the names, then 建设 at the clause's end (its pace may follow).
_SPED_UP = rx.compile(
    r"(?:加快|加速|加紧|抓紧)(?:推进)?(?P<names>[^，,；;。！？!?\n]{4,60}?)的?"
    r"建设(?:步伐|进度|进程|速度)?(?=[，,；;。！？!?\n]|$)")

# The names, then the site of their works (甲中心(乙市)工地, 丙所新址项目建设工地).
_SITE = rx.compile(
    r"(?P<names>[^，,；;。！？!?\n]{4,60}?)(?:新址)?(?:项目)?(?:建设|施工)?"
    r"(?:工地|施工现场|建设现场)")


def add_sped_up(doc: Doc, book: FacilityBook) -> None:
    """Add to ``book`` each facility whose building a clause speeds up that it does not hold
    yet, as under construction (not where more is said than the facilities' names: 加快A中心和
    配套道路建设)."""
    _add_named(doc, book, _SPED_UP, every=True)


def add_sites(doc: Doc, book: FacilityBook) -> None:
    """Add to ``book`` each facility whose building site a clause names (督查组来到甲中心工地)
    that it does not hold yet, as under construction: the last name before the site."""
    _add_named(doc, book, _SITE, every=False)


def _add_named(doc: Doc, book: FacilityBook, pattern: re.Pattern[str], every: bool) -> None:
    """The facilities named in group ``names`` of each match of ``pattern``, when the names
    run to its end: all of them (``every``) or the last, added as under construction."""
    view = doc.view
    for sentence, found in zip(doc.layout.sentences, doc.matches_by_sentence(pattern),
                               strict=True):
        for match in found:
            start, end = match.span("names")
            names = subject_names(view, start, end)
            if names and names[-1][1] == end:
                _add_building(doc, book, names if every else names[-1:], match.span(), sentence)


def _add_building(doc: Doc, book: FacilityBook, names: list[tuple[int, int, bool]],
                  span: tuple[int, int], sentence: Segment) -> None:
    for name_start, name_end, _ in names:
        if is_facility(doc.view, name_start, name_end) \
                and book.stage_of((name_start, name_end)) is None:
            book.add(Claim((name_start, name_end), "under_construction", span, False), sentence)
