"""Brand honours: the titles and their categories, stock and award words. What a winner's
name is and is not is in :mod:`.brand_names`."""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast
from . import Vocabulary
from .brand_titles import BRAND_CATEGORIES, OTHER_HONOUR, PLACE_HONOUR

# The words of winning, and of having won nothing yet, are :mod:`.brand_winning`'s (named here too).
from .brand_winning import APPLIED_FOR as APPLIED_FOR
from .brand_winning import HONOUR_VERB as HONOUR_VERB
from .brand_winning import NOT_WON_YET as NOT_WON_YET
from .brand_winning import WON_IN_CLAUSE as WON_IN_CLAUSE
from .brand_winning import WON_JUST_BEFORE as WON_JUST_BEFORE

_BRANDS = Vocabulary(BRAND_CATEGORIES)
BRAND_TERM = _BRANDS.pattern


def brand_category(match: re.Match[str]) -> str:
    """The category key of a brand title (an honour that is not a brand is ``other``)."""
    key = _BRANDS.key(match)
    return "other" if key in (OTHER_HONOUR, PLACE_HONOUR) else key


def honour_only(match: re.Match[str]) -> bool:
    """Whether a title names an honour that is not a brand: its winners are honours, but a
    number of them is not a brand count."""
    return _BRANDS.key(match) in (OTHER_HONOUR, PLACE_HONOUR)


def places_win(match: re.Match[str]) -> bool:
    """Whether a place can be the winner of a title: a demonstration zone or county, a pilot
    area (not a brand, a quality award, nor a 质量兴市先进 title)."""
    return _BRANDS.key(match) == PLACE_HONOUR


def units_win(match: re.Match[str]) -> bool:
    """Whether a title is one units hold (先进集体, 先进单位): a government (某市人民政府) wins
    it by its own name, not as its place (as it wins 质量兴市先进市)."""
    return _UNITS_TITLE.search(match.group()) is not None


_UNITS_TITLE = rx.compile(r"(?:集体|单位)$")


# Every title above contains one of these; the full pattern is tried only near them (it is
# slow to run over a whole text, with optional place names at every position).
_BRAND_ANCHOR = rx.compile(r"名牌|名品|安全(?:示范)?(?:县|市|城市)|之乡|服务业?品牌|品牌产品|优质产品|质量强|品质强|产品[”」]称号|商标|免检|免验|地理标志|原产地域|老字号|知名商号|区域|质量奖|质量兴|品质奖|品质兴|名优|"
                           r"示范|良好行为|先行区|先进集体|先进单位|质量信用|贡献奖|提名奖|试点|标准化项目|质量管理|"
                           r"好品山东|好品|精品|优品|品字标|领跑|计量放心|好粮油|手造|一县一特|名特优新|公用品牌|品牌目录|国际知名品牌|"
                           r"农业品牌|农产品品牌|伴手礼")
# characters a title can have before its anchor (自治区级第十二批农业标准化示范; 某省优质某某
# 生产示范区: a product's name of up to 12 characters)
_LONGEST_LEAD = 20


def find_brand_terms(view: str) -> list[re.Match[str]]:
    """Every brand title in ``view``, as a whole-text ``BRAND_TERM.finditer`` would give."""
    out: list[re.Match[str]] = []
    cursor = 0
    for anchor in _BRAND_ANCHOR.finditer(view):
        if anchor.end() <= cursor:
            continue
        start = max(cursor, anchor.start() - _LONGEST_LEAD)
        for match in _BRANDS.finditer(view, start, min(len(view), anchor.end() + 12)):
            if match.end() <= anchor.start():
                continue  # belongs to no anchor: cannot be, every title holds one
            if match.start() > anchor.start():
                break  # a later anchor's title, maybe cut short by this window: found there
            out.append(match)
            cursor = match.end()
            break
        else:
            cursor = anchor.end()
    return out


