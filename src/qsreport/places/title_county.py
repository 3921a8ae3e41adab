"""A headline's county written by its short name with no place's word after it (the finder
wants 质监局, 全县 … after a county's short name, as many are common words too), for
:func:`.region.region_of`: one the headline opens on (某县眼镜抽检合格率达99%, 某市开展节前检查)
where the body names it again, as its name or as its own word (我县, 全市), not the first of
several places' products it joins (甲地蜜柚和乙地黄牛…); and one written
right after its own city or province (宁德福安…: 福安); and a headline's town, village or scenic
area, which the gazetteer does not hold, that the body writes after the place it lies in
(某某沟寻人… with 甲省某某沟景区 in the body: 甲省); and a region of several provinces or
cities that a headline names as one (京津冀, 长三角), where it names no place of its own."""

from __future__ import annotations

from collections import Counter

from .. import regex_cache as rx
from .finder import Mention, Place, county_by_short_name, find_places, is_about, parent_of
from .index import counties_by_short_word

_BODY_WINDOW = 800  # body characters read for the county's name again
_AGAIN = 3  # times, at the least, the body writes a short name no place's word follows
# The body's words for its own county or city; 辖区 (辖区内, 本辖区) too: the area an office
# works in, a local office's own.
_OWN = rx.compile(r"[我全本该][县市区旗]|辖区")
# Blanks before the headline's county, or an office and a colon (省质监局：某县…: the office
# says whose news it relays, the county what it is about).
_SPACE = rx.compile(r"\s*(?:[\u4e00-\u9fff]{0,6}?(?:局|厅|委|办)\s*[:：]\s*)?")
# Where a headline's hook ends and its news begins (发现隐患30处！某县开展…, 重磅｜某市…).
_PART = rx.compile(r"[！!？?｜|]\s*")
# A unit the province's own organisation keeps in a city (甲省纤检所乙市实验室, 甲省某院乙分院):
# the province's, not the city's.
_UNIT_OF = rx.compile(r"(?:实验室|分所|分院|分中心|办事处|工作站)")
# A venue after 在 (甲省将在乙市举办…): where an event is held, not whose report it is.
_VENUE = rx.compile(r"[\u4e00-\u9fff]{0,2}?(?:召开|举行|举办|开幕|揭晓)")
# What follows a short name that still begins a list or a product of another place (甲、乙两地;
# 某某茶: a tea is named after its place far from it, 龙井茶).
_NOT_ALONE = rx.compile(r"[、和与及]|茶")
# A thing named after a place, short, and the word that joins the next (甲地蜜柚和…, 丙地茶油、…).
_JOINED_THING = rx.compile(r"[\u4e00-\u9fff]{1,6}?[、和与及]")
_LIST_GOES_ON = rx.compile(r"[、等]")
# A place below a county, which the gazetteer does not hold, named right after a place that is
# (甲省某某沟景区, 乙县某某镇, 丙市某某村): its name and its kind. Not the start of a common
# word (浙江省美丽乡村建设, 新农村, 特色小镇): 乡村, 村镇, 镇村 and 乡民 name no one place.
_LOCALITY = rx.compile(r"(?P<name>[\u4e00-\u9fff]{2,5}?)(?:风景区|景区|古镇|(?:镇|乡|村)(?![村镇民庄])|"
                       r"街道|社区)")
_COMMON = ("美丽", "新农", "特色小", "文明", "和谐")  # (美丽乡村, 新农村, 特色小镇, 文明村, 和谐社区)


# Regions of several provinces or cities named as one, which the gazetteer does not hold; and
# the country's great regions (华东, 华南: not the head of a school's, a hospital's or a firm's
# name, 华东某某大学, 华南某某学院, 华北某某集团, nor an animal's, 华南虎).
_GROUP = rx.compile(r"京津冀|长三角|长江三角洲|珠三角|珠江三角洲|粤港澳大湾区|成渝地区|成渝经济圈|"
                    r"长株潭|环渤海|泛珠三角|东北三省|关中平原城市群|北部湾|"
                    r"(?:华东|华南|华北|华中)(?![\u4e00-\u9fff]{0,2}(?:大学|学院|医院|集团|股份|公司)"
                    r"|虎|制药|医药)")


def title_group(view: str, title: tuple[int, int]) -> tuple[int, int] | None:
    """Where a headline names a region of several provinces or cities as one (打造京津冀…)."""
    found = _GROUP.search(view, *title)
    return found.span() if found is not None else None


def title_locality(view: str, title: tuple[int, int], window: list[Mention]) -> Mention | None:
    """The place the body writes a headline's own locality after (a town, a village, a scenic
    area the headline names without its place: 某某沟…, the body 甲省某某沟景区): the first
    such place the body's opening names."""
    headline = view[title[0]:title[1]]
    for mention in window:
        found = _LOCALITY.match(view, mention.end)
        if found is not None and found["name"] in headline and is_about(view, mention) \
                and not found["name"].startswith(_COMMON):
            return mention
    return None


