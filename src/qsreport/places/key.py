"""A figure's place as the gazetteer reads it: its adcode and full simplified name, so that
places written differently (甲省 and 甲, a city with 市 or without, either script) group as
one. Schema 2 writes them as ``place_code`` and ``place_name`` beside ``place``.

The place string is looked up whole, once per distinct string (cached): in the finder's
names (:mod:`.index`: full and short names, traditional forms, 某某县 for an autonomous
county). A string that is not one name is read as a chain of names, each inside the one
before (甲省乙市, 乙市丙区, short names too), and takes the last. A name that several places
bear (two districts called 鼓楼区, a short name two counties share) is no place: null, not a
guess, unless the chain's parent tells which. The whole country (全国, 我国, 中国) is
:data:`NATIONAL`; words for the report's own region (全市, 本县) and anything else the
gazetteer does not hold are null.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .. import regex_cache as rx
from ..cleaning import match_view
from .index import Place, _index, _row_place, scan

__all__ = ["NATIONAL", "key_places", "key_region", "place_key"]

# The whole country: the code China's division codes give the state (GB/T 2260's 100000)
# and the word reports write for it.
NATIONAL = ("100000", "全国")
_NATIONAL_WORDS = frozenset(["全国", "我国", "中国", "国内", "全中国"])


@lru_cache(maxsize=4096)
def place_key(place: str | None) -> tuple[str, str] | None:
    """``(adcode, full simplified name)`` of the place ``place`` names, or None where the
    gazetteer holds no one place by it."""
    if not place:
        return None
    view = match_view(place.strip())
    if view in _NATIONAL_WORDS:
        return NATIONAL
    names, rows = _index()[:2]
    entry = names.get(view)
    if entry is not None:
        found = _row_place(rows, entry >> 1)
        if len(_bearers(view, found.level)) > 1:
            return None
        return found.adcode, found.name
    return _chain(view)


def _chain(view: str) -> tuple[str, str] | None:
    """The last of the names ``view`` is made of, each inside the one before (甲省乙市丙县);
    None unless the names fill it, one after another."""
    mentions = scan(view, 0, len(view))
    if len(mentions) < 2 or mentions[0].start != 0 or mentions[-1].end != len(view):
        return None
    parent: Place | None = None
    for at, mention in enumerate(mentions):
        if at and mentions[at - 1].end != mention.start:
            return None
        written = view[mention.start:mention.end]
        inside = [place for place in _bearers(written, mention.place.level) or (mention.place,)
                  if parent is None or _within(place, parent)]
        if len(inside) != 1:
            return None
        parent = inside[0]
    assert parent is not None
    return parent.adcode, parent.name


def _within(place: Place, parent: Place) -> bool:
    """Whether ``place`` lies in ``parent`` (its parents are written as short names, which
    begin the parent's full name: 甲 of 甲省)."""
    if parent.level == "province":
        return place.level != "province" and bool(place.province) \
            and parent.name.startswith(place.province)
    if parent.level == "prefecture":
        return place.level == "county" and place.province == parent.province \
            and bool(place.prefecture) and parent.name.startswith(place.prefecture)
    return False


def _bearers(name: str, level: str) -> tuple[Place, ...]:
    """The places of ``level`` named ``name`` in full or short, when there are several (one
    a division code); none otherwise."""
    rows = _index()[1]
    return tuple(_row_place(rows, number) for number in _homonyms().get((name, level), ()))


@lru_cache(maxsize=1)
def _homonyms() -> dict[tuple[str, str], tuple[int, ...]]:
    """Every (name, level) that several of the gazetteer's places bear, full or short, and
    the rows of those places: worked out once per gazetteer and kept in the start-up cache
    (:mod:`..regex_cache`: going over every row took some 12 ms of a cold parse)."""
    rows = _index()[1]
    text = "\n".join(rows)
    return rx.derived("homonyms", f"{zlib.crc32(text.encode()):08x}-{len(text)}", 0,
                      lambda: _homonym_rows(rows), __file__)


def _homonym_rows(rows: list[str]) -> dict[tuple[str, str], tuple[int, ...]]:
    bearers: dict[tuple[str, str], dict[str, int]] = {}
    for number, row in enumerate(rows):
        full, short, level, adcode = row.split("|", 4)[:4]
        for name in {full, short}:
            held = bearers.setdefault((name, level), {})
            if adcode not in held:
                held[adcode] = number
    return {key: tuple(held.values()) for key, held in bearers.items() if len(held) > 1}


def key_places(figures: Iterable[Any]) -> None:
    """Give every figure that has a place its ``place_code`` and ``place_name`` (after
    extract/context.py has read the places)."""
    for item in figures:
        key = place_key(item.place)
        if key is not None:
            item.place_code, item.place_name = key


def key_region(meta: Any) -> None:
    """Give the report's ``meta`` its region's ``region_code`` and ``region_name``, by the
    key its figures' places take; none for the whole country (a national report has no
    region: its figures say 全国 themselves) or a region that is no one place."""
    key = place_key(meta.region)
    if key is not None and key != NATIONAL:
        meta.region_code, meta.region_name = key
