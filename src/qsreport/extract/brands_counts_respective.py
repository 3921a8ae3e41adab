"""Brand counts: the categories listed before 分别 paired with the numbers after it
(甲、乙分别为4个和30个), for :mod:`.brands_counts`."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..segmenting import Segment
from .common import CLAUSE_STOP, Doc, Figure
from .lexicon.brands import NOT_THE_COUNTED

_RESPECTIVELY = rx.compile(r"分别(?:为|是|达到|达|有|获得)?")
# What may stand between 分别 and the first of its numbers (分别为：4个; 分别新增了30项): a few
# words, no name (分别为某公司“某某”两件: the names it counts).
_NUMBERS_NEXT = rx.compile(r"[:：]?\s*[^\W\d_a-zA-Z]{0,4}?\s*[:：]?\s*")


def respectively(
    doc: Doc, sentence: Segment, terms: list[re.Match[str]], figures: list[Figure]
) -> list[tuple[re.Match[str], Figure, str | None]]:
    """``A、B分别为4个和30个``: pair the categories listed before 分别 with the numbers after."""
    pairs: list[tuple[re.Match[str], Figure, str | None]] = []
    for word in _RESPECTIVELY.finditer(doc.view, sentence.start, sentence.end):
        clause_end = sentence.end
        stop = CLAUSE_STOP.search(doc.view, word.end(), sentence.end)
        if stop:
            clause_end = stop.start()
        after = [f for f in figures if word.end() <= f.start < clause_end]
        if after and not _NUMBERS_NEXT.fullmatch(doc.view, word.end(), after[0].start):
            continue  # 6件…商标分别为甲公司“某某”两件、…: names follow, not the numbers
        clause_start = doc.clause_start(word.start(), sentence.start)
        before = [t for t in terms if clause_start <= t.start() < word.start()]
        if not before and NOT_THE_COUNTED.search(doc.view, clause_start, word.start()):
            continue  # 行业标准共…，分别为…: the clause names what it counts, not a title
        if not before:
            before = [t for t in terms if t.end() <= clause_start]
            # The categories of the previous clause: those after its last figure-free break.
            before = before[-len(after):] if after else []
        if after and len(before) == len(after):
            pairs.extend((t, f, None) for t, f in zip(before, after, strict=True))
    return pairs
