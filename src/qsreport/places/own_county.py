"""A county's report that never writes its county's name beside its own office (县市场监管局,
县政府, 我县): the one county the text names anywhere else, in its outlet's name (某某新闻网讯)
or a withheld firm's (某某某养生馆), for :func:`.region.region_of`, as a last resort."""

from __future__ import annotations

from .. import regex_cache as rx
from .finder import Mention, find_places

# The county's own office or the county itself, without its name: a 县 that no place's name
# runs into (在县市场监管局, 近日，县市场监管局…; not 甲县市场监管局, nor 示范县市场).
_UNNAMED = rx.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在由到和与及对据从经向]))县"
                      r"(?:市场监督管理局|市场监管局|质量技术监督局|质监局|人民政府|政府|委)"
                      r"|[我全本]县")
_REACH = 3000  # characters read for the county's name and for its unnamed office


def unnamed_own_county(view: str, body: int) -> Mention | None:
    """The county a report speaks of as 县 (县市场监管局, 我县) without its name near, where
    the text from its head on names one place and that place is a county (文成新闻网讯…县市场
    监管局…: 文成县); None where it names none, another or more than one."""
    end = min(len(view), body + _REACH)
    # (every match holds 县: a text without one is not scanned, the pattern tried everywhere)
    if view.find("县", body, end) < 0 or _UNNAMED.search(view, body, end) is None:
        return None
    named = find_places(view, 0, end)
    if not named or named[0].place.level != "county" \
            or any(m.place != named[0].place for m in named):
        return None
    return named[0]
