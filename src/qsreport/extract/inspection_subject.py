"""Who a facility's stage is said of when the names stand before it (for
:mod:`.inspection`): the clause's own names (市质检院和义乌局通过认可), a body of another trade
that passes a lab's assessment (市疾控中心通过计量认证), the subject before 是 a state describes
(A中心是2011年经总局批准成立的), or — for a subject that points back (该中心, a bare 中心, a time
alone) — the facilities named before."""

from __future__ import annotations

import re

from .inspection_names import QUOTE, Span, assessed_body, is_facility, subject_names
from .lexicon.inspection import (
    ANAPHORA,
    COPULA,
    COUNTED_BACK,
    COUNTS,
    FACILITY_SUFFIX,
    FUTURE_WORDS,
    HELPS,
    LAB_ASSESSMENT,
    LEAD,
    MANNER,
    ONE_OF,
    OTHER_BUILT,
    OTHER_SUBJECT,
    PERSON_AFTER_NAME,
    PHASE,
    PLACE_AND_TIME,
    POINTED,
    POINTED_KINDS,
    TIME_ONLY,
    VERB_BEFORE_NAME,
    facility_status,
)


def copula_subject(view: str, start: int, end: int) -> list[Span]:
    """``A中心是2011年经总局批准成立的…``: the subject before 是, which the state describes
    (nothing but a time and who approved may stand between 是 and the state)."""
    copula = COPULA.match(view, start, end)
    if copula is None:
        return []
    return [name[:2] for name in subject_names(view, start, copula.start("is"))]


def points_back(view: str, start: int, end: int) -> bool:
    """Whether the subject ``view[start:end]`` points back to a facility by a word of its own
    (该中心, 该项目一期工程, the bare 中心 a report shortens a name to, 两质检中心)."""
    head = view[start:end]  # (LEAD and POINTED are anchored with ^: match a slice)
    lead = LEAD.match(head)
    head = head[lead.end() if lead else 0:]
    return POINTED.match(head) is not None or _counted_back(head.strip(QUOTE)) is not None


def _counted_back(raw: str) -> int | None:
    """How many facilities a subject that counts them names (两质检中心, 同意两个中心): the
    ones just named; None for any other subject."""
    verb = VERB_BEFORE_NAME.match(raw)
    counted = COUNTED_BACK.match(raw, verb.end() if verb else 0)
    return COUNTS[counted["count"]] if counted else None


def subject_of(view: str, head_start: int, status: re.Match[str], last_named: list[Span],
             sentence_start: int) -> tuple[list[Span], list[bool], bool, bool]:
    """The names a state is said of when they stand before it: (names, whether each is a
    part of its facility such as 二期, borrowed, skipped)."""
    kind = facility_status(status)
    head = view[head_start:status.start()]
    if kind != "planned" and FUTURE_WORDS.search(head):
        return [], [], False, True
    lead = LEAD.match(head)
    offset = head_start + (lead.end() if lead else 0)
    if POINTED_KINDS.search(view[offset:status.start()]):  # (a slice: ^ is its start)
        # (询问中心与实验室的筹建: the facilities named before, all of them)
        last_named = [name for name in last_named if is_facility(view, *name)]
        return last_named, [False] * len(last_named), bool(last_named), False
    manner = MANNER.search(view, offset, status.start())  # (以高分通过: how, not who)
    found = subject_names(view, offset, manner.start() if manner else status.start())
    if found:
        return [n[:2] for n in found], [n[2] for n in found], False, False
    body = assessed_body(view, offset, status.start()) \
        if LAB_ASSESSMENT.search(status.group()) else None
    if body:
        return [body], [False], False, False  # 市疾控中心通过计量认证: a lab of another trade
    raw = view[offset:status.start()].strip(QUOTE)
    pointed = POINTED.match(raw)
    if HELPS.search(raw) or (pointed and PERSON_AFTER_NAME.match(raw, pointed.end())):
        return [], [], False, False  # 该所检验人员通过考核, 帮助9家企业通过认证: not its state
    if (count := _counted_back(raw)) is not None:
        # (两质检中心…建成投入使用: both of the list just named, or none if it counts others)
        named = [name for name in last_named if is_facility(view, *name)]
        return (named, [False] * count, True, False) if len(named) == count else \
            ([], [], False, False)
    refers_back = not raw or ANAPHORA.search(raw) or TIME_ONLY.match(raw) or pointed \
        or PLACE_AND_TIME.match(raw) or (
        len(raw) <= 6 and not FACILITY_SUFFIX.search(raw) and not OTHER_SUBJECT.search(raw))
    if ANAPHORA.search(raw):
        last_named = last_named[-1:]  # 该中心: one, the last named
    if one := ONE_OF.match(raw):  # 前者, 后者: one of the list; 其中一个: which is not said
        last_named = last_named[:1] if one.group() == "前者" else \
            last_named[-1:] if one.group() == "后者" else []
    last_named = [name for name in last_named if is_facility(view, *name)]
    if not last_named or not refers_back or OTHER_BUILT.match(view, status.end()):
        # (近年来先后建成…等生产企业20家: the verb's own object was built, not the centre)
        return [], [], False, False
    # …已列入重点工程，目前处于规划设计阶段: the centre last named, unless the sentence looks
    # ahead (预计工期30个月，年底建成).
    if kind != "planned" and FUTURE_WORDS.search(view, sentence_start, status.start()):
        return [], [], True, True
    # 该项目一期工程已建设完成: a part of the facility, which is still in building.
    phase = bool(pointed and PHASE.search(raw))
    return last_named, [phase] * len(last_named), True, False
