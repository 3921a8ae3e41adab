"""Supervision: enforcement metrics with their keywords and units, and the outcomes no metric
counts. The exclusions that make a figure no statistic are in :mod:`.supervision_exclusions`,
the campaign words in :mod:`.supervision_actions`, a check's verdicts and pass rates in
:mod:`.supervision_results`."""

from __future__ import annotations

from ... import regex_cache as rx
from ...numbers import ARABIC_NUMBER, CHINESE_NUMBER
from ...regex_prefilter import compile_fast
from .supervision_actions import ACTION_KIND as ACTION_KIND  # (read by tests/test_regex.py)
from .supervision_places import INSTRUMENTS

# The verbs of taking samples besides 抽取 and 抽样: 采样, 采集 (样品), 购样 (bought for a test),
# 取样 (共采样40批次, 采集样品12组, 现场购样15批次).
SAMPLE_TAKING = r"采样|采集|购样|买样|取样"

# metric → (keyword pattern, unit pattern). Keywords are looked for before the figure, in the
# same clause; the nearest keyword whose units fit wins.
STAT_METRICS: tuple[tuple[str, str, str], ...] = (
    # 万元/亿元 as one unit: a figure read as 300|多|亿元 (300多亿元) has no scale of its own.
    # Money after goods seized is their value: 查获假冒伪劣商品3亿元 (出口交货值 is a trade's
    # output, no goods of a case).
    ("goods_value",
     # (every word for a case's worth: 涉案金额, 涉案货值, 涉案价值, 涉案总值, 涉案总额)
     r"(?<!交)货值|案值|涉案(?:总)?(?:金额|货值|价值|值|额)|标值|"
     r"(?:查获|缴获|查扣|查封|扣押|检获)了?[^\W\d_a-zA-Z]{0,10}?(?:商品|产品|货物|建材|农资|物资|器材)",
     r"元|万元|亿元"),
    ("fines", r"罚没款|罚没|罚款|罚没金额|罚没收入", r"元|万元|亿元"),
    # (实际抽到…980批次: the batches a check reached, see supervision_planned)
    # (every verb of taking samples: 采样, 采集样品, 购样 and 取样 as 抽样 and 抽取; 抽验 and
    # 抽测, a sampling as drug checks and Taiwan's reports write it)
    ("batches_sampled", rf"抽查|抽检|抽样|抽验|抽测|检验|检测|监测|抽取|抽到|{SAMPLE_TAKING}",
     r"个批次|批次|批"),
    # (检查 of goods counted in 批次: 检查月饼产品31个批次; not 批, a lot of goods seized; not
    # 检查中, 检查时: the while of a check, whose goods counted are what it found or did,
    # 在检查中下架变质食品9批次; but goods named with 中 or 时 are checked goods: 检查中秋月饼,
    # 检查中小学周边食品, 检查时令水果)
    ("batches_sampled", r"检查(?!中(?![秋小学华药西成式])|时(?![令鲜])|后|期间|过程)", r"个批次|批次"),
    # Samples taken, counted in 组 or 个: 抽取样品共9组, 抽检水泥、砖等样品17组, 抽取化肥样品数
    # 40个, and after the figure 对9家企业的12组样品进行了抽检 (samples tested free for farmers
    # are a service, an outcome: see OUTCOMES).
    # So are samples counted in 组/个 right after 抽样 (抽样334个，其中汽油183个; 抽样送检2组):
    # the keyword ends where the figure starts (not 抽样检查了12个乡镇: places; not a check
    # named 监督抽样 after products counted in 个, 对9家企业的11个产品进行监督抽样).
    ("batches_sampled",
     rf"(?<!免费)(?:抽取|抽检|抽样|抽查|{SAMPLE_TAKING})[^，,。；;：:\d]{{0,14}}?(?:样品|样本)数?(?:共|计|共计)?|"
     r"(?<=\d[组个])(?:样品|样本)|(?<!免费)(?<!监督)抽样(?:送检)?(?:共|计|共计)?$",
     r"组|个"),
    # Samples counted in 组 after the verb that took them, whatever stands between (从农资店
    # 抽样的复合肥12组); not a check split into teams (抽查人员分4组).
    ("batches_sampled", r"(?<!免费)(?:抽取|抽检|抽样|抽查)(?![^，,。；;：:\d]{0,12}?(?:分成|分为|分|组成)$)",
     r"组"),
    # Goods sampled counted in 件 or 款 (models), the verb right before the goods and their
    # count with nothing done to them between: 抽检童装、童鞋等75件, 抽查电动工具32款 (not
    # 抽查中查获假冒产品120件: goods seized; nor 抽检…不合格12件).
    # (抽验, 抽测: a sampling as Taiwan's reports write it, 抽验彩色书套15件; 测试 and 实测 (实试):
    # a product test as Hong Kong's consumer bodies write it, 测试了市面上9款电饭煲; 购样, 买样:
    # samples bought off the shelf, 共购样40件)
    ("batches_sampled",
     r"(?<!免费)(?:抽查|抽检|抽取|抽样|抽验|抽测|购样|买样|(?<!能力)(?<!性能)测试|实测|实试)了?"
     r"(?:(?!查获|查扣|查封|扣押|没收|收缴|查处|立案|销毁|召回|发现|合格|检出|案)[^，,。；;：:\d]){0,16}?"
     r"(?:共计|共|计)?$",
     r"件|款"),
    # Goods in 件 or 款 right after a verb of testing, the goods after them: the sample
    # (检测15件不同型号的电热水壶, 抽验12款儿童雨衣).
    # (the goods' origin may stand between: 检验市售20件, 抽测市面上的8款, 检测网购的6件)
    ("batches_sampled", r"(?<!免费)(?<!委托)(?<!送)(?:检测|检验|抽验|抽测)了?"
                        r"(?:市售|市面上?的?|网购的?|网售的?)?(?:共|共计|计)?$", r"件|款"),
    ("cases", r"案件|案|查处|立案|办结|查办|违法行为|侦办", r"起|件|宗"),
    # (监督抽样, 质量监测 name a check too: 对9家企业的11个产品进行监督抽样, 对12家企业生产的
    # 14批次玩具开展质量监测; 抽取了9家企业的样品: round 66)
    # (监督检验 after the firms and their batches: 对管材、涂料等73家企业的90批次样品实施了
    # 监督检验; 清查 goes through units as a check does: 全县共清查锅炉使用单位58家, not
    # 清查出 what it found: round 79)
    ("enterprises_inspected",
     r"检查|巡查|排查|抽查|抽检|抽验|检查了|督查|抽到|监督抽样|质量监测|监督检验|清查|抽取",
     r"家[(（]次[)）]|家次|家|户次|户|个企业|个单位"),
    ("personnel_deployed", r"出动|派出(?!所)|抽调|投入|组织", r"人[(（]次[)）]|人次|人/次|人"),
    # Staff counted in 名 only when sent out or drawn for the work: 出动48名执法人员, 从各分局
    # 抽调18名业务骨干 (组织80名企业代表 is attendance; 公安机关出动60多名干警 is the police's
    # own staff).
    ("personnel_deployed", r"(?<!公安)(?<!机关)(?<!部门)(?:出动|派出(?!所)|抽调)", r"名"),
    # ... and in 次 when the staff stand right before it: 出动执法人员12480次.
    ("personnel_deployed", r"(?<!公安)(?<!机关)(?<!部门)出动[^，,。；;：:\d]{0,8}?人员(?:共|计|共计)?", r"次"),
    # 取缔无证照企业10家, 已取缔32家: makers shut down for having no licence are dens closed
    ("dens_closed", r"窝点|黑作坊|地下加工点|制假点|非法加工点|黑加工点|取缔", r"个|处|家|起"),
    # Campaigns counted in 次 are named actions and drives (开展专项检查4次, 组织联合检查3次);
    # checks counted so are inspections done, no campaigns (全年巡查检查260次, 开展监督检查
    # 1.2万次, 日常检查85次).
    ("campaigns", r"专项行动|专项检查|执法行动|专项整治|行动|(?:集中|联合|执法)检查", r"次|场次|场|轮"),
    # Cases uncovered, counted in 起 or 宗 (查获制假案4起; 件 would be goods, see "other")
    ("cases", r"查获|破获|侦破", r"起|宗"),
    # Goods found in a case (查处假冒药材120箱): 查处 counts goods only in units of goods (not
    # 查处2台锅炉: equipment dealt with).
    # (schema 2: goods_seized; version 1 writes them as other)
    ("goods_seized", r"查处", r"吨|公斤|千克|箱|瓶|桶|袋|条|双|盒|包|支|块|片"),
    # Suspects caught on the spot (抓获嫌疑人4名): a figure of its own (schema 2:
    # suspects_caught).
    ("suspects_caught", r"抓获|刑事拘留|刑拘|逮捕", r"名|人"),
    # (rods and moulds of a 地条钢 den are counted in 根, bundles in 捆: rounds 24, 26, 46)
    # (检获 and 充公: seized and confiscated as Hong Kong's customs write it, 检获共90件该款
    # 玩具, 被充公三百件货品)
    ("goods_seized", r"收缴|查获|查封|扣押|扣留|暂扣|没收|封存|缴获|查扣|检获|充公",
     r"只|件|台件|台|吨|公斤|千克|箱|瓶|桶|套|个|批|辆|袋|条|张|双|米|副|顶|盒|包|本|支|块|片|杆|根|捆|"
     r"台[(（][套件][)）]|箱[(（]件[)）]|件[(（][箱套床][)）]|只[(（]套[)）]"),
)