# 种 only with care: 30种产品 can count the kinds of product a year's awards covered, not
# honours (see KINDS_AWARDED).
# (块: a plaque a title is counted in, 33块中国名牌)
BRAND_UNITS = r"个|件|项|只|枚|家|款|种|块"
# Where a number of 种 counts honours: 16种产品获得…称号 (the award follows), 产品29种 (a
# clause that only names what the title before it was won by).
KINDS_AWARDED = rx.compile(r"产品")
# 9种产品(被)列入某某产品名录: kinds of product put on a title's register (a register's name
# follows the title) are honours counted.
KINDS_LISTED = rx.compile(r"产品被?列入了?")
REGISTER_AFTER = rx.compile(r"[”」\"]?名录")
# 获得某省名牌农产品3种: what may stand between a title won and its number of 种
KINDS_AFTER_TITLE = rx.compile(r"(?:农|工业|食品)?(?:产品)?(?:共|有|达)?")
# A clause that only names the honoured things and their number, carrying the title of the
# clause before it: …的企业是26家，产品29种.
THE_COUNTED_ONLY = rx.compile(r"(?:其中)?(?:产品|品牌|商标)(?:共|有|为|达)?")
# …名牌产品生产企业43家，名牌产品51个: the products of the 名牌 title the clause before named
BRAND_PRODUCTS_ONLY = rx.compile(r"(?:其中)?名牌产品(?:共|有|为|达)?")
# A service brand is won by a service firm: 3家单位荣获…服务名牌 counts brands.
# Titles a firm holds by its own name, so a number of firms counts them: a service brand
# (3家单位荣获…服务名牌) and a time-honoured name (12家企业被认定为某市老字号)
SERVICE_TITLE = rx.compile(r"服务业?名牌|老字号")
FIRMS_WORD = rx.compile(r"企业|单位")
# A number opening a quoted name (“四个创建”活动) counts nothing.
OPENING_QUOTE = rx.compile(r"[“「『\"]")
# A clause about applying for or being recommended for an honour gives no count of honours.
NOT_A_HONOUR_COUNT = compile_fast(
    # (申报并获得, 申报获批: an application that was granted, the titles held)
    r"(?P<applied>(?<!成功)申报(?!成功|并获|获批|并通过)|申请(?!成功))|(?P<recommended>推荐)|(?P<shortlisted>候选|公示(?!期满|期已满|结束|完毕|无异议)|评审中|参评|初选|初评|初审|入围)|"
    # (列入…培育计划, 进入名牌梯队: grooming for a title, none won; not the export brands'
    # own title, 重点培育和发展的出口名牌)
    r"(?P<target>重点培育(?!和发展的)|培育(?:对象|计划|库|名单|工程)|梯队|争创|力争|争取)|(?P<part>之一)"  # 之一: one of them, no count
    # (83项产品落选: no honour won; 20个品牌被移出某某名录: a title taken away at a review)
    r"|(?P<failed>落选|被淘汰|未通过|未获|被撤销|被取消|摘牌|移出)"
)
# what may stand between 47家 and 69个产品 (34家企业38个品牌)
FIRMS_THEN_PRODUCTS = rx.compile(r"(?:企业|单位)?的?")
# The trademark office's geographical-indication marks (地理标志商标, 地理标志证明商标): a
# geographical indication, as the rounds' readers key them (counted and won alike), one mark
# however its title is worded (a winner named for 证明商标 and for 商标 is one honour).
GI_MARKS = rx.compile(r"(?:国家)?地理标志(?:证明|注册)?商标")
# A count's part in brackets right after it, of the same title (总数达到300个（含服务业20个）;
# 拥有85个(其中含农产品12个)): a class of its own words, no title (not those renewed, 含复评15个).
PART_IN_BRACKETS = rx.compile(r"\s*[(（]\s*(?:其中)?(?:含|包括|包含)(?:有)?(?!复评|复审|复核|重新|续)"
                              r"[^()（）\d，,。；;:：]{1,8}?")
