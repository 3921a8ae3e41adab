"""The place 该市 (全县, 全州) stands for where its own sentence names none of its kind, for
:mod:`.context`: the last place of that kind the report names before it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..places import Place
from ..places.finder import Mention
from .context_place import _of_kind, sentence_places

_NAMED_REACH = 1500  # how far back 该市 (全县) is read for the place it stands for


def named_before(view: str, text: str, word: re.Match[str], region: Place | None,
                 find: Callable[[str, int, int], list[Mention]] | None = None) -> str | None:
    """The place 该市 (全县, 全州) stands for where its own sentence names none of its kind: the
    last of that kind the report names before it (乙市…。…该市今年检查…: 乙市's) — for 全, only
    a place inside the report's region (``region``: its gazetteer entry, if known) and not
    the region itself, and of a kind below the region's (甲市's report of its 乙县: 乙县…。全县…:
    乙县's). Never 我市, 本县: the report's own place. ``find``: the sentence-place reader
    (:func:`.context_place.sentence_places` unless one is given)."""
    lead, kind = word[0][0], word[0][-1]
    if lead not in "该全" or (lead == "全" and not _below(kind, region)):
        return None
    mentions = (find or sentence_places)(view, max(0, word.start() - _NAMED_REACH), word.start())
    for mention in reversed(mentions):
        if not _of_kind(view, mention, kind):
            continue
        if region is not None and (mention.place.adcode == region.adcode or (
                lead == "全" and not _inside(mention.place, region))):
            return None  # the report's own place, or (全) one beyond it
        return text[mention.start:mention.end]
    return None


def _below(kind: str, region: Place | None) -> bool:
    """Whether 全 and ``kind`` (全县, 全市) can only be a place below the report's region: a
    county's in a city's report, a city's or county's in a province's. (全市 in a city's
    report is that city, whatever county-level city it named before.)"""
    if region is None:
        return False
    return kind in "县区" if region.level == "prefecture" else region.level == "province"


def _inside(place: Place, region: Place) -> bool:
    """Whether a gazetteer place lies inside a region below it (a county of a prefecture, a
    prefecture or county of a province)."""
    if region.level == "province":
        return place.level != "province" and place.adcode[:2] == region.adcode[:2]
    return region.level == "prefecture" and place.level == "county" \
        and place.adcode[:4] == region.adcode[:4]
