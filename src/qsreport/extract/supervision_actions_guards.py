"""What the words before a check the lead tells (对…进行检查, 查获…, 开展执法…) say that makes
it no campaign of the report's, shared by the readers of a lead's check
(:mod:`.supervision_actions_lead`, :mod:`.supervision_actions_instruments`,
:mod:`.supervision_actions_enforced`)."""

from __future__ import annotations

from .lexicon.supervision_lead import ROUTINE_SPAN, TIP_OFF
from .lexicon.supervision_plans import ANNOUNCED, PLAN_AHEAD


def no_lead_campaign(view: str, start: int, at: int, word: int) -> bool:
    """Whether the words of a sentence from ``start`` to the check at ``at`` (its word at
    ``word``) make the check none: a plan (将对…进行检查), an announcement before its word, a
    tip-off it follows (根据举报，…), or a span of months it sums up (1至10月…, 今年以来…)."""
    return bool(PLAN_AHEAD.search(view, start, at) or ANNOUNCED.search(view, start, word)
                or TIP_OFF.search(view, start, at) or ROUTINE_SPAN.search(view, start, at))
