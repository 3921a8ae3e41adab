"""Facilities a report's visitors went to (一行来到甲中心进行视察, 到乙所调研指导): a facility
visited at work runs, so it is ``operating`` — unless the report gives it a stage of its own
(筹建, 在建), which then stands, or the visit was to a building or a phase still in works
(甲中心二期大楼, 工地)."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc
from .inspection_book import Claim, FacilityBook
from .inspection_names import is_facility, subject_names
from .lexicon.inspection import FULL_NAME

# The visit: a verb of going, the places gone to, a verb of looking (no clause mark between).
# (到 is checked after it is read, not before: with every branch opening on a plain
# character the engine skips ahead to the next candidate instead of trying each position.)
_VISIT = rx.compile(
    r"(?:来到|走进|深入|前往|莅临|到(?<![达得]到))(?P<names>[^，,；;。！？!?\n]{4,80}?)"
    # (甲中心(以下简称“中心”)就改革工作进行了视察: a short name, and what the visit was about)
    r"(?:[(（]以下简称[^)）]{1,10}[)）])?(?:就[^，,；;。！？!?\n]{1,20}?)?"
    r"(?:进行了?|开展了?)?(?:视察|调研|考察|参观|检查指导|指导工作|看望|慰问)")
# A visit written verb first, its places listed to the clause's end (参观了甲集团、乙公司以及丙
#中心): the facilities among them; a stage before the list (参观了在建的…) is theirs.
_VISITED_LIST = rx.compile(
    r"(?:参观|考察|视察|走访)了(?P<stage>在建的|正在建设的|建设中的|筹建中的)?"
    r"(?P<names>[^，,；;。！？!?\n]{4,120})(?=[，,；;。！？!?\n])")
_LIST_ITEM = rx.compile(r"[^、和与]+?(?=以及|及|[、和与]|$)")
_STAGES = {"在建的": "under_construction", "正在建设的": "under_construction",
           "建设中的": "under_construction", "筹建中的": "under_construction"}
# Firms among the places visited (深入甲公司、乙集团、丙所调研): a tour of work places.
_FIRMS = rx.compile(r"公司|集团|厂(?<![检验测试]厂)")
# Works not yet done: a building, a phase, a site (甲中心二期大楼, 工地).
_WORKS = rx.compile(r"大楼|二期|三期|一期|工地|工程|项目|基地建设")


def add_visits(doc: Doc, book: FacilityBook) -> None:
    """Add to ``book`` each facility a visit names that it does not hold yet, as operating."""
    view = doc.view
    for sentence, visits in zip(doc.layout.sentences, doc.matches_by_sentence(_VISIT),
                                strict=True):
        for visit in visits:
            start, end = visit.span("names")
            if _WORKS.search(view, start, end) or _FIRMS.search(view, start, end):
                continue  # (a tour of firms that takes in a lab: no news of the lab)
            names = subject_names(view, start, end)
            if not names or names[-1][1] != end:
                continue  # the visit's words hold more than the facilities' names
            for name_start, name_end, _ in names:
                if is_facility(view, name_start, name_end) \
                        and book.stage_of((name_start, name_end)) is None:
                    book.add(Claim((name_start, name_end), "operating", visit.span(), False),
                             sentence)
    for sentence, visits in zip(doc.layout.sentences, doc.matches_by_sentence(_VISITED_LIST),
                                strict=True):
        for visit in visits:
            start, end = visit.span("names")
            if _WORKS.search(view, start, end):
                continue
            stage = _STAGES.get(visit["stage"] or "", "operating")
            for item in _LIST_ITEM.finditer(view, start, end):
                begin = item.start()
                while view.startswith(("以及", "及"), begin):
                    begin += 2 if view.startswith("以及", begin) else 1
                # (a centre's full name only: not 新落成的实验室, nor 某所实验室, a room of an
                # institute shown to visitors)
                if begin < item.end() and FULL_NAME.fullmatch(view, begin, item.end()) \
                        and view.endswith("中心", begin, item.end()) \
                        and "的" not in view[begin:item.end()] \
                        and is_facility(view, begin, item.end()) \
                        and book.stage_of((begin, item.end())) is None:
                    book.add(Claim((begin, item.end()), stage, visit.span(), False), sentence)
