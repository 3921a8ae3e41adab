"""Places in text, from the gazetteer (the place a report is about: :mod:`.region`).

A name is found as the gazetteer writes it in full (金华市, 永康市, 浙江省) or by its short name
(金华, 浙江). A county's short name is also a common word often enough (和平, 新华, 长安) that it
counts only where a place name stands: before a non-Han character (``温岭：``) or before a word
that follows places (质监局, 人民政府, 全县, 企业 …). Scanning is by the name's first two characters,
longest name first, so 乌鲁木齐 is one name and 金华市 is not 金华 followed by 市.
"""

from __future__ import annotations

from .. import regex_cache as rx
from ..cleaning import match_view
from .index import Mention, Place, _index, _lengths, _row_place, scan

__all__ = ["SURNAMES", "Mention", "Place", "county_by_short_name", "find_places", "is_about",
           "parent_of", "place_in_crumbs", "whole_place"]

# A place that names an honour (浙江名牌产品, 安徽省著名商标), not where the report is.
# A quoted title of products (“福建产品”) is an honour too.
# The rest of a quoted name after a place, closing soon (…制造”, …优品”).
QUOTED_NAME = rx.compile(r"[^”\"，,。；;：:、\s]{1,8}[”\"]")
# A quote opened a short word before a place (“品字标甲省…); not an edition's ordinal (“第二届甲县…”).
_MARK_BEFORE = rx.compile(r"[“\"][^”\"，,。；;：:、\s\d第届年度]{1,3}$")
# (an award named after the head of the place's government, 甲省省长质量奖, 乙市市长质量奖, too)
_HONOUR = rx.compile(r"省?(?:名牌|著名|知名|驰名|质量奖|政府质量奖|区域名牌|服务业?名牌)|产品[”\"]|"
                     r"[省市县区州]长质量奖")
# Where goods came from, and the next place of its list (来自甲省和乙市某厂).
_ORIGIN = rx.compile(r"(?:来自|产自|产于|源自|购自|原产于?)(?:[\u4e00-\u9fff]{2,6}[、和及])?$")
_OFFICES = frozenset(["市长", "省长", "县长", "区长", "州长", "镇长", "乡长"])
# A dateline (新华社北京3月5日电, or the day alone, 某某社记者台北16日电): the place a story was
# filed from, not what it is about. A day's 电 or 讯 ends the dateline (16日电）, 5日电 记者,
# 5日电记者, 5日讯记者); one a word goes on from is no dateline (甲市2日电梯检查, 乙市12日电视广告).
# (a day in Chinese numerals too: 某某社记者台北二十一日电)
_DAY = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_FILED = r"\s*" + _DAY + r"\s*日\s*(?:[电讯](?![\u4e00-\u9fff])|[电讯](?=\s*记者))"
_DATELINE = rx.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日|" + _FILED)
# A byline's place (〔记者某某／甲市报导〕, 【记者某某/乙地报道】): where the reporter filed from,
# a dateline too.
_BYLINE_AFTER = rx.compile(r"报[导道][〕\]】）)]")
_BYLINE_BEFORE = "／/"
_HAN_CHAR = rx.compile(r"[\u4e00-\u9fff]")
# The province before a dateline's city (中新网甲省乙市11月5日电, 中新网甲省乙市5日电): the
# dateline's too.
_PROVINCE_DATELINE = rx.compile(r"[\u4e00-\u9fff]{2,5}?(?:\s*\d{1,2}\s*月)?" + _FILED)
_SITE_BEFORE = rx.compile(r"[\u4e00-\u9fff]{1,6}网(?=[\u4e00-\u9fff]{2})")  # 某某网 + 江西
_AGENCY_BEFORE = rx.compile(r"(?:新华社|中新社|中新网|人民网|新华网|央视网)$")
_QUOTED_BRAND = rx.compile(r"[”\"](?:牌|商标|品牌)")
# Names that are also the middle of a common word, by the words they sit in: 复合肥 (compound
# fertiliser, not 合肥), and 和县 glued to a noun (执法人员和县质监所: "and the county's"), unless
# it follows its province or city (安徽和县, 马鞍山市和县).
_WORD_AROUND = {"合肥": rx.compile(r"复合肥"), "和县": rx.compile(r"[\u4e00-\u9fff](?<![省市徽山])和县"),
                # a national portal and a TV station, not 凤凰县
                "凤凰": rx.compile(r"[^凤]?凤凰(?:网|卫视|新闻|周刊|财经|科技|视频|资讯)"),
                # a model county (标准化示范县, 创建…示范县), not 范县
                "范县": rx.compile(r"示范县"),
                # newly made (新晋中国名牌, 新晋中华老字号), not 晋中
                "晋中": rx.compile(r"新晋中[国华]"),
                # resources glued to the word they belong to (检测资源, 优势资源), not 资源县;
                # (广西资源, 桂林资源 are the county)
                "资源": rx.compile(r"[\u4e00-\u9fff](?<![西林])资源(?!县)"),
                # real money (真金白银), not the city
                "白银": rx.compile(r"金白银"),
                # a slogan's benefit to the people (计量惠民, 便民惠民, 服务惠民), not 惠民县
                "惠民": rx.compile(r"[量民务策]惠民(?!县)"),
                # a white flag raised or pulled down (插红旗拔白旗, 举白旗), not 正镶白旗
                "白旗": rx.compile(r"[拔插举打挂竖扛升]白旗"),
                # a verb ending in 定 before a place or a word of 西 (认定西安名牌, 确定西部), not 定西
                "定西": rx.compile(r"[认确规制评鉴判决核审设选稳限约指商预特]定西(?!市)"),
                # together with (会同公安部门, 会同乙局人员检查), not 会同县; (湖南会同, 怀化会同
                # are the county)
                "会同": rx.compile(r"[^南化]会同(?![县\s：:，,）)])"),
                # newly built (全市新建实验室4家, 新建、改造计量标准), not 新建区; (南昌新建 is
                # the district)
                "新建": rx.compile(r"[^昌]?新建(?![区县])"),
                # a mark passed (突破3000大关, 突破亿元大关), not 大关县
                "大关": rx.compile(r"[\d万亿千百十元台件块个次家项]大关(?!县)")}
