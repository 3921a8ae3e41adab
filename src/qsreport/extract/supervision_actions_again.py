"""Supervision campaigns: a campaign word that names again one named before — pointed back to
(此次集中检查行动), followed as the plan the work follows (依照…专项检查活动的安排, 按…集中整治行动
方案), a part of one named earlier in its sentence (…专项整治，其中在豆制品作坊专项整治中), or
a quoted slogan named again in a later sentence (此次“黑心棉”专项行动), or named as the subject
of a meeting beside another of its kind (…专项行动布置会，布置…打假行动), or named again, with
nothing told done, after it was first named as work ahead, a meeting's subject or in a plan's
title; and a campaign named only in the title of the plan or notice that work of other
kinds follows (按照《…整治工作方案》，…开展了…专项检查), and a spot check named by its
results reported beside a campaign of another kind. Read by
:mod:`.supervision_actions`: such a word is no campaign of its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .. import regex_cache as rx
from . import supervision_actions_checks as checks
from . import supervision_actions_names as names
from .common import Doc
from .lexicon.supervision_mentions import (
    BACK_REFERENCE,
    DONE_IN_SENTENCE,
    FOLLOWED_AFTER,
    FOLLOWED_BEFORE,
    MEETING_AFTER,
    PART_BEFORE,
    POINTED_BACK_TITLE,
    POINTER,
    POINTER_OPENS,
    QUOTED_NAME,
)
from .lexicon.supervision_plans import PLAN_AHEAD
from .lexicon.supervision_routine import PLAN_NAMED_AFTER
from .supervision_actions_apart import Mentioned

_M = TypeVar("_M", bound=Mentioned)
_CLAUSE_MARK = rx.compile(r"[，,；;：:]")


def named_again(doc: Doc, found: Sequence[Mentioned], kind: str,
                title: tuple[int, int], where: tuple[int, int], *, slogan: bool) -> bool:
    """Whether the campaign word of ``title`` names again one of ``found`` (the mentions
    before it): ``kind`` is the kind of the check it names (else its own), ``where`` the
    start of its item and of its sentence, ``slogan`` whether its quoted name may name one
    before (a word of kind other, not closing a slogan just begun)."""
    view, (title_start, title_end), (item_start, sentence_start) = doc.view, title, where
    if BACK_REFERENCE.search(view, max(item_start, title_start - 14), title_start):
        return True  # 此次集中检查行动: the campaign named before
    if _told_before(doc, found, kind, title):
        return True  # 依照…检查活动的安排, 其中在…专项整治中: the one named before
    quoted = QUOTED_NAME.search(view, title_start, title_end)
    # a “黑心棉” campaign named again (此次…专项行动), in a later sentence: the slogan names
    # the one before
    return slogan and quoted is not None and any(
        m.start < sentence_start and quoted.group() in view[m.title_start:m.title_end]
        for m in found)


def _told_before(doc: Doc, found: Sequence[Mentioned], kind: str, title: tuple[int, int]
                 ) -> bool:
    """Whether a campaign word names again one of its kind named before: as the plan or the
    requirement the work follows (依照…专项检查活动的安排, 按…集中整治行动方案), or as a part
    of one named earlier in its sentence (…专项整治，其中在豆制品作坊专项整治中)."""
    view, (start, end) = doc.view, title
    sentence = doc.sentence_at(start)
    core = names.core(view[start:end])
    if FOLLOWED_BEFORE.search(view, max(sentence.start, start - 12), start) \
            and FOLLOWED_AFTER.match(view, end):  # the same campaign, not one of its kind
        return any(m.kind == kind and names.same_topic(
            core, names.core(view[m.title_start:m.title_end])) for m in found)
    if PART_BEFORE.search(view, max(sentence.start, start - 4), start):
        return any(m.kind == kind and m.start >= sentence.start for m in found)
    return False


def only_points_back(view: str, mention: Mentioned, before: Sequence[Mentioned]) -> bool:
    """Whether ``mention`` is no more than a pointer and a bare campaign word (此次行动, 这次
    大检查活动, 本次专项整治行动) after campaigns or checks ``before`` it: the one told before,
    whichever way it was found."""
    start, end = mention.title_start, mention.title_end
    pointed = POINTER.search(view, max(0, start - 4), start) is not None \
        or POINTER_OPENS.match(view, start) is not None
    return pointed and bool(before) and POINTED_BACK_TITLE.fullmatch(view, start, end) is not None


def without_held_names(view: str, found: list[_M]) -> list[_M]:
    """``found`` less the campaigns of kind other whose whole name (a code name, a topic) is
    held in a named campaign of a listed kind of the report (“某某”行动 and 民生领域案件查办
    “某某”行动, 禁塑令专项行动 and 禁塑令专项检查行动): that campaign told shorter."""
    held = [names.core(view[m.title_start:m.title_end]) for m in found
            if m.kind != "other" and m.named]
    if not held:
        return found
    return [m for m in found if m.kind != "other" or not _held(
        names.core(view[m.title_start:m.title_end]).strip("“”\""), held)]


def _held(name: str, held: list[str]) -> bool:
    return len(name) >= 2 and any(name in other for other in held)


def without_meeting_subjects(view: str, found: list[_M]) -> list[_M]:
    """``found`` less the campaigns named as a meeting's subject (召开…打假专项行动布置会, 由…专项
    行动总结大会获悉, 通过…专项整治会议宣贯…) where the report names another of their kind: the
    meeting was about that one, told by another name, not a campaign more (rounds 119, 123 and
    124: three reports). A meeting's campaign named alone is still the report's."""
    meetings = [m for m in found if MEETING_AFTER.match(view, m.title_end)]
    return [m for m in found if m not in meetings
            or not any(other is not m and other.kind == m.kind and other not in meetings
                       for other in found)]


def ahead_or_met(view: str, sentence_start: int, mention: Mentioned) -> bool:
    """Whether a campaign word left out is named as work ahead (下一步…将开展…), as a meeting's
    subject (…工作推进会) or in a plan's name (《…抽查和风险监测计划》)."""
    return PLAN_AHEAD.search(view, sentence_start, mention.start) is not None \
        or MEETING_AFTER.match(view, mention.title_end) is not None \
        or PLAN_NAMED_AFTER.match(view, mention.title_end) is not None


