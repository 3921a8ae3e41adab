"""The status a document declares for the list or plan it publishes, for :mod:`.context`.

A notice whose title or lead says it publishes a shortlist (公示, 拟认定, 候选名单), a list of
recommended or applying units (推荐名单, 受理…申请) or a plan (工作要点, 实施方案, a contest
called: 开展…评选表彰工作) gives its honours and figures that status — shortlisted,
recommended, applied, target — unless an item's own sentence says it was won or done (已,
现有, 此前, 正式被认定). A result notice (公示期满, 经公示, 正式命名, 决定授予) declares nothing.
The words are data in :mod:`.lexicon.context_declared`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from .common import CLAUSE_BREAK, Doc
from .lexicon.context import BREAKDOWN
from .lexicon.context_declared import (
    A_YEAR,
    CONCLUDED,
    DECIDED,
    DECLARED,
    DONE_HERE,
    EARLIER,
    FOLLOWED,
    LISTED,
    LOOKS_BACK,
    OWN_STATUS,
    PLAN_DONE,
    PLAN_ISSUED,
    PLAN_REACH,
    PLAN_TITLE,
    TO_COME,
)

_LEAD_SENTENCES = 2  # the body's first sentences that tell what the document is
_SHORT = 10  # a line shorter than this (a caption, 资料图片) is no sentence of the lead
_LEAD_REACH = 400  # characters of the body read for the lead at most
_CLAUSE_MARKS = "，,；;：:。！？!?\n"
_SENTENCE_MARKS = "。！？!?\n"


@dataclass(frozen=True)
class Declared:
    """A document's declared status and where it was read (``title`` or ``lead``)."""

    status: str
    where: str
    year: int | None = None  # the year the declaring words name (2013年工作要点), if any

    def status_of(self, view: str, start: int, end: int, previous: int | None = None) -> str:
        """The status of an item of the document that ends at ``end``, whose sentence starts
        at ``start``: the declared one, unless its words (its sentence up to its clause's end;
        from ``previous``, the sentence before, where its own opens on 其中 and breaks that
        one down) say it was won or done and name no list of their own."""
        if previous is not None and BREAKDOWN.match(view, start):
            start = previous
        words = view[start:clause_end(view, end)]
        if (OWN_STATUS.search(words) and not CONCLUDED.search(words)) \
                or _declared(words) == self.status:
            return self.status  # (the declaring sentence's own 已: 已依法受理…申请，甲名列其中)
        if DONE_HERE.search(words) or (self.status == "target" and PLAN_DONE.search(words)):
            return "achieved"
        if self.year is not None and any(int(y) < self.year for y in A_YEAR.findall(words)):
            return "achieved"  # 2012年，全市新增…, in a plan of 2013
        return self.status


def declared_status(doc: Doc) -> Declared | None:
    """What the document's title, else its lead, declares it publishes, or None (a report,
    news, a result notice)."""
    view = doc.view
    title = doc.layout.header.title_line
    if title is not None:
        words = view[title.start:title.end]
        status = _declared(words) or _plan_titled(words)
        if status is not None:
            return Declared(status, "title", _year(words))
        if CONCLUDED.search(words):
            return None  # 某某名单公示期满 in the headline: the lead tells of the winners
    lead = _lead(doc)
    if not lead:
        return None
    status = _declared("\n".join(lead))
    if status is None and not CONCLUDED.search(lead[0]) \
            and _own_plan(lead[0], PLAN_ISSUED.search(lead[0], 0, PLAN_REACH)):
        status = "target"  # 某局日前下达本年度标准立项计划
    return Declared(status, "lead", _year(lead[0])) if status is not None else None


def _year(words: str) -> int | None:
    """The first year the declaring words name (2013年工作要点), if any."""
    found = A_YEAR.search(words)
    return int(found[1]) if found else None


def _lead(doc: Doc) -> list[str]:
    """The body's first sentences (skipping captions and other short lines)."""
    view, end = doc.view, doc.layout.header.end
    title = doc.layout.header.title_line
    taken: list[str] = []
    for sentence in doc.layout.sentences:
        if sentence.start < end or (title is not None and sentence.start == title.start):
            continue
        if sentence.start >= end + _LEAD_REACH:
            break
        words = view[sentence.start:sentence.end].strip()
        if len(words) >= _SHORT:
            taken.append(words)
        if len(taken) == _LEAD_SENTENCES:
            break
    return taken