def title_county(view: str, title: tuple[int, int], body: int) -> Mention | None:
    """The county a headline opens on by its short name, when the body's opening confirms it:
    names it as a place (丹阳市, 丹阳质监局), or names no place and speaks of its own county or
    city (我县, 全市), or writes the short name again more often than any place it names (a
    common word, 新建的体育馆, is not written so often, nor before 的)."""
    found = _opening_county(view, title)
    if found is None:
        return None
    end = min(len(view), body + _BODY_WINDOW)
    if one_of_places_things(view, found, title[1], body):
        return None
    named = Counter(m.place for m in find_places(view, body, end))
    if named[found.place]:
        return _in_full(view, found, body)
    if not named:
        return found if _OWN.search(view, body, end) else None
    written = view[found.start:found.end]
    again, at = 0, view.find(written, body, end)
    while at >= 0:
        again += view[at + len(written):at + len(written) + 1] != "的"
        at = view.find(written, at + len(written), end)
    return found if again >= max(_AGAIN, *named.values()) else None


def _opening_county(view: str, title: tuple[int, int]) -> Mention | None:
    """The county a headline, or a part of it after a hook (好消息！某县…; 重磅｜某市…), opens
    on by its short name."""
    for at in (title[0], *(m.end() for m in _PART.finditer(view, *title))):
        start = _SPACE.match(view, at)
        found = county_by_short_name(view, start.end() if start else at, title[1])
        if found is not None and is_about(view, found) and not _NOT_ALONE.match(view, found.end):
            return found
    return None


def one_of_places_things(view: str, found: Mention, title_end: int, body: int) -> bool:
    """Whether the headline's county only names the first of things named after their places
    that it joins (甲地蜜柚和乙地黄牛入选…): another county's short name follows the joining
    word, or the body lists the same thing among others (丙地板鸭、甲地蜜柚、…等产品), so the
    headline is about no one county."""
    joined = _JOINED_THING.match(view, found.end, title_end) if found.place.level == "county" else None
    if joined is None:
        return False
    other = county_by_short_name(view, joined.end(), title_end)
    if other is not None:
        return other.place != found.place
    thing, end = view[found.start:joined.end() - 1], min(len(view), body + _BODY_WINDOW)
    at = view.find(thing, body, end)
    while at >= 0:
        if view[at - 1:at] == "、" or _LIST_GOES_ON.match(view, at + len(thing)):
            return True
        at = view.find(thing, at + len(thing), end)
    return False


def county_after(view: str, place: Place, at: int, end: int, body: int) -> Mention | None:
    """The county whose short name follows ``place`` at ``at`` (before ``end``), where
    ``place`` is its city or its province (宁德福安, 浙江永康)."""
    found = county_by_short_name(view, at, end)
    if found is None:
        return _common_word_county(view, place, at, end, body)
    if not parent_of(place, found.place) or not is_about(view, found):
        return None
    return _in_full(view, found, body)


def _common_word_county(view: str, place: Place, at: int, end: int, body: int) -> Mention | None:
    """A county whose short name is a common word (和平, 太和), after its own city or province
    in a headline (甲省和平…), where the body's opening writes it in full (乙市和平县): the
    county as the body writes it; the finder reads such a short name as no place."""
    if at + 2 > end:
        return None
    for county in counties_by_short_word(view[at:at + 2]):
        if parent_of(place, county):
            written = view.find(county.name, body, min(len(view), body + _BODY_WINDOW))
            return Mention(written, written + len(county.name), county) if written >= 0 else None
    return None


def _in_full(view: str, found: Mention, body: int) -> Mention:
    """The county as the body's opening writes it in full, where it does (丹阳市 for a
    headline's 丹阳); else as the headline does."""
    at = view.find(found.place.name, body, min(len(view), body + _BODY_WINDOW))
    return Mention(at, at + len(found.place.name), found.place) if at >= 0 else found


def one_inside(view: str, mentions: list[Mention], place: Place, end: int,
               body: int) -> Mention | None:
    """The one place a headline names, after ``place`` (a province, ending at ``end``), that
    lies inside it (甲省…乙市有效提升…: 乙市), in no list nor as the province's unit there
    (甲省某所乙市实验室), and written in full or, where the
    body (from ``body``) names it again in full or twice by the same short name, by its short
    name (甲省局对乙地工作调研, 甲省某某行（乙地站）); None where it names none or several."""
    if place.level != "province":
        return None
    inner = [m for m in mentions if m.start >= end and m.place != place and parent_of(place, m.place)]
    if not inner or any(m.place != inner[0].place for m in inner):
        return None
    found = inner[0]
    listed = view[found.end:found.end + 1] in "、和及" or view[found.start - 1:found.start] in "、和及"
    written = view[found.start:found.end]
    venue = view[found.start - 1:found.start] == "在" and _VENUE.match(view, found.end)
    if listed or venue or _UNIT_OF.match(view, found.end):
        return None
    if written == found.place.name:
        return found
    reach = min(len(view), body + _BODY_WINDOW)
    again = view.find(found.place.name, body, reach) >= 0 or view.count(written, body, reach) >= 2
    return found if again else None
