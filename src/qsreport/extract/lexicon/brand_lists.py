"""Brand words for lists and breakdowns: winners listed after 分别为, a count broken down by
sector, firms counted with the titles they hold."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...places import PLACES
from ...regex_prefilter import compile_fast

# Winners listed after 分别为 (新增省名牌分别为：A公司、B公司; 其中工业类有3个，分别为A公司的
# 某牌阀门、B厂生产的“某某”饼干): a firm, or a maker's product (the product is the name).
LISTED_WINNERS_INTRO = rx.compile(r"(?:分别|依次)(?:是|为)[:：]?")
# The winners' word that may open a sentence before such a list, the title and its count in
# the sentence before (…共有3家单位获奖。获奖单位分别为：A、B、C).
WINNERS_WORD = rx.compile(r"(?:获奖|获评|入选|上榜|受表彰的?)(?:单位|企业|组织|产品|品牌)")
LISTED_FIRM = rx.compile(
    rf"{HAN}[^、，,；;：:。]{{1,28}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂|合作社)"
)
LISTED_MAKERS_PRODUCT = rx.compile(
    r"(?P<maker>[^、，,；;：:。]{2,30}?(?:公司|厂|集团|合作社))(?:生产|出品)?的"
    r"(?P<product>(?:[^、，,；;：:。的（(]|[（(][^）)]*[）)]){2,40})"
)
# A named zone in a list of a place's titles (A县某某生产标准化示范区、B市某某示范区和…)
_ZONE_END = r"(?:示范区|示范项目|示范县|示范市|先行区)"
LISTED_ZONE = rx.compile(rf"{HAN}[^、，,；;：:。]{{2,30}}?{_ZONE_END}")
LISTED_ZONE_AND = compile_fast(rf"(?<=区|目|县|市)(?:和|及|与)(?={HAN}[^、，,；;：:。和]{{2,30}}?{_ZONE_END}$)")
LISTED_NOTE = rx.compile(r"[（(][^）)]*[）)]?$")  # 某牌虾仁（复评）: a note, not the name

# A clause that only names a sector before its number, in a breakdown of a count: 其中工业产品
# 30个, 农业类12只, 服务名牌2个.
SECTOR_ITEM = rx.compile(
    r"(?:(?:其中|另外|以及)[，,]?)?[^\W\d_a-zA-Z]{0,4}?(?:工业|农业|服务业?|制造业?|文化|林业|渔业|建筑业?|商贸)"
    r"[^\W\d_a-zA-Z]{0,4}?(?:[（(](?:产品|品牌)[)）])?(?:产品|类|名牌|品牌)(?:有|为|占)?"
)
# A clause that is only a place and its number, in a list after a count: 乙市9项 (甲州拥有7件).
PLACE_ITEM = rx.compile(
    rf"(?:其中|另外|而|以及)?(?:[^\W\d_a-zA-Z全本我该在的数]{{1,4}}?(?:省|市|县|区|州)|{PLACES.pattern})"
    r"(?:也|则|还)?(?:拥有|有|获|获得|占|新增|新获)?"
)
# An opener that breaks a count down by kind (从行业看，从商品类别来看，按产业分): after it a
# trade's bare name (轻工业9件、农业6件) is an item of the breakdown, as SECTOR_ITEM's are.
BY_KIND = rx.compile(r"(?:从|按)[^\W\d_a-zA-Z]{0,6}?(?:类别|类型|门类|行业|产业|领域|分类)"
                     r"(?:分布)?(?:上|来)?(?:看|分)[，,：:]")
BARE_SECTOR = rx.compile(r"(?:其中)?[^\W\d_a-zA-Z]{1,5}?(?:业|类|行业|领域)(?:有|为|占)?")
# A sentence that opens by naming the count it breaks down: 这9个产品中，…
THESE_OF = rx.compile(r"(?:这|上述|以上)[\d一二三四五六七八九十两]+(?:个|只|项|件|种)(?:产品|品牌)?中[，,]")
# 21家中国名牌和6家驰名商标的企业: after the title, the firms that hold it are what is counted.
# (43家“甲省名牌产品”企业, 12家省名牌企业: the firms too, quoted or not, with no 的; so are
# 9家“中国名牌”产品生产企业, the firms that make the title's products)
FIRMS_HOLDING = rx.compile(
    r"[”」\"]?(?:(?:和|及|与)[\d一二三四五六七八九十两]+家[^\W\d_a-zA-Z]{2,12}?)?的?(?:产品)?(?:生产)?"
    r"(?:企业|单位|公司)"
)
# 24家入选某年中国名牌及驰名商标的企业: the firms that won the titles, the verb (and a
# year) between their number and the first title, 的企业 after the last.
FIRMS_WON = rx.compile(r"(?:入选|获得|荣获|获评|拥有|获)了?(?:\d{4}年度?)?[“「\"]?")
# (获得中国名牌、某省名牌、某市名牌的企业: up to three more titles before 的企业)
FIRMS_OF_TITLES = rx.compile(
    r"(?:[”」\"]?(?:和|及|与|、)[“「\"]?[^\W\d_a-zA-Z，,；;。]{2,12}?){0,3}[”」\"]?(?:称号)?的(?:企业|单位)"
)

# The giver's decision naming its winners, then the title (授予A、B等单位某市质量奖; 认定A公司
# “甲”、B厂“乙”为某市知名商标). Not a passive (被认定为: the winner came before).
GIVEN_VERBS = ("认定", "授予", "命名", "评定", "确定", "确认", "表彰")
# The 被 looked for behind the verb, written after it (every verb is two characters, so 被..
# ends where the verb does): a pattern that opens on its words lets the engine skip from one
# verb to the next, where a lookbehind first was tried at every character.
GIVEN_BY = rx.compile(r"(?:" + "|".join(GIVEN_VERBS) + r")(?<!被..)了?")
# ... only proposed, or asked for: 拟授予, 建议认定, 申请认定
GIVEN_NOT_YET = rx.compile(r"拟|建议|提请|申请|申报|推荐|争取|力争|计划|准备|将要")
# ... the count of those listed, after them: 等3家企业, 等单位, 等2家某县企业的2件注册商标
_COUNTED = r"[\d一二三四五六七八九十两]+"
GIVEN_COUNT = rx.compile(
    rf"等(?:{_COUNTED}(?:家|个|件|项|所|名))?(?:{HAN}{{0,6}}?(?:企业|单位|公司|商标|产品|品牌|同志|个人))?"
    rf"(?:的{_COUNTED}(?:件|个|项|种)(?:注册)?(?:商标|产品|品牌)|的(?:品牌|字号))?"
)
# ... a batch of the title after 为 (认定A等20家企业为第二批“某市老字号”)
GIVEN_BATCH = rx.compile(r"(?:首批|第[一二三四五六七八九十\d]{1,3}批|新一批)$")
# Titles whose holders are named by their brand or trade name alone (胡庆余堂, 张小泉): a
# list given one of them may name no firm
NAMED_BARE = rx.compile(r"老字号")
BARE_NAME = rx.compile(rf"{HAN}{{2,6}}")
# Firms, then people, in one decision: 授予A公司等3家企业和张某等2名同志“…质量奖” (the people's
# count is cut off as the list's; what is left ends with the firms' count and the people)
FIRMS_THEN_PEOPLE = rx.compile(
    rf"等{_COUNTED}家(?:企业|单位)(?:和|及|以及|与)(?P<people>{HAN}{{2,4}}(?:、{HAN}{{2,4}})*)$"
)
PEOPLE_COUNTED = rx.compile(rf"等{_COUNTED}名(?:同志|个人)")
# ... or without 等: A公司、B厂2家企业
# (the year may stand inside: A、B等8家2010年度企业某市市长质量奖)
GIVEN_FIRMS_COUNTED = compile_fast(
    r"(?:\d+|[两二三四五六七八九十]+)家(?:\d{4}(?:\s*[-—－~至到]\s*\d{4})?年度?)?(?:企业|单位)$")
# (and the award's edition: 授予A、B“第三届某市市长质量奖”)
GIVEN_YEAR = compile_fast(
    r"(?:\d{4}(?:\s*[-—－~至到]\s*\d{4})?年度?)?(?:首届|第[一二三四五六七八九十\d]{1,3}届)$|"
    r"\d{4}(?:\s*[-—－~至到]\s*\d{4})?年度?$"
)
# A winner of such a list: a firm or a body that holds a title (交易所, 研究院, 中心) ...
GIVEN_FIRM = rx.compile(
    rf"{HAN}[^、，,；;：:。“”「」\"]{{1,28}}?(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团|厂|"
    r"合作社|交易所|研究所|研究院|设计院|医院|学校|中心|农场|林场|茶场|"
    # (public bodies a quality award is given to: a survey team, a station, a bureau)
    r"大队|水文站|监测站|检测站|检验所|质监局|监管局|管理局|管理处|"
    # (the units a metrology title is given to: shops, markets, fuel stations, clinics)
    r"加油站|加气站|店|超市|商场|商城|眼镜城|市场|药房|诊所|卫生院|宾馆|酒店|饭馆)"
)
# ... or a branded product (云帆牌电缆, “云帆”牌电缆; 名牌, 品牌 are no marks) ...
GIVEN_BRANDED = rx.compile(
    rf"[“「\"]?{HAN}{{1,8}}(?<![名品挂创冒])[”」\"]?牌[”」\"]?{HAN}[^、，,；;：:。“”「」\"]{{0,16}}"
)
# ... or an owner's quoted mark, the mark being the name: 某某有限公司“甲乙”, 某厂的“甲乙”
# 商标, “甲乙”两件商标.
OWNERS_MARK = rx.compile(
    r"(?:[^、，,；;：:。“”「」\"]{2,30}?的?)?[“「\"](?P<mark>[^”」\"、，,]{1,16})[”」\"]"
    rf"(?:{_COUNTED}件)?(?:注册)?(?:商标)?"
)
# Between an award verb and a title: leave to work towards it (获批创建某示范城市, 批准…争创),
# not the title won.
TOWARDS_TITLE = rx.compile(r"创建|争创|申报|申请")
PILOT = rx.compile(r"[”」\"]?(?:试点|示范)")  # 创建某品牌试点: a pilot of working towards it is a title
# A quoted name closed right after a title's words and listed before 等 (“甲县某某标准化示范区”、
# “乙县…”等…): the title's words are the name's own.
QUOTED_NAMES_CLOSED = rx.compile(r"[”」』](?:[、\s]*[“「『][^”」』]{2,30}[”」』])*[、\s]*等")
# 继A、B之后，C也获得了…: those named before won the same title; 继A获“甲”、B获“乙”后: each
# won the title named with it. (继A、B获保护后: the title they won may be said before 后)
WON_BEFORE = rx.compile(
    r"继(?P<names>[^，,。；;：:之]{2,80}?)(?:获得?了?(?:保护|此殊荣|认定|命名))?之?后"
)
# Projects named in 《》 that pass a demonstration title's acceptance: 《甲》、《乙》两个项目
# 顺利通过(市级标准化示范项目的验收)
PROJECTS_ACCEPTED = rx.compile(
    rf"(?P<names>《[^》]{{2,40}}》(?:[、和及与]《[^》]{{2,40}}》)*)等?(?:{_COUNTED}个(?:项目|示范区))?"
    r"(?:顺利|均|都|已|先后)*通过了?(?:国家级|省级|市级)?$"
)
# ... or after it: 入选某示范城市创建名单 (a candidate list)
CREATING_AFTER = rx.compile(r"[”」\"]?(?:称号)?(?:创建|争创)")
# Adverbs that end a winner's name: 某牌大米先后(被评为…)
ADVERB_TAIL = compile_fast(r"(?:先后|相继|同时|双双|一并|一起|一道|陆续|分别|均|都|也)+$")
# Put on a title's list just before the title, when the names follow it: 第二批列入国家地理标志
# 产品的有A、B (列入 elsewhere is often a plan's or a shortlist's: not a verb of winning)
LISTED_INTO = rx.compile(r"列入了?(?:首批|第[一二三四五六七八九十\d]+批)?$")
# 获得殊荣 without 此: a distinction that need not be the title of the sentence before, so
# only a list of names counted just before it (A、B等3家企业获得殊荣) is read as its winners.
BARE_DISTINCTION = rx.compile(r"获得了?殊荣")
LIST_COUNTED_BEFORE = rx.compile(
    r"、[^，,。；;]*等[\d一二三四五六七八九十两]+(?:家|个|项|件|种)(?:企业|单位|产品|品牌)?(?:均|都|也|同时)?$"
)
# A verb of being that opens a list, not a name: 获得某奖的是A公司
LINK_WORD = rx.compile(r"是|为|有")
# Winners named right after a title won: a verb of winning in the title's clause, or of the
# giver naming its holders (公布首批某示范单位：A、B; 确定A等9家单位为“某示范单位”) ...
WON_BEFORE_TITLE = compile_fast(r"获得|荣获|获评|获|新增|新获|新认定|认定|入选|评为|(?<!拟)(?:公布|命名|确定)")
# ... the names in brackets after a count: (新增某称号)3件（“甲”、“乙”、“丙”）
NAMES_IN_BRACKETS = rx.compile(
    rf"[”」\"]?{_COUNTED}(?:件|个|项|家|种)(?:产品|商标|品牌)?[（(](?P<names>[^（()）]{{2,300}})[）)]"
)
# The report's own place before a listed name: 我县云帆牌电缆 (the product is the name)
OUR_PLACE = rx.compile(r"(?:我|本|该|全)[省市县区]的?(?=[^\W\d_]{2})")
# What is left of a clause that is no winner: 第三次(获此殊荣), 该公司
# (最终856个产品获…: an adverb before a count, what is left when the count is cut off)
NOT_A_WINNER = rx.compile(r"第[一二三四五六七八九十\d]+[次届批回]|(?:该|这|此|本)(?:公司|企业|厂|单位)$|"
                          r"(?:最终|最后|至此|目前|累计|总共|共计|全部)$|"
                          # 某市首批(获得…的是A、B): the subject is the batch, not a winner
                          r"[^\W\d_]{0,8}?(?:首批|第[一二三四五六七八九十\d]+批)$|"
                          # 决定对首次(获得…的企业给予奖励): whom a reward is for, no winner
                          r"[^\W\d_]{0,8}?对(?:初次|首次|新近?|当年|今年)$|"
                          # 某省首次有企业(获得…): a firm not named
                          r"[^\W\d_]{0,10}?有(?:企业|单位|产品|品牌)$|"
                          # 某省内(已被认定为…的企业): the firms within a place, none named
                          r"[^\W\d_]{1,8}?[省市县区州](?:境|范围|区域)?内$")
# A numbered group of a notice's winners: 一、(2014年度)某市市长质量奖（3家）, then one a line
# (二、新获“某某”企业: a verb of winning may open it, and only then may the holders' word
# close it — 某省名牌企业 alone may be a list of any kind)
GROUP_NUMBER = rx.compile(
    r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*"
    r"(?P<won>新获|新认定|获得|荣获)?(?:\d{4}年度?)?"
    # (the place the title is of: 一、某省省长质量奖（共5个）)
    r"(?:[^\W\d_a-zA-Z]{1,6}?(?:省|市|县|区|自治州))?(?:\d{4}年度?)?[“\"「]?"
)
GROUP_TAIL = rx.compile(r"[”\"」]?(?P<holders>(?:称号)?的?(?:企业|单位|产品))?"
                        r"(?:[（(](?:共)?[\d一二三四五六七八九十两]+(?:家|个|项|件)[)）])?[:：]?")
# ... the names after a colon: (新增3件省著名商标)：A、B; (获得市长质量奖)3家：A、B
COLON_AFTER_TITLE = rx.compile(
    rf"[”」\"]?(?:称号)?(?:{_COUNTED}(?:件|个|项|家|种))?(?:产品|商标|品牌|企业)?[:：]\s*"
)
# ... or the holders of the title introduced between it and the colon: (某奖)(组织奖)包括5家：,
# (荣获某奖)的企业是：, (被评为某产品)的有四种：. A bracketed kind of the title may stand
# first; the intro says who holds it, never what is planned (that is NOT_WON_AFTER's).
# (分别是, 分别为: brands_lists reads those lists, splitting branded products at 和 too)
HOLDERS_BEFORE_COLON = rx.compile(
    rf"[”」\"]?(?:称号)?(?:[（(][^（()）:：，,。]{{1,8}}[）)])?"
    rf"(?:的(?:企业|单位|产品|品牌)?(?:和个人)?)?(?:包括|共有|有|共|为|是)"
    rf"(?:(?P<n>{_COUNTED})(?:件|个|项|家|种|名))?(?:产品|商标|品牌|企业|单位)?[:：]\s*"
)
# ... and with no verb before the title, only a count of its holders tells they won it:
# 2019年度某奖(组织奖)包括3家：A、B、C (the clause opens with the title: a year, the edition
# and the place it bears at most before)
HOLDERS_COUNTED = rx.compile(rf"(?:包括|共有|共){_COUNTED}(?:件|个|项|家|种|名)")
# One name of a list whose count agrees, with a note in brackets after it (a year, a post):
# 甲膏(1981年), 某某(某公司董事长)
COUNTED_NAME = rx.compile(r"[“「\"]?(?P<name>[^\s、，,；;：:。“”「」\"（()）等]{2,20}?)[”」\"]?"
                          r"(?:[（(][^（()）]{1,30}[）)])?")
TITLE_OPENS_CLAUSE = rx.compile(r"\s*(?:\d{4}(?:[-—－~至]\d{4})?年度?)?(?:第[\d一二三四五六七八九十]+届|本届|首届)?"
                                r"(?:[^\W\d_]{1,8}?[省市县区州])?[“「\"]?")
# After a title: what makes it no title won (为省名牌产品培育企业, 为质量奖候选企业)
NOT_WON_AFTER = rx.compile(r"[”」\"]?(?:称号)?的?(?:重点)?(?:培育|申报|创建|争创|候选|推荐|后备|评审|评价|评选)")
# Winners counted right before the verb of winning, named in brackets after the title:
# 2家企业荣获某奖（甲公司、乙公司）, 1家单位被评为2020年度某标杆（丙集团）. The count, ending
# at the verb (its qualifiers: 先后, 分别) ...
WINNERS_COUNTED = compile_fast(
    rf"(?P<count>{_COUNTED})(?:家|户|个)(?:企业|单位|公司)?(?:先后|分别|同时)?$")
# ... the brackets closing the title (no digit, no further bracket) ...
WINNERS_IN_BRACKETS = rx.compile(r"[”」\"]?(?:称号)?[（(](?P<names>[^（()）\d，,。；;]{2,80})[)）]")
# ... and brackets that say something of the title or the count, not who won it: （含提名奖）,
# （以下简称…）, （排名不分先后）
NO_WINNER_IN_BRACKETS = compile_fast(r"^(?:含|包括|包含|其中|以下|下同|简称|不含|排名|见|详见)|奖$|名单|先后")
# A note on the title, not a name (（食品类）, （首次）, （第三届）, （提名）, （制造业）): no trade name
# standing alone in the brackets may be one.
NOTE_IN_BRACKETS = compile_fast(r"^(?:首|第|含|新|再|连续|提名)|(?:类|届|批|次|级|奖|名|业|组|项)$")
# Winners counted before the title they hold, as a notice's praise names them:
# 对A公司、B厂等12家获得某省名牌的企业予以表彰. The verb between the count and the title …
HOLDERS_VERB = compile_fast(r"(?:新|首次)?(?:获得|荣获|获评|被认定为|被评为|被授予)了?(?:\d{4}年度?)?[“「\"]?")
# ... the count before the verb (等, 等12家, 等3家企业) ...
HOLDERS_COUNT = rx.compile(rf"等(?:{_COUNTED}(?:家|个))?(?:企业|单位)?$")
# ... and the holders' word after the title: …名牌的企业
HOLDERS_TAIL = rx.compile(r"[”」\"]?(?:称号)?的(?:企业|单位)")
# Where such a list begins inside its clause: after 对 (决定对A等…), after an adverb that
# singles the list out (特别是A等…, 尤其是A等…), or after the holders of the title before it
# (…的企业及B等…).
HOLDERS_FROM = rx.compile(r"对|(?:特别|尤其)是|的(?:企业|单位)(?:以及|及|和|、)")
# A project named right before the demonstration title it was built for, that passed its
# acceptance later in the sentence: 某某茶叶市级标准化示范项目（…）经考核，验收合格.
PROJECT_PASSED = compile_fast(r"(?<![未不没])(?:验收合格|通过了?(?:专家|考核)?验收)")
PROJECT_NAME = rx.compile(rf"(?!该|本|此|这|其|对|经|由|在){HAN}{{3,8}}")
# A demonstration zone or pilot named in full (某县某某种植标准化示范区) that passed its
# acceptance or review right after its name: the zone, so named, is the winner. The name runs
# from its clause's start, an opening quotation mark or a list's 、 (or a dash) to the title's
# end; the passing follows the title, at most across its 项目, the quoted zones listed with it
# (“甲示范区”“乙示范区”等项目通过考核), a time word and the review it went through (经专家组
# 评估考核，以高分一次性通过…).
ZONE_TITLE_END = rx.compile(r"(?:示范区|示范项目|试点|试点项目)$")
# (乙镇3万亩蔬菜…示范区: the zone's extent may stand in its name)
ZONE_NAME = rx.compile(r"(?:^|(?<=[“「\"、—]))(?!该|本|此|这|其|对|经|由|在|和|与|及)"
                       rf"(?:{HAN}|[\d.]+(?=万?亩)){{2,20}}$")
# The zone named as its title's holder: in quotation marks or after a dash, or with its level
# in the name (某县国家级某某标准化示范区). A bare 某地某某示范区 passing 省级验收 is told the way
# a report tells its own work, and the team's corpus keys record no winner there.
ZONE_FORMAL = rx.compile(r"国家级|省级|市级|全国|国家")
ZONE_QUOTED = rx.compile(r"[“「\"—]")
# (a count, a list, a giver or a plan in what would be the name: 我市两个…示范区, 关于组织…,
# 申报…, 继某区第一个…, 专家对…; 对虾 is a prawn)
ZONE_NOT_A_NAME = compile_fast(r"[、和与及等个第]|对(?!虾)|关于|组织|申报|按照|符合|这|该|继|并|我[市县省区]")
ZONE_PASSED = rx.compile(
    r"(?:项目)?[”」\"]?(?:[“「\"][^”」\"，。；]{2,30}[”」\"])*"
    # (甲示范区、乙示范区陆续通过验收: the zones listed with it, named in full, pass together)
    rf"(?:(?:、|和|及|与){HAN}[^，。；,;、“”「」\"]{{1,30}}?(?:示范区|示范项目|试点项目))*"
    # (甲示范区等项目, 甲示范区等3个国家级某某示范区: the list closed by its kind, counted or not)
    rf"(?:等(?:[\d一二两三四五六七八九十]+[个项家])?(?:[^，。；,;]{{0,16}}?(?:示范区|试点|示范项目)|项目))?"
    # (a comma may close the list before what it did: 甲示范区、乙示范区，先后于某月通过…)
    r"(?:(?<=区|点|目)[，,](?=[^，。；,;]{0,16}?通过))?"
    r"(?:去年|今年|日前|近日|已|先后|相继|陆续|均|都)*"
    # (the time it passed: 于某月底, 于近日)
    r"(?:于[^，。；,;]{1,8}?(?=顺利|正式|成功|通过))?"
    r"(?:经[^，。；,;]{0,24}考核[，,]?(?:以[^，。；,;]{0,8}成绩)?)?"
    r"(?:顺利|正式|已|成功|一次性|以?高分)*(?<![未不没])通过了?[^，。；,;]{0,14}?(?:验收|考核|考评)"
)
# A headline's passing, its zones counted or unnamed (某县两个…示范区通过验收, 两项目通过省级
# …示范区验收, 3个试点顺利通过考核); not one denied or still to come (未通过, 将接受, 迎接).
HEADLINE_PASSED = rx.compile(r"(?<![未不没])(?:顺利|正式|成功|均|全部|一次性)*通过了?[^，。；,;！!]{0,16}?(?:验收|考核|考评|评估)")
# A place's name a zone's name opens with, where the gazetteer knows none (乙县, 某某自治区).
ZONE_PLACE_LEAD = rx.compile(r"[^\W\d_a-zA-Z]{1,6}?(?:自治区|省|市|县|区|旗|州)")
# Zones and projects named in full in a list after the acceptance they passed: 已经验收的A项目、
# B项目和即将验收的C (the list stops at a piece still waiting), 已考核验收建成A示范区、B示范区.
ACCEPTED_LIST_INTRO = compile_fast(
    r"(?<![未不没])(?:已经?|均已|先后|已先后)(?:通过了?)?(?:专家|考核|国家|省级|市级)?验收(?:合格|通过)?"
    r"(?:并)?(?:的|建成了?)(?:有|包括)?[:：]?"
)
# A piece of that list: a name ending in its title (the title's own words inside it), no piece
# still waiting or only planned (即将验收的C, 正在创建的D).
ACCEPTED_PIECE_SPLIT = compile_fast(r"、|(?<=[区目点县市])(?:和|及|与)")
ACCEPTED_NOT_A_NAME = rx.compile(r"的|即将|正在|将要|待|拟|未|申报|创建|筹建|争创")
# Units that undertook a counted title's projects, which then passed their acceptance:
# 甲市A、B等单位承担的4项市级标准化项目均已通过验收 (the names, up to 等…承担的, without a
# 由 before them). The passing is the title's own clause's, or the next clause's when that one
# opens on 目前/均/已 (…项目，目前均已通过验收); a part that passed (其中2个, 仅有1个) is not all.
UNDERTAKEN_NEXT_OPEN = rx.compile(r"\s*(?:目前|现已|现|均|已|都)")
UNDERTAKEN_PART = compile_fast(r"其中|只有|仅有|仅|[\d一二三四五六七八九十两]+(?:个|项|家)")
UNDERTAKERS_BEFORE = rx.compile(
    r"(?:[^，,。；;：:]{0,8}?由)?(?P<names>[^，,。；;：:]{2,80}?)等(?:[\d一二三四五六七八九十两]+(?:家|个))?(?:单位|企业|机构)"
    r"(?:共同)?承担的(?:[\d一二三四五六七八九十两]+(?:个|项))?$"
)

# Places whose name begins with 和 (a listed 和林格尔羊肉 is no 林格尔羊肉 joined by 和).
PLACE_WITH_HE = rx.compile(r"和(?:林格尔|田|县|平|顺|政|静|龙|硕|布克赛尔)")
# Kinds of trademark no title names (集体商标, 证明商标, 地理标志集体商标): a list after a
# count of them (…集体商标3件，分别是A、B) names marks, not the winners of an earlier title.
COUNTED_MARKS = rx.compile(r"集体商标|证明商标")
# 6种轴承产品获某省名牌产品: kinds of a named product, then the award (not 涉及30种食品产品: a
# check's scope has no verb of winning after it).
KINDS_OF_PRODUCT_WON = rx.compile(
    r"[^\W\d_a-zA-Z]{1,6}?产品(?:先后|相继|均|都|分别)?(?:荣获|获得|获评|获|被评为|被认定为|入选)"
)
# A whole split into its new and its renewed parts, each counted with no title of its own:
# 其中初评N个、复审M个; 其中新评N个、复评M个. (初评 here is a first award,
# beside the renewed ones, not a shortlist.) Arabic numbers only.
NEW_AND_RENEWED = compile_fast(
    r"[，,。；;]?\s*(?:其中|中(?=[，,]))[，,：:]?\s*"  # (本次获评的177个某名牌中，新增49个，复评128个)
    r"(?P<word>新评|初评|首评|首次认定|新认定|新申报|新增)(?:的)?(?:产品|品牌|商标)?(?:为|有)?(?P<new>\d+)(?:个|项|件|种)"
    r"[，,、；;]\s*(?:到期)?(?:复评|复审|复核|续评|延续认定|重新认定)(?:的)?(?:产品|品牌|商标)?(?:为|有)?"
    r"(?P<renewed>\d+)(?:个|项|件|种)"
)
# 502个某省名牌产品通过复评: renewed too, the review said right after the title.
RENEWED_AFTER = rx.compile(r"[”」\"]?(?:称号)?(?:顺利|均|都)?(?:通过|经过)了?(?:复评|复审|复查|复核)")
# A number of places or seats, not of brands: 两个县均实现某商标零的突破, 在新评的区域名牌中
# 占1个席位 (not 12个市名牌产品: a title follows the place word there).
PLACES_COUNTED = rx.compile(
    r"(?:城市|地市|市|县|区|乡镇|省份|省)(?=[、，,和及与]|实现|获得|均|都|共|全部|已|先后|拥有|有)|席位?"
)
# A decision with its object before 为, after a shortlist (经公示，省政府认定68个产品为某省名牌
# 产品): the list decided, not the shortlist (not 申请认定, 拟认定: an application, a shortlist).
DECIDED_AS = compile_fast(r"(?<!申请)(?<!申报)(?<!拟)(?:认定|确认|确定)(?=[^，,。；;]{0,40}?为)")

# A published list whose title is an honour, then its winners named in the next clause (or
# the one after a count: 全省共有3家企业获批): 公布了第二批某某试点县名单，A县、B县名列其中;
# 发布《某某示范区名单》，…，C榜上有名. The title must be an honour's (示范, 试点, 名牌, 质量奖 …)
# and not a blacklist, a check's results, a shortlist or a grooming list.
PUBLISHED_LIST = rx.compile(
    r"(?:公布|发布|印发|下发|公告|揭晓)了?(?P<title>[^，,。；;]{2,60}?)名单[》”」\"]?(?:的(?:通知|公告))?"
    r"[》”」\"]?中?[，,](?:[^，,。；;]{0,24}?共有?[^，,。；;]{0,24}[，,])?"
    r"(?P<names>[^，,。；;]{2,120}?)(?:均|都|也|成功|顺利)?"
    r"(?:名列其中|榜上有名|位列其中|跻身其中|均在其中|在列|入选|上榜)"
)
LIST_TITLE_HONOUR = rx.compile(r"示范|试点|基地|名牌|品牌|质量奖|先进|强[县市省区]|创新|驰名|著名|"
                               r"地理标志|名优|优质")
LIST_TITLE_NOT = rx.compile(r"重点培育(?!和发展的)|培育(?:对象|名单|库)|不合格|黑名单|失信|曝光|抽查|检查|公示|候选|"
                            r"拟|推荐|申报|整改|违法|问题")
# A place wins a list whose title names places or zones (试点县, 示范区, 基地, 城市).
LIST_OF_PLACES = compile_fast(r"[县市区镇]|示范区|基地|城市")
# What opens a list's title before its own words: 《关于公布…, 的“….
LIST_TITLE_LEAD = rx.compile(r"^.*?(?:关于(?:公布|发布|印发|下发)|《)|^[“「\"的]+")
# A sentence naming the holders of one sector among those the sentence before counted, one
# sentence a sector: (确定A等9家单位为某示范单位。)其中商超领域评出的有：B、C。眼镜行业中
# 认定的为：D、E. (The sector is a few words; 领域, 行业 or 类 closes it.)
SECTOR_NAMED_BACK = rx.compile(
    rf"\s*(?:其中)?[^\W\d_]{{2,8}}?(?:领域|行业|类|方面)(?:中|里)?(?:确定|命名|评出|入选|获评|认定)?的?"
    rf"(?:示范)?(?:单位|企业|商户)?(?:分别)?(?:是|为|有|包括)?(?:{_COUNTED}(?:家|个|名))?[:：]\s*"
)
# A sentence naming the holders the sentence before counted: (…甲乙两厂获某奖。)这两家企业
# 是：A、B. The count, when given, must be the number of names.
HOLDERS_NAMED_BACK = rx.compile(
    rf"\s*(?:这|该|上述|以上)(?P<n>{_COUNTED})?(?:家|个|项|件|种|名)?(?:获奖|获评)?"
    rf"(?:企业|单位|产品|品牌|商标)(?:分别)?(?:是|为|包括)[:：]\s*"
)
# A place's stock of a title, then its holders: 乙县的中华老字号品牌有A、B和C; 全市的省名牌
# 产品主要有：A公司的甲、B厂的乙. The owner before 的 (a place or 全市/我县), the list after 有.
STOCK_OWNER = rx.compile(rf"(?:(?:全|我|本)[省市县区州旗]|{HAN}{{1,6}}?[省市县区州旗])的$")
STOCK_INTRO = rx.compile(r"[”」\"]?(?:称号)?(?:品牌|企业|产品)?(?:主要|目前|已)?有[:：]?")
# ... and the count that may close the list: 等3家, 两家, 等品牌
STOCK_COUNT = rx.compile(rf"(?:等|共)?(?:{_COUNTED}(?:家|个|件|项|种))?(?:企业|品牌|产品)?$")
# A clause that is one bare name and nothing else, in a run of names set apart by commas
# before the clause that says what they won (此前，我省甲山红茶，乙河香米，丙岭蜂蜜已被批准为…):
# Chinese words only (a 、 may join two words of one name), no figure, no lead of time or
# topic.
BARE_NAME_CLAUSE = rx.compile(rf"(?:{HAN}|、){{4,12}}")
NOT_A_BARE_NAME = compile_fast(
    r"^(?:与此同时|在此之前|此前|此外|另外|同时|目前|近年来|据悉|据了解|其中|今年以来|去年以来)|"
    r"(?:等|方面|以来|期间|之后|以后|之前|以前|中|后|时|底)$|"
    # a clause of work or of time, no name (加快品牌培育，深入推进…; 截至去年底)
    r"加快|加强|推进|推动|开展|实施|提升|提高|培育|促进|深入|积极|大力|不断|进一步|坚持|"
    r"围绕|取得|成效|显著|明显|工作|发展|全面|稳步|着力|扎实|截至|截止|[年月]|"
    r"构建|构筑|打造|建立|健全|完善"  # (构建某某体系，打造某某高地，成功创建…: work, no names)
)

# The giver's verb after a title whose counted winners followed 对 (对A、B等6件地理标志产品
# 予以认定): without it the title only says what the names are (对A等5个名牌产品开展抽查).
GRANTED_AFTER = rx.compile(r"(?:产品)?[”\"]?(?:依法)?(?:予以|给予)(?:认定|保护|登记|核准|批准)")
# ... or, the giver's verb standing before the title (对A、B两个特产予以…认定), the
# grant's noun right after it.
GRANT_NOUN_AFTER = rx.compile(r"[”\"]?的?(?:认定|保护|登记|核准|批准)")  # (…产品的认定)

# A brand programme's list broken into its classes (read by ..brands_counts_classes): after
# the programme's title, its list (名单, 榜单) or 中, then 包括 or 其中 (某省名品名单，包括…;
# 40个某省名品中，包括…).
CLASS_LIST = compile_fast(r"[”」\"]?(?:品牌)?(?:(?:遴选|入选)?(?:名单|榜单|名录)中?|中)[，,]?"
                        r"(?:包括|其中|含有?|既有)[：:，,]?")
# A class named before its number (工业企业品牌45个, 企业名牌80个, 区域品牌2个) ...
CLASS_BEFORE = rx.compile(r"\s*(?:其中|包括|既有|也有|还有|另有|以及)?[^\W\d_a-zA-Z]{1,10}?"
                          r"(?:[（(](?:产品|企业)[)）])?[^\W\d_a-zA-Z]{0,4}?(?:名品|品牌|名牌)类?"
                          r"(?:有|为|共)?\s*")
# ... or after it (A、B等30个产品类名品, 4个区域品牌类名品)
CLASS_AFTER = rx.compile(r"\s*[^\W\d_a-zA-Z]{1,14}?类?(?:名品|品牌|名牌)\s*")
# A sentence that breaks one class down by trade (在企业名牌中，机械行业9个，纺织行业7个) ...
CLASSES_OF = rx.compile(r"\s*在(?P<name>[^，,。；;\d]{1,10}?(?:名品|品牌|名牌))中[，,]")
# ... and one trade of it
CLASS_SECTOR = rx.compile(r"\s*(?:其中)?[^\W\d_a-zA-Z]{1,6}?(?:行业|产业|领域|类|业)(?:有|为|共)?\s*")

# The words that introduce a title's holders after it (moved from lexicon/brands).
# (获某名牌的5个农产品为：A、B…: a count and a kind may stand between the title and its list)
# (新认定的某某商标为：A、B: the title's new holders, a colon before them)
TERM_LIST_INTRO = rx.compile(r"(?:称号)?的(?:[\d一二三四五六七八九十两]+(?:个|项|件|家|种))?"
                             r"(?:农产品|产品|企业|品牌|商标|单位和个人|单位|企业和个人)?(?:分别)?(?:是|为|有)[:：]?|"
                             r"(?:分别)?(?:是|为)[:：]")
# The title's new holders, before it: 此次新增的某某商标(是：A、B)
NEW_HOLDERS = rx.compile(r"(?:新增|新获|新认定|新评)(?:加)?的(?:\d{4}年度?)?$")

# (同时获得命名的省内其他城市还有A、B; 同期获此殊荣的本省企业还有A、B: others who won the
# title named before, a few words of who they are between)
LIST_INTRO = rx.compile(r"(?:入选|获评|获奖|获此殊荣|获此称号|获得命名|获得此项?殊荣)的(?:产品|企业|品牌|商标|"
                        r"[^，,。；;、]{0,8}?(?:城市|县|企业|单位|产品|品牌|商标))?(?:还|也|另)?(?:分别)?"
                        r"(?:是|为|有)[:：]?")
