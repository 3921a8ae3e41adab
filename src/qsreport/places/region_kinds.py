"""How the places :func:`.region.region_of` weighs relate: the kind of place a 我市/我县 report
can be about, a run of places written one inside the other, one place inside another, a city counted with
the places inside it."""

from __future__ import annotations

from collections import Counter

from .. import regex_cache as rx
from .finder import Mention, Place
from .index import _LEVELS

# The games or expos a place hosts, named after it with or without their year (北京2022年冬奥会,
# 杭州亚运会, 上海世博会): the event's name (a mark sold without leave, a host's title), not a
# place of the figure nor the report's, and its year dates nothing.
EVENTS = r"(?:冬残奥会|冬奥会|残奥会|奥运会|亚残运会|亚运会|大运会|青奥会|世博会|全运会|园博会)"
EVENT_AFTER = rx.compile(r"\s*(?:(?:19|20)\d{2}\s*年?)?\s*" + EVENTS)
# A firm named after its place (甲市某某检测技术有限公司, 乙县某某厂, 丙市某某（集团）公司): where
# the firm stands, not what the story is about. Its name runs straight on from the place: no
# verb, preposition or whole-place word between (甲市对全市维保公司…, 甲市开展工厂检查, 甲市
# 组织重点企业集团… name no firm).
FIRM_AFTER = rx.compile(r"(?:(?![对在向为的与将各]|开展|组织|检查|进行|全[市县区省]|辖区)"
                        r"[^\s，,。；;：:、“”\"局所院会部委厅府站]){0,12}?"
                        r"(?:有限责任公司|股份有限公司|有限公司|股份公司|公司|集团|厂(?![长家区]))")


_MUNICIPALITIES = frozenset(["北京市", "天津市", "上海市", "重庆市"])


def is_kind(place: Place, kind: str) -> bool:
    """Whether a 我市/我县/我区/我省/我州 report can be about ``place``."""
    if kind == "省":
        return place.level == "province"
    if kind == "自治区":
        return place.level == "province" and place.name.endswith("自治区")
    if kind == "市":
        return place.level == "prefecture" or place.name.endswith("市")
    if kind == "州":  # 我州: an autonomous prefecture (某某自治州)
        return place.level == "prefecture" and place.name.endswith("州")
    return place.level == "county" and place.name.endswith(kind)


def most_specific(mentions: list[Mention], nested: bool = False) -> tuple[int, int]:
    """The first mention, or the last of a run written one inside the other (浙江省金华市永康市;
    ``nested``: with other words between, 四川新闻网-成都日报) — not the first of a list of
    places inside the one before it (浙江杭州、宁波、温州三市…: 浙江, the list's province)."""
    best = mentions[0]
    for at, mention in enumerate(mentions[1:], 1):
        if (mention.start != best.end and not nested) or not inside(mention.place, best.place):
            break
        following = mentions[at + 1] if at + 1 < len(mentions) else None
        if following is not None and following.start == mention.end + 1 \
                and following.place.level == mention.place.level \
                and inside(following.place, best.place):
            break  # 甲省乙市、丙市: the list's province
        best = mention
    return best.start, best.end


def inside(inner: Place, outer: Place) -> bool:
    short = outer.name if outer.level == "province" else ""
    return _LEVELS[inner.level] > _LEVELS[outer.level] and (
        outer.name.startswith(inner.province) or (inner.prefecture != "" and
        outer.name.startswith(inner.prefecture)) or bool(short and short.startswith(inner.province)))


def named_with_its_parts(counts: Counter[Place], least: int) -> Place | None:
    """The city or municipality a story's opening names, counted with the places inside it it also
    names (上海 twice, 浦东新区 twice), ``least`` times at least and more than any other place: a
    story on one city's districts that names the city seldom and each district less than three
    times."""
    # (a city's or a municipality's, not a province's: a province's report names its cities)
    rolled = Counter({outer: count + sum(n for inner, n in counts.items() if inside(inner, outer))
                      for outer, count in counts.items()
                      if outer.level != "province" or outer.name in _MUNICIPALITIES})
    ranked = rolled.most_common(2)
    if ranked and ranked[0][1] >= least and ranked[0][1] > counts[ranked[0][0]] \
            and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None

