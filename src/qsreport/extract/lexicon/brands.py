"""Brand honours: the titles and their categories, stock and award words, and what a winner's
name is not."""

from __future__ import annotations

import re

from ...chars import HAN
from ...places import ELSEWHERE, PROVINCES, ZHEJIANG
from ...regex_prefilter import compile_fast
from . import Vocabulary

_PROVINCE = "(?:" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + ")"
_CITY = "(?:" + "|".join(sorted(ZHEJIANG + ELSEWHERE, key=len, reverse=True)) + ")"

BRAND_CATEGORIES: tuple[tuple[str, str], ...] = (
    (r"中国世界名牌(?:产品)?", "other"),
    (r"中国名牌(?:产品)?", "china_top_brand"),
    (r"(?:中国)?驰名商标", "china_well_known_trademark"),
    (r"(?:国家)?免检(?:产品|资格)|国家免检", "inspection_exempt"),
    (r"(?:国家)?(?:地理标志(?:保护)?产品|原产地域保护产品|地理标志证明商标|地理标志商标)",
     "geographical_indication"),
    (rf"(?:{_PROVINCE}省?|省级?)?区域(?:国际)?名牌(?:产品)?", "regional_brand"),
    (rf"{_CITY}市?著名商标|市著名商标", "other"),
    (rf"(?:{_PROVINCE}省?|省)著名商标|(?<![市县区])著名商标", "provincial_famous_trademark"),
    (rf"(?:服务业)?(?:{_PROVINCE}省?|省)(?:服务业?)?名牌(?:产品)?", "provincial_brand"),
    (rf"{_CITY}市?名牌(?:产品)?|市(?:级)?名牌(?:产品)?", "municipal_brand"),
    (r"(?:国家)?出口免验(?:产品)?|中国出口名牌|中华老字号|浙江老字号|知名商号", "other"),
)
_BRANDS = Vocabulary(BRAND_CATEGORIES)
BRAND_TERM, brand_category = _BRANDS.pattern, _BRANDS.key
# Every title above contains one of these; the full pattern is tried only near them (it is
# slow to run over a whole text, with optional place names at every position).
_BRAND_ANCHOR = re.compile(r"名牌|商标|免检|免验|地理标志|原产地域|老字号|知名商号")
_LONGEST_LEAD = 12  # characters a title can have before its anchor (服务业黑龙江省名牌)


def find_brand_terms(view: str) -> list[re.Match[str]]:
    """Every brand title in ``view``, as a whole-text ``BRAND_TERM.finditer`` would give."""
    out: list[re.Match[str]] = []
    cursor = 0
    for anchor in _BRAND_ANCHOR.finditer(view):
        if anchor.end() <= cursor:
            continue
        start = max(cursor, anchor.start() - _LONGEST_LEAD)
        for match in BRAND_TERM.finditer(view, start, min(len(view), anchor.end() + 8)):
            if match.end() <= anchor.start():
                continue  # belongs to no anchor: cannot be, every title holds one
            out.append(match)
            cursor = match.end()
            break
        else:
            cursor = anchor.end()
    return out


