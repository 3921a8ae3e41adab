"""The other names of a counted run a tagged name stands in (A、B、C等3家企业获…): the
learned winners' step takes them too when the count agrees."""

from __future__ import annotations

from ... import regex_cache as rx
from ...numbers import to_number
from ...segmenting import Segment
from ..common import Doc

# A run of names joined by 、, closed by its count (A、B、C等3家企业).
RUN_ITEM = rx.compile(r"[^、，,。；;：:\s“”\"]{2,24}")
RUN_BEFORE = rx.compile(r"(?:[^、，,。；;：:\s“”\"]{2,24}、)+")
RUN_AFTER = rx.compile(r"(?:、[^、，,。；;：:\s“”\"]{2,24})*等(?P<count>[\d一二三四五六七八九十两]+)"
                       r"(?:家|个)(?:企业|单位|公司)")


def run_mates(doc: Doc, sentence: Segment, start: int, end: int) -> list[tuple[int, int]]:
    """The other names of the run a tagged name stands in, when the run is counted and the
    count agrees (A、B、C等3家企业获…: the tagger marked B; A and C won the same). Only a
    whole clause made of the run: a count that does not match says the run is not that."""
    view = doc.view
    clause = doc.clause_start(start, sentence.start)
    lead = view[clause:start]
    if lead and not RUN_BEFORE.fullmatch(lead):
        return []
    tail = RUN_AFTER.match(view, end, sentence.end)
    if not tail:
        return []
    before = [m.span() for m in RUN_ITEM.finditer(view, clause, start)]
    after = [m.span() for m in RUN_ITEM.finditer(view, end, tail.start("count") - 1)]
    if to_number(tail.group("count")) != len(before) + 1 + len(after):
        return []
    return before + after
