"""The place a figure belongs to (schema 2's ``place``), for :mod:`.context`: what its
sentence names nearest before it — a place (甲市获12项), the report's province (全省共有…),
the whole country (全国现有600个; in a report that speaks for the country, every figure that
names no place), or several places at once (泉州、福州等地: the report's own region).

Not every place name is a figure's place: a place that begins an honour's name (山东省服务
名牌, 四川老字号, 山东省省长质量奖), a system's (甲省产品质量监督管理系统) or a firm's
(山东某某机械有限公司: a firm stands in one place, the figure counts a region), a dateline (南宁讯),
and a common word that is also a county's short name (计量惠民, 快速通道, 质量兴县, 比如).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import regex_cache as rx
from ..numbers import to_number
from ..places import find_places
from ..places.capitals import capital_of
from ..places.finder import QUOTED_NAME, Mention, in_a_quoted_mark, is_about
from .context_counted import counted_list, in_focus
from .context_marks import words_of
from .lexicon.context import (
    CAPITAL,
    CHECKED_OVER,
    LOCAL,
    NATIONAL,
    NATIONAL_ACT,
    NATIONAL_LIST,
    NATIONAL_LIST_REACH,
    NATIONAL_SUBJECT,
    OVER_THE_COUNTRY,
    PROVINCE_BY_LETTER,
    THIS_RELEASE,
    WHOLE_NAMED_PROVINCE,
    WHOLE_PROVINCE,
    WHOLE_SUBJECT,
)
from .lexicon.place_names import FIRM_AFTER, NAME_AFTER, STATION_AFTER, STATION_USED

# A withheld firm a check is made on (对甲县某电缆有限公司进行检查): where the check was done,
# the figure's place, as 在甲县 would be (a firm's own name, 对甲省某某公司, often opens on the
# province it registered in, wherever it stands: only a withheld one, 某, after a city or a
# county is read so).
_CHECKED_FIRM = rx.compile(r"对$")
# A title given, whose name the place after it begins (获评甲省高端品牌培育企业, 荣获丙省…称号), or
# a place an aside includes in the area before it (市区（含甲区）有120台): not the figure's place.
_TITLE_GIVEN = rx.compile(r"(?:获评|评为|认定为|命名为|荣获|[（(]\s*(?:含|包括|包含|不含))$")
# A place before a quoted brand (甲市“某某牌轴承”等12个产品): the product's maker's place.
_BRAND_AFTER = rx.compile(r"[“\"][^”\"，,。；;]{1,10}牌")
# A place that opens a quoted name (“甲省制造”标准, “乙市优品”认证): the name's, not a place of
# the figure; not a place quoted alone (“甲市”). So is one inside a quoted mark after its short
# word (“品字标甲省制造”; not after an edition, “第三届甲县政府质量奖”: the county's own award).
_QUOTE_OPENS = ("“", '"')
# A law or rules a step follows (根据《甲省产品质量监督条例》, 依据《甲市…办法》的规定): a place in
# its title is the law's.
# (or a later title of the list the step follows: 依据《某某规范》和《甲省…细则》)
_CITED_LAW = rx.compile(r"(?:根据|依据|按照|依照|遵照|违反|违反了)\s*(?:《[^》《]*》\s*[、和及与]?\s*){0,3}"
                        r"《[^》《]*$")
_LAW_REACH = 60
# A place inside any title in book marks, a law's, a book's, a project's or a standard's (《甲省
# 电梯安全管理办法》等手册200份, 《乙市某某试点》等项目5个): the title's, not the figure's.
_IN_BOOK_TITLE = rx.compile(r"《[^》《\n]*$")
_CLOSES_BOOK_TITLE = rx.compile(r"[^》《\n]*》")
# A place that opens a name in brackets after a count (国家标准1个（某地小京生）): the
# product's; not a place in brackets after a word (全省定期（某市计划）: the plan's place).
_NAMED_AFTER_A_COUNT = rx.compile(r"[\d一二三四五六七八九十两][个项件种][（(]$")
_BRACKETED_NAME = rx.compile(r"[^()（）《》，,。；;、\s]{1,10}[)）]")
# A place a figure is compared with (高于全省平均水平, 比全市平均): the average's, not the figure's.
# Only for a figure of a later clause (…高于全省平均水平90%，达到93%): the average itself and
# the values listed with it (较全省平均合格率86%和91%) are the place's.
_COMPARED_WITH = rx.compile(r"(?:高于|低于|超过|好于|优于|不及|比|较|与)[^，,。；;\d]{1,12}?平均")
# The base a share is taken of (占甲省总数的29.4%, 占全省的6%).
_SHARE_OF = rx.compile(r"占[^，,。；;\d]{1,10}")
# A place in a list (甲、乙等地): the figure is of them all.
_LISTED_AFTER = rx.compile(r"[市县区]?(?:、|和|及|等(?![\d一二三四五六七八九十两]))")  # (等4个市: all)
# A list closed by a count of places (甲、乙、丙等3个市; 甲、乙等10个地区): the count says
# whether the places named are all of them.
_PLACES_COUNTED = rx.compile(r"[市县区]?等\s*(?P<n>\d+|[一二三四五六七八九十两]+)\s*[个座]?\s*(?:设区的?|地级)?"
                             r"(?:地区|地市|城市|县市区|县市|县区|市州|省份|省区市|[市县区省州])")
# Short county names that are common words (振兴, to revive: 开展振兴某某工程): when glued to
# the word before them, or always (比如, "for example").
_WORDS = frozenset({"惠民", "兴县", "通道", "振兴"})
# (全州 without 县: the whole prefecture of a 州, 全州21家企业, the word LOCAL reads — not
# the county 全州县)
_ALWAYS_WORDS = frozenset({"比如", "全州"})
_HAN = rx.compile(r"[\u4e00-\u9fff]")
_CLAUSE = rx.compile(r"[，,；;：:]")
# From a stretch's start to the end of its last clause mark (a greedy run that steps back to it).
_TO_CLAUSE_END = rx.compile(r"(?s:.*)[，,；;：:]")
_CHECKED_LIST = 3  # places, at the least, in a list a check covered (CHECKED_OVER)
# A country's list, counted before its honour's name, that a place's share is taken of (在总局
# 评出的500个“2010中国名牌”中，本市有9个): the count is the country's.
_COUNTRY_LIST = rx.compile(r"(?:评选|评出|评定|认定|确定|公布)的\s*(?P<n>\d[\d,]*)\s*[个项件]\s*[“\"]?"
                           r"(?:(?:19|20)\d{2}\s*年?度?)?中国(?:名牌|驰名商标)[^，,。；;]{0,6}?中")
_COUNTRY_LIST_REACH = 60  # characters after a list's count to its 中
# The words one of which each match of these holds (:func:`.context_marks.words_of`):
# the words before most figures hold none, and are not scanned for the patterns.
_LIST_WORD = words_of(_COUNTRY_LIST)
_PROVINCE_WORD = words_of(WHOLE_PROVINCE, CAPITAL)
_COUNTRY_WORD = words_of(NATIONAL_SUBJECT, OVER_THE_COUNTRY)
_ACT_WORD = words_of(NATIONAL_ACT)
_RELEASE_WORD = words_of(THIS_RELEASE)
_COMPARED_WORD = words_of(_COMPARED_WITH, _SHARE_OF)


# A total after the counts of the places before it (甲地11家、乙地各1家共14家, …共14家企业的
# 14批次).
_PLACE_COUNT = rx.compile(r"\s*各?\s*\d")  # a place's own count (乙地11家, 丙地各1家)
_SUMMED = rx.compile(r"\d[^，,。；;：:]*?(?:共|合计|总计)[^，,。；;：:]*$")
# An office a lead office acted with (会同乙市质监局, 联合乙区政府): a partner, not the place.
_PARTNER_BEFORE = rx.compile(r"(?:联合|会同|协同|配合|联手)$")
_OFFICE_AFTER = rx.compile(r"[^，,。；;、\d]{0,8}?(?:局|政府|委员会|所|队|部门)")
# The start of an item of a 、 list, a few characters before a place (no clause mark between).
_ITEM_START = rx.compile(r"、[^，,。；;：:、]*$")
_ITEM_REACH = 8
# A place, a product's word, then 、 or 等 and a count (甲地松茸、…; 甲地羊肉等10大类): the first
# item of a list of products; not a place's own word (甲市区、, 甲县城、), a list of firms
# (甲地企业、乙地企业), nor a place before another (甲市乙县、).
_FIRST_PRODUCT = rx.compile(r"(?P<word>[\u4e00-\u9fff]{2,6}?)(?:、|等(?=\s*[\d一二三四五六七八九十两]))")
_NOT_A_PRODUCT = rx.compile(r"^[市县区省州镇乡城]|[有获是为在的了共已和与及将对把被等]|企业|公司|厂|"
                            r"单位|部门|市场|地区|一带|境内|辖区|局|厅|委|政府|人民|群众|消费者|"
                            r"人大|政协|协会|学会|中心|院|所")
_COUNT_NEXT = rx.compile(r"\s*\d")
# The report's own whole area and a place joined to it (全县及乙区, 全市和丙开发区, every item of
# a list so joined: 全县及甲、乙两区); not 与, which compares (全县与甲县的合格率分别为…).
_WITH_OWN = rx.compile(r"全[市县区州旗]\s*(?:及|和|以及)\s*$")
# Where a thing stands or hides (对位于甲市的仓库…, 藏身在甲区某小区的窝点): the premises', not the figure's.
_LOCATED = rx.compile(r"(?:位于|地处|坐落于?|(?:藏身|藏匿|隐藏|隐匿)[在于])$")
# A meeting's venue (大会在甲市召开，…; 在乙省丙市举办, 在丁市某某宾馆召开): where the news was told,
# not where the figure after it is (as no venue is a report's region); not a place the work is
# done in before a meeting it holds (在甲县开展…并举办…: the county's).
_VENUE_BEFORE = rx.compile(r"在[^，,。；;：:！？在\d]{0,6}$")
_VENUE_AFTER = rx.compile(r"(?:(?!开展|组织|进行|启动|部署|对)[^，,。；;：:！？\d]){0,10}?(?:召开|举行|举办)")
# The provinces a check or a case reached (共涉及甲省、乙省、丙省等19个省…的333家企业; 破获一起涉及甲、
# 乙、丙等17个省市的…案): how far it spread, not where the figure is — the country's check, or the
# place of the office that made the case. (A list of a province's own cities or counties a check
# covered is read as the list, or the province's: checked_across.)
_REACHED = rx.compile(r"涉及到?$")


def sentence_places(view: str, start: int, end: int) -> list[Mention]:
    """The place mentions of ``view[start:end]`` that can say where a figure is: not one that
    begins a name, nor one written before it as its address (甲省乙市某某食品厂), nor one that
    says where premises stand, nor a meeting's venue, nor the provinces a check or a case
    reached."""
    found = find_places(view, start, end)
    if not found:
        return found
    named = [_in_a_name(view, m) for m in found]
    ends, starts = {m.end for m in found}, {m.start for m in found}
    for at, mention in enumerate(found):
        # An item of a list of products (甲地枸杞、乙县长枣、丙山东麓葡萄): a place that opens
        # the item, or stands inside it, names the product; a list of places (甲市、乙市)
        # keeps its places.
        # (An item that is a place and its count, 乙县36项、丙区21项, keeps its place.)
        item = _ITEM_START.search(view, max(start, mention.start - _ITEM_REACH), mention.start)
        if item and mention.start - 1 not in ends and not _COUNT_NEXT.match(view, mention.end):
            named[at] = True
        # The list's first item (甲地松茸、乙县牦牛肉等10个产品): a product named after its place.
        if (first := _FIRST_PRODUCT.match(view, mention.end)) and first.end() <= end \
                and not _NOT_A_PRODUCT.search(first["word"]) and mention.end not in starts:
            named[at] = True
    for at in range(len(found) - 2, -1, -1):
        named[at] = named[at] or (named[at + 1] and found[at].end == found[at + 1].start)
    located = joined = reached = False
    kept, last = [], -1
    for mention, in_name in zip(found, named, strict=True):
        # 位于甲、乙、丙的, 位于甲市乙区某街: every place of the list or run after 位于.
        located = _in_list_after(view, mention, _LOCATED, 4, located) \
            or (located and mention.start == last)
        # 涉及甲省、乙省、丙省…: every province of the run after 涉及.
        reached = mention.place.level == "province" \
            and _in_list_after(view, mention, _REACHED, 3, reached)
        venue = _VENUE_BEFORE.search(view, max(0, mention.start - 7), mention.start) is not None \
            and _VENUE_AFTER.match(view, mention.end) is not None
        last = mention.end
        # 对全县及乙工业区56家…: a zone joined to the report's own whole area, the area's count.
        joined = _in_list_after(view, mention, _WITH_OWN, 5, joined, joiners="、")
        if not (in_name or located or joined or venue or reached) and is_about(view, mention) \
                and not in_focus(view, mention):
            kept.append(mention)
    return kept


def _in_list_after(view: str, mention: Mention, word: re.Pattern[str], reach: int,
                   open_: bool, joiners: str = "、和及") -> bool:
    """Whether ``mention`` is in a list of places after a word: the word (``word``, ending in
    ``$``) in the ``reach`` characters before it, or the list still open (``open_``: the place
    before it was in it) and ``mention`` joined to that place by one of ``joiners``."""
    return word.search(view, max(0, mention.start - reach), mention.start) is not None \
        or (open_ and view[mention.start - 1:mention.start] in joiners)


def _in_a_name(view: str, mention: Mention) -> bool:
    # A city before its province's honour (某市省名牌产品新增9个) counts the city's share.
    city_count = view[mention.end:mention.end + 1] == "省" and mention.place.level != "province"
    if (view[mention.start - 1:mention.start] in _QUOTE_OPENS
            and QUOTED_NAME.match(view, mention.end)) or in_a_quoted_mark(view, mention):
        return True
    if _TITLE_GIVEN.search(view, max(0, mention.start - 4), mention.start):
        return True  # 122家企业获评甲省高端品牌培育企业: the title's province, not the figure's
    if _CITED_LAW.search(view, max(0, mention.start - _LAW_REACH), mention.start):
        return True  # 根据《甲省产品质量监督条例》…: the law's province, not the figure's place
    if _IN_BOOK_TITLE.search(view, max(0, mention.start - _LAW_REACH), mention.start) \
            and _CLOSES_BOOK_TITLE.match(view, mention.end):
        return True  # 发放《甲省…办法》等手册200份: the title's place, not the figure's
    if _NAMED_AFTER_A_COUNT.search(view, max(0, mention.start - 3), mention.start) \
            and _BRACKETED_NAME.match(view, mention.end):
        return True  # 国家标准1个（某地小京生）: the product the count names
    if (NAME_AFTER.match(view, mention.end) and not city_count) \
            or (FIRM_AFTER.match(view, mention.end) and not (
                _CHECKED_FIRM.search(view, max(0, mention.start - 2), mention.start)
                and view[mention.end:mention.end + 1] == "某"
                and mention.place.level != "province")) \
            or _BRAND_AFTER.match(view, mention.end) or (STATION_AFTER.match(view, mention.end) and (
                mention.place.level == "province"
                or STATION_USED.search(view, max(0, mention.start - 3), mention.start))):
        return True
    written = view[mention.start:mention.end]
    if len(written) == 2 and written.endswith("县") and view[mention.end:mention.end + 1] == "级":
        return True  # 建成县级…: a word and 县级 (county-level), not 成县
    return written in _ALWAYS_WORDS or (written in _WORDS and mention.start > 0
                                        and bool(_HAN.match(view, mention.start - 1)))


def place_of(view: str, text: str, places: list[Mention], low: int, number: int,
             province: str | None, national_report: bool,
             earlier: Callable[[re.Match[str]], str | None] | None = None) -> str | None:
    """The place the nearest of the figure's place words in [low, number) gives, as the text
    writes it; ``None`` for the report's own region. ``earlier``: the place an earlier
    sentence gives 该市 (全县), where the figure's own sentence names none of its kind."""
    # (the figure's number may be read as the honour's year after the count: 556个“2006中国名牌”)
    reach = min(len(view), number + _COUNTRY_LIST_REACH)
    if _LIST_WORD.search(view, low, reach) and any(
            m.start("n") <= number < m.end() for m in _COUNTRY_LIST.finditer(view, low, reach)):
        return "全国"
    found: list[tuple[int, str | None]] = []
    mentions = _without_partners(view, [m for m in places if low <= m.start and m.end <= number]) \
        if places else []
    for at, mention in enumerate(mentions):
        found.append((mention.end, as_written(view, text, mentions[:at + 1])))
    # 全省 of the figure's own clause (全省定期抽查计划安排，抽查了…: the county's), and 全市 (the
    # report's own place) after a place of an earlier clause (完成北京…监测任务，对全市14台…).
    clause = _clause_start(view, low, number)
    # (and 全省 that is the subject of a count of an earlier clause: 全省共有…，其中…)
    subject = list(WHOLE_SUBJECT.finditer(view, low, clause)) \
        if WHOLE_SUBJECT.search(view, low, clause) else []
    in_province = bool(province) and _PROVINCE_WORD.search(view, clause, number) is not None
    if in_province:
        found += [(m.end(), province) for m in WHOLE_PROVINCE.finditer(view, clause, number)]
    if province and subject:
        found += [(m.end(), province) for m in subject if m["letter"] is None]
    if WHOLE_NAMED_PROVINCE.search(view, clause, number):
        found += [(m.end(), PROVINCE_BY_LETTER[m["letter"]])
                  for m in WHOLE_NAMED_PROVINCE.finditer(view, clause, number)]
    if subject:
        found += [(m.end(), PROVINCE_BY_LETTER[m["letter"]]) for m in subject if m["letter"]]
    # (each scan after a search that finds its first: listing the matches of a stretch costs
    # several searches, and most stretches hold none)
    if LOCAL.search(view, clause, number):
        found += [(m.end(), (_own_place(view, text, mentions, m) if mentions else None)
                   or (earlier(m) if earlier else None))
                  for m in LOCAL.finditer(view, clause, number)
                  if not WHOLE_PROVINCE.match(view, m.start())]
    if earlier is not None and LOCAL.search(view, low, clause):
        # 该市 (全县) of an earlier clause that stands for a place an earlier sentence names
        # (据统计，该市今年检查…，销毁…2300只: that place's, as the clause's own would be)
        found += [(m.end(), place) for m in LOCAL.finditer(view, low, clause)
                  if not WHOLE_PROVINCE.match(view, m.start())
                  and not any(m.end() <= n.start for n in mentions)
                  and (place := earlier(m)) is not None]
    if province and in_province:  # 省城医院、宾馆…合格率: the capital of the report's province
        found += [(m.end(), capital_of(province)) for m in CAPITAL.finditer(view, clause, number)]
    if _COUNTRY_WORD.search(view, low, number):
        found += [(m.end(), "全国") for m in NATIONAL_SUBJECT.finditer(view, low, number)]
        found += [(m.end(), "全国") for m in OVER_THE_COUNTRY.finditer(view, low, number)]
    if _RELEASE_WORD.search(view, low, number):  # (本次评价发布的品牌数量为600个, after the list's name)
        found += [(m.end(), "全国") for m in THIS_RELEASE.finditer(view, low, number)
                  if NATIONAL_LIST.search(view, max(0, m.start() - NATIONAL_LIST_REACH), m.start())]
    if _ACT_WORD.search(view, low, number + 1):  # (+1: its lookahead)
        found += [(m.end(), "全国") for m in NATIONAL_ACT.finditer(view, low, number + 1)
                  if m.end() <= number
                  and not _CLAUSE.search(view, m.end() + (view[m.end()] in "，,"), number)]
    if national_report:
        found += [(m.end(), "全国") for m in NATIONAL.finditer(view, low, number)]
        found += [(m.end(), None) for m in LOCAL.finditer(view, low, number)]
        if not found:
            return "全国"  # a report of the whole country: 全国质检系统共查处…
    if mentions and _PLACE_COUNT.match(view, mentions[-1].end) \
            and _SUMMED.search(view, mentions[-1].end, number):
        # 甲地11家、乙地各1家共14家: a total over the places listed, none of its own.
        found = [pair for pair in found if pair[0] > mentions[-1].end]
    if not found:
        return None
    if _COMPARED_WORD.search(view, low, number):
        compared = [m.span() for m in _COMPARED_WITH.finditer(view, low, number)
                    if _CLAUSE.search(view, m.end(), number)]
        # (the base a share is taken of, 占甲省29.4%: the share is the subject's, not the base's)
        compared += [m.span() for m in _SHARE_OF.finditer(view, low, number)]
        found = [pair for pair in found
                 if not any(start < pair[0] <= end for start, end in compared)]
    return max(found, key=lambda pair: pair[0])[1] if found else None


