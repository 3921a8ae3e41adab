"""A county's report that never writes its county's name beside its own office (县市场监管局,
县政府, 我县; a district's 区市场监管局): the one county the text names anywhere else, in its
outlet's name (某某新闻网讯), a withheld firm's (某某某养生馆) or the title of a document it
follows (《甲市乙区…方案》), for :func:`.region.region_of`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..regex_prefilter import might_match
from .finder import Mention, find_places
from .region_kinds import inside

# The county's own office or the county itself, without its name: a 县 that no place's name
# runs into (在县市场监管局, 近日，县市场监管局…; not 甲县市场监管局, nor 示范县市场).
# A district's own market office written so too (区市场监管局结合…); not 我区 or 全区, which an
# autonomous region's report says of itself, nor 区政府 or 区委, which a city's report names.
_UNNAMED = rx.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在由到和与及对据从经向]))(?:县"
                      r"(?:市场监督管理局|市场监管局|质量技术监督局|质监局|人民政府|政府|委)"
                      r"|区(?:市场监督管理局|市场监管局|质量技术监督局|质监局))"
                      r"|[我全本]县")
_REACH = 3000  # characters read for the county's name and for its unnamed office


def unnamed_own_county(view: str, body: int) -> Mention | None:
    """The county a report speaks of as 县 or 区 (县市场监管局, 我县, 区市场监管局) without its
    name near, where the text from its head on names one county and no place but that county
    and the city or the province it lies in (文成新闻网讯…县市场监管局…: 文成县; 区市场监管局
    按照《甲市乙区…方案》…: 乙区); None where it names none, another or more than one."""
    end = min(len(view), body + _REACH)
    # (a text holding none of the words every match holds is not scanned: the pattern would be
    # tried at every position)
    if not might_match(_UNNAMED, view[body:end]) \
            or (unnamed := _UNNAMED.search(view, body, end)) is None:
        return None
    named = find_places(view, 0, end)
    counties = {m.place for m in named if m.place.level == "county"}
    if len(counties) != 1:
        return None
    county = counties.pop()
    if any(m.place != county and not inside(county, m.place) for m in named):
        return None
    # (a district's office: its district written in full, 乙区, not a short name a slogan or a
    # list of words holds, 食安、农安)
    district = unnamed[0].startswith("区")
    return next((m for m in named if m.place == county
                 and (not district or view[m.start:m.end] == county.name)), None)
