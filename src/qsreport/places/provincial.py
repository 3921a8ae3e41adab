"""The province of a report that speaks as a province's office and never writes its own
province's name (省质监局通报…, 全省), read from the places it names: for
:mod:`..segmenting.header_region`, where :func:`.region.region_of` finds no region."""

from __future__ import annotations

from collections import Counter

from .. import regex_cache as rx
from .finder import find_places

_SOLE_REACH = 20_000  # body characters read for the places a text names

# A report of a province's own office or the whole province (省质监局, 自治区质量技术监督局,
# 全省, 我区 beside 自治区), which need not name the province.
_OFFICES = r"(?:质监局|质量技术监督局|市场监管局|市场监督管理局|工商局|工商行政管理局|商务厅|局|政府)"
_PROVINCIAL = rx.compile(r"省" + _OFFICES + r"|自治区" + _OFFICES + r"|[全我本]省")
# The title of a document a provincial notice follows or cites (按照《2019年甲省…抽查计划》,
# 省政府出台《甲省…办法》): the province it names is the notice's own.
_DOCUMENT = rx.compile(r"《[^》\n]{0,60}》")
# A city's own office named without the city (，市工商局发布…; 市质监局近日…).
_CITY_OFFICE = rx.compile(r"(?<![\u4e00-\u9fff])市(?:工商局|质监局|质量技术监督局|市场监管局|市场监督管理局)")
_PROVINCIAL_REACH = 400  # body characters that say whose report it is
_SHARE_IN_ONE = 0.8  # of the distinct places the text names, the share one province holds
_PLACES_IN_ONE = 3  # distinct places, at the least, it holds


def provincial_report(view: str, body: int) -> str | None:
    """The province, by its full name, of a report that speaks as a province's (省质监局通报…,
    全省) and names no place a region is read from, when nearly all the places it names (its
    cities and counties, three at least) lie in that province (省局抽查了甲市、乙市、丙市的…):
    a provincial notice that never writes its own province's name; else the province the title of
    a document its opening cites names (按照《甲省…计划》). A city's notice of its own unnamed
    office (市工商局公布《某年甲市…报告》): the city that title names. None otherwise."""
    if not _PROVINCIAL.search(view, body, min(len(view), body + _PROVINCIAL_REACH)):
        if _CITY_OFFICE.search(view, body, min(len(view), body + _PROVINCIAL_REACH)):
            return _cited_province(view, body, city=True)
        return None
    names = {m.place for m in find_places(view, body, min(len(view), body + _SOLE_REACH))}
    provinces = Counter(place.province for place in names if place.level != "province")
    cited = _cited_province(view, body)
    if not provinces:
        return cited
    province, count = provinces.most_common(1)[0]
    if count < _PLACES_IN_ONE or count < _SHARE_IN_ONE * sum(provinces.values()):
        return cited if cited is not None and cited.startswith(province) else None
    whole = [m.place for m in find_places(province) if m.place.level == "province"]
    return whole[0].name if whole else None


def _cited_province(view: str, body: int, city: bool = False) -> str | None:
    """The province, by its full name, the first document the opening cites by its title
    names (《甲省…计划》), where that title names a province; ``city``: a city (a prefecture or
    a municipality, 《某年甲市…报告》)."""
    for document in _DOCUMENT.finditer(view, body, min(len(view), body + _PROVINCIAL_REACH)):
        found = [m.place for m in find_places(view, *document.span()) if (
            m.place.level == "prefecture" or (m.place.level == "province" and m.place.name.endswith("市"))
            if city
            else m.place.level == "province")]
        if found:
            return found[0].name
    return None
