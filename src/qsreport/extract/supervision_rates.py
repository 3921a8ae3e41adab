"""Supervision: pass rates, and the firms and batches sampled, that belong to other work than
the bureau's spot checks, told by the clauses before them."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc
from .lexicon.supervision import BREAKDOWN
from .lexicon.supervision_results import BARE_RATE, OTHER_WORK
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


# Risk monitoring is no spot check (lexicon/supervision_exclusions), and neither are the
# samples a sentence counts after naming it, unless a spot check of the bureau's is named
# between (开展风险监测80批次，监督抽查200批次: the 200 are the spot check's).
_OWN_CHECK = rx.compile(r"监督抽查|监督抽检|专项抽查|专项抽检")


def sampled_by_monitoring(doc: Doc, sentence_start: int, clause_start: int, start: int) -> bool:
    """Whether firms or batches counted after a clause that names risk monitoring in their
    sentence are that work's samples (对甲、乙两类产品实施了风险监测，共抽取30家企业，45个批次
    样品): no spot check's."""
    if clause_start <= sentence_start:
        return False
    last = doc.view.rfind("风险监测", sentence_start, clause_start)
    return last >= 0 and _OWN_CHECK.search(doc.view, last + 4, start) is None
