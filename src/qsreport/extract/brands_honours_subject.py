"""A winner told as the subject of a chain of clauses: its name opens a clause with a step it
passed or a condition it met, clauses after it go on with no subject, and the last wins the
title (“甲”符合登记条件，顺利通过专家评审，获得…认证; 乙市申报的丙县香米一次性通过审查，成功
荣获…). The reader of winners asks here when the clause of its verb names no one."""

from __future__ import annotations

from .common import Doc
from .lexicon.brand_subject import (
    ENTRANT_BEFORE,
    KIND_AFTER,
    STEP_CLAUSE,
    STEP_IN_CLAUSE,
    WIN_CLAUSE_ONLY,
)

# How many subjectless clauses of steps may stand between the subject's and the verb's.
_MOST_STEPS = 3


def carried_subject(doc: Doc, sentence_start: int, verb_start: int) -> tuple[int, int] | None:
    """The subject a winning verb at ``verb_start`` carries from an earlier clause of its
    sentence, as (start, end), or None: the verb's clause holds nothing before the verb but
    manner words, the clauses between are steps with no subject, and the first names its
    subject before a step of its own."""
    view = doc.view
    clause_start = doc.clause_start(verb_start, sentence_start)
    if clause_start <= sentence_start or \
            not WIN_CLAUSE_ONLY.fullmatch(view, clause_start, verb_start):
        return None
    at = clause_start
    for _ in range(_MOST_STEPS + 1):
        previous = doc.clause_start(at - 1, sentence_start)
        if previous >= at - 1:
            return None
        if STEP_CLAUSE.match(view, previous, at - 1):
            if previous <= sentence_start:
                return None  # (a chain of steps with no subject before it)
            at = previous
            continue
        step = STEP_IN_CLAUSE.search(view, previous, at - 1)
        if step is None:
            return None  # (a clause of its own work, not the subject's step: no winner)
        start, end = previous, step.start()
        entrant = ENTRANT_BEFORE.match(view, start, end)
        if entrant:
            start = entrant.end()
        kind = KIND_AFTER.search(view, start, end)
        if kind and kind.start() - start >= 2:
            end = kind.start()
        return (start, end) if end - start >= 2 else None
    return None