def _declared(words: str) -> str | None:
    """The status the earliest declaring word of ``words`` gives, or None: none where the
    words tell of a result (公示期满, 正式命名)."""
    if _concluded(words):
        return None
    found: list[tuple[int, str]] = []
    for status, pattern in DECLARED:
        for match in pattern.finditer(words):
            if status == "target" and not _own_plan(words, match):
                continue
            if match.group() == "公示" and not _publishes_a_list(words, match):
                continue
            found.append((match.start(), status))
            break
    return min(found)[1] if found else None


def _concluded(words: str) -> bool:
    """Whether ``words`` tell of a result (公示期满, 正式命名, 颁发), outside the part of a
    sentence after a publicity it tells as still to come (名单将在年底公示，随后授牌)."""
    to_come = [found.span() for found in TO_COME.finditer(words)]
    return any(not any(start <= found.start() < end for start, end in to_come)
               for found in CONCLUDED.finditer(words))


def _publishes_a_list(words: str, match: re.Match[str]) -> bool:
    """Whether a publicity (公示) publishes a list of honours: its sentence names one (名单,
    拟, 老字号 …) and decides nothing after it (…和网上公示，某厅研究认定: a list made final),
    and its clause does not tell of an earlier one (此前已公示的…, 去年公示的…)."""
    start = max(words.rfind(mark, 0, match.start()) for mark in _SENTENCE_MARKS) + 1
    ends = [at for mark in _SENTENCE_MARKS if (at := words.find(mark, match.end())) >= 0]
    end = min(ends, default=len(words))
    clause = max(words.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
    to_come = TO_COME.search(words, start, match.end())
    return LISTED.search(words, start, end) is not None \
        and (to_come is not None or DECIDED.search(words, match.end(), end) is None) \
        and EARLIER.search(words, clause, match.start()) is None


def _plan_titled(words: str) -> str | None:
    """``target`` for a title that names a plan of work (工作要点, 实施方案, 规划) and does
    not look back on work done (工作总结和工作计划)."""
    plan = PLAN_TITLE.search(words)
    return "target" if plan and not LOOKS_BACK.search(words) and _own_plan(words, plan) \
        else None


def _own_plan(words: str, match: re.Match[str] | None) -> bool:
    """Whether a plan's or a contest's word names the document's own: not one its clause
    follows (按照…计划, 根据《关于开展…评选的通知》)."""
    if match is None:
        return False
    clause = max(words.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
    return FOLLOWED.search(words, clause, match.start()) is None


def clause_end(view: str, end: int) -> int:
    """Where the clause that goes on after an item's span (ending at ``end``) ends."""
    found = CLAUSE_BREAK.search(view, end)
    return found.end() if found else len(view)


def declare_honours(doc: Doc, honours: list[Any]) -> Declared | None:
    """What the document declares (:func:`declared_status`), and each of its named winners
    given that status, unless its own sentence says it won (:meth:`Declared.status_of`)."""
    declared = declared_status(doc)
    if declared is None:
        _own_shortlists(doc, honours)
        return None
    starts = sorted(s.start for s in doc.layout.sentences)
    for honour in honours:
        start, previous = _sentence_of(starts, honour.span[0])
        honour.status = declared.status_of(doc.view, start, honour.span[1], previous)
    return declared


def _sentence_of(starts: list[int], pos: int) -> tuple[int, int | None]:
    """Where the sentence holding ``pos`` starts (``pos`` itself before the first one), and
    where the sentence before it starts (None for the first), from the sorted ``starts``."""
    at = bisect.bisect_right(starts, pos) - 1
    return (starts[at] if at >= 0 else pos), (starts[at - 1] if at > 0 else None)


def _own_shortlists(doc: Doc, honours: list[Any]) -> None:
    """In a document that declares nothing, a named winner whose own sentence (up to its
    clause's end) publishes its list as a shortlist (甲、乙等5家拟认定为…, a list still
    negotiated or reviewed: 甲、乙两个产品进入互认谈判清单) is shortlisted — unless the
    sentence says it won (去年参加了某评审会，甲荣获…)."""
    starts = sorted(s.start for s in doc.layout.sentences)
    for honour in honours:
        start, _ = _sentence_of(starts, honour.span[0])
        words = doc.view[start:clause_end(doc.view, honour.span[1])]
        if _declared(words) == "shortlisted" and not DONE_HERE.search(words):
            honour.status = "shortlisted"
