"""Last checks on named winners that are places (read by :mod:`.brands_honours_checks`): a
place with a count after it or after its title is a tally, not a winner (全国9个组织荣获…,
某省获批的某示范区达9个); a park that won a zone named in full gives the zone as the winner;
a geographical indication named with its province before it, as the text also names it alone,
loses the province."""

from __future__ import annotations

from dataclasses import replace

from .. import regex_cache as rx
from ..cleaning.view import match_view
from ..models import BrandHonour
from ..places import find_places
from ..regex_prefilter import compile_fast
from .common import Doc

# A place whose title is followed by a number (某省获批的某示范区达9个, …的园区已增至8个): a
# tally, no winner.
_TALLIED = rx.compile(
    r"[^，,；;。！？!?]{0,6}?(?:达|达到|共|有|累计|总数|增至|增加到|增加至)?[\d一二三四五六七八九十两]+"
    r"(?:个|家|项|处)")
# A park or place that won a zone named in full after the verb (某园区获批筹建“全国某某
# 行业的知名品牌示范区”): the zone, named as the text names it, is the honour's winner.
_ZONE_NAMED = rx.compile(r"(?:获批筹建|获准筹建|被命名为|被确定为|被批准为|被授予)"
                         r"(?P<qualifier>[^\W\d_a-zA-Z]{4,20})$")
_PARK = compile_fast(r"(?:园区|开发区|新区|[市县区])$")
_ZONE_TITLE = rx.compile(r"示范区$")
# A place followed by its count (全国9个组织荣获…, 某省12家企业获…): a tally of winners,
# not one of them.
_COUNT_AFTER = rx.compile(r"[\d一二三四五六七八九十两百]+(?:个|家|项|件|名|位)")
_WHOLE = rx.compile(r"全(?:国|省|市|县|区)")


def without_province(doc: Doc, honour: BrandHonour) -> BrandHonour:
    """A geographical indication named with its province before it (云南某县红茶, 甲省某县
    红枣) as the text also names it alone: the name without the province (a name that is
    the province's own, 某省苹果, is never written without it)."""
    if honour.category != "geographical_indication":
        return honour
    view = match_view(honour.name)
    places = find_places(view)
    if not places or places[0].start != 0 or places[0].place.level != "province":
        return honour
    rest = view[places[0].end:]
    if len(rest) < 3 or not _opens_with_place_of(rest, places[0].place.name):
        return honour
    at = doc.view.find(rest)
    while at >= 0:
        if not doc.view.endswith(view[:places[0].end], 0, at):
            cut, start = places[0].end, honour.span[0]
            if doc.text.startswith(honour.name, start):  # (the span starts at the name)
                start += cut
            return replace(honour, name=honour.name[cut:], span=(start, honour.span[1]))
        at = doc.view.find(rest, at + 1)
    return honour


def _opens_with_place_of(name: str, province: str) -> bool:
    """Whether ``name`` opens with a prefecture or county of ``province`` (昌宁红茶: 昌宁县 of
    云南; a county's name is written bare in a product's name, so 县 or 市 is tried after
    its first two characters)."""
    for text in (name, name[:2] + "县", name[:2] + "市"):
        found = find_places(text)
        if found and found[0].start == 0 and found[0].place.province and \
                province.startswith(found[0].place.province):
            return True
    return False


def counted_place(doc: Doc, honour: BrandHonour, place_only: bool) -> bool:
    """Whether the winner is a place (or 全国) with a count right after it (``place_only``:
    whether its name is places alone)."""
    name = match_view(honour.name)
    if not (_WHOLE.fullmatch(name) or place_only):
        return False
    at = doc.view.find(name, honour.span[0], honour.span[1])
    return at >= 0 and _COUNT_AFTER.match(doc.view, at + len(name)) is not None


def tallied_place(doc: Doc, honour: BrandHonour, place_only: bool) -> bool:
    """Whether the winner is a place alone (``place_only``) and its title is followed by a
    count."""
    return place_only and _TALLIED.match(doc.view, honour.span[1]) is not None


def places_alone(name: str) -> bool:
    """Whether ``name`` is made of place names alone (某市某县)."""
    places = find_places(name)
    return bool(places) and places[0].start == 0 and places[-1].end == len(name)


def zone_named(doc: Doc, honour: BrandHonour) -> BrandHonour:
    """The honour with the zone named in full as its winner, where a park won it (_ZONE_NAMED)."""
    name_end = honour.span[0] + len(honour.name)
    title_start = honour.span[1] - len(honour.honour)
    if honour.category != "other" or not _ZONE_TITLE.search(honour.honour) or \
            not _PARK.search(match_view(honour.name)) or not name_end < title_start:
        return honour
    named = _ZONE_NAMED.search(doc.view, name_end, title_start)
    if named is None:
        return honour
    start = named.start("qualifier")
    return replace(honour, name=doc.text[start:honour.span[1]], span=(start, honour.span[1]))