# (所: schools, places a check goes through, see supervision_places; 台(套), 箱(件): one unit as
# the keys write it; 项次: test items counted item by sample, read only by the test-item rows;
# 间: shops as Hong Kong's reports count them, read only as firms ordered; 县市, 市县: places
# counted by their own word, as Taiwan's reports do, read only as places covered; 个次: places
# counted by the visit, as 户次 and 家次 count them)
STAT_UNITS = (
    r"台[(（][次辆套件][)）]|箱[(（]件[)）]|件[(（][箱套床][)）]|只[(（]套[)）]|辆[(（]次[)）]|车次|家[(（]次[)）]|家次|人[(（]次[)）]|人次|人/次|户次|个次|个批次|批次|台件|万元|亿元|元|起|件|宗|批|家|户|人|个|处|项次|"
    r"次|场次|场|轮|台次|辆次|只|台|吨|公斤|千克|箱|瓶|桶|套|辆|袋|条|张|双|米|副|顶|盒|包|本|种|项|组|队|路|份|名|支|块|片|杆|根|捆|所|款|间|县市|市县|"
    r"期(?!间|限|刊|货|待|望|满|内)"  # (training sessions: 培训班12期; not 期间, 期限)
)

# Products counted in 种 are batches sampled only as the products of the firms sampled, right
# before the figure: 抽查了120家企业生产的131种产品 (抽查了28种产品 counts kinds of product).
# (a count of classes may stand between: 抽检了9家企业的3类12种产品)
# (the places they are in may be listed between, 抽检了甲、乙等6个地市48家企业生产的51种
# 商品; and the firms may be counted in 个, 共抽检19个企业32种产品: rounds 22, 43 and 45)
SAMPLES_OF_FIRMS = rx.compile(
    r"(?:抽查|抽检)[^，,。；;：:]{0,40}?(?:家|个)企业(?:所?生产)?的?(?:\d+个?大?类[、，,]?)?$"
)
# ... or as the object of a check named after them: 对4120家企业所生产的4385种产品组织监督抽查
# (the check's 抽查/抽检 later in the clause, see SAMPLED_RATE).
FIRMS_OBJECT_BEFORE = rx.compile(
    r"对\s*[\d,.]+万?(?:余|多)?家企业(?:所?生产|所产)?的(?:\d+个?大?类[、，,]?)?$"
)

