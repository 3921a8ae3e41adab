"""Places in text, from the gazetteer; and the place a report is about.

A name is found as the gazetteer writes it in full (金华市, 永康市, 浙江省) or by its short name
(金华, 浙江). A county's short name is also a common word often enough (和平, 新华, 长安) that it
counts only where a place name stands: before a non-Han character (``温岭：``) or before a word
that follows places (质监局, 人民政府, 全县, 企业 …). Scanning is by the name's first two characters,
longest name first, so 乌鲁木齐 is one name and 金华市 is not 金华 followed by 市.
"""

from __future__ import annotations

import re
import zlib
from array import array
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from .. import regex_cache as rx
from ..cleaning import match_view
from .abroad import DATELINE as _ABROAD

_LEVELS = {"province": 0, "prefecture": 1, "county": 2}
# What may follow a county's short name for it to count as a place.
_COUNTY_CONTEXT = rx.compile(
    r"(?![\u4e00-\u9fff])|质监|质量|技监|标准|市场|工商|人民|政府|[县市区]委|经济|企业|工业|产业|"
    r"全[县市区]|境内|籍|地区|一带|商报|日报|晚报|新闻|电视|网|某"  # 某: 在某县某镇, a place withheld
)
# An organisation named after its place: the report is about that place.
_ORGANISATION = rx.compile(
    r"(?:省|市|县|区|州|盟)?(?:质监局|质量技术监督局|质量技术监督|质监|技监局|市场监督管理局|市场监管局|"
    r"人民政府|政府|委员会|标准化研究院|质检院|质检所)"
)
# Short names that are more often common words or brand names than places; they count only
# when written in full (阿里地区, 合作市, 麒麟区).
_COMMON_WORDS = frozenset([
    "阿里", "东方", "合作", "麒麟", "和平", "新华", "长安", "中山", "大同", "黄山", "白云", "城关",
    "新城", "红旗", "前进", "向阳", "友好", "光明", "金山", "宝山", "青山", "南山", "北山", "东风",
    "江南", "江北", "河东", "河西", "城中", "城东", "城西", "城北", "城南", "吉利", "永和", "普陀",
    "西湖", "东湖", "南部", "平安", "安定", "长城", "新兴", "华龙", "兴业", "海城", "龙华", "正阳", "太和",
    "平和", "南开", "富源", "新民",  # 新民: a site's name (新民网) as often as 新民市
])
# Full names that are plain words (a campus's or a town's 东区 and 西区): never read as places.
_PLAIN_WORDS = frozenset(["东区", "西区"])
# A place at the head of a school's name (山东大学, 上海工程技术大学): a biography's school or
# an event's host, not what the story is about.
_SCHOOL = rx.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学|学院)")
# A headline about the whole country (我国…, 中国如何…, 全国…), not an organisation named
# after it (中国人民大学): the places its publisher or its body names are not what it is about.
_NATIONAL = rx.compile(r"我国|全国|质检总局|中国(?![\u4e00-\u9fff]{0,6}(?:大学|学院|公司|集团|银行|协会|学会|研究院|中心|网|报))")
# A place that names an honour (浙江名牌产品, 安徽省著名商标), not where the report is.
# A quoted title of products (“福建产品”) is an honour too.
_HONOUR = rx.compile(r"省?(?:名牌|著名|知名|驰名|质量奖|政府质量奖|区域名牌)|产品[”\"]")
# A report that speaks of itself as 我市/全县/本省 is about a place of that kind.
_SELF = rx.compile(r"[我全本该]([省市县区])")
# A place where a meeting was held (在某市召开): the venue, not what a 我市 report is about.
# Where goods came from, and the next place of its list (来自甲省和乙市某厂).
_ORIGIN = rx.compile(r"(?:来自|产自|产于|源自|购自|原产于?)(?:[\u4e00-\u9fff]{2,6}[、和及])?$")
_VENUE = rx.compile(r"(?:召开|举行|举办)")
_OFFICES = frozenset(["市长", "省长", "县长", "区长", "州长", "镇长", "乡长"])
# A dateline (新华社北京3月5日电): the place a story was filed from, not what it is about.
_DATELINE = rx.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_HAN_CHAR = rx.compile(r"[\u4e00-\u9fff]")
# A paper or a site named after its place (某市晚报, 某某新闻网).
_OUTLET_AFTER = rx.compile(r"[市县区省]?(?:晚报|日报|商报|都市报|早报|晨报|新闻网|网)")
_BODY_WINDOW = 800  # body characters searched when the title names no place
_ORGANISATION_REACH = 300
_MIN_MENTIONS = 3  # a story filed from a city names it once or twice  # how early in the body a 某市质监局 decides the region


