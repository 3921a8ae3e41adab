"""A higher office's news told as one of its places' part, for :func:`.region.region_of`: a
province's or a city's office publishes a list or a check's results, and the report is about
the one city or county inside it whose share the opening gives (乙市共有5个品牌上榜; 丙县新增
3件) or whose own outlet files it (乙市新闻网讯…乙市…; 乙县网讯…县质监局…); a province's office visiting the office
of a city inside it (甲省局检查组到乙市局调研); and which office a district's name, shared by
two cities (通州区, 鼓楼区), stands for; the county a lead opens on after its province or city
(甲省乙县…, 甲市乙区…) where the body's office is that province's or city's; the place of a
我市/我县 report a province's office acts on (甲省局同意我市…乙市); an office the news was heard
from (记者从甲市局获悉) that tells of a county inside it; and a testing centre a city's office
built under its province's name (乙市局筹建的甲省某某检验中心): the city's news."""

from __future__ import annotations

from functools import lru_cache

from .. import regex_cache as rx
from .finder import Mention, Place
from .index import _index, _place
from .region_kinds import FIRM_AFTER, inside, is_kind

# A place's share of a higher office's list or check, right after the place: what it newly
# won (新增3件), what its part of a check took (共抽查企业25个), or a count of it that made
# the list (共有5个品牌上榜, 有6家市场入选). Not any figure of the place (乙市有2家企业不合格:
# a province's report names its cities' failures).
_SHARE = rx.compile(
    r"(?:市|地区)?(?:新增[^，,。；;、]{0,6}?\d|(?:共|共计)?抽(?:查|取|检)[^，,。；;、]{0,6}?\d|"
    r"[^，,。；;、]{0,12}?\d+\s*[个件家项批种户座][^，,。；;、]{0,10}?"
    r"(?:上榜|入选|入围|获评|被认定|被评为|榜上有名))")
# A place's share given as one item of the office's breakdown (其中乙市抽查…): not its news.
_BREAKDOWN = rx.compile(r"其中[，,]?$")
# A place's own outlet filing the story at the head of the lead (乙市网讯, 乙县新闻网讯, 乙市日报讯).
_OUTLET_DATELINE = rx.compile(r"(?:新闻网|网|日报|晚报)讯")
# A county's own office named without the county (在县质监局召开, 县市场监管局…): a county
# outlet's story speaks of it so.
_OWN_COUNTY_OFFICE = rx.compile(r"[在由到和与及、，,。\s]县(?:质监局|质量技术监督局|市场监管局|市场监督管理局|政府)")
_DATELINE_REACH = 40  # body characters the outlet's dateline opens within
# A province's office going to the office of a place inside it (到乙市质监局调研, 赴乙县局检查):
# the verb of going, in the clause before the place.
_GOING = rx.compile(r"(?:到|赴|来到|深入|走进)[^，,。；;]{0,4}$")
# A paper named after its place (乙市日报), as a firm (乙市某某食品有限公司, FIRM_AFTER): theirs,
# not the place the story dwells on.
_PAPER_AFTER = rx.compile(r"日报|晚报|商报|新闻网|网")
_OWN = rx.compile(r"我([市县区州旗])")  # a report that speaks as its city's or county's own
_WINDOW = 800  # body characters read for 我市
_OPENING_REACH = 40  # body characters the lead's opening run of places starts within
# An office the news was heard from (记者从甲市质监局获悉): after the office's name.
_HEARD = rx.compile(r"[\u4e00-\u9fff]{0,12}?(?:获悉|了解到|得知)")
# A province's office acting on one place (甲省质监局对乙市…, 甲省局组织对乙地区…).
_ACTING_ON = rx.compile(r"局(?:组织|近日|日前)?对$")
# …and checks it: a checking verb soon after the place, in the same clause (对乙市的儿童食品进行了
# 抽查; not praise or appraisal, 对乙市…予以通报表扬).
_CHECKED = rx.compile(r"[^。；;！？\n]{0,24}?(?:抽查|检查|抽检|督查|巡查|检验|调研|暗访|执法)")
_LIST_AFTER = rx.compile(r"(?:市|地区|州|县|区)?(?:[、和及与等]|两|三|四|各)")
_OFFICE_AFTER = rx.compile(r"(?:市|县|区|州)?(?:质监局|质量技术监督局|市场监管局|市场监督管理局|局)")


