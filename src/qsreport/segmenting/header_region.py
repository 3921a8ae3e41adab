"""The region of a report's header (:func:`report_region`): the place it is about, as it is
written (:func:`places.region_of`), a breadcrumb's place, or the city of a city paper whose
name does not carry it; and the place a title opens on inside its 地名： prefix
(:func:`opening_inside`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import regex_cache as rx
from ..cleaning import match_view
from ..places import find_places, region_of
from ..places.finder import Mention, is_about, place_in_crumbs
from ..places.outlets import PAPER_CITIES
from ..places.region import ABROAD_DATELINE, provincial_report
from ..places.region_kinds import inside
from ..places.region_lead import unnamed_territory
from ..places.region_share import inside_namesake

if TYPE_CHECKING:
    from .header import Header

INSIDE_TITLE = "a place the title opens on, inside its 地名： prefix"
_WORD = rx.compile(r"[-—－][^\s|｜，,（(]*")  # a second name joined by a dash
# A breadcrumb's last part long enough to be the page's own headline, not a column's name
# (工作动态, 姑苏要闻): a page with no title line of its own prints its title there.
_CRUMB_TITLE = 10
_CRUMB_REACH = 300  # characters of the text the breadcrumb line stands in


def report_region(text: str, view: str, header: Header, crumbs: tuple[str, ...],
                  portal: Callable[[], str | None] | None = None) -> str | None:
    """The place the report is about, as it is written (see :func:`places.region_of`); a
    page's breadcrumb (首页 > 某某市 > 某某县 > 公告) ranks after its title. ``portal``: what
    reads the place whose government's site a page is on (甲市, from 甲市人民政府门户网站), the
    last resort — and the region of its news told from Hong Kong, Macau, Taiwan or abroad
    (甲市画展在澳门开幕, 甲省领导接见香港客商), which no mainland government's site reports as
    their news. It is called only then."""
    found = _report_region(text, view, header, crumbs)
    if portal is None or not (found is None or header.found.get("region") == ABROAD_DATELINE
                              or _territory(found)):
        return found
    place = portal()
    if place is not None and not _territory(place):
        header.found["region"] = "the place whose government's site the page is on"
        return place
    return found


def _territory(region: str) -> bool:
    """Whether a region is Hong Kong, Macau or Taiwan (or a place in one)."""
    places = find_places(match_view(region))
    return bool(places) and places[0].place.adcode[:2] in _TERRITORY_CODES


_TERRITORY_CODES = ("71", "81", "82")  # the adcodes' first digits of Taiwan, Hong Kong, Macau


def _report_region(text: str, view: str, header: Header, crumbs: tuple[str, ...]) -> str | None:
    title = None
    if header.title_line is not None:
        title = (header.title_line.start, header.title_line.end)
    source = None
    if header.source is not None and (at := text.find(header.source)) >= 0:
        # The publisher's second name joined to it (某省新闻网-某市日报, read as 某省新闻网).
        word = _WORD.match(view, at + len(header.source))
        source = (at, word.end() if word else at + len(header.source))
    if title is None and crumbs and place_in_crumbs(crumbs) is None:
        title = _crumb_title(text, crumbs)  # 当前位置：首页 >> 甲省某局关于…: the page's title
    if crumbs and (crumb := place_in_crumbs(crumbs)) is not None \
            and (title is None or region_of(view, title, len(view)) is None):
        if (inner := _inside_crumb(view, crumb, region_of(view, title, header.end, source))):
            header.found["region"] = "an organisation in the body inside the breadcrumb's place"
            return text[inner[0]:inner[1]]
        header.found["region"] = "breadcrumb"
        return crumb
    found = region_of(view, title, header.end, source)
    if found is None and (territory := unnamed_territory(
            view, header.end, find_places(view, 0, min(len(view), header.end + _OWN_CITY_REACH)))):
        header.found["region"] = "a territory's own office, law or word, its name unwritten"
        return territory
    if found is None and (banner := _government_site(view, header.end)) is not None:
        header.found["region"] = "the site of a place's government the header names"
        return text[banner.start:banner.end]
    if found is None:
        province = None if (city := _paper_city(view, header)) else provincial_report(view, header.end)
        if province is not None:  # (or a city's notice: the city its cited report names)
            header.found["region"] = (
                "the province a provincial report's places lie in"
                if any(m.place.level == "province" and not m.place.name.endswith("市")
                       for m in find_places(province))
                else "the city the title of the report a city's notice cites names")
        return city or province
    header.found["region"] = found[2]
    return text[found[0]:found[1]]


def _inside_crumb(view: str, crumb: str, found: tuple[int, int, str] | None
                  ) -> tuple[int, int] | None:
    """Where the body's organisation (城关区市场监管局…) names a place inside the
    breadcrumb's (首页 > 资讯 > 兰州): the nearer place, read as the crumb's own one of that
    name (城关区 of 兰州, not of 拉萨)."""
    if found is None or not found[2].startswith("organisation"):
        return None
    outer = find_places(match_view(crumb))
    named = find_places(view, found[0], found[1])
    if len(outer) != 1 or len(named) != 1:
        return None
    return (found[0], found[1]) if inside_namesake(named[0].place, outer[0].place) else None


_OWN_CITY = rx.compile(r"[全本我]市")
_OWN_CITY_REACH = 800  # body characters read for 全市 and for other places


_PAPER_DATELINE = rx.compile(
    r"(?m)^[ \t\u3000]*(?:" + "|".join(sorted(PAPER_CITIES)) + ")(?=讯|记者|消息)")
_PAPER_DATELINE_REACH = 40  # characters of the body a paper's dateline or byline opens within


def _paper_city(view: str, header: Header) -> str | None:
    """The city of a city paper whose name does not carry it (今晚报), for a report naming no
    place that speaks of its own city (全市) or opens on the paper's dateline (今晚报讯)."""
    reach = (header.end, min(len(view), header.end + _OWN_CITY_REACH))
    city = PAPER_CITIES.get((header.source or "").strip())
    if city is None or not _OWN_CITY.search(view, *reach):
        dateline = _PAPER_DATELINE.search(view, header.end, header.end + _PAPER_DATELINE_REACH)
        city = PAPER_CITIES[dateline.group().strip()] if dateline else None
    if city is None or find_places(view, *reach):
        return None
    header.found["region"] = "a city paper's own city"
    return city


