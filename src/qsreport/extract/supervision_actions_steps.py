"""Supervision campaigns: the campaigns that are steps of another one the report names, read
by :mod:`.supervision_actions` once a report's campaigns are chosen."""

from __future__ import annotations

from ..models import SupervisionAction
from .common import Doc
from .lexicon.supervision_steps import (
    BARE_ENFORCEMENT,
    BARE_RECTIFICATION_STEP,
    BARE_SPOT_CHECK,
    BESIDES_BEFORE,
    HOST_KINDS,
    OWN_POINT_LEAD,
    PUBLICITY_STEP,
    RECTIFICATION_KINDS,
)

# How far before a spot check its point's lead may stand (二是加大监督抽查力度，上半年共组织…),
# and how far back a heading naming it may end.
_POINT_REACH = 20


def without_steps(doc: Doc, actions: list[SupervisionAction]) -> list[SupervisionAction]:
    """``actions`` less the bare spot checks (监督抽查 named by its word alone) of a report that
    names a check or a rectification campaign: there the sampling is a step of that campaign
    (对辖区建材企业开展专项检查，… 进行了监督抽查), never a campaign of its own. A spot check
    with a subject, a time or a level in its title (水泥产品质量监督抽查, 省级监督抽查) stays,
    so does a bare one beside campaigns of other kinds only (打假, a named 行动), one that
    heads a point of its own in a summary of the year's work (二是…监督抽查…, 在监督抽查方面)
    and one the bureau did besides (还对…进行了监督抽查)."""
    actions = [action for action in actions if not _means_of_earlier(doc, action, actions)
               and not _publicity_of_earlier(doc, action, actions)]
    if not any(action.kind in HOST_KINDS for action in actions):
        return actions
    return [action for action in actions if action.kind != "spot_check"
            or not BARE_SPOT_CHECK.fullmatch(doc.view, *action.span)
            or _own_point(doc, action.span[0])]


def _means_of_earlier(doc: Doc, action: SupervisionAction,
                      actions: list[SupervisionAction]) -> bool:
    """Whether ``action`` is a bare enforcement check (执法检查, 全面执法检查) written after a
    campaign of another kind the report names first: the work of that campaign (…打假专项
    行动… 对各经销点进行全面执法检查), unless it heads a point of its own (二是…); a bare
    supervision check or the offices' check (专项监督检查, 部门执法检查) only after a
    rectification."""
    if action.kind != "law_enforcement" or _heads_point(doc, action.span[0]):
        return False
    if BARE_ENFORCEMENT.fullmatch(doc.view, *action.span):
        hosts: frozenset[str] | None = None  # (any other kind)
    elif BARE_RECTIFICATION_STEP.fullmatch(doc.view, *action.span):
        hosts = RECTIFICATION_KINDS
    else:
        return False
    return any(other.kind != action.kind and other.span[0] < action.span[0]
               and (hosts is None or other.kind in hosts) for other in actions)


def _publicity_of_earlier(doc: Doc, action: SupervisionAction,
                          actions: list[SupervisionAction]) -> bool:
    """Whether ``action`` is a publicity or advice activity (…宣传咨询活动) whose subject an
    earlier campaign's title holds (种子打假 in 春季种子打假…专项行动): that campaign's step.
    (A subject of two characters, 计量, 质量, is a field, too broad to tie it to one.)"""
    publicity = PUBLICITY_STEP.fullmatch(doc.view, *action.span)
    if publicity is None:
        return False
    subject = publicity["subject"].strip("“”")
    return len(subject) >= 3 and any(other.span[0] < action.span[0] and other is not action
               and PUBLICITY_STEP.fullmatch(doc.view, *other.span) is None
               and subject in doc.view[other.span[0]:other.span[1]] for other in actions)


def _own_point(doc: Doc, pos: int) -> bool:
    view = doc.view
    sentence = doc.sentence_at(pos)
    if _heads_point(doc, pos):
        return True
    if BESIDES_BEFORE.search(view, max(sentence.start, pos - 32), pos):
        return True
    return "监督抽查" in view[max(0, sentence.start - _POINT_REACH):sentence.start]


def _heads_point(doc: Doc, pos: int) -> bool:
    """Whether the campaign word at ``pos`` heads a point of its own (二是…, 在…方面)."""
    sentence = doc.sentence_at(pos)
    # (the lead may close after the word: 在监督抽查方面)
    lead = OWN_POINT_LEAD.search(doc.view, sentence.start, min(sentence.end, pos + 12))
    return lead is not None and lead.start() <= min(pos, sentence.start + _POINT_REACH)