# Common family names, for a place inside a person's name (肖建华 is no 建华) and a byline's
# author taken for a publisher. One character each; compound surnames are rare in reports.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# What follows a person's name in a headline or a byline (肖某某：…, 王某某表示).
_AFTER_PERSON = rx.compile(r"\s*(?:[:：]|说|表示|指出|认为|介绍|强调|称|谈)")
_BEFORE_PERSON = ("记者", "作者", "通讯员", "主任", "书记", "局长", "教授", "院长")


class Place(NamedTuple):
    """A gazetteer entry: its full name, level and parents (short names). (A named tuple:
    some 3,500 are made when the gazetteer is first read.)"""

    name: str
    level: str  # province | prefecture | county
    province: str
    prefecture: str
    adcode: str


class Mention(NamedTuple):
    start: int
    end: int
    place: Place


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, int], list[str], dict[str, int], re.Pattern[str]]:
    """Every name → its entry (row number × 2, plus 1 when it needs a place's context to
    count); the gazetteer's rows; by first two characters, a mask of the lengths of the names
    that start with them (:func:`_lengths`); and a class of the characters a name can start
    with.

    The names, entries and masks are worked out once per gazetteer and word lists and kept,
    as strings and arrays' bytes, in the cache of :mod:`..regex_cache`: quicker to load than
    to redo over the gazetteer's 3,500 rows."""
    from . import ELSEWHERE, ZHEJIANG
    from .former import FORMER
    from .gazetteer import ROWS, TRADITIONAL

    rows = ROWS + FORMER  # today's divisions, then former ones reports still name
    known = sorted(set(ZHEJIANG + ELSEWHERE))
    inputs = "\n".join([rows, TRADITIONAL, "|".join(known), "|".join(sorted(_COMMON_WORDS)),
                        "|".join(sorted(_PLAIN_WORDS))])
    fingerprint = f"{zlib.crc32(inputs.encode()):08x}-{len(inputs)}"
    joined, packed, pairs, packed_masks, firsts = rx.derived(
        "places", fingerprint, 0, lambda: _build_index(rows, TRADITIONAL, known), __file__)
    entries = array("I")
    entries.frombytes(packed)
    names = dict(zip(joined.split("\n"), entries.tolist(), strict=True))
    return names, [line for line in rows.splitlines() if line], _masks(pairs, packed_masks), \
        rx.compile(firsts)


def _masks(pairs: str, packed_masks: bytes) -> dict[str, int]:
    """By the first two characters of names (``pairs``, one a line), a bit mask of the names'
    lengths (bit n: a name n characters long). Kept flat, a string and an array's bytes, the
    cache loads them in no time, where a table of some 4,600 tuples of lengths took a
    millisecond or more."""
    masks = array("I")
    masks.frombytes(packed_masks)
    return dict(zip(pairs.split("\n"), masks.tolist(), strict=True))


@cache
def _lengths(mask: int) -> tuple[int, ...]:
    """The lengths a mask of :func:`_masks` holds, longest first (there are some sixty masks)."""
    return tuple(length for length in range(mask.bit_length() - 1, 1, -1) if mask >> length & 1)


def _build_index(rows_text: str, traditional: str, known_list: list[str]
                 ) -> tuple[str, bytes, str, bytes, str]:
    """The names, one a line; their entries as an array's bytes; the first two characters
    of names, one a line, and a bit mask of the lengths of the names starting with each (an
    array's bytes); the class of first characters. The county short names
    of the hand-kept city list (义乌, 永康, 温岭 …) need no context."""
    known = frozenset(known_list)
    rows = [line.split("|") for line in rows_text.splitlines() if line]
    shorts = Counter(row[1] for row in rows)
    names: dict[str, int] = {}

    def add(name: str, number: int, needs_context: bool) -> None:
        held = names.get(name)
        if held is None or _LEVELS[rows[number][2]] < _LEVELS[rows[held >> 1][2]]:
            names[name] = number * 2 + needs_context

    for number, (full, short, level, _adcode, _province, _prefecture) in enumerate(rows):
        if full in _PLAIN_WORDS:
            continue
        add(full, number, False)
        if short == full:
            continue
        if short in _COMMON_WORDS:
            continue
        if level != "county":
            add(short, number, False)
        elif shorts[short] == 1:
            add(short, number, short not in known)
        if full.endswith("自治县"):
            add(short + "县", number, False)  # 围场县 for 围场满族蒙古族自治县, as it is often written
    for line in traditional.splitlines():
        written, simplified = line.split("|")
        if simplified in names and written not in names:
            names[written] = names[simplified]
    masks: dict[str, int] = {}
    for name in names:  # every name has two characters at least (and fewer than 32)
        masks[name[:2]] = masks.get(name[:2], 0) | 1 << len(name)
    firsts = "".join(re.escape(char) for char in sorted({name[0] for name in names}))
    return ("\n".join(names), array("I", names.values()).tobytes(), "\n".join(masks),
            array("I", masks.values()).tobytes(), f"[{firsts}]")


