"""Supervision campaigns: the check a report is about, written in its lead as the verb with its
object and no name (近日，某区市场监管局对辖区内的大型游乐设施进行了安全检查), read by
:mod:`.supervision_actions` when the report names no campaign at all."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_actions import PLAN_AHEAD
from .lexicon.supervision_checks import LEAD_CHECK, LEAD_REACH, TIP_OFF
from .supervision_outcomes import other_office


def lead_check(doc: Doc) -> list[SupervisionAction]:
    """The report's own check, if its lead carries one out on a class of places or equipment
    (the keys of the later rounds count it a campaign of enforcement, titled by its object):
    one action of kind law_enforcement, or none. A check planned (将对…进行检查), one that
    follows a tip-off (根据举报，…), another office's (区卫生局对…) or one in a heading is no
    campaign."""
    view, start = doc.view, doc.layout.header.end
    for match in LEAD_CHECK.finditer(view, start, min(len(view), start + LEAD_REACH)):
        sentence = doc.sentence_at(match.start())
        if doc.in_heading(match.start()) or sentence.end < match.end() \
                or PLAN_AHEAD.search(view, sentence.start, match.start()) \
                or TIP_OFF.search(view, sentence.start, match.start()) \
                or other_office(doc, sentence):
            continue
        title = (match.start("object"), match.end())
        return [SupervisionAction(
            kind="law_enforcement",
            title=doc.text[title[0]:title[1]],
            targets=[],
            span=title,
            evidence=doc.evidence(sentence),
        )]
    return []
