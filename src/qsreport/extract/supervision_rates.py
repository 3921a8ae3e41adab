"""Supervision: pass rates that belong to other work than the bureau's spot checks, told by
the clauses before them."""

from __future__ import annotations

from .. import regex_cache as rx
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


# A count of batches whose products' rate follows it (252个批次产品的合格率达98.81%): the
# batches the rate was taken over, in a sentence about a check.
_RATE_AFTER_BATCHES = rx.compile(r"(?:产品|商品|样品)?的?(?:抽查|抽检|抽样)?合格率")
_CHECK_BEFORE = rx.compile(r"抽查|抽检|监督检查|抽样")


def batches_rated(doc: Doc, sentence_start: int, start: int, end: int) -> bool:
    """Whether batches counted right before their pass rate are the batches a check of the
    sentence sampled."""
    return _RATE_AFTER_BATCHES.match(doc.view, end) is not None \
        and _CHECK_BEFORE.search(doc.view, sentence_start, start) is not None