def _place(row: str) -> Place:
    full, _short, level, adcode, province, prefecture = row.split("|")
    return Place(full, level, province, prefecture, adcode)


def find_places(view: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The place names in ``view[start:end]``, left to right, none overlapping."""
    names, rows, masks, firsts = _index()
    end = len(view) if end is None else end
    found: list[Mention] = []
    at = start
    while (candidate := firsts.search(view, at, end)) is not None:
        at = candidate.start()  # the next place a name can start: the engine skips in C
        for length in _lengths(masks.get(view[at:at + 2], 0)):
            if at + length > end:
                continue
            entry = names.get(view[at:at + length])
            if entry is None:
                continue
            if entry & 1 and not _COUNTY_CONTEXT.match(view, at + length):
                continue
            found.append(Mention(at, at + length, _place(rows[entry >> 1])))
            at += length
            break
        else:
            at += 1
    return found



def place_in_crumbs(crumbs: tuple[str, ...]) -> str | None:
    """The deepest part of a page's breadcrumb (首页 > 某某市 > 某某县 > 公告) that is a place
    and nothing else (a column named after its place, 江苏频道, too), as written. A part that
    only holds a place's name (上海新闻网, 要闻云南) is a column's."""
    for crumb in reversed([crumb.strip() for crumb in crumbs]):
        name = crumb[:-2] if crumb.endswith(("频道", "专栏")) else crumb
        view = match_view(name)
        found = find_places(view)
        if len(found) == 1 and (found[0].start, found[0].end) == (0, len(view)) \
                and is_about(view, found[0]):
            return name
    return None


def region_of(view: str, title: tuple[int, int] | None, body: int,
              source: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """Where the place a report is about is written: the first place its title names (the
    county, when the title writes its province and city first); else the place its publisher
    is named after (某市质量技术监督局, 某某日报); else a place the body's opening names an
    organisation after (某市质监局); else the first place of the kind a 我市/全县 report is
    about; else the place the body's opening names most, three times at least and more than
    any other; else, in a story that names no place in China, the foreign city of an agency's
    dateline (新华社某城…电). A headline about the whole country (我国, 中国) takes no place from
    the publisher or the body's count; a paper named after its city counts only when its story
    names the city too (:func:`_paper_at_home`); a place named for a school (山东大学) is not
    counted. None when nothing says. The third item says which of these it was."""
    national = title is not None and _NATIONAL.search(view, *title) is not None
    for span, how in ((title, "title"), (None if national else source, "publisher")):
        mentions = [m for m in find_places(view, *span) if _counts(view, m)] \
            if span is not None else []
        if mentions and how == "publisher" and not _paper_at_home(view, mentions, body):
            continue
        if mentions:
            # A publisher named after its province and its city (某省新闻网-某市日报): the city.
            return (*_most_specific(mentions, nested=how == "publisher"), how)
    everything = find_places(view, body, min(len(view), body + _BODY_WINDOW))
    window = [mention for mention in everything if _counts(view, mention)
              and not (view[mention.start - 1:mention.start] == "在"
                       and _VENUE.match(view, mention.end))]
    for mention in [] if national else window:  # (a national story's cases name bureaus)
        if mention.start - body > _ORGANISATION_REACH:
            break
        if _ORGANISATION.match(view, mention.end):
            return mention.start, mention.end, "organisation in the body"
    kinds = {match[1] for match in _SELF.finditer(view, body, min(len(view), body + _BODY_WINDOW))}
    for at, mention in enumerate(window):
        if any(_is_kind(mention.place, kind) for kind in kinds) and not _listed(view, mention):
            # 浙江省台州市黄岩区…全区: the run's last place of a kind the report says.
            for inner in window[at + 1:]:
                if inner.start != mention.end or not _inside(inner.place, mention.place) \
                        or not any(_is_kind(inner.place, kind) for kind in kinds):
                    break
                mention = inner
            return mention.start, mention.end, "body, of the kind 我市/我县 says"
    # Else a 我省 report's province as its honours name it (广东省名牌产品), or the place of the
    # lead's dateline (本报某市12月24日讯) when it is of the kind 我市 says.
    for mention in everything:
        if (_HONOUR.match(view, mention.end) and "省" in kinds
                and mention.place.level == "province") or (
                _DATELINE.match(view, mention.end)
                and any(_is_kind(mention.place, kind) for kind in kinds)):
            return mention.start, mention.end, "body: a 我省 report's honours, or its dateline"
    if national:
        return None
    if not everything and (abroad := _ABROAD.search(view, 0, min(len(view), body + _BODY_WINDOW))):
        # A story filed from abroad that names no place in China in its opening: the city.
        return abroad.start("city"), abroad.end("city"), "an agency's dateline from abroad"
    counts = Counter(m.place for m in window if not _SCHOOL.match(view, m.end))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= _MIN_MENTIONS and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        first = next(m for m in window if m.place == ranked[0][0])
        return first.start, first.end, "most named in the body"
    return None


def _paper_at_home(view: str, mentions: list[Mention], body: int) -> bool:
    """Whether a publisher named after its place says where the report is: any publisher but
    a paper or a site (某市晚报, 某某新闻网), and a paper whose story names the paper's place
    in its opening other than in the paper's own name (某市晚报讯), or that speaks of its own
    place (我市, 全市): a city's paper reports on games and films far from its city too."""
    if not _OUTLET_AFTER.match(view, mentions[0].end) \
            or _SELF.search(view, 0, min(len(view), body + _BODY_WINDOW)):
        return True
    home = {mention.place for mention in mentions}
    return any(mention.place in home and not _OUTLET_AFTER.match(view, mention.end)
               for mention in find_places(view, body, min(len(view), body + _BODY_WINDOW)))


def _listed(view: str, mention: Mention) -> bool:
    """A place in a list of places (完成甲市、乙省、丙区的任务): where work was done, not the
    report's own place."""
    return view[mention.end:mention.end + 1] == "、" or view[mention.start - 1:mention.start] == "、"


def _counts(view: str, mention: Mention) -> bool:
    """Whether a mention can say where a report is (:func:`is_about`), and is not a county's
    short name that the text also writes as a school's (南开 beside 南开大学: the university)."""
    if not is_about(view, mention):
        return False
    written = view[mention.start:mention.end]
    return not (mention.place.level == "county" and written != mention.place.name
                and view.find(written + "大学") >= 0)


def is_about(view: str, mention: Mention) -> bool:
    """Whether a mention can say where a report is: not an honour's name (浙江名牌), not a
    dateline (北京3月5日电), not where goods came from (来自甲省), not a qualifier in brackets
    (某某中心（浙江）), not the tail of an office and a person's name (副市长沙某某: 市长 +
    沙某某, not 长沙)."""
    # A city's count of its province's honours (某市省名牌工作) is about the city.
    city_count = view[mention.end:mention.end + 1] == "省" and mention.place.level != "province"
    if (_HONOUR.match(view, mention.end) and not city_count) or _DATELINE.match(view, mention.end):
        return False
    if _ORIGIN.search(view, max(0, mention.start - 10), mention.start):
        return False  # where goods came from (原液来自甲省): not where the report is
    if mention.start > 0 and view[mention.start - 1:mention.start + 1] in _OFFICES:
        return False
    if _in_person_name(view, mention):
        return False
    return not (view[mention.start - 1:mention.start] in "（(" and mention.start > 0
                and view[mention.end:mention.end + 1] in "）)" and mention.end < len(view))


def _in_person_name(view: str, mention: Mention) -> bool:
    """A two-character place that is a given name after a family name (肖建华：…, 记者王建华):
    the family name opens the text or follows a title or a non-Han mark, and the name is
    followed by a colon or a verb of speech, or follows 记者/作者/主任."""
    start = mention.start
    if mention.end - start != 2 or start == 0 or view[start - 1] not in SURNAMES:
        return False
    before = view[max(0, start - 3):start - 1]
    if before.endswith(_BEFORE_PERSON):
        return True
    opens = start == 1 or not _HAN_CHAR.match(view, start - 2)
    return opens and bool(_AFTER_PERSON.match(view, mention.end))


def _is_kind(place: Place, kind: str) -> bool:
    """Whether a 我市/我县/我区/我省 report can be about ``place``."""
    if kind == "省":
        return place.level == "province"
    if kind == "市":
        return place.level == "prefecture" or place.name.endswith("市")
    return place.level == "county" and place.name.endswith(kind)


def _most_specific(mentions: list[Mention], nested: bool = False) -> tuple[int, int]:
    """The first mention, or the last of a run written one inside the other (浙江省金华市永康市;
    ``nested``: with other words between, 四川新闻网-成都日报)."""
    best = mentions[0]
    for mention in mentions[1:]:
        if (mention.start != best.end and not nested) or not _inside(mention.place, best.place):
            break
        best = mention
    return best.start, best.end


def _inside(inner: Place, outer: Place) -> bool:
    short = outer.name if outer.level == "province" else ""
    return _LEVELS[inner.level] > _LEVELS[outer.level] and (
        outer.name.startswith(inner.province) or (inner.prefecture != "" and
        outer.name.startswith(inner.prefecture)) or bool(short and short.startswith(inner.province)))
