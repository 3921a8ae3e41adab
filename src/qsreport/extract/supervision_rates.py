"""Supervision: pass rates that belong to other work than the bureau's spot checks, told by
the clauses before them."""

from __future__ import annotations

from .common import Doc
from .lexicon.supervision import BARE_RATE, BREAKDOWN, OTHER_WORK
from .supervision_keywords import excluded


def rates_other_work(doc: Doc, sentence_start: int, clause_start: int, start: int) -> bool:
    """Whether a clause that is only a pass rate follows a clause about other work than spot
    checks (风险监测150批次，合格率82%): the rate is that work's."""
    if clause_start <= sentence_start or not BARE_RATE.fullmatch(doc.view, clause_start, start):
        return False
    before = doc.clause_start(clause_start - 1, sentence_start)
    return OTHER_WORK.search(doc.view, before, clause_start) is not None


def breaks_down_excluded(doc: Doc, sentence_start: int, clause_start: int) -> bool:
    """Whether a 其中 clause breaks down a rate its sentence rules out before it (流通环节监测
    合格率92%，比上年提高1个百分点，其中乳制品抽检合格率94%: goods on sale, not the bureau's
    spot checks)."""
    if clause_start <= sentence_start or not BREAKDOWN.match(doc.view, clause_start):
        return False
    return excluded(doc.view, sentence_start, clause_start, "pass_rate")