BRAND_UNITS = r"个|件|项|只|种|枚|家|款"
# Words before a figure that make it a stock, or a year's new awards. The nearest one wins.
BASIS_WORDS: tuple[tuple[str, str], ...] = (
    (r"新增|新获|新认定|新评|新晋|今年获得|今年有|本年度|荣获|被评为|评为|入选|获评|获得|获|"
     r"认定为|被认定|上榜|捧得|摘得|斩获|跻身|命名|荣膺|荣登|喜获|被授予", "added"),
    (r"现有|拥有|累计|总数|总计|共有|共计|已有|已达|达到|目前|至今|全市有|全省有|合计|增至|"
     r"增加到|增长到|上升到", "total"),
)
BASIS_WORD = compile_fast("|".join(f"(?P<{basis}>{p})" for p, basis in BASIS_WORDS))
# A clause about applying for or being recommended for an honour gives no count of honours.
NOT_A_HONOUR_COUNT = re.compile(r"申报|推荐|申请|重点培育|培育对象|争创|力争|争取|候选|公示|评审中|参评")
# A clause that only carries a running total forward: 累计达到48个, 总数达到30个.
# A clause that carries the category of an earlier clause forward: 累计达到48个;
# after a topic (中国驰名商标方面，) 今年新增3件 / 我市目前已拥有4个.
RUNNING_TOTAL = re.compile(
    r"(?:我市|全市|本市|该市|全县|全区)?(?:至此|目前|今年|去年|全年|当年|截至目前)?"
    r"(?:已经|已|共|又)?(?:拥有|有|新增|新获|新认定|累计|总数|总量|共计|合计|增至|增加到)"
    r"(?:已|共)?(?:达到|达|为|有)?"
)
WON_JUST_BEFORE = re.compile(r"(?:一举|共|又|再|先后)?(?:斩获|荣获|摘得|捧得|夺得|入选|获得)$")
HONOUR_VERB = re.compile(
    r"(?:荣获|被评为|评为|入选|获评|获得|被认定为|认定为|被认定|被列为|列为|成为|跻身|"
    r"被批准为|批准为|获批|被授予|授予|获准|被确定为|确定为|捧得|摘得|斩获|新晋|被命名为|命名为|荣登|"
    r"荣膺|喜获|获)"
    r"(?:了)?(?:首批|第[一二三四五六七八九十\d]+批|去年|今年|本年度|年度|新一批|\d{4}年度?)?"
)
CONTEXT_AWARD = re.compile(
    r"^(?:产品|企业|商标|品牌)?(?:成功|顺利|首次|均|同时|也)?"
    r"(?:入选|上榜|榜上有名|获此殊荣|获此称号|名列其中|跻身其中|位列其中)"
)


NAME_LEAD = re.compile(
    r"^(?:其中|另外|此外|同时|还有|并且|而且|以及|目前|今年|去年|日前|近日|近年来|早在[^，]{0,8}?年|"
    r"我市的?|该市的?|全市的?|此次|这次|本次|新)+"
)

NAME_TAIL = compile_fast(
    r"等?[一二三四五六七八九十两\d]+[个项件款种只家](?:产品|企业|品牌|商标)?$|"
    r"(?:已|曾|先后|分别)*(?:于|在)(?:\d{4}|[一二三四五六七八九〇零]{4})年.*$|"
    rf"(?:近日|日前|今年|已|也)*被{HAN}{{2,12}}$|"
    r"(?:等(?:产品|企业|品牌|商标)?|今年|去年|日前|近日|首次|再次|又|还|已|也|均|都|分别|成功|正式|"
    r"一举|即|则|被|已经|顺利|同时|双双|一并|此次|参评|为|是)+$"
)

NOT_A_NAME = compile_fast(
    r"\d|[一二三四五六七八九十两几]+[个项件家批]|一批|多个|更多|一些|多家|^(?:我|全|该|本)?[市县区省]|"
    r"^(?:对|将|争取|为|向|鼓励|支持|推动|力争|重点|获得|获|企业|产品|品牌|商标|名单|数量|占|其|这|"
    r"又|另|共|还|也|都|均)|有$"
)

CONTEXT_VERB = compile_fast(
    rf"(?:均|都|也|同时|双双)?(?:为|是)?(?:首次{HAN}{{0,4}}?)?"
    r"(?:入选|榜上有名|获此殊荣|上榜|名列其中|获此称号|获此荣誉|获认定|获得认定|获得命名|获命名)"
)

ACTIVE_AWARD = re.compile(
    r"(?:认定|评定|命名|授予|批准)(?:对)?(?P<names>[^，,。；;：:]{2,60}?)(?:为|实施)[“\"]?"
)

MODIFIER = re.compile(r"的(?:企业|产品|单位|品牌)")  # 对获得中国名牌产品的企业奖励…

TERM_LIST_INTRO = re.compile(r"(?:称号)?的(?:产品|企业|品牌|商标)?(?:分别)?(?:是|为|有)[:：]?")

NOT_AFTER_VERB = re.compile(r"总数|数量|数|名单|的|率")  # 入选数量, 上榜名单: no award

LIST_INTRO = re.compile(r"(?:入选|获评|获奖|获此殊荣)的(?:产品|企业|品牌|商标)?(?:分别)?(?:是|为|有)[:：]?")
