"""A national quality body's decision on a local place, for :func:`.region.region_of`: a lead
that tells of 国家质检总局 (or 国家标准委, 市场监管总局) approving, reviewing or accepting a
county's project or product (国家标准委批复甲省乙县承担…; 国家标准委对乙县某某茶开展审查)
is that place's news, though the body's doer is the country's and the place is named seldom."""

from __future__ import annotations

from .. import regex_cache as rx
from .central import CENTRAL_BODIES, QUALITY_BODIES
from .finder import Mention, Place
from .index import LEVELS
from .region_kinds import inside
from .region_sources import ORGANISATION

_QUALITY_BODY = rx.compile("|".join(sorted(QUALITY_BODIES, key=lambda name: (-len(name), name))))
_LEAD_REACH = 120  # body characters the national body is named within
# What such a body decides on a place's behalf (批准筹建, 同意, 技术审查, 验收, 认定, 命名): not
# a national story of its own (通报, 发布会), whose one example province is no region.
_DECISION = rx.compile(r"批准|同意|核准|批复|获批|审查|验收|评审|认定|命名|授予|筹建")
_DECISION_REACH = 200  # body characters the decision is told within
_LEAST = 2  # how often the one place is named, at least


def decided_for(view: str, window: list[Mention], everything: list[Mention],
                body: int) -> Mention | None:
    """The place a national quality body's decision in the lead is about, where the opening's
    counted places (``window``) are all of one line: the innermost of a run written one inside
    the other (甲省乙县…乙县), named twice at least; or the one place all of several parts lie
    in, where the text names it (甲省…乙县和丙县: 甲省). None where the lead names no such body
    or tells no decision of it (a national notice or press conference, 通报…, 召开发布会…), or
    where the opening names places of two lines (甲省…丁省: a national list)."""
    if _QUALITY_BODY.search(view, body, min(len(view), body + _LEAD_REACH)) is None \
            or _DECISION.search(view, body, min(len(view), body + _DECISION_REACH)) is None \
            or len(window) < _LEAST:
        return None
    places = {mention.place for mention in window}
    innermost = [place for place in places if all(_within(place, other) for other in places)]
    if innermost:
        named = [mention for mention in window if mention.place == innermost[0]]
        return named[0] if len(named) >= _LEAST else None
    holders = [mention for mention in everything
               if all(_within(place, mention.place) for place in places)]
    return max(holders, key=lambda mention: LEVELS[mention.place.level], default=None)


# A body of the whole country as a list of bodies names it: a central ministry or office, or
# a body named after the country (国家…委员会, 中国…协会, 全国…委员会).
_NATIONAL_BODY = rx.compile("|".join(sorted({*CENTRAL_BODIES, *QUALITY_BODIES}, key=lambda name: (-len(name), name)))
                            + r"|(?:国家|中国|全国)[\u4e00-\u9fff]{2,}")
_CLAUSE_END = rx.compile(r"[，,。；;：:！？\n]")
_ROLL_REACH = 300  # body characters the roll of bodies stands in
_ROLL_LEAST = 3  # bodies a roll names, at least


def national_roll(view: str, window: list[Mention], body: int) -> bool:
    """Whether the first office of a place the body's opening names (甲市乙区市场监管局) is one
    item of a roll of bodies, most of them the country's (记者向某部、国家某委、甲市乙区某局、中国
    某协会等部门求证): a national story that asked many bodies, one of them local, not that
    place's news."""
    office = next((m for m in window if m.start - body <= _ROLL_REACH
                   and ORGANISATION.match(view, m.end)), None)
    if office is None:
        return False
    start = max((found.end() for found in _CLAUSE_END.finditer(view, max(body, office.start - _ROLL_REACH),
                                                                  office.start)), default=body)
    end = _CLAUSE_END.search(view, office.end)
    items = view[start:end.start() if end else len(view)].split("、")
    if len(items) < _ROLL_LEAST:
        return False
    local = national = 0
    at = start
    for item in items:
        if any(at <= m.start < at + len(item) for m in window):
            local += 1
        elif _NATIONAL_BODY.search(item):
            national += 1
        at += len(item) + 1
    return national > local


def _within(inner: Place, outer: Place) -> bool:
    return inner == outer or inside(inner, outer)
