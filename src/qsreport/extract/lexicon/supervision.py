"""Supervision: campaign kinds, enforcement metrics with their keywords and units, the
exclusions that make a figure no statistic, and the words around campaign titles and lists."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...numbers import ARABIC_NUMBER, CHINESE_NUMBER
from ...regex_prefilter import compile_fast
from . import Vocabulary

ACTION_KINDS: tuple[tuple[str, str], ...] = (
    # 专项执法打假 is a campaign against fakes carried out by law enforcement: the 打假 decides
    # (listed before the law_enforcement row, which would match 专项执法 at the same place).
    # “双打” (打击侵权假冒) is the same work under its short name, when named as a campaign.
    # 打击制售“黑心棉”: a campaign against fakes named by the fake it hunts.
    (rf"(?:专项)?执法打假|打假治劣|打假|打击(?!了){HAN}{{0,12}}?假冒伪劣|双打(?=”|工作|专项|行动)|"
     r"打击(?:非法)?(?:生产|制售|销售|制造|生产销售)“?(?:假劣|伪劣|假冒|劣质|黑心)",
     "anti_counterfeiting"),
    # A 清查行动 sweeps a trade for unlicensed makers: a rectification.
    # 整治提升三年行动, 整治攻坚行动: a rectification campaign named after its aim.
    (r"专项整治|集中整治|整治行动|整治(?:提升|攻坚|规范)[^\W\d_a-zA-Z]{0,4}?行动|专项治理|区域整治|"
     r"专项整顿|清查行动", "special_rectification"),
    # A “…利剑” slogan names an enforcement campaign: “质监利剑”行动 (the slogan's word gives
    # the kind, see supervision_actions._mentions; “…利剑”十大典型案例 names cases, not one).
    (r"专项执法(?:检查|行动)?|执法检查|执法行动|执法大检查|集中检查|利剑(?=”(?![^，,。；;]{0,8}案例))",
     "law_enforcement"),
    # A 长效机制 is one of supervision only when it says so (打假治劣的长效机制); 建立长效机制
    # alone, or a firm's own (企业安全生产长效机制), is no campaign.
    # (the work before it is read by its own row first, hence a lookbehind).
    (r"长效监管|(?<=监管|打假|治劣|执法|监督|整治|治理|抽查)的?长效机制", "long_term_mechanism"),
    (r"监督抽查|质量抽查|专项抽查|抽查行动", "spot_check"),
    # Named campaigns of no kind above: a slogan in quotes (“净水”行动), a hundred days
    # (百日行动, 百日攻坚行动, 百日行), a checking campaign on one subject (电梯专项检查,
    # 计量专项监督检查), a sweep for hazards (隐患排查), a safety check (电梯安全大检查,
    # 节前安全检查, never the 大 of 加大检查力度), a campaign counted in days (八十天行动); after a slogan, up to ten characters may name what the campaign does
    # (“…进市场”惠民行动, “春雷”清理劣质建材行动); a short name in quotes may end
    # on 行动 itself (“两项行动”, “护航利剑行动”). Last, any 专项行动 whose own name
    # says no kind above (民生计量专项行动, 对标达标专项行动): named only, see
    # supervision_actions._mentions. Last, a name of no kind above written right after
    # 开展/启动 and closed by 行动.
    (rf"(?<=”)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|检查){HAN}){{0,10}}?(?:专项)?行动|"
     rf"(?<=”)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|检查){HAN}){{0,10}}?专项活动|"
     rf"(?<=“)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|检查){HAN}){{1,6}}行动(?=”)|百日(?:攻坚)?行动?|[\d一二三四五六七八九十百千]{{1,12}}天(?:攻坚)?行动|升级行动|专项(?:监督)?检查|"
     r"隐患排查|(?:专项)?(?<!加)大检查|安全检查|专项行动|"
     # A campaign named right after the verb that starts it: 组织开展过期药品集中回收行动.
     rf"(?:(?<=开展)|(?<=开展了)|(?<=启动)|(?<=启动了))(?!了|各|多|一系列|系列|相关|有关|其[他它]|这些|此类)(?:(?!打假|打击|整治|治理|整顿|执法|抽查|检查|专项|行动){HAN}){{2,14}}?(?:专项|集中)?行动|"
     # A quoted name of metrology or quality work closed by 活动, right after the verb that
     # carries it out: 开展“诚信计量进市场”活动 (not a day, week, month or year of publicity or
     # of the bureau's own conduct: the team's keys hold “质量月”活动 and “…年”活动 none; not a
     # 创建 of an honour; nor work named by a kind word of its own, which its row reads).
     r"(?:(?<=开展)|(?<=开展了)|(?<=推进)|(?<=实施)|(?<=启动))"
     r"“(?=[^“”]{0,14}(?:计量|质量|品牌|名牌))"
     r"(?![^“”]{0,14}(?:日|周|月|年|宣传|创建|争创|打假|打击|整治|治理|整顿|执法|抽查|检查|行动|活动))"
     r"[^“”，,。；;]{2,14}”活动",
     "other"),
)
# Every row is bounded: a match is at most a few dozen characters long and looks no further
# ahead (see supervision_actions._kind_matches, which relies on it to scan near its needles).
_ACTIONS = Vocabulary(ACTION_KINDS)
ACTION_KIND, action_kind = _ACTIONS.pattern, _ACTIONS.key


# metric → (keyword pattern, unit pattern). Keywords are looked for before the figure, in the
# same clause; the nearest keyword whose units fit wins.
STAT_METRICS: tuple[tuple[str, str, str], ...] = (
    # 万元/亿元 as one unit: a figure read as 300|多|亿元 (300多亿元) has no scale of its own.
    # Money after goods seized is their value: 查获假冒伪劣商品3亿元.
    ("goods_value",
     r"货值|案值|涉案金额|涉案货值|涉案价值|标值|"
     r"(?:查获|缴获|查扣|查封|扣押)了?[^\W\d_a-zA-Z]{0,10}?(?:商品|产品|货物|建材|农资|物资|器材)",
     r"元|万元|亿元"),
    ("fines", r"罚没款|罚没|罚款|罚没金额|罚没收入", r"元|万元|亿元"),
    ("batches_sampled", r"抽查|抽检|抽样|检验|检测|监测|抽取", r"个批次|批次|批"),
    ("cases", r"案件|案|查处|立案|办结|查办|违法行为|侦办", r"起|件|宗"),
    ("enterprises_inspected",
     r"检查|巡查|排查|抽查|抽检|检查了|督查",
     r"家[(（]次[)）]|家次|家|户次|户|个企业|个单位"),
    ("personnel_deployed", r"出动|投入|组织", r"人[(（]次[)）]|人次|人/次|人"),
    # 取缔无证照企业10家, 已取缔32家: makers shut down for having no licence are dens closed
    ("dens_closed", r"窝点|黑作坊|地下加工点|制假点|非法加工点|黑加工点|取缔", r"个|处|家|起"),
    ("campaigns", r"专项行动|专项检查|执法行动|专项整治|行动|检查", r"次|场|轮"),
    ("other", r"收缴|查获|查封|扣押|没收|封存|缴获|查扣",
     r"只|件|台件|台|吨|公斤|千克|箱|瓶|套|个|批|辆|袋|条|张|双|米|副|顶|盒|包|本"),
)
STAT_UNITS = (
    r"家[(（]次[)）]|家次|人[(（]次[)）]|人次|人/次|户次|个批次|批次|台件|万元|亿元|元|起|件|宗|批|家|户|人|个|处|"
    r"次|场|轮|台次|辆次|只|台|吨|公斤|千克|箱|瓶|套|辆|袋|条|张|双|米|副|顶|盒|包|本|种|项"
)
# Products counted in 种 are batches sampled only as the products of the firms sampled, right
# before the figure: 抽查了120家企业生产的131种产品 (抽查了28种产品 counts kinds of product).
SAMPLES_OF_FIRMS = rx.compile(r"(?:抽查|抽检)[^，,。；;：:]{0,16}?家企业(?:生产)?的$")
# Places and equipment are not firms (the guide keeps them apart): 检查商场45家次、超市120家次,
# 检查加油站30家, 检查特种设备使用单位88家次, 对计量技术机构检查5家; so too after the
# figure (抽查了12家电梯使用单位, 检查7家加油站的加油机).
NOT_FIRMS = (
    r"商场|超市|(?:集贸|农贸|批发|专业|农资)市场|商店|门店|店|加油站|加气站|检测站|网吧|宾馆|酒店|餐饮|"
    r"特种设备|使用单位|计量|技术机构|商品量|净含量|水表|电表|电能表|煤气表|燃气表|加油机|衡器|"
    r"计价器"
)
NOT_FIRMS_AFTER = rx.compile(rf"[^，,。；;：:、\d]{{0,6}}?(?:{NOT_FIRMS})")
# What makes a keyword's figure no statistic: (the metric it applies to, "*" for every one; the
# words; how many characters before the figure they are looked for in, 0 for the whole clause).
NOT_A_STAT: tuple[tuple[str, str, int], ...] = (
    ("*", r"第|排名|居|位列", 4),  # 居全省第3位: a rank
    ("batches_sampled", r"能力|可达|年检测", 0),  # 年检测能力可达3万批次: a capacity
    ("batches_sampled", r"合格$", 0),  # 合格68批次: batches that passed, not batches sampled
    ("enterprises_inspected", r"不合格", 0),  # 对抽查不合格的16家企业: the failures
    # 检查发现的2家单位, 抽查中发现问题产品3批次: what the check found, not what it covered.
    ("enterprises_inspected", r"发现|查出", 0),
    ("batches_sampled", r"发现|查出", 0),
    ("enterprises_inspected", NOT_FIRMS, 0),  # 检查加油站30家: places, not firms
    # Cases sent on to the police or to the courts, the major ones among them, and complaints
    # are figures of their own, not the cases handled: 移送公安机关19起, 大要案7起,
    # 受理投诉举报案件57起.
    ("cases", r"移送|移交|大要案|大案要案|要案|典型案|投诉|举报|申诉|强制执行", 0),
    # A bound is not a level: 有12种产品合格率低于85% counts the products under it; nor is
    # the top of a range (在85%-95%之间; its bottom, see RATE_BOUND_AFTER).
    ("pass_rate", r"(?:低于|高于|不足|不到|%[-~至到])$", 4),
    # Farm produce and goods on sale are other offices' checks, not the bureau's spot checks:
    # 蔬菜等农产品合格率, 流通环节抽检合格率.
    ("pass_rate", r"农产品|流通环节|流通领域", 0),
    # Works handed over are no products sampled: 工程竣工交验合格率.
    ("pass_rate", r"竣工|交验", 0),
    # Risk monitoring is not a spot check (风险监测150批次), nor is a testing centre's own
    # workload (检测中心全年共检测样品2400批次).
    ("batches_sampled", r"风险监测|(?:中心|所|院)(?:全年|累计)?共?(?:检验|检测)", 0),
    # A change is not a level: 合格率同比上升4.2%, 案件比上年增加20起 (but 提高到93%, 达到 …
    # are levels, and 提高了3个百分点 has no unit of ours).
    ("*", r"(?:提高|上升|增长|下降|降低|增加|减少|回落|增幅|降幅)了?(?:约|近)?$", 8),
)
# What may stand between two figures that share one keyword: 分别为 A 和 B, 达到 C.
LINKERS = rx.compile(
    r"(?:和|及|与|、|分别|依次|均|为|是|达到|达|提高到|上升到|下降到|降至|升至|合计|共|仅为|仅|只有|"
    r"约为|约)*"
)
# A pass rate named after its figure: 高出邻省67.5%的抽查合格率, 取得96%的合格率.
PASS_RATE_AFTER = rx.compile(r"的(?:产品)?(?:监督)?(?:抽查|抽检|抽样)?合格率")
PASS_RATE = compile_fast(r"(?<!考试)(?<!考核)(?<!培训)(?<!考试的)合格率")


# Words a campaign's title does not reach back over: the verbs and particles before it.
TITLE_STOP_2 = frozenset(
    ["开展", "召开", "组织", "抓好", "深化", "加大", "推进", "实施", "进行", "启动", "部署", "探索", "建立", "健全", "构建", "完善", "加强", "强化", "集中", "积极", "继续", "深入", "精心", "重点", "全面", "大力", "扎实", "认真", "着力", "持续", "力量", "联合", "牵头", "参与", "参加", "结合", "此次", "本次", "这次", "确保", "保证"]
)

TITLE_STOP_1 = frozenset("的了和及与在对以为是把将抓搞")

# After a figure, what makes it a result of the check: 合格68批次 (right after), or a clause
# that closes on 不合格 (被抽检的2批次腐竹不合格).
RESULT_AFTER = rx.compile(
    r"(?:产品)?(?:质量)?不?合格(?!率)|[^，,。；;：:、\d]{0,14}?不合格(?:产品)?(?=[，,。；;：:）)]|$)"
)
# After a figure, a 以上/以下 that turns it into a threshold of what follows: 货值5万元以上的
# 案件, 3万元以上案件 (not 95%以上 or 500家以上, which end a clause).
THRESHOLD_AFTER = rx.compile(r"及?以[上下]的?(?=[^\W\d_a-zA-Z])")
# A clause that opens on a number, with no verb before the figure (156家企业共203批次产品).
NUMBER_LEAD = rx.compile(rf"\s*(?:(?:{ARABIC_NUMBER}|{CHINESE_NUMBER})[^\W\d_a-zA-Z]{{1,8}})?")
# A clause that is only a kind of firm before its figure goes on with the list of the clause
# before (检查化工企业12家，建材企业30家); never one that says what became of them or what
# else was done to them (分类监管企业20家).
FIRM_CLAUSE = rx.compile(r"\s*[^\W\d_a-zA-Z]{1,6}?(?:企业|厂家|工厂)(?:\([^()]{1,10}\))?")
FIRM_OUTCOME = rx.compile(
    r"违法|违规|不合格|问题|整改|处罚|立案|发现|查处|涉及|关闭|停产|吊销|无证|监管|管理|实行|实施|"
    r"纳入|列入|督促|帮扶|帮助|指导|培训|约谈|责令|获证|认证|许可|"
    r"又|再次|重新|复产"  # 其中有16家又开始生产: what became of them, not a part of the count
)
# A clause that is only a product before its figure goes on with the list of batches of the
# clause before (抽查饮料68批次，罐头41批次).
# (目前已完成9708批次: a verb of its own, no product)
PRODUCT_CLAUSE = rx.compile(r"\s*(?:(?!完成|已|共|累计|目前|发现|涉及)[^\W\d_a-zA-Z]){1,8}?")
# A clause that breaks a total down: 其中尿素30个批次.
BREAKDOWN = rx.compile(r"其中")
# A check named after the figure it covers, to the end of its clause: 对56家企业进行了执法检查,
# 对126个批次建材产品的抽查中, 对2千批产品进行了监督抽查（…）.
CHECK_AFTER = rx.compile(
    r"[^，,。；;：:]*?(?:抽查|抽检|抽样检验|检查|检验|巡查|督查)(?:中|工作|活动)?"
    r"(?=[，,。；;：:（(、]|$)"
)
# A long 对… before a figure, reaching it over a 、-list of products closed by 等 (对本市产的
# 糕点、饮料、酒类等312批次产品进行了抽查): the check after the figure is still its keyword.
OBJECT_LIST_BEFORE = rx.compile(r"对[^，,。；;：:\d]{0,60}、[^，,。；;：:\d、]{1,12}等$")
# A count of batches the next clause tells the passes of is the number sampled, whatever the
# verb (全年完成食品等4类产品212个批次，合格201个批次).
PASSES_NEXT = rx.compile(r"(?:产品)?[，,]\s*(?:其中)?合格(?:产品)?(?:\d|[一二三四五六七八九十])")
# Dens named after their number: 端掉了6个藏在城郊仓库里的制假窝点.
DEN_VERB = rx.compile(r"捣毁|端掉|端除|取缔|查处|查获|摧毁|打掉|铲除")
DEN_AFTER = rx.compile(r"[^，,。；;：:\d]{0,16}?(?:窝点|黑作坊|制假点|地下加工点|黑加工点|非法加工点)")
# A pass rate in a sentence about verifying instruments (经检定…合格率97%, 受检率100%、合格率
# 95%) rates the instruments, not products sampled, unless its own clause says 抽查/抽检.
VERIFICATION = rx.compile(r"检定|强检|受检率")
# So does one in a sentence about measuring instruments (集市衡器合格率91.2%), unless the sentence
# says they were spot-checked before it (对燃气表生产企业的监督抽查，燃气表合格率为94%).
INSTRUMENTS = r"计量器具|衡器|计价器|加油机|电能表|水表|燃气表|煤气表|电子秤|台秤|杆秤|血压计"
INSTRUMENT = rx.compile(INSTRUMENTS)
SAMPLED_RATE = rx.compile(r"抽查|抽检")
# Marks of an approximate figure: a headline's 近3万起 rounds the body's 2.9万起.
APPROXIMATE = rx.compile(r"近|约|逾|超过|余|多")

CAMPAIGN_AFTER = rx.compile(r"专项整治|专项行动|专项检查|执法行动")
# A count of times a campaign was run: 先后开展6次“清源”等打假专项整治行动 (a name and a
# few words of subject may stand between; not for 个, which counts the places: 9个市场专项整治).
CAMPAIGN_TIMES_AFTER = rx.compile(
    r"(?:“[^”]{1,12}”等?)?[^\W\d_a-zA-Z“”]{0,8}?(?:专项整治|专项行动|专项检查|执法行动|集中行动|联合行动)"
)

# What a campaign's title goes on with after its word: 专项行动, 工作, or a few more words of
# its name before 行动/活动 (打假护农集中行动, 打击…假冒伪劣商品专项行动), never across a
# conjunction (打假和专项整治行动 is two).
TITLE_TAIL = rx.compile(
    r"(?:(?![和及与的在中])[^\W\d_a-zA-Z]){0,6}?(?:专项|集中)?(?:行动|活动)"
    r"|(?:专项)?(?:行动|工作|活动|检查|机制|体系|战役)"
)
# The rest of a slogan after a campaign word in it, to its closing quote: 打假|护农”.
QUOTED_REST = rx.compile(r"[^\W\d_a-zA-Z]{0,8}”")
# Before a title: the rest of a 、-list it closes (食品、建材及|家电专项打假), or the 对…的
# that names what it is about (对汽车配件的|专项执法打假).
LIST_BEFORE = rx.compile(r"、[^\W\d_a-zA-Z、]*$")
OBJECT_BEFORE = rx.compile(r"对[^\W\d_a-zA-Z]{1,10}的$")
# Before a campaign word, words that make it the means of another campaign, not one of its
# own: 此次行动通过专项执法和集中整治… (the list after 通过 too).
MEANS_BEFORE = rx.compile(r"(?:通过|采取|采用|运用)(?:[^\W\d_a-zA-Z]{1,8}[和与及、])?$")
# What may stand before a bare 专项行动 without naming it: a count or a kind of plural
# (3个, 各类, 一系列, 此类) — at most one character of anything else (省专项行动 is no name).
UNNAMED_LEAD = rx.compile(
    r"(?:[个项次场轮类]|各类|各项|各种|一系列|系列|多项|多个|这些|此类|相关|有关|其他|其它|一批)*"
    r"[^\W\d_a-zA-Z]?"
)
# A title that names a campaign of its own (see supervision_actions._is_named).
NAMED_CAMPAIGN = rx.compile(r"专项|行动|活动|百日|战役")
# A title led by a plural names a kind of work, not one campaign: 一系列打假治劣活动.
PLURAL_LEAD = rx.compile(r"一系列|系列|各类|各项|各种|多项|多个|一批")
# Words that make a campaign word routine work or a matter of degree, not a campaign:
# 日常执法检查, 加大执法检查力度 (力度 later in the clause), 监督抽查了本市 (the check as a
# verb, with its object).
ROUTINE_BEFORE = rx.compile(r"日常")
# The verb a campaign of no kind word is named after (开展…行动), and the words before it in
# its sentence that make it asked for, planned or a target, not carried out (要求开展…行动, 力争…).
NAMING_VERB = rx.compile(r"(?:开展|启动)了?$")
NAMING_PLAN = rx.compile(r"要|提出|计划|明年|下一步|力争|争取|将")
# After a title, words that make it the course of work or a plan, not a campaign: 在执法打假
# 过程中, 制定…专项行动计划 (a plan is never a campaign carried out); or the leading group set
# up for a kind of work (专项整治工作领导小组): a body, no campaign carried out.
ROUTINE_AFTER = rx.compile(r"过程|计划|规划|纲要|(?:工作)?领导小组")
# After a title of no name of its own, a meeting: 召开打假工作电视电话会议 (the guide keeps
# meetings out; a named campaign a meeting is about, “…行动”推进会, is still one).
MEETING_AFTER = rx.compile(
    r"的?[^\W\d_a-zA-Z]{0,4}?(?:会议|大会|座谈会|推进会|部署会|动员会|现场会|视频会|总结会|表彰会|"
    r"发布会|培训班)"
)
# After a title, the rest of a 、-list of measures or duties it is one of (巡查、抽查、约谈等
# 监管措施; 承担抽查、检验等任务): a kind of work, not a campaign.
LISTED_MEASURE_AFTER = rx.compile(
    r"(?:[、和及][^，,。；;：:、]{1,14}){0,5}?等[^，,。；;：:]{0,8}?"
    r"(?:措施|任务|手段|方式|职能|职责|制度|环节)"
)
# A plural earlier in the clause makes the campaign words after it kinds of work: 开展各类产品的
# 质量抽查及打假活动.
# (多种形式的 is a manner, not a plural of campaigns.)
PLURAL_BEFORE = rx.compile(r"(?:一系列|各类|各项)[^，,。；;：:]{0,14}$")
# A check completed on a counted object is a task, not a campaign: 完成了12个集贸市场的执法检查.
# (…行动, …活动: a campaign still, whatever it was done to)
CAMPAIGN_HEAD = rx.compile(r"行动|活动|战役")
# ... or 对88家生产企业进行执法检查: the check as the work done on counted objects.
COUNTED_OBJECT_BEFORE = rx.compile(
    r"完成了?[^，,。；;：:]{0,40}?\d[^，,。；;：:]{0,30}的$|"
    r"对[^，,。；;：:]{0,8}?(?:\d|[一二三四五六七八九十两百千]+[家个批户])[^，,。；;：:]{0,14}?(?:进行|开展|实施)了?$"
)
# ... and, for a check with no name of its own, 对某某生产企业开展执法检查 (uncounted): the
# check done on a firm, not a campaign (a named one, 对…开展计量器具执法检查, still is).
FIRM_OBJECT_BEFORE = rx.compile(
    r"对[^，,。；;：:]{0,20}?(?:企业|单位|厂家|经营户|商户|门店|公司|站点|场所|市场)(?:进行|开展|实施)了?$"
)
# Scope and order words before a campaign's name: 全国打假联合行动 and 全省第二次打假联合行动
# name one campaign.
SCOPE_LEAD = rx.compile(
    r"^(?:全国|全省|全市|全区|全县|全州|我省|我市|我区|我县|本省|本市|本区|本县|省|市|县)?"
    r"(?:第[一二三四五六七八九十\d]+次|首次|年度)?"
)
DEGREE_AFTER = rx.compile(r"[^，,。；;：:]{0,12}?力度")
VERB_AFTER = rx.compile(r"了|[我本全][省市区县]")
# Quoted slogans listed before the campaign word they share (“…进商场”、“…进药店”的专项行动):
# one campaign each.
SLOGAN_LIST_BEFORE = rx.compile(r"(?:“[^“”]{2,12}”[、和及与]?){2,}的?$")
SLOGAN = rx.compile(r"“([^“”]{2,12})”")
# Before a title, words that point back to a campaign already named: 此次集中检查行动, 本次
# 再生资源联合执法行动 (a few words between: still the campaign named before).
BACK_REFERENCE = rx.compile(r"(?:此次|这次|本次|该次)[^\W\d_a-zA-Z]{0,10}$")
# What follows a campaign word used for a kind of work, not a campaign: 打假工作的重视,
# 打假工作情况, 打假维权, 打假责任制, 执法打假服务发展, 监督抽查合格率.
# So too a word that is the subject of what follows (打假是…的职责), a rate of any kind
# (监督抽查平均合格率) and a manner (执法检查与服务相结合).
GENERIC_AFTER = rx.compile(
    r"(?:工作)?(?:情况|典型|职能|维权|责任|服务|举报|监控|快速|的重视|"
    r"(?:平均|综合|总体|整体|批次)?合格率|结果表明|是|与[^，,。；;：:]{1,8}?相结合|"
    r"等(?:各项|任务|职能|方面))"
)

LIST_LEAD = rx.compile(r"(?:开展|深化以|以|对|抓好|重点|包括|涉及|针对|围绕|即严把|严把|把好|即)"
                        r"(?=[^开以对抓重包涉针围即严把]*$)")

SLOGAN_VERB = frozenset("进抓强建创推促保树提加")

LIST_END = rx.compile(r"等|及|和|与|为重点|这|的")

ENUMERATED = rx.compile(
    r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+|"
    r"[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)"
)


# Enforcement outcomes that no metric above counts: the guide's "other" (cases handed on to the
# police or the courts, major and typical cases, penalties on the spot, case leads found,
# vehicles sent out, losses recovered for buyers, goods destroyed, farm inputs tested free).
# Rows: (words in the figure's own context before it, the units they count in).
OUTCOMES: tuple[tuple[str, str], ...] = (
    # (结案: cases or complaints closed, 处理结案40起; 办结案件 is the cases handled)
    (r"移送|移交|转办|转交|大案要案|大要案|要案|大案|典型案|现场处罚|当场处罚|案源|公开|"
     r"(?<!办)结案(?!率)", r"起|件|宗"),
    (r"车辆|执法车", r"台次|辆次|辆"),
    (r"挽回[^，,。；;：:\d]{0,6}?损失|销毁", r"元|万元|亿元"),
    (r"免费(?:检测|检验)", r"个批次|批次|批"),
)
# The same, named after the figure in its clause: 案等5起典型案件, 货值60万元的劣质电线被当场粉碎.
OUTCOMES_AFTER: tuple[tuple[str, str], ...] = (
    (r"典型(?:违法)?案", r"起|件|宗"),
    (r"销毁|化为乌有|焚毁|粉碎", r"元|万元|亿元"),
)
# Firms dealt with, not inspected: 查处违规企业6家, 当场查处了3家无证企业, 查处超范围生产
# 企业2家 (the penalty before the figure, in its own clause or list item), 对4家违规企业进行了
# 立案查处, 对5个无证作坊进行了查处 (after it).
FIRMS_PUNISHED_BEFORE = rx.compile(
    r"(?:查处|处罚|取缔|关闭|吊销)了?(?:[^，,。；;：:\d]{0,30}?(?:企业|单位|厂家|工厂|作坊|厂))?$"
)
FIRMS_PUNISHED_AFTER = rx.compile(
    r"[^，,。；;：:\d]{0,30}?(?:企业|单位|厂家|工厂|作坊|厂)(?:进行了?|予以|依法)?(?:立案)?(?:查处|处罚)"
)
FIRM_UNITS = frozenset({"家", "户", "个"})
# Firms counted in 个, the firm named next to the figure: 检查了16个建材生产单位, 检查单位2.3万
# 多个, 化肥生产企业14个 (with the check earlier in the clause).
FIRMS_AFTER_GE = rx.compile(r"[^，,。；;：:、\d]{0,8}?(?:企业|单位|厂家|工厂)")
FIRMS_BEFORE_GE = rx.compile(r"(?:企业|单位|厂家|工厂)(?:共|计|共计|约|近)?$")
# After a money figure, what makes it the bottom of a range of the cases that follow: 货值5万元
# 至10万元的案件 (besides 以上/以下, see THRESHOLD_AFTER).
MONEY_BOUND_AFTER = rx.compile(r"(?:至|到|-)\d[\d.]*万?元")
CASE_UNITS = frozenset({"起", "件", "宗"})
# A pass rate that bounds a range, not a level: 在85%-95%之间, 在80%以下 (in its clause).
RATE_BOUND_AFTER = rx.compile(r"\s*(?:[-~至到]\s*\d|以下|之间)")
# A clause that is only a pass rate (合格率为82%) rates the figure of the clause before, and
# goes with it when that was of another kind of work: 风险监测150批次，合格率82%.
BARE_RATE = rx.compile(r"\s*(?:其)?(?:产品)?合格率(?:为|达|达到|是)?")
OTHER_WORK = rx.compile(rf"风险监测|检定|强检|受检|{INSTRUMENTS}")
CHINESE_DIGITS = "一二三四五六七八九十两"
# Campaigns counted with 大: 6大“质量护航”行动, 四大打假战役, “五大战役”.
CAMPAIGN_COUNT = compile_fast(
    rf"(?<![\d{CHINESE_DIGITS}])(?P<num>\d+|[{CHINESE_DIGITS}]{{1,3}})大"
    r"(?:“[^”]{1,12}”|[^\W\d_a-zA-Z“”]{0,8}?)(?P<head>行动|战役)"
)
# Words before a campaign count in its sentence that make it a plan: 明年要打好“五大战役”.
CAMPAIGN_PLAN = rx.compile(r"明年|下一步|将|要|计划|打好")
# One den named without a count word: 端掉一制假化肥窝点, 捣毁的一个假冒机油窝点.
DEN_OF_ONE = compile_fast(
    rf"(?:{DEN_VERB.pattern})了?的?一(?P<unit>个|处|家)?(?!些|批|系列|大批|举|起|并|同)"
    r"[^，,。；;：:\d一]{0,16}?(?:窝点|黑作坊|制假点|地下加工点|黑加工点|非法加工点)"
)
# A sentence about work still ahead (下一步…深入开展集中整治, 今年将进一步打击…, 还将开展…):
# its campaigns are plans.
PLAN_AHEAD = rx.compile(
    r"下一步|明年|今后|下阶段|下半年将|力争|争取|还将|仍将|"
    r"将(?:进一步|继续|深入|全面|加大|持续|大力|重点)"
)
# Campaigns listed before 等活动 (开展建材整治、清新居室、诚信计量等活动): each item is a
# campaign; one that says no kind of its own is of kind other (a rectification when it
# ends on 整治).
LISTED_CAMPAIGNS = rx.compile(
    rf"(?:组织开展|开展了|开展|组织了|部署|实施)(?P<list>{HAN}{{3,10}}(?:、{HAN}{{3,10}}){{1,8}})"
    r"等(?:专项|系列|一系列)?(?:活动|行动)"
)
RECTIFICATION_ITEM = rx.compile(r"(?:整治|治理|整顿)$")
# ... when one of its items names supervision work (a list of talks and meetings is none).
SUPERVISION_ITEM = rx.compile(r"整治|治理|整顿|打假|执法|计量|质量|标准|监管|抽查|特种设备|认证")
# ... but services and events listed so are no campaigns (法律咨询、计量检测等活动).
NOT_A_CAMPAIGN_ITEM = rx.compile(
    r"(?:咨询|服务|宣传|培训|检测|检验|讲座|展示|展览|演练|座谈|评比|竞赛|比赛|交流|调研|考核|义诊|论坛|日|"
    r"报告|会议|对话|研讨|实践)$|^(?:了|一系列|系列|各类|各项)"
)
# A campaign word of kind other that names no campaign by itself (its own name, as in
# “…”对标达标专项行动, does).
GENERIC_WORD = rx.compile(r"(?:专项|安全|大)*(?:监督)?检查|专项行动|隐患排查")
# A quoted name: two mentions holding it name one campaign.
QUOTED_NAME = rx.compile(r"“[^”]{2,12}”")
# A sentence whose subject is another office (市工商部门共检查经营户327户, 节前，县卫生局…开展
# 专项监督检查) and that names no quality bureau: its figures and campaigns are that office's.
OTHER_OFFICE_LEAD = rx.compile(
    r"\s*(?:[^，,。；;：:\d]{1,6}[，,])?(?:[^\W\d_a-zA-Z]{0,4}?[省市县区])?(?:工商|卫生|公安|农业|商务|食药|药监|环保|物价|城管)"
    r"[^\W\d_a-zA-Z]{0,6}?(?:局|部门|所|机关|分局)"
)
BUREAU = rx.compile(r"质监|质量技术监督|质检|技术监督|质量监督")