def without_unrealised(doc: Doc, found: list[_M], unrealised: Sequence[Mentioned]) -> list[_M]:
    """``found`` less the campaigns named again, in a clause that tells nothing done, nor the
    next (no 了, 已, 共, 此次 …), after the report first named them as work ahead, a meeting's subject or in
    a plan's title, by the same words (今年将…专项整治…。…专项整治服装、鞋帽…): the same work
    still ahead, no campaign carried out (rounds 138 and 140)."""
    if not unrealised:
        return found
    view = doc.view
    kept = []
    for mention in found:
        core = names.core(view[mention.title_start:mention.title_end])
        earlier = any(
            before.kind == mention.kind and before.start < mention.start
            and names.same_campaign(core, names.core(view[before.title_start:before.title_end]))
            for before in unrealised)
        if earlier and not DONE_IN_SENTENCE.search(view, *_clause_and_next(doc, mention)):
            continue
        kept.append(mention)
    return kept


def _clause_and_next(doc: Doc, mention: Mentioned) -> tuple[int, int]:
    """The clause that names a campaign and the clause after it, in its sentence: where work
    told done about it is told (某检查，共检查…; 此次某检查期间…)."""
    view, sentence = doc.view, doc.sentence_at(mention.start)
    end = mention.end
    for _ in range(2):
        found = _CLAUSE_MARK.search(view, end, sentence.end)
        end = found.end() if found else sentence.end
    return doc.after_last(_CLAUSE_MARK, mention.start, sentence.start), end


def without_plan_frames(doc: Doc, found: list[_M]) -> list[_M]:
    """``found`` less the campaigns named only in the title of the notice or plan the work
    follows (按照《…整治工作方案》的要求，…开展了…专项检查; 出台了《…抽检实施方案》，…专项
    整治落到实处) where the report tells work of other kinds outside such titles: the plan is
    the frame of that work, not a campaign of its own kind. A kind the report names outside
    the titles too, or names in titles alone, keeps its campaign."""
    framed = [m for m in found if checks.notice_subject(doc, m.start)]
    if not framed:
        return found
    told = {m.kind for m in found if m not in framed}
    if not told:
        return found
    return [m for m in found if m not in framed or m.kind in told]


def without_results_beside(doc: Doc, found: list[_M]) -> list[_M]:
    """``found`` less the spot checks named only by their results reported (通报…抽查情况,
    …抽查结果通报会) where the report tells a named campaign of another kind: the results are
    that campaign's, or one topic of a meeting's, not a check more. A check told by its
    results alone is still the report's, and so is one beside a bare enforcement word
    (…抽查结果。对不合格产品…开展执法行动: the check's follow-up, its step)."""
    results = [m for m in found if checks.results_published(doc, m.kind, m.title_end)]
    if not results or not any(m.kind != "spot_check" and m.named for m in found):
        return found
    return [m for m in found if m not in results]
