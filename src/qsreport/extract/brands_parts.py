"""The item of a part of a brand count broken down by place or sector: what stands between
the part's clause start and its number (乙市9项, 其中工业类8个, 甲州拥有7件, and after an
opener by kind, 从行业看，轻工业9件)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..places import find_places
from .lexicon.brand_lists import BARE_SECTOR, BY_KIND, PLACE_ITEM, SECTOR_ITEM

# What may follow a place of the gazetteer in such an item (曲靖3件, 昆明拥有7件).
_AFTER_PLACE = rx.compile(r"(?:也|则|还)?(?:拥有|有|获|获得|占|新增|新获)?")
_BEFORE_PLACE = rx.compile(r"(?:其中|另外|而|以及)?")


def part_item(view: str, start: int, end: int, floor: int | None = None) -> bool:
    """Whether ``view[start:end]`` only names a place or a sector before its number; with
    ``floor``, a trade's bare name too when ``view[floor:start]`` opens a breakdown by kind."""
    if PLACE_ITEM.fullmatch(view, start, end) or SECTOR_ITEM.fullmatch(view, start, end):
        return True
    if floor is not None and BY_KIND.search(view, floor, start) and \
            BARE_SECTOR.fullmatch(view, start, end):
        return True
    lead = _BEFORE_PLACE.match(view, start, end)
    at = lead.end() if lead else start
    places = find_places(view, at, end)
    if not places or places[0].start != at:
        return False
    last = places[0].end
    return _AFTER_PLACE.fullmatch(view, last, end) is not None