# A road or a street named after a place, as an address ends it (甲区牡丹江路、乙路一条街,
# 北京路18号, 长江大道沿线): the street's, not the place; not a firm the place's name and 路…
# open (甲地路德公司), nor 路桥 (a district) or 街头.
_STREET_AFTER = rx.compile(r"(?:路|大道|大街|街)(?:[\d、，,和与及的上]|[一二三四五六七八九十百]+号|"
                           r"一带|沿线|附近|两侧|周边|一条街|沿街|口|社区)")


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
# A post or a role written right before a person's name (记者王建华, 副主席兼秘书长王文成).
_BEFORE_PERSON = ("记者", "作者", "通讯员", "主任", "书记", "局长", "教授", "院长", "秘书长",
                  "会长", "理事长", "董事长", "主席", "部长", "处长", "科长", "所长", "校长",
                  "站长", "队长", "组长", "经理", "老师", "委员", "会员", "嘉宾", "专家")


def find_places(view: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The place names in ``view[start:end]``, left to right, none overlapping."""
    return scan(view, start, len(view) if end is None else end)


def whole_place(view: str, start: int = 0, end: int | None = None) -> Mention | None:
    """The one place whose name is all of ``view[start:end]`` and nothing else, or None."""
    stop = len(view) if end is None else end
    found = find_places(view, start, stop)
    return found[0] if len(found) == 1 and (found[0].start, found[0].end) == (start, stop) else None


def run_end(view: str, start: int = 0, end: int | None = None) -> int:
    """Where a run of places written one after another from ``start`` ends (甲省乙市丙县…:
    after 丙县), ``start`` itself when no place opens there."""
    reached = start
    for mention in find_places(view, start, end):
        if mention.start != reached:
            break
        reached = mention.end
    return reached


def county_by_short_name(view: str, start: int, end: int) -> Mention | None:
    """The county whose short name ``view[start:end]`` opens with, where :func:`find_places`
    passes it over for want of a place's context after it (丹阳眼镜…, 招远开展…)."""
    names, rows, masks, _starts = _index()
    for length in _lengths(masks.get(view[start:start + 2], 0)):
        entry = names.get(view[start:start + length]) if start + length <= end else None
        if entry is not None and entry & 1:
            return Mention(start, start + length, _row_place(rows, entry >> 1))
    return None


def parent_of(outer: Place, county: Place) -> bool:
    """Whether ``outer`` is the prefecture or the province of ``county``."""
    if outer.level == "prefecture":
        return bool(county.prefecture) and outer.name.startswith(county.prefecture) \
            and outer.province == county.province
    # (a province has no province of its own: 甲省 is no parent of 乙省)
    return outer.level == "province" and bool(county.province) and outer.name.startswith(county.province)


def place_in_crumbs(crumbs: tuple[str, ...]) -> str | None:
    """The deepest part of a page's breadcrumb (首页 > 某某市 > 某某县 > 公告) that is a place
    and nothing else (a column named after its place, 江苏频道, too), as written. A part that
    only holds a place's name (上海新闻网, 要闻云南) is a column's; a portal's own channel for a
    place, the site's name before it (某某网江西, 某某网浙江频道), is the place's."""
    for crumb in reversed([crumb.strip() for crumb in crumbs]):
        name = crumb[:-2] if crumb.endswith(("频道", "专栏")) else crumb
        name = name[site.end():] if (site := _SITE_BEFORE.match(name)) else name
        view = match_view(name)
        if (place := whole_place(view)) is not None and is_about(view, place):
            return name
    return None


def is_about(view: str, mention: Mention) -> bool:
    """Whether a mention can say where a report is: not an honour's name (浙江名牌), not a
    dateline (北京3月5日电), not where goods came from (来自甲省), not a qualifier in brackets
    (某某中心（浙江）), not the tail of an office and a person's name (副市长沙某某: 市长 +
    沙某某, not 长沙), not a street named after a place (某某区的甲市路)."""
    # A city's count of its province's honours (某市省名牌工作) is about the city.
    city_count = view[mention.end:mention.end + 1] == "省" and mention.place.level != "province"
    if (_HONOUR.match(view, mention.end) and not city_count) or _DATELINE.match(view, mention.end) \
            or _before_a_dateline(view, mention):
        return False
    if view[mention.start - 1:mention.start] in _BYLINE_BEFORE and mention.start > 0 \
            and _BYLINE_AFTER.match(view, mention.end):
        return False  # 〔记者某某／台北报导〕: a byline's place
    if _ORIGIN.search(view, max(0, mention.start - 10), mention.start):
        return False  # where goods came from (原液来自甲省): not where the report is
    if mention.start > 0 and view[mention.start - 1:mention.start + 1] in _OFFICES \
            and not _after_a_place(view, mention.start):
        return False
    if _in_person_name(view, mention):
        return False
    if _STREET_AFTER.match(view, mention.end):
        return False  # 牡丹江路: a street's name in an address
    around = _WORD_AROUND.get(view[mention.start:mention.end])
    if around and around.match(view, max(0, mention.start - 1)):
        return False
    if view[mention.start - 1:mention.start] in "“\"" and mention.start > 0 \
            and _QUOTED_BRAND.match(view, mention.end):
        return False  # “某山”商标, “某江”牌: a trademark named after a place
    if in_a_quoted_mark(view, mention):
        return False  # “品字标甲省制造”: a mark's name, after the mark's short word
    return not (view[mention.start - 1:mention.start] in "（(" and mention.start > 0
                and view[mention.end:mention.end + 1] in "）)" and mention.end < len(view))


def in_a_quoted_mark(view: str, mention: Mention) -> bool:
    """Whether a mention stands inside a quoted name after the mark's short word
    (“品字标甲省制造”认证), or closes it (“好品甲省”品牌): the mark's place, neither where a
    report is nor a figure's."""
    return _MARK_BEFORE.search(view, max(0, mention.start - 4), mention.start) is not None \
        and (QUOTED_NAME.match(view, mention.end) is not None
             or view[mention.end:mention.end + 1] in ("”", "\""))


def _before_a_dateline(view: str, mention: Mention) -> bool:
    """Whether a province stands between an agency and its dateline's city (中新网甲省乙地11月
    5日电): the dateline's, whether or not the gazetteer holds the city."""
    return mention.place.level == "province" \
        and _AGENCY_BEFORE.search(view, max(0, mention.start - 3), mention.start) is not None \
        and _PROVINCE_DATELINE.match(view, mention.end) is not None


def _after_a_place(view: str, start: int) -> bool:
    """Whether a place's name ends at ``start`` (甲省长沙市, 乙州长兴县: the 省 or 州 of 省长 is
    the place's own, not an office's)."""
    return any(m.end == start for m in find_places(view, max(0, start - _NAME_REACH), start))


_NAME_REACH = 12  # characters before a mention read for a place that ends where it starts


def _in_person_name(view: str, mention: Mention) -> bool:
    """A two-character place that is a given name after a family name (肖建华：…, 记者王建华):
    the family name opens the text or follows a title or a non-Han mark, and the name is
    followed by a colon or a verb of speech, or follows 记者/作者/主任 (a blank between too)."""
    start = mention.start
    if mention.end - start != 2 or start == 0 or view[start - 1] not in SURNAMES:
        return False
    # (a byline may set the name apart with a blank: 记者 王建华)
    before = view[max(0, start - 5):start - 1].rstrip()
    if before.endswith(_BEFORE_PERSON):
        return True
    opens = start == 1 or not _HAN_CHAR.match(view, start - 2)
    return opens and bool(_AFTER_PERSON.match(view, mention.end))
