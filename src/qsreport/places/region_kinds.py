"""How the places :func:`.region.region_of` weighs relate: the kind of place a 我市/我县 report
can be about, a run of places written one inside the other, one place inside another."""

from __future__ import annotations

from .finder import Mention, Place
from .index import _LEVELS


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
    ``nested``: with other words between, 四川新闻网-成都日报)."""
    best = mentions[0]
    for mention in mentions[1:]:
        if (mention.start != best.end and not nested) or not inside(mention.place, best.place):
            break
        best = mention
    return best.start, best.end


def inside(inner: Place, outer: Place) -> bool:
    short = outer.name if outer.level == "province" else ""
    return _LEVELS[inner.level] > _LEVELS[outer.level] and (
        outer.name.startswith(inner.province) or (inner.prefecture != "" and
        outer.name.startswith(inner.prefecture)) or bool(short and short.startswith(inner.province)))
