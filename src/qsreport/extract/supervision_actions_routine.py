"""Whether a campaign word names routine work rather than a campaign, for
:mod:`.supervision_actions`: the words around the campaign's title that make it a kind of work,
a matter of degree, a plan, or a task done on counted objects (their words in
:mod:`.lexicon.supervision_routine`)."""

from __future__ import annotations

import re

from .lexicon.supervision_routine import (
    CAMPAIGN_HEAD,
    COUNTED_AFTER,
    COUNTED_OBJECT_BEFORE,
    DEGREE_AFTER,
    DEGREE_OBJECT_BEFORE,
    DEGREE_VERB_BEFORE,
    ENUMERATED,
    FINDINGS_AFTER,
    FOLLOWED_UP_BEFORE,
    LISTED_MEASURE_AFTER,
    OBJECT_PLURAL_BEFORE,
    PLURAL_BEFORE,
    ROUTINE_AFTER,
    ROUTINE_BEFORE,
    VERB_AFTER,
)


def routine(view: str, kind: str, match: re.Match[str], title: tuple[int, int],
             floor: int) -> bool:
    """Whether a campaign word names routine work, not a campaign: 日常执法检查; 加大执法
    检查力度, 加强监督抽查力度, 加强对…的监督抽查 (a matter of degree); 国家监督抽查了本市… (the check as a verb
    with its object); 在执法打假过程中, …行动计划 (the course of work, a plan); 各类产品的
    质量抽查 (a plural before it); 完成了30个市场的执法检查 (a task done on a counted object;
    a spot check of counted batches is still the campaign the keys name); 针对…抽查中…不合格
    (a check named only as where the failures followed up were found)."""
    title_start, title_end = title
    if ROUTINE_BEFORE.search(view, title_start, match.start()):
        return True
    if FOLLOWED_UP_BEFORE.search(view, max(floor, match.start() - 20), match.start()) \
            and FINDINGS_AFTER.match(view, title_end):
        return True  # 针对…监督抽查中…不合格的情况: its findings followed up
    if kind in ("law_enforcement", "spot_check") and (
            DEGREE_AFTER.match(view, title_end)
            or DEGREE_OBJECT_BEFORE.search(view, max(floor, title_start - 30), title_start)):
        return True
    if kind == "anti_counterfeiting" and DEGREE_AFTER.match(view, title_end) \
            and DEGREE_VERB_BEFORE.search(view, max(floor, title_start - 12), title_start) \
            and not ENUMERATED.match(view, floor):
        # 加大监督和打假治劣力度: a matter of degree (but 二是加大打假力度 and 执法打假力度加大
        # head the year's work against fakes, a campaign in the keys).
        return True
    if ROUTINE_AFTER.match(view, title_end) or LISTED_MEASURE_AFTER.match(view, title_end):
        return True
    before = max(floor, title_start - 60)
    if PLURAL_BEFORE.search(view, max(floor, title_start - 16), title_start) \
            and not OBJECT_PLURAL_BEFORE.search(view, max(floor, title_start - 50), title_start):
        return True
    if kind in ("law_enforcement", "other") \
            and COUNTED_OBJECT_BEFORE.search(view, before, title_start) \
            and not CAMPAIGN_HEAD.search(view, title_start, title_end):
        return True
    if kind == "law_enforcement" and COUNTED_AFTER.match(view, match.end()):
        return True  # 执法检查商户（含摊点）40家: the check as the verb of its count
    return kind == "spot_check" and VERB_AFTER.match(view, match.end()) is not None
