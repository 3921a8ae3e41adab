"""What the words before a check the lead tells (对…进行检查, 查获…, 开展执法…) say that makes
it no campaign of the report's, shared by the readers of a lead's check
(:mod:`.supervision_actions_lead`, :mod:`.supervision_actions_instruments`,
:mod:`.supervision_actions_enforced`)."""

from __future__ import annotations

from .. import regex_cache as rx
from .lexicon.supervision_lead import ROUTINE_SPAN, TIP_OFF
from .lexicon.supervision_plans import ANNOUNCED, MEETING_DIRECTIVE, PLAN_AHEAD, PLANNED_POINTS

_PARAGRAPH_REACH = 600  # characters back to a paragraph's lead, at most
_DONE = rx.compile(r"了|已")


def no_lead_campaign(view: str, start: int, at: int, word: int) -> bool:
    """Whether the words of a sentence from ``start`` to the check at ``at`` (its word at
    ``word``) make the check none: a plan (将对…进行检查), an announcement before its word, a
    tip-off it follows (根据举报，…), or a span of months it sums up (1至10月…, 今年以来…)."""
    return bool(PLAN_AHEAD.search(view, start, at) or ANNOUNCED.search(view, start, word)
                or TIP_OFF.search(view, start, at) or ROUTINE_SPAN.search(view, start, at)
                or ahead_in_paragraph(view, word))


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