# What may stand between two figures that share one keyword: 分别为 A 和 B, 达到 C; and
# between a rate and the clause that names it, when the rate's course is told year by year
# (合格率逐年提高，从2007年的80.5%提高到2010年的90.1%).
LINKERS = rx.compile(
    r"(?:和|及|与|、|分别|依次|均|为|是|达到|达|提高到|上升到|下降到|降至|升至|合计|共计|总计|共|仅为|仅|只有|"
    r"约为|约|从|由|(?<!\d)\d{4}年(?:底|末)?的?)*"
)

# After a figure, a 以上/以下 that turns it into a threshold of what follows: 货值5万元以上的
# 案件, 3万元以上案件 (not 95%以上 or 500家以上, which end a clause).
THRESHOLD_AFTER = rx.compile(r"及?以[上下]的?(?=[^\W\d_a-zA-Z])")

# A clause that opens on a number, with no verb before the figure (156家企业共203批次产品).
NUMBER_LEAD = rx.compile(rf"\s*(?:(?:{ARABIC_NUMBER}|{CHINESE_NUMBER})[^\W\d_a-zA-Z]{{1,8}})?")

# A clause that is only a kind of firm before its figure goes on with the list of the clause
# before (检查化工企业12家，建材企业30家); never one that says what became of them or what
# else was done to them (分类监管企业20家). Workshops are firms too, alone or after other
# kinds joined by 、 (检查加工企业40家，小作坊15家; …，商店、作坊22家), and so are individual
# businesses (…，个体工商户20户). Every head word of a firm goes on with it: a company, a unit
# (not special equipment's users: 使用单位, 维保单位, 充装单位), a trader (业户, 商户, 经营户,
# 经销商, 经营者) or a cooperative, and a body that assesses conformity for others (检测机构,
# 检定机构, 认证机构: firms a check goes through, as testing bodies are).
_FIRM_HEADS = (r"企业|厂家|工厂|作坊|公司|(?<!使用)(?<!维保)(?<!维护保养)(?<!充装)单位|业户|商户|经营户|"
               r"经销商|批发商|零售商|供应商|经营者|合作社")