def _clause_start(view: str, low: int, high: int) -> int:
    """Where the last clause of view[low:high] begins: after its last clause mark."""
    found = _TO_CLAUSE_END.match(view, low, high)
    return found.end() if found else low


def _without_partners(view: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions but the offices a lead office acted with (甲县质监局会同乙市质监局稽查局，在…
    查获…: 乙市 is a partner; 甲局联合乙区政府、丙分局…: both), where a place before them (the
    lead's, not a province's) is left: the work is the lead's."""
    kept: list[Mention] = []
    partner = False
    for mention in mentions:
        before = view[max(0, mention.start - 2):mention.start]
        partner = bool(_OFFICE_AFTER.match(view, mention.end)) and (
            _PARTNER_BEFORE.search(before) is not None or (partner and before.endswith("、")))
        # (a province's office with a city's, 甲省局会同乙市局: the work is in the city)
        if not (partner and kept and kept[-1].place.level != "province"):
            kept.append(mention)
    return kept


def _own_place(view: str, text: str, mentions: list[Mention], word: re.Match[str]) -> str | None:
    """The place 全市 (全区, 全县) stands for: the last place of that kind its sentence names
    before it (黄岩区…，全区: 黄岩区), else the report's own (``None``). Not a place of a
    breakdown by place (乙市36项、丙县21项；全市…: the report's own)."""
    kind = word[0][-1]
    for mention in reversed(mentions):
        if mention.end <= word.start() and _of_kind(view, mention, kind):
            return text[mention.start:mention.end]
    return None


def _of_kind(view: str, mention: Mention, kind: str) -> bool:
    """Whether a place 全市 (全区, 该县: ``kind`` its last character) can stand for: one of
    that kind, not one of a breakdown by place (乙市36项)."""
    if _COUNT_NEXT.match(view, mention.end):
        return False
    # (a county-level city by its short name, 甲乡某某业、乙镇某某区…；全市: often a
    # product's or a zone's name, not the city 全市 stands for)
    short_county = mention.place.level != "prefecture" \
        and not view[mention.start:mention.end].endswith(kind)
    return not short_county and (mention.place.name.endswith(kind) or (
        kind == "市" and mention.place.level == "prefecture"))


def _chain(view: str, mentions: list[Mention]) -> list[Mention]:
    """The run of places the last mention ends (青岛、烟台、威海: all three)."""
    chain = [mentions[-1]]
    while len(chain) < len(mentions):
        before = mentions[-len(chain) - 1]
        if before.end + 1 != chain[0].start or view[before.end] not in "、和及":
            break
        chain.insert(0, before)
    return chain


def checked_across(view: str, places: list[Mention], low: int, number: int,
                   province: str | None) -> bool:
    """Whether the place the figure's sentence gives is a list of three places or more, all of
    the report's province (``province``: the report's region, a province), that a check
    covered (本次抽查了甲、乙、丙等5市的40家企业; 在甲、乙和丙3个地区抽查…; 从甲市、乙市、丙市共
    抽取…): the sample is the province's check, its figures the province's. Not a list a
    figure is given for (抽查甲、乙、丙等4市的合格率为100%: those places' rate). With no
    ``province`` (a report of the whole country), a list of three provinces or more that a
    national check covered (共抽查了甲省、乙省、丙省等6个省的150家企业): the country's."""
    mentions = [m for m in places if low <= m.start and m.end <= number]
    if not mentions:
        return False
    chain = _chain(view, mentions)
    # (a list its count closes holds the items the finder missed: 抽查了甲、乙、丙、丁4个市的…)
    listed = counted_list(view, chain)
    opens, items = (listed[0], listed[2]) if listed else (chain[0].start, len(chain))
    if items < _CHECKED_LIST or not all(
            (m.place.province and province.startswith(m.place.province)) if province
            else m.place.level == "province" for m in chain):
        return False
    clause = _clause_start(view, low, opens)
    return CHECKED_OVER.search(view, clause, opens) is not None


def as_written(view: str, text: str, mentions: list[Mention]) -> str | None:
    """The last mention as the text writes it; a list it ends (青岛、烟台、威海, 甲、乙、丙等3个市)
    whole; ``None`` for a list that goes on (西青、北辰等区域), or that counts more places than
    it names (甲、乙等10个地区)."""
    chain = _chain(view, mentions)
    last = chain[-1]
    if listed := counted_list(view, chain):
        return text[listed[0]:listed[1]]  # 甲、乙、丙、丁4个县市: the items the finder missed too
    if _LISTED_AFTER.match(view, last.end):
        return None  # the list goes on past the last place it names
    counted = _PLACES_COUNTED.match(view, last.end)
    if counted and (to_number(counted["n"]) or 0) > len(chain):
        return None  # 甲、乙等10个地区: more places than it names
    return text[chain[0].start:last.end]
