"""Supervision: firms and places counted in a list that one check after the list governs —
对8家甲企业、3家乙商店、2家丙超市进行了检查; 赴4家工厂、2家市场开展突击检查; 在5家经销企业、
2家生产企业抽查某产品9批次. Each item's count comes before its noun, the items are joined by
、, a comma or a joining word, and the check stands after the last item only, so no item but the
last has its keyword in its own clause. The item's own noun says what it counts: a firm, or a
place a check went through. Read by :mod:`.supervision_elsewhere` for figures no keyword
before them gave a metric."""

from __future__ import annotations

import re

from .common import CLAUSE_MARK, Doc
from .lexicon.supervision_object_lists import (
    CHECK,
    CHECK_OPENING,
    EQUIPMENT_USERS,
    FIRM_OBJECT,
    HELD_CHECKED,
    HELD_IN_OBJECT,
    ITEM,
    ITEM_GAP,
    ITEM_UNITS,
    JOIN_END,
    LEAD,
    MANNER_END,
    NO_GAP,
    PLACE_OBJECT,
    SAMPLED_AT,
    TRADERS,
)

# How far before a count its list may start and after it its check may stand.
_REACH_BEFORE, _REACH_AFTER = 160, 240


def listed_object_metric(doc: Doc, sentence_start: int, sentence_end: int, start: int,
                         unit: str) -> str | None:
    """The metric of a count that is one item of a list of firms or places a check after the
    list governs (see the module's docstring), by the item's own noun; None when the count
    is no such item, or its noun names neither a firm nor a place (what they hold, special
    equipment's users, a building project)."""
    if unit not in ITEM_UNITS:
        return None
    view = doc.view
    # (a list is read within reach of the count, and only where a word that may lead it stands
    # before the count and a check after it: one cheap scan each, not the list's items)
    sentence_start = max(sentence_start, start - _REACH_BEFORE)
    sentence_end = min(sentence_end, start + _REACH_AFTER)
    if LEAD.search(view, sentence_start, start) is None \
            or CHECK.search(view, start, sentence_end) is None:
        return None
    run = _run_at(view, sentence_start, sentence_end, start)
    if run is None:
        return None
    items, index = run
    first = items[0]
    clause_start = doc.after_last(CLAUSE_MARK, first.start(), sentence_start)
    leads = [*LEAD.finditer(view, clause_start, first.start())]
    if not leads or (len(items) == 1 and leads[-1].group() not in SAMPLED_AT):
        return None
    last, between = _object_before_check(items[-1].group("noun"))
    if HELD_CHECKED.search(between) or HELD_IN_OBJECT.search(last):
        # 对8家单位、5个站开展计量器具核查, 对3家超市及9家企业的包装产品进行了检查: what
        # they hold is checked, the list's keyword-after rules read it
        return None
    noun = last if index == len(items) - 1 else items[index].group("noun")
    return _metric_of_object(JOIN_END.sub("", noun))


def _run_at(view: str, sentence_start: int, sentence_end: int,
            start: int) -> tuple[list[re.Match[str]], int] | None:
    """The items of the list the count at ``start`` stands in, up to the one whose noun names
    the check, and the count's place among them; None when it stands in none, or the list
    names no check after its last item."""
    run: list[re.Match[str]] = []
    for item in ITEM.finditer(view, sentence_start, sentence_end):
        if run and (not _joined(view, run[-1], item)
                    or CHECK.search(run[-1].group("noun"))
                    or LEAD.search(run[-1].group("noun"))):  # (4个小组分别赴2家…: the list after)
            if any(found.start() == start for found in run):
                break
            run = []
        if item.start() > start and not run:
            return None
        run.append(item)
    for index, item in enumerate(run):
        if CHECK.search(item.group("noun")):
            at = next((i for i, found in enumerate(run[:index + 1]) if found.start() == start),
                      None)
            return (run[:index + 1], at) if at is not None else None
    return None


def _joined(view: str, before: re.Match[str], item: re.Match[str]) -> bool:
    """Whether an item goes on with the one before in a list: a list mark or a comma between,
    or the noun before closing on a joining word (3家超市和5家商场)."""
    if ITEM_GAP.fullmatch(view, before.end(), item.start()) is not None:
        return True
    return NO_GAP.fullmatch(view, before.end(), item.start()) is not None \
        and JOIN_END.search(before.group("noun")) is not None


def _object_before_check(noun: str) -> tuple[str, str]:
    """The last item's object, its noun up to the check after it without the verb that opens
    the check (进行了…) or the manner words before it (突击, 逐家), and the words between the
    object and the check."""
    check = CHECK.search(noun)
    head = noun[:check.start()] if check is not None else noun
    openings = [*CHECK_OPENING.finditer(head)]
    if openings:
        head = head[:openings[-1].start()]
    head = MANNER_END.sub("", head)
    return head, noun[len(head):check.start() if check is not None else len(noun)]


def _metric_of_object(noun: str) -> str | None:
    """Firms inspected or places inspected, by the word the object ends on (a trader, 经营户,
    is a firm; a shop, market or station a place); none for what the objects hold (的…) or
    special equipment's users."""
    if not noun or HELD_IN_OBJECT.search(noun) or EQUIPMENT_USERS.search(noun):
        return None
    if TRADERS.search(noun):
        return "enterprises_inspected"
    if PLACE_OBJECT.search(noun):
        return "places_inspected"
    if FIRM_OBJECT.search(noun):
        return "enterprises_inspected"
    return None