_BODIES = r"(?:检验检测|检验|检测|检定|校准|认证)机构"
FIRM_CLAUSE = rx.compile(
    rf"\s*(?:[^\W\d_a-zA-Z]{{1,4}}、)?(?:[^\W\d_a-zA-Z]{{1,6}}?(?:{_FIRM_HEADS})"
    rf"|[^\W\d_a-zA-Z]{{0,6}}?{_BODIES}|个体工商户|个体户)"
    r"(?:\([^()]{1,10}\))?")

# A clause that is only a kind of firm or body before a figure that closes it, after a check
# whose list runs over the clauses before (巡查起重机械38台，使用单位9家，维修单位2家; 检查农资
# 生产企业3家，农资经营单位17个): each is firms inspected, in 个 as well as 家.
FIRM_KIND_CLAUSE = rx.compile(r"\s*[^\W\d_a-zA-Z]{1,8}?(?:企业|单位|厂家|工厂)")
# ... the check and the items of its list before that clause, each a thing and its count.
CHECKED_LIST_BEFORE = rx.compile(
    r"(?:检查|巡查|排查|督查)了?(?:共|计)?"
    r"(?:[^\W\d_a-zA-Z]{1,12}?\d+(?:\.\d+)?[^\W\d_a-zA-Z，,、]{1,3}\s*[，,、]\s*)+$"
)

FIRM_OUTCOME = rx.compile(
    r"违法|违规|不合格|问题|整改|处罚|立案|发现|查处|涉及|关闭|停产|停业|歇业|倒闭|转产|注销|吊销|无证|监管|管理|实行|实施|"
    r"纳入|列入|督促|帮扶|帮助|指导|培训|约谈|责令|获证|认证|许可|"
    r"又|再次|重新|复产"  # 其中有16家又开始生产: what became of them, not a part of the count
)

# A clause that is only a product before its figure goes on with the list of batches of the
# clause before (抽查饮料68批次，罐头41批次).
# (目前已完成9708批次: a verb of its own, no product). The product may be named at some length
# (糕点类预包装食品6批次) or as a list closed by 等 (毛巾、浴巾、枕巾等20批次); never with 的 (标签
# 不规范的产品5批次: what was found of them), nor what was done with them (BATCH_OUTCOME).
_PRODUCT_WORD = r"(?:(?!完成|已|共|累计|目前|发现|涉及)[^\W\d_a-zA-Z的])"
PRODUCT_CLAUSE = rx.compile(
    rf"\s*{_PRODUCT_WORD}{{1,12}}?|\s*{_PRODUCT_WORD}{{1,6}}(?:、{_PRODUCT_WORD}{{1,6}})+等")
# ... a clause of batches found at fault or dealt with (退市、下架处理4批次, 移送公安机关3批次).
BATCH_OUTCOME = rx.compile(
    r"不合格|不符合|问题|超标|不足|不规范|缺陷|涉嫌|标明|检出|移送|移交|下架|退市|召回|销毁|封存|没收|扣押|"
    r"处理|处罚|查处|整改")
