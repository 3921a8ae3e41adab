"""How the places :func:`.region.region_of` weighs relate: the kind of place a 我市/我县 report
can be about, a run of places written one inside the other, one place inside another, a city counted with
the places inside it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .. import regex_cache as rx
from .finder import Mention, Place
from .index import LEVELS

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


# A report that speaks of itself as 我市/全县/本省/我州 is about a place of that kind (not a
# market, 该市场主体, 全市场: no 市 of a place).
SELF = rx.compile(r"[我全本该]([省市县区州])(?!场)")
# (not a base a share is taken of: 占全省总数的6%, 高于全省平均)
_BASE = rx.compile(r"(?:占|比|于|较)$")
# The whole province (or city) a place's report ranks itself in (居全省第一, 列全省前茅, 全省唯一,
# 率先在全省开展, 在全省…考核中获优秀, 居全省同类城市首位, 首届全省…大赛): the arena of its rank,
# not the place the report is about. (在全省开展… alone is a province's own work: only after 率先.)
_ARENA_BEFORE = rx.compile(r"(?:居|列|位居|位列|名列|稳居|率先在|届)$")
_ARENA_AFTER = rx.compile(r"[^，,。；;：:！!？?、]{0,12}?(?:唯一|第一|前列|前茅|首位|之首|首单|首家|首个|"
                          r"考核|排名|排位|领先|第[一二三四五六七八九十\d])")
# 自治区, on its own (自治区工商局) or as a region's name (内蒙古自治区).
_AUTONOMOUS = rx.compile(r"自治区")


def report_kinds(view: str, start: int, end: int, abroad: bool) -> set[str]:
    """The kinds of place a report between ``start`` and ``end`` speaks of as its own (我市: 市,
    全县: 县, 我区 beside 自治区质监局: 自治区) — not a base a share is taken of (占全省), nor
    the arena a report ranks itself in (居全省第一: see :data:`_ARENA_BEFORE`); in a story
    whose headline is abroad (``abroad``), only 我市/本市, not 该市 and 全州."""
    kinds = {match[1] for match in SELF.finditer(view, start, end)
             if not _BASE.search(view, max(0, match.start() - 2), match.start())
             and not _ranked_in(view, match.start(), match.end())
             and not (abroad and match[0][0] in "该全")}
    if "区" in kinds and _AUTONOMOUS.search(view, start, end):
        # 我区 beside 自治区质监局: the autonomous region, where the body names it; not a district.
        kinds.discard("区")
        kinds.add("自治区")
    return kinds


def _ranked_in(view: str, start: int, end: int) -> bool:
    """Whether the 全省 (全市, 全县) at ``view[start:end]`` is the arena a report ranks itself or
    its first in."""
    return view[start] == "全" and (_ARENA_BEFORE.search(view, max(0, start - 3), start) is not None
                                   or _ARENA_AFTER.match(view, end) is not None)


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
    return LEVELS[inner.level] > LEVELS[outer.level] and (
        outer.name.startswith(inner.province) or (inner.prefecture != "" and
        outer.name.startswith(inner.prefecture)) or bool(short and short.startswith(inner.province)))


def named_apart(view: str, mentions: Sequence[Mention], whole: Place) -> bool:
    """Whether ``whole`` and the places inside it are named at two spots at least, not only
    in one run (甲市乙区、丙区 in a national round-up's list of cases): one run is one place
    named once, however many districts it lists."""
    runs, last = 0, -2
    for mention in mentions:
        if mention.place == whole or inside(mention.place, whole):
            runs += not (mention.start == last or (mention.start == last + 1
                                                    and view[last] == "、"))
            last = mention.end
    return runs >= 2


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