# A wider place's count of the same title in brackets right after a count (全市达到12个（全省
# 58个）; （全国共有30件）): the same title and basis, counted over the whole province or country.
WIDER_IN_BRACKETS = rx.compile(r"\s*[(（]\s*全[^()（）\d，,。；;:：、]{1,4}?(?:共有|共计|共|累计|有|达到|达)?\s*")
# A title followed by 保护 names protection held (获得地理标志产品保护), unless it is new.
PROTECTED = rx.compile(r"保护")
NEW_WORD = rx.compile(r"新增|新获|今年|本年|此次|本次|这次|首次|又有|"
                      # (…等5个产品迈入…的行列: joining the protected, new)
                      r"(?:加入|迈入|步入|跨入)")
# Between a title and a number, or a number and its title: the number counts something else
# (名牌产品企业12家, 9家企业获得…, 两个园区被批准为…示范区).
# (12个特色产业…地理标志产品: the industries are counted; …国家标准N项: the standards are;
# 某名品成长公司30家: the firms a list grooms, named after its title)
NOT_THE_COUNTED = rx.compile(r"企业|单位|公司|厂家|示范|基地|集聚区|园区|城市|专用标志|集群|产业|标准")
# A sentence that opens on 其中: its counts are parts of the last count before it, and take
# its basis where they say none.
PART_OPENER = rx.compile(r"其中[，,：:]?")
# 获得某省名牌的有3家企业5个产品, 获得“某某名牌”称号的企业产品共有7个: the holders of a
# title, counted after it (what stands between the title and the number) ...
HOLDERS_AFTER = rx.compile(
    r"[”」\"]?(?:称号|荣誉)?的(?:企业|单位)?(?:产品|品牌|商标)?(?:共|已|累计|总共|目前)?(?:有|为|是|达到?)"
    r"(?:[\d一二三四五六七八九十两]+家(?:企业|单位)?的?)?"
)
# ... when the title is one won or held (what stands just before it).
HOLDING_VERB = rx.compile(r"(?:获得|获|荣获|拥有|取得)了?[“「\"]?$")
# 确定40家企业的46个产品为…: a number named as the title by whoever awards it.
AWARDED_AS = rx.compile(r"确定|确认|认定|授予|评定|命名|批准")
# 5件商标近日被商标局认定为…: a passive award naming its giver, up to the title.
PASSIVE_AWARD = rx.compile(
    r"(?:商标|产品|品牌)[^，,。；;]{0,6}被[^，,。；;]{0,20}(?:认定为|评为|确认为|确定为|命名为|授予)"
)
# A clause that only carries a running total forward: 累计达到48个, 总数达到30个.
# A clause that carries the category of an earlier clause forward: 累计达到48个;
# after a topic (中国驰名商标方面，) 今年新增3件 / 我市目前已拥有4个.
RUNNING_TOTAL = rx.compile(
    r"(?:其中)?(?:我市|全市|本市|该市|全县|全区)?(?:至此|目前|今年|去年|全年|当年|截至目前)?"
    r"(?:名牌|品牌)?(?:产品)?"  # 新评浙江名牌52个，名牌产品总量达到613个
    r"(?:(?:已经|已|共|又)?(?:拥有|有|新增|新获|新认定|累计|总数|总量|共计|合计|增至|增加到)"
    r"(?:已|共)?(?:达到|达|为|有)?"
    # 总数突破千个，达到1020个; 新增…20个，总数增至150个: the clause before's stock, reached
    # (新认定…120件，有效量达到860件: the marks in force, a stock by its own noun)
    r"|(?:总数|总量|有效量|有效数|保有量|存量)?(?:已经|已)?(?:达到|增至|增加到))"
)
CONTEXT_AWARD = rx.compile(
    r"^(?:(?:产品|企业|商标|品牌)?(?:成功|顺利|首次|均|同时|也)?"
    r"(?:入选|上榜|榜上有名|获此殊荣|获此称号|名列其中|跻身其中|位列其中)"
    # 最后有150件产品获奖, 本届共有260件产品获奖: products (not firms) that won the award
    # the sentence or the one before names
    r"|(?:产品|品牌)(?:均|同时|也)?获奖(?![励金]))"
)


