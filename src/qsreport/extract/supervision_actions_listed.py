"""Campaigns: one place a campaign word is written (a mention, with the title around it), and
the campaigns a list names with no campaign word of their own — the items of a list closed by
等活动 and quoted slogans listed — for :mod:`.supervision_actions` to choose among."""

from __future__ import annotations

from dataclasses import dataclass

from ..segmenting import Segment
from .common import Doc
from .lexicon.supervision_actions import ACTION_KIND
from .lexicon.supervision_mentions import (
    LISTED_CAMPAIGNS,
    NOT_A_CAMPAIGN_ITEM,
    PROMPTED_BEFORE,
    RECTIFICATION_ITEM,
    SEVERAL_OFFICES,
    SLOGAN,
    SLOGAN_LIST_BEFORE,
    SUPERVISION_ITEM,
)
from .lexicon.supervision_plans import NAMING_PLAN


@dataclass
class Mention:
    """One place a campaign word is written, with the title around it."""

    kind: str
    start: int  # the campaign word
    end: int
    title_start: int
    title_end: int
    item: Segment
    named: bool  # a campaign of its own, not a kind of work named in passing


def listed_campaigns(doc: Doc) -> list[Mention]:
    """The items of a list closed by 等活动 (开展建材整治、清新居室等活动) that hold no
    campaign word of their own: each a campaign (an item with a word is found by it)."""
    view, out = doc.view, []
    for listed in LISTED_CAMPAIGNS.finditer(view, doc.layout.header.end):
        item, names = doc.sentence_at(listed.start()), listed.group("list").split("、")
        # (还将开展A、B等活动: a plan; 报告、会议等活动: no supervision; 推动企业开展…: firms')
        if doc.in_heading(listed.start()) or NAMING_PLAN.search(view, item.start, listed.start()) \
                or PROMPTED_BEFORE.search(view, item.start, listed.start()) \
                or not any(SUPERVISION_ITEM.search(name) for name in names):
            continue
        end = listed.start("list") - 1
        for name in names:
            start, end = end + 1, end + 1 + len(name)
            if not ACTION_KIND.search(name) and not NOT_A_CAMPAIGN_ITEM.search(name):
                kind = "special_rectification" if RECTIFICATION_ITEM.search(name) else "other"
                out.append(Mention(kind, start, end, start, end, item, True))
    return out


def listed_slogans(view: str, pos: int, item: Segment) -> list[Mention] | None:
    """The quoted slogans listed right before ``pos`` (two at least), each a campaign of no
    listed kind; a slogan holding a campaign word of its own was found as that word. None
    where three offices or more carry the list out: their own series, no campaign each."""
    listed = SLOGAN_LIST_BEFORE.search(view, max(item.start, pos - 90), pos)
    if listed is None:
        return []
    if SEVERAL_OFFICES.search(view, max(item.start, listed.start() - 80), listed.start()):
        return None
    return [Mention("other", s.start(1), s.end(1), s.start(1), s.end(1), item, True)
            for s in SLOGAN.finditer(view, listed.start(), listed.end())
            if not ACTION_KIND.search(view, s.start(), s.end())]
