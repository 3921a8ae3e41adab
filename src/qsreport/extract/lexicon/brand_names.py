"""Brands: the words of a winner's name — what opens one name of a list (a lead, an owner, a
group's title), what closes it (a count, a maker's product), and what no name is. The titles'
words and the counts' are in :mod:`.brands`."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast
from .brand_titles import CITY_NAMES, PROVINCE_NAMES
from .brand_winning import HOPED_FOR, KIND_OR_POST

# Verbs of making, setting up, growing or winning a title's holder (建成, 创建, 培育, 获批, …).
MAKING_VERB = r"(?:建成|建立|建设|创建|创成|组建|新建|设立|成立|打造|培育|培植|扶持|认定|评定|评选|获批|批准|确定|命名|授予)"
NAME_LEAD = rx.compile(
    r"^(?:其中|另外|此外|同时|还有|又有|另有|并且|而且|以及|特别是|尤其是|目前|今年|去年|日前|近日|近年来|早在[^，]{0,8}?年|继|最终|最后|"
    r"\d{4}年度?|"
    r"我市的?|该市的?|全[市省县区]的?|此次|这次|本次|(?:共|又|还|再|累计)?(?:新增|新获)|"
    # 全市包括A、B在内的12个产品…: the list of those included
    rf"(?:{HAN}{{0,4}}?(?:共|还|也)?)包括(?=[^，,。；;]{{2,80}}在内)|"
    # 某集团董事长王某获得…: the person, without the post before the name
    r"[^，,。、；;]{2,12}?(?:董事长|总经理|总裁|厂长)(?=[^\W\d_a-zA-Z]{2,3}$)|"
    rf"{HAN}{{0,4}}?(?:还|又|也)?对(?=[^，,。；;对]{{2,30}}等)|"  # (会上)对A等获得…的企业授牌
    # 某市本次新增A等…: the place whose new winners follow
    rf"(?:{CITY_NAMES}|{PROVINCE_NAMES})[市省县区]?(?=(?:本次|此次|这次|今年|去年)?(?:新增|新获))|"
    rf"{HAN}{{2,4}}?[市省县区]?(?=(?:本次|此次|这次|今年|去年)(?:新增|新获))|"
    # 我县培育了A、B等一批省著名商标: the place's verb of growing the holders listed
    # (its 出/了 required: 某县种苗培育中心 is a name)
    rf"{HAN}{{0,4}}?(?:先后|相继)?(?:(?:培育|造就|孕育)(?:出了|了|出)|涌现(?:出了|了|出)?)"
    r"(?=[^，,。；;、]{2,30}、)|"
    # 推动了A、B等一批地理标志产品进入…, 扶持甲、乙等知名品牌走向…: a verb of furthering
    # whose object is the list (the names hold the title the list is closed by)
    rf"{HAN}{{0,4}}?(?:推动|带动|助推|扶持|支持|引导|帮助)了?(?=[^，,。；;、]{{2,30}}、)|"
    # 某省全省新增A、B…: a place, then the whole of it
    rf"{HAN}{{1,4}}?[市省县区](?=全[市省县区])|"
    # (某市共)建成《甲》等…, 培育“乙公司”等…: a verb of making or winning before the name it
    # quotes (the verb and its subject are the sentence's; the name is what the marks enclose)
    rf"{HAN}{{0,4}}?(?:先后|相继|陆续|共|累计|新|又|还)?{MAKING_VERB}(?:了|出了?)?(?=[《“「『])"
    r")+"
)
# A place that owns the list before it: 但本市目前仅有A, 某县共有A和B两家企业 (or none: 共有A、B).
OWNER_LEAD = rx.compile(
    rf"^(?:但|而)?{HAN}{{0,6}}?(?:目前|今年|去年|至今)?(?:仅有|只有|共有|仅|已?拥有|现有)|"
    # (甲省又有A、B等6个产品…: the place that adds more holders)
    rf"^{HAN}{{1,6}}?[省市县区](?:今年|此次|本次)?(?:又|还|也)有(?!机)(?=[“「\"]?{HAN}{{2}})|"
    # (还有A、B等一批…; not 有机)
    rf"^(?:共|还|也|又|已)有(?!机)(?=[“「\"]?{HAN}{{2}})|"
    # (某市先后有A、B获得…, 某市累计有A、B…: the place and the tally before the list)
    rf"^{HAN}{{0,6}}?(?:先后|相继|累计|陆续)有|"
    # (某市有A、B等9家企业上榜: the place whose winners follow)
    rf"^(?:{CITY_NAMES}|{PROVINCE_NAMES})[市省县区]?(?:共|还|也|又)?有(?={HAN}{{2}})|"
    r"^(?:我|本|该)(?:协会|学会|商会|联合会)(?:共|今年|此次|本次)?有"  # 我协会有A、B等6家企业…
)

# (我市有A、B等一批…: the place stripped before, its verb left; not 有机) - only after a lead
# was stripped: 有友食品 is a name.
HAS_AFTER_LEAD = rx.compile(rf"^有(?!机)(?=[“「\"]?{HAN}{{2}})")

# What opens one name of a list: …、B，以及C.
# (not 和: 和乐蟹 is a name; 某公司申报的“甲”, 批准某县申报的乙: the applicant, not the name)
# A group's title before its first name (…分别是：获得甲资格的A公司、B公司；获得乙称号的C厂):
# what the names of the group won, not a name.
# (…，加上去年获此殊荣的C、D: earlier winners of the title named before, added to the list)
_GROUP_LEAD = r"(?:(?:获得|荣获|取得)[^、，,；;：:。]{2,20}?(?:资格|称号|奖)|" \
    r"(?:加上|连同|以及)[^、，,；;：:。]{0,8}?(?:获此殊荣|获此称号|获此荣誉))的(?=[\w“「]{2})"
GROUP_LEAD = rx.compile(_GROUP_LEAD)
PIECE_LEAD = rx.compile(r"(?:(?:以及|还有|另有|又有|\d{4}年度?|[●•◆■▲★]+)(?=\w{2}))?"
                        # (某协会注册的甲山绿茶: a mark named by who registered it)
                        rf"(?:{HAN}{{0,24}}?(?:申报|注册)的(?=[\w“「]{{2}})|{_GROUP_LEAD})?")
# A clause that goes on with a list begun in the clause before: …、B，以及C等27个产品获…
LIST_GOES_ON = rx.compile(r"(?:以及|还有|另有)(?!其他|其它|一批)")
# A clause that only counts the names the clause before listed: A、B，2家企业的产品获得…
COUNT_OF_LIST = rx.compile(
    r"(?:这|以上|上述)?[\d一二三四五六七八九十两]+(?:家|个|项|件|种)(?:企业|单位|产品)?的?"
    r"(?:产品|品牌|商标)?(?:均|都|共|分别)?"
)
# A等12家企业生产的15个产品被评为…, A、B等企业的42个产品: the names are the makers of
# the honoured products, not the products.
MAKERS_OF_COUNTED = rx.compile(r"等[\d一二三四五六七八九十百两]+[多余]?家(?:企业|单位|公司)(?:生产)?的|"
                               r"等(?:企业|单位|公司)(?:生产)?的(?=[\d一二三四五六七八九十百两]+[多余]?[个项件种])")
# What a clause listing names holds: a mark, a firm, a quoted name (not 机械、电子行业中).
NAMES_LISTED = compile_fast(r"牌|公司|集团|厂|[“「『\"]")
# ... or a run of products closed by 等 and their kind (甲县香米、乙镇蜜柚等产品通过了评审，成为…;
# 等5个特产): named products, though none holds a mark's or a firm's word.
PRODUCTS_LISTED = compile_fast(r"、[^，,。；;]*等\s*(?:[\d一二三四五六七八九十两]+\s*[个项种件])?"
                               r"(?:产品|特产|农产品|土特产)")
# A maker's product, named after its maker: A有限公司生产的液态奶.
MAKERS_PRODUCT = rx.compile(r"[^，,。；;：:、]{2,30}?(?:公司|厂|集团)(?:生产)?的[^，,。；;：:、]{1,12}")
# A maker written straight before its mark: …股份有限公司青禾食品厂云岗牌米粉.
MAKER_BEFORE_MARK = rx.compile(r"(?:公司|厂|集团)(?=[^\W\d_]{1,6}(?<!名)牌)")  # (名牌: a title)

NAME_TAIL = compile_fast(
    # a count ends the list, whatever follows it: A、B等4家企业, 某某5件商标近日被…
    # (等2 家单位, 等 2 家单位: blanks some pages print around a number)
    # (A、B、C3户企业: firms counted in 户 too)
    # (A、B这两家企业: the demonstrative before the count, too; A、B、C共3个产品: the total)
    r"(?:这|這|该|該)?(?:等|共计|共|合计)?\s*[一二三四五六七八九十两兩\d]+\s*[多余]?(?:[个项件款种只家]|户(?=企业|单位)).*$|"
    r"等\s*[一二三四五六七八九十两\d]+\s*地.*$|"  # (A、B等8地跻身…: places counted)
    r"等\s*[一二三四五六七八九十两\d]+\s*[多余]?[人名位].*$|"  # (某某等4人获…: people counted)
    # (…和D等多个产品获得…: a count with no number ends the list too)
    r"等(?:多|若干|数)[个项件款种只家].*$|"
    r"等一批.*$|"  # (A、B等一批产品获得…: a batch, counted by no number)
    rf"(?:为|是)(?:唯一|首个|第一个|首家)的?{HAN}{{0,8}}$|"  # …为唯一入选的茶叶(位列其中)
    r"(?:已|曾|先后|分别)*(?:于|在)(?:\d{4}|[一二三四五六七八九〇零]{4})年.*$|"
    rf"(?:近日|日前|今年|已|也)*被{HAN}{{2,12}}$|"
    # A、B经省名牌战略推进委员会评审(，分别荣获…): the step the winners went through
    rf"经{HAN}{{0,20}}?(?:评审|评定|审定|认定|审核|评价|考核)(?:通过)?$|"
    # A、B等产品顺利通过专家论证(，被认定为…): the review the listed products passed, told after them
    rf"通过了?{HAN}{{0,8}}?(?:评审|审查|审核|审定|论证)$|"
    # A凭借其某某产品(荣获…): the means a winner won by, after its name
    r"(?:凭借|凭着|依靠|依托)[^，,。；;、]{1,24}$|"
    # A、B从参评者中脱颖而出(，获得…): the field the winners stood out from, after them
    r"(?:从|在)[^，,。；;、]{1,24}?(?:中|里|之中)?(?:脱颖而出|胜出|突围而出|突围|拔得头筹)$|"
    r"(?:等(?:产品|企业|品牌|商标)?|今年|去年|日前|近日|首次|再次|又|还|已|也|均|都|分别|成功|正式|"
    r"一举|即|则|直接|被|已经|顺利|同时|双双|一并|一道|一起|此次|参评|为|是|获批|获准|在内的?|"
    r"先后|相继|陆续|接连|"  # (…等产品先后获得…: words of sequence, no part of the name)
    # (…，依规获得…称号: the clause names how the title was won, and no winner)
    r"依法|依规|依照规定|按规定|按照规定|按程序)+$"
)

NOT_A_NAME = compile_fast(
    # a digit, but for a model code's (HCFC-22): a Latin letter or a hyphen before it; or a
    # road's number in a fuel station's name (某石油公司318国道加油站); or a works known by
    # its number (某市5702工厂, 某县3516厂)
    r"(?<![A-Za-z\d-])\d(?!\d*(?:国道|省道|县道)|\d{3}(?:工厂|厂)$)|[一二三四五六七八九十两几]+[个项件家批]|一批|多个|更多|一些|多家|^(?:我|全|该|本)?[市县区省]|"
    r"^[个项件家名只批款种]|"  # 7⏎个单位获得过…: a count cut by a line end, not a name
    r"^(?:该|我|本|其)(?:局|市|县|区|省|公司|企业|单位|厂)$|^(?:累计|先后|相继|已经|共计|合计)|"
    r"^(?:对|将|争取|为|向|鼓励|支持|推动|力争|重点|获得|获|企业|产品|品牌|商标|名单|数量|占|其|这|涉及|包括|"
    rf"又|另|共|还|也|都|均|总数|总量|以下|下列|如下|{HOPED_FOR})|有$"  # (…等，总数居全省第一: the list's rank, no name)
    # 十大产业链: a numbered grouping; …的生产企业的产品: a description, not a name
    r"|^[一二三四五六七八九十两几百]+大|的(?:生产)?(?:企业|产品|单位)$"
    rf"|{KIND_OR_POST}"  # 民营企业, 龙头企业: a kind of firm; 乙公司总经理: a post
    r"|^[^\W\d_]{1,3}了"  # 实现了某县获得…: a verb's object, not a winner
    # 某地第(五个获得…): an ordinal cut from its number; …收到了…颁发的…: a clause, not a name
    r"|第$|(?<=\w\w)了(?=\w)"
    # 除A获…之外: an exception's subject; 某省还对获得…的企业: the giver; A因上届获过…: a
    # reason why not; 三企业获…: a count, not a name
    r"|^除|对$|(?<=\w\w)因(?:上|去|前|此|同时|其)|^[一二三四五六七八九十两几]+(?:企业|单位|产品|品牌|商标)"
    r"|^[两二三四五六七八九十几多]+[县市区省地]|(?<=\w)新$"  # 两县新(获…): places counted, 新获 cut
    r"|^(?:公司|集团|单位)$"  # (A、B等某市老字号公司榜上有名: the names' kind, not one of them)
    # 参加…评审并获得…: a step of the award, not a name
    r"|并$|^(?:评审|评价|评选|参评|参加)"
    r"|^[一二三四五六七八九十]+五$"  # “十二五”期间: a five-year plan
    # 我会(4家企业获评…): the speaker's own body, an association or a firm; 每次(获得…的企业):
    # how often; 根据要求(…获得…): what a rule says, no name
    r"|^(?:我|本)(?:会|司|院|所|协会|商会)$|^每(?:次|年|届|批)|^(?:根据|依据|依照|按照)"
    # 某市政府公布了(获…奖的企业名单): the giver and its verb of announcing, not a name
    r"|(?:公布|发布|宣布|通报|印发|下发)了?$"
    # 地方标准, 某茶加工技术规程: a standard written for a product (its title names it), no winner
    r"|(?:标准(?!化)|规程|技术规范|质量等级|技术要求)》?$"
    # 它们(被认定为…), 此前(已被认定为…): a pronoun or a time word, the subject told before;
    # 并向(获得认定的…颁发): a joining word and a preposition, the giver's clause
    r"|^(?:它们?|他们|她们|这些|那些|此前|之前|以前|此后|随后|其后)$|^并[向对将把给为]"
)

# Shapes a winner's name never has, whatever clause it stands in: 全 and a province's or a
# city's name (the whole place, told with its tally of a title, as 全省 is), a line of three
# or more Latin words (Valid Marks In Force: a bilingual table's label beside its count; a
# mark in Latin letters is one or two words), a name whose quotation closes but never opened
# in it (乙”糙米 out of 推出了“甲”“乙”糙米等品牌, or a page's broken quote: a piece cut from a
# run of quoted names).
NEVER_A_WINNER = compile_fast(rf"^全(?:{PROVINCE_NAMES}|{CITY_NAMES})[省市]?$|^[A-Za-z]+(?:\s+[A-Za-z]+){{2,}}$|"
                              r"^[^“「『]*[”」』]")