def local_part(view: str, window: list[Mention], office: Place, body: int) -> Mention | None:
    """The one place inside ``office`` (a province or a city whose office the opening names
    first) that the opening gives a share of the office's list or check (乙市共有5个品牌上榜),
    or whose outlet's dateline opens the lead and that the opening names again (乙市网讯…乙市新增
    7件). None where no place, or more than one, has a share."""
    lower = [m for m in window if inside(m.place, office)]
    dateline = next((m for m in lower if m.start - body <= _DATELINE_REACH
                     and _OUTLET_DATELINE.match(view, m.end)), None)
    if dateline is not None and (sum(m.place == dateline.place for m in lower) > 1 or (
            dateline.place.level == "county"
            and _OWN_COUNTY_OFFICE.search(view, body, min(len(view), body + _WINDOW)))):
        return dateline  # (乙县网讯…乙县…, or 乙县网讯…在县质监局召开: its own county's office)
    shares = [m for m in lower if _SHARE.match(view, m.end) and not listed(view, m)
              and not _BREAKDOWN.search(view, max(body, m.start - 4), m.start)]
    if not shares or len({m.place for m in shares}) > 1:
        return None
    own = [m for m in lower if not _names_outlet(view, m)]
    if any(not inside(m.place, shares[0].place) and m.place != shares[0].place for m in own):
        return None  # (another of the office's places named: a breakdown, not one place's news)
    if sum(m.place == shares[0].place and not listed(view, m) for m in own) > 1:
        return shares[0]  # (named again, not only in its firms' names: the story dwells on it)
    return None


# A list's first item closed by 等 and what it counts (甲市等12个城市, 乙县等地, 丙省等五省份).
_LIST_HEAD = rx.compile(r"等(?:[0-9０-９一二两三四五六七八九十百几多数]|地|省|市|县|区|城市|地区|单位)")


def listed(view: str, mention: Mention) -> bool:
    """Whether ``mention`` is an item of a list (乙市、丙市和丁市), or the head of one that 等
    closes (关于同意甲市等30个城市…): one of the places the work touched, not the report's."""
    return view[mention.end:mention.end + 1] == "、" or view[mention.start - 1:mention.start] == "、" \
        or _LIST_HEAD.match(view, mention.end) is not None


def opening_inner(window: list[Mention], office: Place, body: int) -> Mention | None:
    """The county or city the lead opens on right after ``office``'s place (广西乙县…, 甲市乙区
    质量月活动…), where ``office`` is the body's first office: the inner place's news."""
    if len(window) < 2 or window[0].start - body > _OPENING_REACH or window[0].place != office:
        return None
    inner = window[1]
    return inner if inner.start == window[0].end and inside(inner.place, office) else None


def own_place(view: str, window: list[Mention], office: Place, body: int) -> Mention | None:
    """The place inside a province's ``office`` of the kind a report that speaks as its own
    (我市, 我县) is about, where the office acts on it (甲省局发函同意我市…乙市…)."""
    if office.level != "province" or office.name.endswith("市"):
        return None  # (a municipality's districts speak of 我区 in its own news)
    kinds = {found[1] for found in _OWN.finditer(view, body, min(len(view), body + _WINDOW))}
    if office.name.endswith("自治区"):
        kinds.discard("区")  # (an autonomous region's 我区 is its own, not a district)
    # (not a place cited as an example, 表扬了乙市等地: 等 after it; nor one named only in a
    # firm's name)
    return next((m for m in window if inside(m.place, office)
                 and any(is_kind(m.place, kind) for kind in kinds) and not listed(view, m)
                 and view[m.end:m.end + 1] != "等" and not _names_outlet(view, m)), None)


def _names_outlet(view: str, mention: Mention) -> bool:
    """Whether ``mention`` opens a firm's or a paper's name (乙市某某有限公司, 乙市日报)."""
    return FIRM_AFTER.match(view, mention.end) is not None or _PAPER_AFTER.match(view, mention.end) is not None