# Inside the title of a notice the text cites, up to a name (《某局关于同意A、B…的公告》): the
# names are that notice's winners, not the document's (but 《地理标志产品 甲山红茶》, a
# product's own book-title marks, names one).
CITED_NOTICE = rx.compile(r"《[^》]*?关于[^》]*$")

CONTEXT_VERB = compile_fast(
    rf"(?:均|都|也|同时|双双)?(?:为|是)?(?:首次{HAN}{{0,4}}?)?"
    r"(?:入选|榜上有名|获此殊荣|上榜|名列其中|位列其中|跻身其中|获此称号|获此荣誉|获认定|获得认定|获得命名|"
    r"获命名|获得(?:了)?此(?:项|次)?(?:荣誉|殊荣|称号|保护)|获得(?:了)?殊荣)"
)

# The giver's verb, the winners, then the title: 认定A和B为…, 批准对A、B实施…保护,
# 授予A、B等3家企业2012年度“…质量奖”; or 对A、B等12个产品实施地理标志保护.
ACTIVE_AWARD = compile_fast(
    # (not 成为 said by the names, 已成为, 正式成为, 等3家企业成为: their own verb; but a mark
    # may end in 成, 认定甲公司的天成为…)
    r"(?:(?:认定|评定|命名|授予|批准)(?:自即日起)?(?:对)?(?P<names>[^，,。；;：:]{2,70}?)"
    r"(?<![已均都也将并个家件项种]成)(?<!(?:正式|顺利|成功|一举|率先|首次|同时|双双|先后|分别|从而|"
    r"品牌|产品|企业|单位)成)(?:为|实施)|"
    # (授予A、B2家企业2015年度某市政府质量奖: the count of the names, the title unquoted)
    r"授予(?P<given>[^，,。；;：:为]{2,200}?)(?:(?:\d{4}年度?)?(?=[“\"])|"
    # (…等5家企业, …等5单位; then the year or the award's edition: 第四届)
    r"[\d一二三四五六七八九十两]+(?:家(?:企业|单位)|个?单位)(?:\d{4}年度?|第[一二三四五六七八九十\d]+届)?)|"
    r"对(?P<protected>[^，,。；;：:]{2,70}?)实施了?|"
    # (对A、B等6件地理标志产品予以认定: the names counted, the giver's verb after the title;
    # the list closed by its total or its bare count, and the giver's verb before the title,
    # 对A、B、C3个特产依法予以…认定, 对A、B共2个品种给予…保护)
    r"对(?P<counted>[^，,。；;：:]{2,70}?)(?:等|共|共计|合计)?[\d一二三四五六七八九十两]+(?:件|个|项|种)"
    r"(?:产品|特产|农产品|品种)?(?P<grant>(?:依法)?(?:予以|给予))?)"
    r"[“\"]?(?:\d{4}年度?)?"
    r"(?:[^\W\d_a-zA-Z]{1,4}?[省市县区])?$"  # (授予…“云岗市|政府质量奖”: the place the title bears)
)  # (tried with the title's start as the end: $ ties the match to the title)
# A、B等特色区域品牌: names set in apposition before the title.
# (a quantity word, then a word of praise: 等一批知名…, 等多个特色…)
LISTED_AS = rx.compile(r"等(?:一批|多个|一系列)?(?:传统|特色|优势|知名|著名|优质)?的?")
# ... unless the title only qualifies what follows: 电饭煲、压力锅等中国名牌产品评价.
NOT_A_HOLDER = rx.compile(r"的?(?:评价|评选|评审|目录|名单|工作|申报|培育|创建|建设|中)")
# 本批4个地理标志产品包括A、B、C: the title, then its list.
# (2012年度省名牌产品名单如下：A；B: the list of the year's winners)
# (45个某省名品中，包括A、B等…: the names among the count's holders)
TERM_THEN_LIST = rx.compile(
    r"(?:专用标志|称号)?(?:[”」\"]?中[，,]?(?=包括))?(?:包括|有(?!效|关|所|利|望|的)|名单(?:如下|为|是))[:：]?"
)
# 新增省名牌产品3个，分别是：A、B和C: the count of the winners, then their names.
COUNT_THEN_LIST = rx.compile(
    r"[”」\"]?[\d一二三四五六七八九十两]+(?:个|项|件|家|种)(?:产品)?[，,]?"
    r"(?:分别是|分别为|包括|即|(?P<examples>(?:例|比)?如|像))[:：]?"
)

