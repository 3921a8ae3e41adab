"""Supervision campaigns: the enforcement a report's lead tells by its own verb and names no
campaign for (巡查全区各市场, 严查经营主体证照, 向六名商贩提出检控, 严厉打击短秤活动): one action of
kind law_enforcement, read by :mod:`.supervision_actions_lead` last, when the report names no
campaign at all and no other reading of its lead or headline found one. A headline that tells
that enforcement so (某署巡查全区手机店, 某局加强巡查各旅游购物点) holds it too, where the
lead tells it in no words this reading takes (patrols counted, 进行了40次巡查; the places
before the verb, 在各区商场加强巡查)."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_enforced import ENFORCEMENT_WISHED, LEAD_ENFORCEMENT
from .lexicon.supervision_lead import LEAD_REACH
from .supervision_actions_guards import no_lead_campaign
from .supervision_outcomes import other_office


def lead_enforcement(doc: Doc) -> list[SupervisionAction]:
    """The lead's enforcement by a verb of its own: one action titled by the verb and its
    object, or none (one wished for or planned, after a tip-off, summed up over months,
    another office's or in a heading is none)."""
    view, start = doc.view, doc.layout.header.end
    for match in LEAD_ENFORCEMENT.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end("word") \
                or ENFORCEMENT_WISHED.search(view, max(sentence.start, match.start() - 4),
                                             match.start()) \
                or no_lead_campaign(view, sentence.start, match.start(), match.start()) \
                or other_office(doc, sentence):
            continue
        end = min(match.end(), sentence.end)
        return [SupervisionAction(kind="law_enforcement", title=doc.text[match.start():end],
                                  targets=[], span=(match.start(), end),
                                  evidence=doc.evidence(sentence))]
    return []


def headline_enforcement(doc: Doc) -> list[SupervisionAction]:
    """The enforcement a report's headline tells by its own verb and object: one action titled
    by them, evidenced by the headline's line, or none (wished for or planned, or another
    office's)."""
    line = doc.layout.header.title_line
    if line is None:
        return []
    view = doc.view
    for match in LEAD_ENFORCEMENT.finditer(view, line.start, line.end):
        if ENFORCEMENT_WISHED.search(view, max(line.start, match.start() - 4), match.start()) \
                or no_lead_campaign(view, line.start, match.start(), match.start()):
            continue
        end = min(match.end(), line.end)
        return [SupervisionAction(kind="law_enforcement", title=doc.text[match.start():end],
                                  targets=[], span=(match.start(), end),
                                  evidence=doc.evidence(line))]
    return []
