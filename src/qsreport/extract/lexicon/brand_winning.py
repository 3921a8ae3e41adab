"""Brand honours: the words of winning a title (荣获, 被评为, 成功创建 …), and those that say a
name only applied, was recommended or was entered on a shortlist or a plan (no winner yet).
Named in :mod:`.brands` too, where the other words of the area are."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# A verb of winning right before the title.
WON_JUST_BEFORE = compile_fast(r"(?:一举|共|又|再|先后)?(?:斩获|荣获|摘得|捧得|夺得|入选|获得|喜提|揽获|问鼎|捧回|获颁)$")
# A verb of winning before the title its sentence names (上榜 as 入选 and 荣登: 甲、乙等3个品牌上榜
# “某某”; a shortlist or a hope after or before it still wins nothing).
HONOUR_VERB = compile_fast(
    r"(?:荣获|被评为|评为|被表彰为|表彰为|被评定为|评定为|入选|获评|获得|被认定为|认定为|被认定|被列为|列为|成为|跻身|"
    r"被批准为|批准为|获批|被授予|授予|获准|被确定为|确定为|捧得|摘得|斩获|新晋|被命名为|命名为|荣登|上榜|"
    r"荣膺|喜获|喜提|揽获|夺得|问鼎|捧回|获颁|(?:成功|顺利)创建(?:成为|为)?|创建成为|获|"
    # 某地“云帆”电缆成为全市第一个中国名牌产品: the first (or only) holder of a title
    r"(?:是|为)(?:我|全|本|该)?[省市县区]?(?:首个|第一个|唯一的?|又一个))"
    r"(?:了)?(?:首批|第[一二三四五六七八九十\d]+批|去年|今年|本年度|年度|新一批|\d{4}年度?)?"
)
# Joining the holders' ranks right before a title (甲、乙等5个产品加入…保护的行列; 迈入, 步入),
# and those ranks after it: a verb of winning (read where no verb of HONOUR_VERB stands).
JOINED_RANKS = rx.compile(r"(?:加入|迈入|步入|跨入)了?$")
RANKS_AFTER = rx.compile(r"[^，,。；;]{0,12}?行列")
# The words a sentence needs for the names in it to have won anything (where the verbs of
# HONOUR_VERB and the "named among them" words of CONTEXT_VERB are not there): a giver's act
# (认定, 核准, 颁发, 表彰, 通报表扬; not a project's approval to start, 批准立项, nor a grant
# of a licence, 授权), passing a review, being put in a list or a catalogue (纳入, 列入, 收录,
# 入围, 名列, 进入…清单), joining the holders' ranks (加入…行列), protection given (实施保护,
# 予以保护), a mark registered, holding (拥有, 共有, 现有, 已有, 还有, 享有), a list of winners
# opened (名单, 名录, 榜单, 分别是, 如下) and the title itself as held (称号, 殊荣, 荣誉). A
# sentence without one only names products, firms or places (a showcase, an example, a
# subject of work).
WON_IN_SENTENCE = compile_fast(
    r"认定|审定|核准|确认为|命名|颁发|颁授|授牌|授匾|挂牌|表彰|嘉奖|奖励|通报表扬|揭晓|公布|公告|"
    r"(?<!申请)批准(?!立项|筹建|创建|建设|实施)|通过了|(?:顺利|一致|成功|正式|均|已)通过|"
    r"通过[^，,。；;]{0,12}?(?:验收|审查|审核|评审|认定|认证|考核|复核|复审|评估|评价)|"
    r"纳入|列入|收录|入围|入列|名列|位列|当选|晋级|晋升|"
    r"进入[^，,。；;]{0,24}?(?:名单|清单|名录|目录|榜|行列)|"
    r"评上|评出|评定|选出|(?:加入|迈入|步入|跨入)[^，,。；;]{0,24}?行列|"
    r"(?:实施|予以|受到?|获得?)[^，,。；;]{0,12}?保护|注册|"
    r"拥有|共有|现有|已有|还有|又有|另有|享有|持有|"
    r"名单|名录|清单|目录|榜单|排行榜|分别[是为]|依次[是为]|如下|称号|殊荣|荣誉"
)
# The words of winning a clause holds.
WON_IN_CLAUSE = rx.compile(r"新增|新获|新认定|荣获|获得|获评|入选|现有|拥有|共有|已有")
# Someone only applied, was recommended or is being groomed for the title: no winner (but 某县
# 申报的乙正式成为…: the applicant's product, then the verb that says it won, is a winner; not
# when it failed or still waits: 申报的乙未获批, 尚未获得, 正在等待获批; words, not characters:
# 尚志, 尚义 are places).
# (入选, 被确定为, 被列入 a shortlist, a preparation or a plan: 入选…候选名单, 被确定为…筹建单位,
# 被列入…项目计划 — the applicant won nothing yet)
_NOT_YET = r"(?:候选|筹建|培育|创建(?:单位|对象)|计划|对象)"
_NOT_WON_YET = rf"[^，,。；;]{{0,30}}?{_NOT_YET}"
# ... the same words right after a title (…产品候选名单, …示范区筹建单位, …项目计划, 培育企业): what
# was entered is a shortlist, a preparation or a plan, and no one won the title yet
NOT_WON_YET = rx.compile(rf"[”」\"]?(?:称号)?的?(?:项目)?{_NOT_YET}")
APPLIED_FOR = compile_fast(r"(?<!成功)申报(?!并获|获批|并通过|(?:、[^，,。；;的]{1,16})?的(?:(?!未(?:获|被|能|通过)|"
                         r"没(?:有|能|被)|尚未|尚在|等待|待批|待审|正在|能否|有望|争取|力争)(?:[^，,。；;]|[，,](?=\w{0,2}被)))"
                         r"{1,40}?(?:正式|成功|顺利|均|都|已)?(?:成为|获核准|获批|获准|被认定|被批准|被命名|被评为|"
                         rf"获评|荣获|获得|(?:入选|被确定为|确定为|被列入|列入)(?!{_NOT_WON_YET})))"
                         # (有望, 大有希望, 可望: a win only hoped for)
                         r"|推荐|申请|候选|拟|争创|力争|争取|(?:大|很)?有(?:希)?望|可望")

# Words that stand where a winner's name would and name none (rows of brands.NOT_A_NAME): a
# kind of firm (民营企业, 龙头企业, 高新技术企业, 甲县农业产业化龙头企业, 制造业企业; a place or a
# level may stand before it), a post (乙公司总经理), and a hope (有望, 可望).
KIND_OR_POST = (r"^(?:[^\W\d_a-zA-Z]{1,4}?[省市县区])?(?:国家级|省级|市级|县级)?(?:农业产业化)?"
                r"(?:民营|国有|外资|私营|中小|小微|龙头|骨干|重点|规模以上|规上|高新技术|科技型|"
                r"(?:装备)?制造业|出口|外贸|专精特新)(?:企业|单位|公司)$"
                r"|(?:总经理|董事长|厂长|经理|主任|负责人|总裁|总监|局长|书记|院长|校长|首席质量官)$")
HOPED_FOR = r"(?:大|很)?有(?:希)?望|可望|即将"

# (moved from lexicon/brand_lists)
# 某奖的获奖企业是A、B; 某年度某奖获奖组织名单如下：A、B: the title, its winners'
# word, then their names (the winners' word says they won: no count or year needed).
TERM_WINNERS_LIST = rx.compile(
    r"[”」\"]?(?:称号)?的?(?:获奖|获评|受表彰)(?:企业|单位|组织|个人|者|产品)?(?:名单)?"
    r"(?:依次|分别)?(?:如下|为|是|有(?=[:：]))(?!望|希望|\d)"  # (获评企业有望…: no list)
    r"(?![:：]?\s*(?:经|现|特此|见|详见|附))[:：]?"  # (…名单如下：经公示无异议，…: no name yet)
)
# ... and, with no colon after the winners' word, the names it gives: a list (A、B) or a name
# that ends as a firm's does (…获奖企业为乙机械有限公司); not a kind of firm (制造业企业), a post
# (乙公司总经理), a remark (是我市制造业的骄傲) or trades (新材料、电子信息等行业).
WINNERS_NAMED = rx.compile(
    r"(?![^，,。；;]*?(?:行业|产业|领域)(?:的?企业)?(?:[，,。；;]|$))"
    r"(?:[^，,。；;：:、]{2,30}?(?:公司|集团|厂|合作社|研究院|设计院|医院|学校|大学|银行|商行|酒店)"
    r"(?=[、，,。；;和及与\s]|$)|[^，,。；;：:、]{2,30}?、)"
)

# The bodies a list of winners is counted as, after its names (A公司、B公司等5家企业获奖):
# firms and units, and the organisations (with the people a prize for bodies counts beside
# them: …等N家组织和个人上榜) and technical bodies (…等N家技术机构获…) a prize counts.
COUNTED_BODIES = r"(?:企业|单位|公司|组织(?:[与和及]个人)?|(?:技术|检验检测|检测)?机构)"
# A body that is no company but wins as one: an industry's association, a cooperative, an
# institute or its branch (某某研究设计院, 某省某院某分院).
BODY_NAME = r"(?:协会|合作社|院)"
# What a body counted that way becomes (成为…) when that is an honour: a title of praise
# (卓越技术机构, 优秀单位, 质量标杆), not a role or a pilot (成为首批试点单位).
PRAISED_TITLE = rx.compile(r"^[^，,。；;]{0,12}?(?:卓越|优秀|先进|魅力|十佳|十强|最佳|标杆)")

# What a winner's own clause says after its name instead of winning a title carried to it
# from an earlier clause (brands_honours_carried): a list of its own it entered, unquoted
# (甲公司入选某某领军企业培育库), or only its fame (丙、丁等品牌享誉全国; not 驰名商标 or
# 闻名商标, titles).
CARRIED_DENIED_BY = compile_fast(
    r"(?:入选|列入|纳入|进入|入围)(?![“「『\"])[^，,；;。！？!?“”「」『』\"]{2,30}?"
    r"(?:库|名单|名录|目录|榜单|计划)|"
    r"享誉|闻名(?!商标)|家喻户晓|深入人心|名扬"
)

# Firms that win a brand title, their number the whole clause gives (甲县12家企业获得省名牌;
# 8家企业产品被评为市名牌产品; 5家企业入选…知名品牌名单): the title each holds is counted by
# its firms where no count of products stands between (43家企业的51个产品: the products).
# All that may stand between 家 and the title, years taken out.
# (…等3家企业，分别荣获第十二届某某质量奖: a comma before the verb, the award's edition after)
FIRMS_WINNING = rx.compile(
    r"(?:企业|单位)(?:的?产品|商标)?[，,]?(?:已|共|先后|又|分别|均)?"
    r"(?:被评为|被认定为|被授予|获得了?|荣获|获评|入选|成为)"
    r"(?:第[\d一二三四五六七八九十百]+届)?[“「\"]?"
)
# After the title, what leaves its firms uncounted: another title joined to it
# (省名牌或优质产品, 省名牌和著名商标: each firm holds one or the other, a count of neither),
# or the title's own count (8家企业获得省名牌产品11个: the products are counted).
FIRMS_NOT_COUNTING = rx.compile(
    r"[”」\"]?(?:称号)?(?:或|和|及|与|(?:共|有|达到?|计)?\s*(?:\d|[一二三四五六七八九十两百]+[个项件种款]))"
)

# The edition of an award the firms won, between them and its title (4家企业分别荣获第三十届
# 某某金质奖): that edition's winners, the year's new ones.
AWARD_EDITION = rx.compile(r"第[\d一二三四五六七八九十百]+届")