# 对获得中国名牌产品的企业奖励…; 成为…示范县建设任务的承担者: the title qualifies what follows
MODIFIER = rx.compile(r"的(?:企业|产品|单位|品牌)|的?(?:建设|创建)(?:任务|工作)")

NOT_AFTER_VERB = rx.compile(r"总数|数量|数|名单|的|率")  # 入选数量, 上榜名单: no award

# A title inside the name of a body, a plan or a rule (中国名牌战略推进委员会, 名牌战略,
# 名牌产品评价工作): no title won there.
TITLE_IN_A_NAME = rx.compile(r"战略|推进委员会|推委会|评价委员会|办公室|管理办法|评价(?:管理|工作|活动)|评选活动")
# A clause of the verb alone, after one that lists the winners: A、B经…评审，分别荣获….
VERB_CLAUSE_ONLY = rx.compile(r"(?:并|又|还|也)?(?:分别|均|都|一并|同时|先后|双双)?")
# 荣获中国名牌产品的某某集团有限公司(总经理…): the firm the title qualifies won it.
WINNER_AFTER = rx.compile(
    rf"[”」\"]?(?:称号)?的(?P<name>{HAN}{{2,20}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂))"
    r"(?!有限|股份|公司|集团|[、和与及])"
)


# --- Count words: geographical-indication approvals (counts7) ---
# 9项特产经总局审核，获得…保护: the approval, then the title won, with a comma between
# (what stands between the count and its title).
APPROVED_THEN_WON = rx.compile(
    r"(?:产品|品种|特产)?经[^，,。；;\d]{0,16}?(?:批准|审查合格|审核)[，,]?"
    r"(?:获得|获|获准|纳入|列入)了?[“「\"]?"
)
# 突破百件, 超过千个: a round mark a stock has passed (a bare 百 or 千 after a word of passing)
# is no count; the count is the number said beside it (达到108件).
ROUND_THRESHOLD = rx.compile(r"[百千万](?:[件个项家])")
THRESHOLD_PASSED = rx.compile(r"(?:突破|超过|超|逾|破|过)了?$")
# 12件商标获工商部门认定, 5件省著名商标被省局认定: the recognition right after the title
# counted makes the count the new ones, whatever word of stock opens the clause (共有).
# (对A、B等3个地理标志保护产品予以认定, …予以保护: the office's decision on the listed products)
RECOGNISED_AFTER = rx.compile(r"(?:获得?|被)[^，,。；;\d]{0,9}?认定(?=[，,。；;])|"
                              r"(?:予以|给予)(?:认定|保护|批准|登记)")
# 批准26种产品实行…保护 (the approval just before the count, of 种 too) ...
APPROVED_BEFORE = rx.compile(r"批准(?:对)?$")
# ... and in either phrasing an approval makes the protection new, not protection held.
APPROVAL = rx.compile(r"批准|获批|获准")
