"""Supervision campaigns: a check of measuring instruments a report's lead names by them, the
check's word right before or after the instruments (磅秤年度检查已经展开, 公布抽查加油机结果,
针对加油站油量计办理专案查核), read by :mod:`.supervision_actions_lead` when the report names
no campaign at all: the drive on the instruments where they are used, of kind other."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_checks import (
    COUNTED_OBJECT,
    INSTRUMENT_CHECK,
    LEAD_REACH,
)
from .supervision_actions_guards import no_lead_campaign
from .supervision_outcomes import other_office


def lead_instrument_check(doc: Doc) -> list[SupervisionAction]:
    """The check of measuring instruments the lead names by them: one action of kind other
    titled by the instruments and the check's word, or none (one planned, after a tip-off,
    summed up over months, on counted places, another office's or in a heading is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in INSTRUMENT_CHECK.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or no_lead_campaign(view, sentence.start, match.start(), match.start()) \
                or COUNTED_OBJECT.search(view, doc.clause_start(match.start(), sentence.start),
                                         match.start()) \
                or other_office(doc, sentence):
            continue  # (对全省80个加油站进行加油机检查: a task done on counted places)
        return [SupervisionAction(kind="other", title=doc.text[match.start():match.end()],
                                  targets=[], span=match.span(),
                                  evidence=doc.evidence(sentence))]
    return []
