"""What the words before a check the lead tells (对…进行检查, 查获…, 开展执法…) say that makes
it no campaign of the report's, shared by the readers of a lead's check
(:mod:`.supervision_actions_lead`, :mod:`.supervision_actions_instruments`,
:mod:`.supervision_actions_enforced`)."""

from __future__ import annotations

from .. import regex_cache as rx
from .lexicon.supervision_lead import ROUTINE_SPAN, TIP_OFF
from .lexicon.supervision_plans import (
    ANNOUNCED,
    HEADLINE_PLAN,
    MEETING_DIRECTIVE,
    PLAN_AHEAD,
    PLANNED_POINTS,
    POSSIBLE_STEP,
    SET_OUT_POINTS,
    VOICED_AHEAD,
    VOICED_TO_VERB,
)

_PARAGRAPH_REACH = 600  # characters back to a paragraph's lead, at most
_DONE = rx.compile(r"了|已")
# A complaint or a tip filed with an office or received by it (向某局投诉, 接到市民举报称), or a
# second look asked for (要求某局再次检查): the check told next, in its sentence or the one
# after, is that case's visit, no campaign.
_COMPLAINT = rx.compile(
    r"(?:向[^。；;！!？?\n]{1,16}?|(?:接到|接获|收到)[^。；;！!？?\n]{0,10}?)(?:投诉|举报)"
    r"|要求[^。；;！!？?\n]{0,16}?(?:再次|重新|再行)(?=检查|复查|核查|检定|$)")
_SENTENCE_END = "。；;！!？?"
_PREVIOUS_REACH = 160  # characters back to the sentence before, at most


def no_lead_campaign(view: str, start: int, at: int, word: int) -> bool:
    """Whether the words of a sentence from ``start`` to the check at ``at`` (its word at
    ``word``) make the check none: a plan (将对…进行检查), a wish, a pledge or a possibility
    (:func:`voiced_ahead`), an announcement before its word, a
    tip-off it follows (根据举报，…), a complaint filed or received in it or in the sentence
    before (…向县局投诉。县局人员到现场检查…), or a span of months it sums up (1至10月…)."""
    return bool(PLAN_AHEAD.search(view, start, at) or ANNOUNCED.search(view, start, word)
                or TIP_OFF.search(view, start, at) or ROUTINE_SPAN.search(view, start, at)
                or _COMPLAINT.search(view, _previous_sentence_start(view, start), at)
                or ahead_in_paragraph(view, word) or voiced_ahead(view, start, word))


def _previous_sentence_start(view: str, start: int) -> int:
    """Where the sentence before the one at ``start`` opens, its line break included (a
    complaint told at the end of one paragraph and the visit it led to opening the next)."""
    end = start
    while end > 0 and (view[end - 1].isspace() or view[end - 1] in _SENTENCE_END):
        end -= 1
    low = max(0, end - _PREVIOUS_REACH)
    marks = [view.rfind(mark, low, end) for mark in _SENTENCE_END + "\n"]
    return max([low] + [mark + 1 for mark in marks if mark >= 0])


def ahead_in_paragraph(view: str, word: int) -> bool:
    """Whether the campaign word at ``word`` stands in the points of a plan its paragraph set
    out before it (将…以下…：) or in what a meeting told the offices to do (会议指出，…), with
    nothing told done (了, 已) between that lead and the word. (Asked of a campaign with no
    name of its own: a named one set out so, 将抓好以下工作：一是组织好“质量月”活动, is kept, as
    the keys count it.)"""
    line = view.rfind("\n", max(0, word - _PARAGRAPH_REACH), word) + 1
    low = max(line, word - _PARAGRAPH_REACH)
    leads = [m.end() for m in PLANNED_POINTS.finditer(view, low, word)]
    leads += [m.end() for m in MEETING_DIRECTIVE.finditer(view, low, word)]
    return bool(leads) and _DONE.search(view, max(leads), word) is None


def voiced_ahead(view: str, start: int, word: int) -> bool:
    """Whether the campaign word at ``word``, in the sentence opening at ``start``, is told as
    a wish, a pledge or a possibility, not as work done: after a wish or a pledge in its
    sentence (希望…开展, 表态，将…开展), or in the sentence before when its own opens on the
    verb with no doer (希望…。开展…行动), with nothing told done (了, 已) between; or after
    may in its clause (可能会…作出检控)."""
    if POSSIBLE_STEP.search(view, max(start, word - 24), word):
        return True
    leads = [m.end() for m in VOICED_AHEAD.finditer(view, start, word)]
    if not leads and VOICED_TO_VERB.match(view, start):
        before = _previous_sentence_start(view, start)
        leads = [m.end() for m in VOICED_AHEAD.finditer(view, before, start)]
    return bool(leads) and _DONE.search(view, max(leads), word) is None


def set_out_end(view: str, headline: str | None) -> int:
    """Where the document's points or directions start: at the body's start when its
    headline declares a duty, a plan or a goal (…要严查, 将建成…, …规划), else where the
    first lead by which it sets them out ends (提出以下几条措施：, 通知如下：, 制定本方案。),
    or past the text when it has none."""
    if plan_headline(headline):
        return 0
    lead = SET_OUT_POINTS.search(view)
    return lead.end() if lead is not None else len(view) + 1


def among_points_set_out(view: str, points_from: int, start: int, word: int) -> bool:
    """Whether the campaign word at ``word``, in the sentence opening at ``start``, is one of
    the points a document set out from ``points_from`` (:func:`set_out_end`): a proposal or a
    direction, unless its sentence tells it done (了, 已) before it."""
    return word >= points_from and _DONE.search(view, start, word) is None


def plan_headline(headline: str | None) -> bool:
    """Whether a report's headline declares it a duty, a plan or a goal (…作弊要严查, 某市将
    建成…, 力争…, …工作计划): its body's campaigns are the plan's, and so is its lead's."""
    return bool(headline) and HEADLINE_PLAN.search(headline or "") is not None