def heard_about_inside(view: str, mention: Mention, after: list[Mention]) -> bool:
    """Whether ``mention`` heads an office the news was heard from (记者从甲市质监局获悉) and the
    opening then names one place inside it twice or more and more often than the office's own,
    and never says the work was the office's (该局): that place's news, not the office's."""
    if view[mention.start - 1:mention.start] != "从" or mention.place.level == "county" \
            or not _HEARD.match(view, mention.end) or view.find("该局", mention.end, mention.end + 200) >= 0:
        return False
    inner = [m.place for m in after if inside(m.place, mention.place)]
    own = sum(m.place == mention.place for m in after)
    return any(inner.count(place) >= max(2, own + 1) for place in set(inner))


def later_title_place(office: Place, first: Place, end: int, mentions: list[Mention]) -> bool:
    """Whether the body's first office lies outside the title's first place (its run ending at
    ``end``) but in (or is) a place the title names after it (甲省支持乙省丙市的项目 with 丙市局
    in the body)."""
    if office == first or inside(office, first) or inside(first, office):
        return False
    return any(m.place == office or inside(office, m.place) for m in mentions if m.start >= end)


def visited(view: str, lower: list[Mention]) -> Mention | None:
    """The office of a place inside a province that the province's office goes to (甲省局检查组
    到乙市质监局调研), or the one place whose goods or firms the province's office checks (甲省
    质监局对乙市的儿童食品进行了抽查; not a list, 对乙市、丙市…): where the work was done,
    whatever the province's report says after."""
    for mention in lower:
        if _OFFICE_AFTER.match(view, mention.end) \
                and _GOING.search(view, max(0, mention.start - 6), mention.start):
            return mention
        if _ACTING_ON.search(view, max(0, mention.start - 6), mention.start) \
                and not _LIST_AFTER.match(view, mention.end) \
                and _CHECKED.match(view, mention.end):
            return mention
    return None


def inside_namesake(inner: Place, outer: Place) -> bool:
    """Whether ``inner``, or a division of the same full name (通州区 of 北京 and of 南通),
    lies inside ``outer``."""
    return any(inside(place, outer) for place in _namesakes(inner.name)) or inside(inner, outer)


@lru_cache(maxsize=256)
def _namesakes(name: str) -> tuple[Place, ...]:
    rows = _index()[1]
    return tuple(_place(row) for row in rows if row.startswith(name + "|"))


# A report's own city (我市, 本市), in its title or opening.
_OWN_CITY = rx.compile(r"[我本]市(?!场)")


def own_city(view: str, window: list[Mention], office: Mention, spans: list[tuple[int, int]]) -> Mention | None:
    """A 我市 report (its title or opening says 我市 or 本市) whose opening names a county's
    office (另外，乙县工商局被授予…) and, before it, the city the county lies in (甲市讯…我市…):
    the city's news, the county's office one of its parts — not where a county-level city's
    office (丙市市场监管局) is named, which a 我市 report can be about."""
    if office.place.level != "county" or is_kind(office.place, "市") \
            or not any(_OWN_CITY.search(view, *span) for span in spans):
        return None
    return next((m for m in window if m.start < office.start and m.place.level == "prefecture"
                 and inside(office.place, m.place)), None)


# A province's name opening a testing centre's or an institute's (甲省某类产品检测中心获批成立).
_CENTRE_AFTER = rx.compile(r"[\u4e00-\u9fff]{0,10}?(?:检验检测中心|检测中心|检验中心|研究院|检测院|检验院)")
def built_by_city(view: str, mention: Mention, organisation: tuple[Mention, str] | None) -> bool:
    """Whether a title's province only opens a centre's name (甲省某某产品质量检验中心获批成立)
    that the body's first office, of a place inside the province, built or runs (乙市质监局筹建
    的…): that place's news, not the province's."""
    return mention.place.level == "province" and _CENTRE_AFTER.match(view, mention.end) is not None \
        and organisation is not None and organisation[0].place != mention.place \
        and inside(organisation[0].place, mention.place)