# A clause that breaks a total down: 其中尿素30个批次.
BREAKDOWN = rx.compile(r"其中")

# A check named after the figure it covers, to the end of its clause: 对56家企业进行了执法检查,
# 对126个批次建材产品的抽查中, 对2千批产品进行了监督抽查（…）.
# (对某厂6个批次饲料实施抽样送检: samples sent for testing, rounds 32 and 49)
# (a sampling, 对9家厂的11个批次产品进行抽样; a sweep for hazards, 对12家砖厂开展隐患排查;
# enforcement supervision, 对20户业户进行了执法监督)
CHECK_AFTER = rx.compile(
    r"[^，,。；;：:]*?(?:抽查|抽检|抽样检验|抽样检测|抽样送检|检查|检验|巡查|督查|监督抽样|质量监测|"
    rf"抽样|排查|执法监督|{SAMPLE_TAKING})"
    r"(?:中|工作|活动|任务)?(?=[，,。；;：:（(、]|$)"
)
# Firms named right after their count, the check of them named after their clause's object
# by a word that counts no firms before a figure (检验, 抽样, 执法监督; 排查 counts them as a
# keyword, and the exclusion rows hold for both): 对12家砖瓦企业生产的
# 15批次产品进行了重点项目的检验 → 12 家 firms inspected. Not the instruments or equipment
# they hold (对5家企业的压力表进行检验: metrology's, special equipment's), nor firms whose
# samples were sent to a lab (对5家企业的预混料8个批次实施抽样送检: the batches only).
FIRM_OBJECT_AFTER = rx.compile(
    r"[^，,。；;：:、\d]{0,8}?(?:企业|厂家|工厂|生产厂|单位|公司|作坊|业户)")
FIRM_CHECK_END = rx.compile(r"(?:检验|抽样|执法监督)(?:中|工作|活动)?$")
# (液氨装置; not a plant's zone, 装置区, where the firms are checked, nor a check that covers
# their products or quality too: 对20家企业的生产装置和产品质量进行了检查; matched from the
# firms' word on; not 计量 naming the check's own kind, 对20家经销单位进行了计量监督检查: the
# firms are checked)
HELD_OBJECT = rx.compile(r"(?![^，,。；;：:]*?(?:产品|质量))[^，,。；;：:]*?"
                         rf"(?:{INSTRUMENTS}|设备|设施|装置(?!区)|电梯|锅炉|气瓶|压力容器|起重机|压力表|"
                         r"计量(?!(?:专项)?(?:监督)?(?:检查|抽查|执法检查)))")
# ... or with the goods or firms as its subject, no 对 before them: 某区9家厂的灯具等15批次
# 样品接受了抽查 (round 43).
CHECKED_AFTER = rx.compile(
    r"[^，,。；;：:]*?接受了?[^，,。；;：:\d]{0,6}?(?:抽查|抽检|检查|检验)(?=[，,。；;：:（(、]|$)"
)

# A long 对… before a figure, reaching it over a 、-list of products closed by 等 (对本市产的
# 糕点、饮料、酒类等312批次产品进行了抽查): the check after the figure is still its keyword.
OBJECT_LIST_BEFORE = rx.compile(r"对[^，,。；;：:\d]{0,60}、[^，,。；;：:\d、]{1,12}等$")

# ... or over a list of places closed by their count, the firms of those places and their
# products after it (对A市、B市…等8个县（市）31家企业生产的55批次电线电缆开展抽样检验): the firms
# and the batches, each reaches the check after them.
PLACES_OBJECT_BEFORE = rx.compile(
    r"对[^，,。；;：:\d]{0,90}?等\d+个[^\W\d_a-zA-Z]{1,4}?(?:[(（][^\W\d_a-zA-Z]{1,3}[)）])?"
    r"(?:\d+家(?:企业|厂家|单位)(?:所?生产|所产)?的?)?$"
)