def opening_inside(view: str, shaped: re.Match[str]) -> Mention | None:
    """The place a title after a ``地名：`` prefix (``shaped``: its ``region`` and ``title``
    groups) opens on, where it lies inside the prefix's province or city (河南：周口市开展…,
    甲市：乙县…; also in a quoted product's name it opens, 甲省：“乙市某某茶”获…): what the
    title is about, the prefix its province."""
    outer = find_places(view, *shaped.span("region"))[0]
    found = [m for m in find_places(view, shaped.start("title"), shaped.end("title"))
             if is_about(view, m)]
    if not found or view[shaped.start("title"):found[0].start].strip(" \t\u3000“\"") \
            or outer.place.level == "county":
        return None
    return found[0] if inside(found[0].place, outer.place) else None


# A header line that names the site of a place's government or one of its offices (某市人民政府
# 某某局门户网站, 某县政府网): the place that publishes the page.
_GOVERNMENT_SITE = rx.compile(r"[^\S\n]*(?P<name>[\u4e00-\u9fff]{2,10}?)(?:人民)?政府"
                              r"[\u4e00-\u9fff]{0,12}?(?:门户)?网站?[^\S\n]*$", re.M)


def _government_site(view: str, end: int) -> Mention | None:
    """The place of a header line naming its government's site, where the header names no
    other place."""
    for line in _GOVERNMENT_SITE.finditer(view, 0, end):
        found = find_places(view, *line.span("name"))
        if len(found) == 1 and found[0].start == line.start("name"):
            return found[0]
    return None


def _crumb_title(text: str, crumbs: tuple[str, ...]) -> tuple[int, int] | None:
    """Where a breadcrumb that ends on the page's own headline (当前位置：首页 >> 新闻 >>
    甲省某局关于某年某事的公告) prints it, in a page with no title line: read as its title."""
    last = crumbs[-1].strip() if crumbs else ""
    at = text.find(last, 0, _CRUMB_REACH) if len(last) >= _CRUMB_TITLE else -1
    return (at, at + len(last)) if at >= 0 else None
