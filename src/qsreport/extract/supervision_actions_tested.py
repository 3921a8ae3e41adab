"""Supervision campaigns: a test of goods a report's lead tells by its samples or by the goods on
sale it tested, with no campaign word (某会对市售暖手宝做了耐热测试, 在网店买入
该款积木，随后把样品交实验室检验, 联合检测结果显示，在9个…样品中…): one spot check, read by
:mod:`.supervision_actions_lead` when the report names no campaign at all."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_lead import HABITUAL, LEAD_REACH, STEP_OF_CAMPAIGN, YEAR_SO_FAR
from .lexicon.supervision_tested import ONE_QUARTER, SAMPLES_TESTED, WORD_GROUPS
from .supervision_actions_guards import no_lead_campaign
from .supervision_outcomes import other_office


def lead_sample_test(doc: Doc) -> list[SupervisionAction]:
    """The test of sampled or on-sale goods the lead tells: one action of kind spot_check
    titled by the test's word, or none (one planned, after a tip-off, summed up for the year
    or over months (one quarter named is a round of its own), a habit or a firm's own testing, a step of a campaign, another office's
    or in a heading is none, as for a sampling of counted batches)."""
    view, start = doc.view, doc.layout.header.end
    for match in SAMPLES_TESTED.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or no_lead_campaign(view, sentence.start, match.start(), match.start()) \
                or STEP_OF_CAMPAIGN.search(view, sentence.start, match.start()) \
                or _year_so_far(view, sentence.start, match.start()) \
                or HABITUAL.search(view, sentence.start, match.end()) \
                or other_office(doc, sentence):
            continue
        span = next(match.span(g) for g in WORD_GROUPS if match.group(g) is not None)
        return [SupervisionAction(kind="spot_check", title=doc.text[span[0]:span[1]],
                                  targets=[], span=span,
                                  evidence=doc.evidence(sentence))]
    return []


def _year_so_far(view: str, start: int, end: int) -> bool:
    """Whether the sentence before the test sums up the year so far (今年…), not one quarter
    of it (今年第一季…: that quarter's round)."""
    year = YEAR_SO_FAR.search(view, start, end)
    return year is not None and ONE_QUARTER.match(view, year.start()) is None