# Samples named right after their count in 组 (北片区送检的16组样品合格率为93.8%, 本次检测的
# 48组样品中, 抽取了36组汽油样本): the samples a check took, whatever verb the sentence has.
SAMPLES_AFTER = rx.compile(r"[^\W\d_a-zA-Z，,、]{0,4}?(?:样品|样本)")
# ... and samples counted in 个 right after the verb that took them, or after the places or
# firms it took them from (共抽取80个样品, 抽查了9家药店的20个样本); not the samples a result
# picks out of them (抽检不合格的3个样品, 抽查中发现的2个样品).
# (a product test's verbs too, as Hong Kong's and Taiwan's reports write a sampling: 测试了
# 12个样本, 检测20个样品; not samples tested free or sent out for testing)
SAMPLED_BEFORE = rx.compile(
    r"(?<!免费)(?<!委托)(?<!送)(?:抽取|抽检|抽样|抽查|测试|检测|检验)了?"
    r"(?:(?:(?!合格|发现|检出|查出|超标|问题)[^，,。；;：:]){0,16}?的)?(?:共|计|共计)?$"
)
# ... or a part of the samples its sentence took before (…测试了12个样本，发现其中1个样本未能
# 符合…要求): a part of the sample, its verdict read after it as any sample's.
SAMPLE_PART_BEFORE = rx.compile(r"(?:发现)?其中(?:有|仅有?|只有)?$")
SAMPLING_VERB = rx.compile(r"(?<!免费)(?<!委托)(?<!送)(?:抽取|抽检|抽样|抽查|测试|检测|检验)")

# Dens named after their number: 端掉了6个藏在城郊仓库里的制假窝点.
# (这批假冒机油涉及4个分装窝点: the dens a case's goods came from, found with them)
# (围剿: dens raided by several teams at once, 兵分几路围剿了5个制假窝点)
DEN_VERB = rx.compile(r"捣毁|端掉|端除|取缔|查处|查获|摧毁|打掉|铲除|涉及|围剿")

# The units dens are counted in (窝点5个, 3处黑作坊, 2家非法加工点).
DEN_UNITS = frozenset({"个", "处", "家"})
DEN_AFTER = rx.compile(r"[^，,。；;：:\d]{0,16}?(?:窝点|黑作坊|制假点|地下加工点|黑加工点|非法加工点)")

# Cases closed (立案12件，结案9件) are no statistic: no metric of the guide counts them, and the
# rounds' readers never key them, neither as the cases handled (立案 counts those) nor as an
# outcome (办结 of complaints is complaints handled). The word is read here right before a
# figure, and by the head's rules anywhere in the clause before it (NOT_THIS_FIGURE_BEFORE).
CASES_CLOSED_WORD = r"结案"
# (their count named as such too: 结案数84件, 结案数为9件)
CASES_CLOSED = rx.compile(rf"(?<![办处]){CASES_CLOSED_WORD}(?:数量?(?:为|是)?|共|计|了)?\s*$")

# Marks of an approximate figure: a headline's 近3万起 rounds the body's 2.9万起.
APPROXIMATE = rx.compile(r"近|约|逾|超过|余|多")

# (a campaign word naming its work before 行动 counts campaigns too, after a list of them:
# …等6个执法子行动, …等8余项整治行动, as the keys of two rounds count them)
CAMPAIGN_AFTER = rx.compile(r"专项整治|专项行动|专项检查|执法行动|(?:执法|整治|打假|治理)子?行动")

# A count of times a campaign was run: 先后开展6次“清源”等打假专项整治行动 (a name and a
# few words of subject may stand between; not for 个, which counts the places: 9个市场专项整治).
CAMPAIGN_TIMES_AFTER = rx.compile(
    r"(?:“[^”]{1,12}”等?)?[^\W\d_a-zA-Z“”]{0,8}?(?:专项整治|专项行动|专项检查|执法行动|集中行动|联合行动|"
    # (先后开展9次联合打假行动: a joint campaign against fakes, run that many times)
    r"联合打假行动)"
)


FIRM_UNITS = frozenset({"家", "户", "个"})

# Firms counted in 个, the firm named next to the figure: 检查了16个建材生产单位, 检查单位2.3万
# 多个, 化肥生产企业14个 (with the check earlier in the clause). Market entities are firms too,
# whatever they trade, and so are business entities (共检查市场主体700余个, 检查了300个市场
# 主体, 检查食品经营主体2500余个: as in 户 and 户次, where the keys of rounds 119, 123 and 133
# count them as firms; 市场实体 and 经营实体 are other names of them).
FIRMS_AFTER_GE = rx.compile(r"[^，,。；;：:、\d]{0,8}?(?:企业|单位|厂家|工厂|(?:市场|经营)(?:主体|实体))")

