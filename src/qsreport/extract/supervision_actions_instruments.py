"""Supervision campaigns: a check of measuring instruments a report's lead names by them, the
check's word right before or after the instruments (电子秤年度检查眼下正在进行, 通报了抽查加油枪的
情况, 服务区油量计专案稽查), read by :mod:`.supervision_actions_lead` when the report names
no campaign at all: an enforcement check on the instruments where they are used, of kind
law_enforcement, counted places included (the check of a class of them); told in a sentence
of their verification, it is that drive, of kind other."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_lead import (
    INSTRUMENT_CHECK,
    LEAD_REACH,
    VERIFIED_IN_SENTENCE,
)
from .supervision_actions_guards import no_lead_campaign
from .supervision_outcomes import other_office


def lead_instrument_check(doc: Doc) -> list[SupervisionAction]:
    """The check of measuring instruments the lead names by them: one action of kind
    law_enforcement titled by the instruments and the check's word (other in a sentence of
    their verification: the drive), or none (one planned, after a tip-off, summed up over
    months, another office's or in a heading is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in INSTRUMENT_CHECK.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or no_lead_campaign(view, sentence.start, match.start(), match.start()) \
                or other_office(doc, sentence):
            continue
        verified = VERIFIED_IN_SENTENCE.search(view, sentence.start, sentence.end) is not None
        return [SupervisionAction(kind="other" if verified else "law_enforcement", title=doc.text[match.start():match.end()],
                                  targets=[], span=match.span(),
                                  evidence=doc.evidence(sentence))]
    return []
