"""Supervision (schema 2): the kinds of product a campaign targets — a rectification, a
crackdown, key monitoring or a hazard screening (``categories_targeted``); a spot check's kinds
stay ``categories_sampled``, and its classes counted in 类 are read here too (the words are in
:mod:`.lexicon.supervision_targeted`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from .common import Doc
from .lexicon.supervision_targeted import (
    CAMPAIGN,
    COVERS,
    NOT_CAMPAIGN,
    NOT_SAMPLED,
    PLANNED_KINDS,
    PRODUCT_AFTER,
    SAMPLED_CLASSES,
    SAMPLED_KINDS,
    SPOT_CHECK,
    TARGETED,
    TARGETED_NEEDLES,
)
from .rows import compiled_rows, rows_read

_ANY = rx.compile(TARGETED_NEEDLES)
_CAMPAIGN = rx.compile(CAMPAIGN)
_NOT_CAMPAIGN = rx.compile(NOT_CAMPAIGN)
_PRODUCT_AFTER = rx.compile(PRODUCT_AFTER)
_SPOT_CHECK = rx.compile(SPOT_CHECK)
_COVERS = rx.compile(COVERS)
_NOT_SAMPLED = rx.compile(NOT_SAMPLED)
_PLANNED_KINDS = rx.compile(PLANNED_KINDS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(TARGETED)


@cache
def _sampled_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(SAMPLED_CLASSES)


@cache
def _kinds_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(SAMPLED_KINDS)


def targeted_categories(doc: Doc) -> list[SupervisionStat]:
    """``对12类重点产品开展专项整治``, ``燃气灶具等8类产品的攻坚战``: each count of kinds of
    product whose clause (its sentence's, up to the next clause break after it) names a
    campaign's work and no spot check's."""
    if _ANY.search(doc.view) is None or _CAMPAIGN.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "对围绕针对", SupervisionStat):
        start, end = doc.clause_around(*stat.span)
        if _CAMPAIGN.search(doc.view, start, end) and not _NOT_CAMPAIGN.search(doc.view, start, end):
            named = _PRODUCT_AFTER.match(doc.view, stat.span[1])
            # (labelled by the product words after the count, as a count before its noun is:
            # 对7类重点产品 → 重点产品)
            if named is not None:
                stat.label = doc.text[stat.span[1]:named.end()].strip() or stat.label
            found.append(stat)
    return found


def sampled_classes(doc: Doc) -> list[SupervisionStat]:
    """``对灯具、插座等9类产品实施监督抽查``, ``从超市抽取…等5大类食品共61批次``: each count of classes
    of product whose clause names a spot check, or covers them (涉及, 覆盖) in a sentence that
    named the check before; not in a clause of failures, rates or plans."""
    if _SPOT_CHECK.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _sampled_rows(), "对围绕针对", SupervisionStat):
        sentence = doc.sentence_at(stat.span[0])
        start, end = doc.clause_around(*stat.span, sentence)
        if _NOT_SAMPLED.search(doc.view, start, end):
            continue
        if _SPOT_CHECK.search(doc.view, start, end) or (
                _COVERS.search(doc.view, start, stat.span[0])
                and _SPOT_CHECK.search(doc.view, sentence.start, start)):
            named = _PRODUCT_AFTER.match(doc.view, stat.span[1])
            if named is not None and not stat.label:
                stat.label = doc.text[stat.span[1]:named.end()].strip() or stat.label
            found.append(stat)
    return found


def kinds_before_check(doc: Doc) -> list[SupervisionStat]:
    """``对40种产品组织省级监督抽检``, ``通报…等12种产品质量抽检情况``: each count of
    kinds of product (种) that the words of a spot check follow in its clause, no verdict or
    rate after the check (the row's pattern says it); not a count a plan's word comes before."""
    found = []
    for stat in rows_read(doc, _kinds_rows(), "对围绕针对", SupervisionStat):
        start, _ = doc.clause_around(*stat.span)
        if _PLANNED_KINDS.search(doc.view, start, stat.span[0]):
            continue
        named = _PRODUCT_AFTER.match(doc.view, stat.span[1])
        if named is not None and len(stat.label) < 2:
            stat.label = doc.text[stat.span[1]:named.end()].strip() or stat.label
        found.append(stat)
    return found