FIRMS_BEFORE_GE = rx.compile(r"(?:企业|单位|厂家|工厂|(?:市场|经营)(?:主体|实体))(?:共|计|共计|约|近)?$")

# Firms counted where a check took its samples, 在 before the count and the sampling right after
# the firms: 执法人员在12家经销企业抽查产品20批次, 在辖区9家生产单位抽取样品30批次 (places stay
# places: 在5家超市抽检…, see NOT_FIRMS_AFTER). Not the pool of a draw (在80家企业中抽取了12家:
# the firms or staff counted after the verb), nor firms counted already (在这12家企业中抽样):
# products, samples or batches follow the verb.
SAMPLED_AT_BEFORE = rx.compile(r"在(?:(?!这|该|上述)[^，,。；;：:\d]){0,16}$")
SAMPLED_AT_AFTER = rx.compile(
    r"[^，,。；;：:、\d]{0,10}?(?:企业|单位|厂家|工厂|公司|作坊)(?:内|中)?(?:抽查|抽检|抽取|抽样)"
    r"(?!了?\s*\d+(?:家|户|名|人|个))(?=[^，,。；;：:]{0,8}?(?:产品|样品|商品|\d+个?批))")

# After a money figure, what makes it the bottom of a range of the cases that follow: 货值5万元
# 至10万元的案件 (besides 以上/以下, see THRESHOLD_AFTER).
MONEY_BOUND_AFTER = rx.compile(r"(?:至|到|-)\d[\d.]*万?元")

CASE_UNITS = frozenset({"起", "件", "宗"})

CHINESE_DIGITS = "一二三四五六七八九十两"

# Campaigns counted with 大: 6大“质量护航”行动, 四大打假战役, “五大战役” (not an ordinal:
# 第三大战役 names one campaign, it counts none).
CAMPAIGN_COUNT = compile_fast(
    rf"(?<![\d{CHINESE_DIGITS}第])(?P<num>\d+|[{CHINESE_DIGITS}]{{1,3}})大"
    r"(?:“[^”]{1,12}”|[^\W\d_a-zA-Z“”]{0,8}?)(?P<head>行动|战役)"
)

# Words before a campaign count in its sentence that make it a plan: 明年要打好“五大战役”.
CAMPAIGN_PLAN = rx.compile(r"明年|下一步|将|要|计划|打好")

# One den named without a count word: 端掉一制假化肥窝点, 捣毁的一个假冒机油窝点; or two,
# which the figures leave to words as they do 一 (捣毁了两处无证腌菜作坊黑窝点).
DEN_OF_ONE = compile_fast(
    rf"(?:{DEN_VERB.pattern})了?的?(?:一|(?P<two>两)(?=个|处|家))(?P<unit>个|处|家)?"
    r"(?!些|批|系列|大批|举|起|并|同)"
    r"[^，,。；;：:\d一]{0,16}?(?:窝点|黑作坊|制假点|地下加工点|黑加工点|非法加工点)"
)
# ... or with 一 or 两 after the den word (捣毁白酒造假窝点一个, 端掉制假窝点两处).
DEN_OF_ONE_AFTER = compile_fast(
    rf"(?:{DEN_VERB.pattern})了?[^，,。；;：:\d一两]{{0,16}}?"
    r"(?:窝点|黑作坊|制假点|地下加工点|黑加工点|非法加工点)(?:一|(?P<two>两))(?P<unit>个|处|家)"
)

# A sentence whose subject is another office (市工商部门共检查经营户327户, 节前，县卫生局…开展
# 专项监督检查) and that names no quality bureau: its figures and campaigns are that office's.
OTHER_OFFICE_LEAD = rx.compile(
    r"\s*(?:[^，,。；;：:\d]{1,6}[，,])?(?:[^\W\d_a-zA-Z]{0,4}?[省市县区])?(?P<kind>工商|卫生|公安|农业|商务|食药|药监|环保|物价|城管)"
    r"[^\W\d_a-zA-Z]{0,6}?(?:局|部门|所|机关|分局)"
)

BUREAU = rx.compile(r"质监|质量技术监督|质检|技术监督|质量监督")
