"""Supervision: the work a check or a campaign did besides sampling and enforcing — firms whose
products failed or passed, places a check covered, test items, pledges signed, firms put on
file, publicity and visits, teams sent — and the stocks a bureau watches over (registered
trademarks, the units of a kind it supervises), recalls, problems found and put right (schema
2's metrics that version 1 leaves out; read by :mod:`..supervision_work` for a figure no other
metric took).

One row per phrasing family: the first row whose unit fits and whose words match wins."""

from __future__ import annotations

from typing import NamedTuple


class WorkRow(NamedTuple):
    metric: str
    units: str  # an alternation, matched whole against the figure's unit
    # Right before the figure in its own context (anchor with $), and right after it, matched
    # at its end within its sentence: a row with both needs both.
    before: str = ""
    after: str = ""
    needs: str = ""  # words its sentence must hold
    unless: str = ""  # words in its sentence that rule it out
    clause_unless: bool = False  # ``unless`` read from the figure's clause on, not its sentence's


_FIRM = r"(?:企业|厂家|工厂|单位|公司|厂|经销商|商户|经营户)"
_CHECKED = r"抽查|抽检|抽样|检验|检测|监督检查|质量监测|检查|巡查|督查|覆盖"
# Sellers a check samples at, counted as firms are (5家加气站的7批次样品): a trade's outlets.
_FIRM_OR_SELLER = rf"(?:{_FIRM}|加油站|加气站|门店|商店|商场|超市|药店|店铺|网店)"
# The batches of the firms counted, between them and their verdict: 生产的11批次样品, 的4个样品.
# (or nothing between: 4家企业4个批次样品全部合格)
_FAILED_BATCHES = (r"(?:(?:生产|销售|经营|生产经营|生产、销售)?的)?\d+(?:个)?(?:批次|批|个|件|款|份)"
                   r"(?:产品|样品|商品)?[^，,。；;:：\d]{0,8}?")
_GAP = r"[^，,。；;:：\d]"  # a few words, in the figure's clause, with no other figure
# Places counted right before what the check found in them, or closing their clause:
# 9个城市的42家企业, 23个地市（区）93家, 覆盖12个地市，(not 9个市场: a place word whole).
# Towns and subdistricts together are 镇街 (or 街镇); a check may be told right after the places
# (对全县31个镇街进行督导检查, 在12个街镇同时开展执法行动).
# Every level of the country's divisions counts: provinces, prefectures (地州, 盟市, 州市),
# counties (旗县), a city's districts (城区, 市区), townships (乡, 镇) and subdistricts; never a
# word that only starts with one (市场, 区域, 市级, 县城). The check's places may be told right
# after them, where it went in them (4个城区的农贸市场, 5个县加油站, 8个乡镇集贸市场): the
# places covered, the outlets a figure of their own if counted.
_DIVISION = (r"(?:省(?:份|区市)?|自治区|直辖市|城市|地市区?|设区市|市州|州市|地州|盟市|旗县|市县|县市|"
             r"县区|区县|乡镇|镇街|街镇|街道|地区|城区|市区|市|县|区|旗|乡|镇)(?![场域级委城长内])"
             r"(?:[(（][^()（）]{1,8}[)）])?")
_OUTLETS_IN = r"(?:流通|生产|销售|经营)?(?:市场|加油站|加气站|超市|商场|门店|商店|企业|经营户)"
_PLACE = (rf"{_DIVISION}"
          r"(?=[的、，,。；;和及与]|\d|\s*$|(?:同步|同时|全面|集中|统一)?(?:开展|进行|实施)了?"
          rf"|[^，,。；;：:\d]{{0,4}}?{_OUTLETS_IN})")
DIVISIONS_AFTER = _PLACE  # (read by ..supervision_places: such a count is no outlets')
# Every verb of a check or a sampling a count of places goes with (not 检验 alone: a testing
# body's name; 检测 not in one either).
_COVERED_CHECK = (r"抽查|抽检|抽样|抽取|抽验|(?<!检验)检查|巡查|排查|督查|督导|暗访|核查|查核|"
                  r"(?<!检验)检测(?!机构|中心|站|所|院)|覆盖|执法行动|专项行动")
# A test item counted: 16项安全指标, 对…28个项目进行了检测 (not 3项指标不合格: items failed).
_FAILED_ITEM = r"(?:不合格|不符合|超标|不过关|不达标|超差)"
_NOT_FAILED = rf"(?!{_GAP}{{0,6}}?{_FAILED_ITEM})"
_ITEM = rf"{_GAP}{{0,12}}?(?:指标|检验项目|检测项目|项目|参数){_NOT_FAILED}"
_TESTED = r"检验|检测|测试|抽查|抽检|试验|检查"
# (a body's capacity, 具备300项参数的检测能力; pilots and projects, 30个…试点项目)
_NO_TEST = r"能力|可检|可开展|具备|资质|授权|扩项|参数达|认可|试点|示范|投资"
# (and works under construction, whose 项目 are projects: 在建工程项目…，其中3个项目不符合设计要求)
_NO_TEST_ITEMS = _NO_TEST + r"|工程|在建|施工|建设项目"
_TEAM = (r"(?:工作组|督查组|检查组|督导组|指导组|专家组|执法组|调研组|暗访组|稽查组|巡查组|"
         r"服务队|工作队|小分队)")
# The work a group goes on to, right after the groups (分成4组开展检查, 分为两个小组，分赴…);
# and the words of a split that is not of people (样品分为3组, 产品分成两个批次).
_TEAM_WORK = (r"[，,]?\s*(?:分别|各自|同时|分头|轮流)?(?:开展|进行|巡查|检查|督查|执法|排查|走访|深入|赴|"
              r"分赴|前往|出发|奔赴|对)")
_NO_TEAM = r"样品|样本|批次|试样|等级|档次|类别"
_PLEDGE = r"(?:承诺书|责任书|责任状|承诺函)"
# Cotton, silk cocoons, wool or other fibre under a fibre bureau's notarial (公证) inspection,
# counted in bales, tonnes or lots; not a laboratory's yearly capacity (年检验能力…吨).
_FIBRE = r"棉|茧|毛绒|羊毛|羊绒|麻|纤维"
_NOTARIAL = r"公证检验|公检|仪器化检验|(?:纤检|纤维检验)[^，,。；;\d]{0,8}?检验"
_NO_VOLUME = r"能力|可检|可承担|投入|投资|万元|收购价|价格|产量|种植"
# Publicity materials handed out: leaflets, booklets, brochures (宣传资料, 宣传单, 明白纸).
# (notices and open letters posted or handed out are materials too: 告示, 公开信, 倡议书)
_MATERIAL = (r"(?:宣传)?(?:资料|材料|手册|传单|单页|折页|彩页|画册|明白纸|宣传单|宣传品|宣传页|告示|公开信|"
             r"倡议书|宣传画|挂图)")
_HANDED = r"发放|散发|分发|派发|发送|赠送|送出|印发|印制|送发|发出"
# Questions the public brought (接受咨询, 解答…咨询, 咨询的群众).
_ASKING = r"群众|市民|消费者|居民|村民|人员|企业|农户"
# Goods taken off the shelves, counted in their own units (not 个 or 种: brands, kinds).
_GOODS_UNITS = r"吨|万吨|公斤|千克|斤|件|万件|箱|批|批次|瓶|袋|瓶\(袋\)|盒|桶|只|双|套|台|条|包"
_OFF_SHELF = r"下架|撤柜|撤架|退市"
# Tests, appraisals and repairs done free for the public or for firms (a quality-day stand, a
# service platform): 免费检测, 免费鉴定, 义务维修; not instruments verified free (免费检定: the
# instruments metrology counts).
_FREE = r"免费|义务|无偿|公益"
_SERVICE = r"检测|检验|鉴定|测试|维修|清洗|修理"
# Firms helped, guided or served (帮扶, 服务, 指导 … 企业; 走访服务企业).
_HELPED = r"帮扶|扶持|服务|指导|帮助|诊断|对接|结对"  # (走访 alone: an inspector's visit)
_NOT_HELPING = r"检查|抽查|抽检|处罚|查处|立案"  # (the firms a check or a case dealt with)
# Banners, slogans, posters and boards put up or made (not leaflets handed out).
_BANNER = r"横幅|条幅|标语|宣传标语|展板|海报|宣传画|挂图|宣传栏|宣传牌|公益广告"
# Words that show a sentence is about measuring instruments (an unverified count needs one).
_INSTRUMENT_WORDS = r"计量|检定|衡器|秤|加油机|计价器|血压计|压力表|检测仪|电能表|水表|燃气表"
# Instruments found unverified or overdue for verification (未经检定, 超期未检, 未申请检定).
_UNVERIFIED = (r"(?:未经|未|没有|未按期|未按规定|未按时)(?:法定机构|计量检定机构)?(?:检定|检|申请检定|"
               r"申请强制检定|送检|强检)|(?:超期|逾期|过期)未?(?:检定|检|送检)")

# Registered trademarks held, a stock (有效注册商标4200件, 商标有效注册量达1.5万件); not honours
# (驰名商标, 著名商标: brands') nor applications (申请).
_TRADEMARK = (r"(?<!申请)(?<!驰名)(?<!著名)(?<!知名)(?<!申报)注册(?:[^，,。；;:：\d\s、]{0,6}?)商标|"
              r"商标(?:有效)?注册(?:量|总量|数|总数)")
# Testing fees waived for firms or the public (减免, 免收 … 检验检测费用): money; not a
# verification's or calibration's fee (metrology's ``fees_waived``).
_MONEY = r"元|万元|亿元"
_WAIVED = r"减免|免收|免征|免除|减收"
_METROLOGY_FEE = r"检定|校准|强检|计量检测"
# Recalls of defective products (召回缺陷汽车3.2万辆, 实施召回28次).
RECALL_UNITS = r"次|件|万件|批|批次|台|万台|辆|万辆|个|只|套|部"
# The units of a kind a bureau supervises, counted as a stock (全省特种设备使用单位850家, 辖区内
# 电梯维保单位60余家, 持证的食品生产企业300家): a kind's word before its count, a stock's word
# before that, and no check's verb between (检查使用单位30家: units inspected).
_STOCK_OPENS = (r"全(?:国|省|市|县|区|州|盟|镇)|辖区内?|本(?:省|市|县|区)|我(?:省|市|县|区)|"
                r"(?<![发表实])现有|共有|目前|(?:持证|获证)(?:的)?")
_UNIT_KIND = (r"(?:使用|生产|维保|维修保养|维护保养|安装改造维修|充装|经营|检验检测)单位|"
              r"(?<!规模以上)(?<!规上)(?<!工业)生产企业|生产(?:加工)?小作坊|维保企业")
_NOT_CHECKED = (r"(?:(?!检查|抽查|抽检|巡查|督查|清查|核查|检验了|排查|查处|处罚|立案|发现|约谈|走访|培训|帮扶|"
                r"指导|服务|签订|覆盖|涉及|整改|新增|注销)[^，,。；;:：\d])")
_SUPERVISED_UNITS = r"家|户|个|万家|万户"
# Problems found and put right in a check, for an area that counts none of its own (隐患 of
# special equipment are that area's): 发现问题40个, 整改问题35个, 查找出问题18条.
_PROBLEM = r"(?:安全|质量|各类|各种|突出|共性)?(?:问题|隐患)(?!产品|企业|车辆|食品|商品|电梯|设备|单位)"
_PROBLEM_UNITS = r"个|处|项|项次|条"
_FOUND = r"发现|查出|查找出?|排查出|检查出|梳理出?|查摆出?"
_PUT_RIGHT = r"整改|纠正|消除|排除|销号"  # (解决: problems solved for firms, a service)
PUT_RIGHT = _PUT_RIGHT
_EQUIPMENT = r"特种设备|电梯|锅炉|压力容器|气瓶|起重|叉车|索道|游乐设施|压力管道|厂内"
# Training a bureau gave (培训, 培训班): the people trained and the sessions held; not firms
# trained nor the people who must be (需培训, 应培训: a duty), nor a trainer's count.
_TRAINING = r"(?:业务|技术|专题|集中|免费|上门|岗前|安全|复审)?培训(?!费|基地|中心|机构|计划|教材|经费)"
_TRAINEES = (r"(?:(?:特种设备)?作业人员|从业人员|技术人员|管理人员|安全管理人员|检验人员|计量人员|"
             r"质量管理人员|企业人员|人员|学员|操作人员|检定员|质检员|司炉工|电梯管理员|人)")
_NO_TRAINING = r"需培训|应培训|须培训|需要培训|接受培训的企业|培训费"
# (staff sent to a class another body holds: 选派, 参加上级…, 参加省局举办的…; not 上级 who
# only gave the order, 按上级要求组织120名人员参加了培训)
_SENT_TO_CLASS = (r"选派|派出|抽调|委派|参加了?上级|参加了?[^，,。；;\d]{0,8}?(?:上级|省局|总局|"
                  r"省市场监管局|省质监局|国家[^，,。；;\d]{0,6}?)举办的")
_SESSION_UNITS = r"期|场次|场|次|班|个班|万次"
_HELD = r"举办|开办|开展|组织|召开|举行|办"
# (a gap that names no attending: 组织干部参加培训12次 counts times attended, no sessions held)
_HELD_GAP = r"(?:(?!参加|参训|接受)[^，,。；;:：\d])"

WORK_ROWS: tuple[WorkRow, ...] = (
    # 其中5家企业的产品不合格; 不合格产品涉及6家企业 (a spot check's sentence); the batches
    # that failed told between firms and verdict (5家企业生产的6批次童鞋不合格, 5家加气站的7批次
    # 样品不合格: the batches are a figure of their own); the firms named by their failure
    # (检出的4家不合格样品销售企业).
    WorkRow("firms_failed", r"家|户",
            after=rf"{_GAP}{{0,6}}?{_FIRM_OR_SELLER}(?:{_GAP}{{0,10}}?|{_FAILED_BATCHES})不合格(?!率)",
            needs=_CHECKED),
    WorkRow("firms_failed", r"家|户",
            after=rf"不合格(?:产品|样品)?的?(?:生产|销售|经营)?{_FIRM}", needs=_CHECKED),
    WorkRow("firms_failed", r"家|户",
            before=rf"不合格{_GAP}{{0,10}}?(?:涉及|来自|分属)了?{_GAP}{{0,8}}?$", needs=_CHECKED),
    # 其余31家企业的产品均合格; 其中60家企业生产的64批次产品合格 (the batches are a figure of
    # their own).
    WorkRow("firms_passed", r"家|户",
            after=rf"{_GAP}{{0,6}}?{_FIRM}(?:{_GAP}{{0,10}}?|{_FAILED_BATCHES})(?<!不)合格(?!率)",
            needs=_CHECKED),
    # 抽查覆盖12个地市, 涉及38个市县, 抽查了甲、乙等10个地区的30家企业.
    # (not a protected product's area, 保护范围为…15个县市: no check's; 检验 names bureaus too)
    # (and a drive of enforcement, a check as Taiwan's reports write it: 执法行动, 查核)
    # (a place set up or honoured rules it out in the figure's own clause and after it, not
    # a group set up clauses before the check: 成立了领导小组，…，对全市10个县进行了督查)
    WorkRow("places_covered", r"个", after=_PLACE, needs=_COVERED_CHECK,
            unless=r"建立|设立|成立|建成|获得|荣获|评为|授予|命名|出台|保护|原产地", clause_unless=True),
    # Test items failed (schema 2): 其中2项指标不合格, 不合格项目3个, 16项指标中有3项不合格;
    # not items pointed back to (这2项指标均不达标: told before). In 个 only after 其中, 发现, 有.
    # ... or counted by the place word itself, as Taiwan's reports count them (公布6县市、20处
    # 场所的查核结果; 全国22县市)
    WorkRow("places_covered", r"县市|市县", after=r"(?=[的、，,。；;和及与]|\s*$)",
            needs=_COVERED_CHECK,
            unless=r"建立|设立|成立|建成|获得|荣获|评为|授予|命名|出台|保护|原产地", clause_unless=True),
    WorkRow("items_failed", r"项|项次", before=r"(?:^|[^这该此述])$",
            after=rf"{_GAP}{{0,12}}?(?:指标|项目|参数){_GAP}{{0,6}}?{_FAILED_ITEM}", needs=_TESTED,
            unless=_NO_TEST_ITEMS),
    WorkRow("items_failed", r"个", before=r"(?:其中|发现|有)$",
            after=rf"{_GAP}{{0,12}}?(?:指标|项目|参数){_GAP}{{0,6}}?{_FAILED_ITEM}", needs=_TESTED,
            unless=_NO_TEST_ITEMS),
    WorkRow("items_failed", r"项|个|项次",
            before=rf"{_FAILED_ITEM}(?:的)?(?:检验|检测)?(?:项目|指标)(?:共|计|达到?|为|有)*$",
            needs=_TESTED),
    # The failing items named one by one, then counted: 不合格指标包括“甲”“乙”等3个项目.
    WorkRow("items_failed", r"项|个",
            before=rf"{_FAILED_ITEM}(?:的)?(?:检验|检测)?(?:项目|指标)(?:主要)?(?:涉及|包括|为|有)"
                   r"[^。；;\d]{0,50}?等(?:共|计)?$",
            needs=_TESTED),
    WorkRow("items_failed", r"项", before=r"(?<![^，,；;\s])(?:其中|中)?有$",
            after=rf"{_FAILED_ITEM}(?!率|批|产品|企业|的)", needs=r"指标|检验项目|检测项目|参数",
            unless=_NO_TEST),
    # 测试了9项安全指标, 对…的28个项目进行了检测, 抽查内容包括…等42项 (not a body's
    # capacity: 具备300项参数的检测能力).
    WorkRow("items_tested", r"项|项次", after=_ITEM, needs=_TESTED, unless=_NO_TEST),
    WorkRow("items_tested", r"个", after=rf"(?:检验|检测|测试)?项目{_NOT_FAILED}", needs=_TESTED,
            unless=_NO_TEST),
    WorkRow("items_tested", r"项",
            before=r"(?:检验|检测|测试|抽查|抽检)(?:的)?(?:内容|项目)(?:主要)?(?:包括|涉及|有)"
                   r"[^。；;\d]{0,60}?等(?:共|计)?$"),
    # The items counted right after the words that open their list (抽查项目包括15个安全指标),
    # or the tests named one by one and counted before the test's word (进行“甲”、“乙”等5项测试).
    WorkRow("items_tested", r"项|个",
            before=r"(?:检验|检测|测试|抽查|抽检)(?:的)?(?:内容|项目)(?:主要)?(?:包括|涉及|有|为)(?:了|共|计)*$",
            after=rf"{_GAP}{{0,12}}?(?:指标|项目|参数){_NOT_FAILED}"),
    WorkRow("items_tested", r"项",
            before=r"(?:进行|开展|实施)了?[^。；;\d]{0,60}?等(?:共|计)?$",
            after=r"(?:安全|性能|质量)?(?:测试|检测|检验|试验)(?!能力|机构|中心)",
            unless=_NO_TEST),
    # 签订承诺书的企业达120家; 与860家企业签订了…承诺书; 组织12家单位…签订安全责任书.
    WorkRow("pledges_signed", r"家|户|个|家次",
            before=rf"签[订署]{_GAP}{{0,16}}?{_PLEDGE}{_GAP}{{0,8}}?(?:共|计|达到?|为|有)*$"),
    WorkRow("pledges_signed", r"家|户|个|家次",
            after=rf"[^。；;\d]{{0,40}}?签[订署]了?{_GAP}{{0,16}}?{_PLEDGE}"),
    WorkRow("pledge_rate", r"%", before=r"(?:签订|签约|签署)率(?:达到?|为|是)?$"),
    # 为320个小作坊逐一登记建档; 登记建档的企业共56家.
    WorkRow("firms_registered", r"家|户|个",
            before=rf"(?:登记建档|建档立卡|备案登记){_GAP}{{0,8}}?(?:共|计|达到?|为|有)*$"),
    WorkRow("firms_registered", r"家|户|个",
            after=r"[^。；;，,]{0,40}?(?:登记建档|建档立卡|建立了?[^，,。；;\d]{0,6}?(?:质量|信用)?档案)"),
    # 组织宣传活动45次, 开展了6场质量宣传咨询活动.
    WorkRow("publicity_events", r"次|场次|场",
            before=rf"宣传{_GAP}{{0,10}}?(?:活动|咨询|讲座|日)(?:共|计|达到?)*$"),
    WorkRow("publicity_events", r"次|场次|场", after=rf"{_GAP}{{0,10}}?宣传(?:咨询)?(?:活动|讲座)"),
    # 共组织现场宣传8次; 开展计量知识进社区活动30余次 (a drive taking knowledge to the public).
    WorkRow("publicity_events", r"次|场次|场",
            before=rf"(?:组织|开展|举办|进行)了?{_GAP}{{0,8}}?宣传(?:共|计|达到?)*$"),
    WorkRow("publicity_events", r"次|场次|场",
            before=rf"(?:组织|开展|举办)了?{_GAP}{{0,16}}?进(?:社区|校园|农村|乡村|企业|家庭|万家|市场)"
                   rf"{_GAP}{{0,4}}?活动(?:共|计|达到?)*$"),
    # 深入村庄120个, 下乡进村637个, 走访农户2300户, 走访了300户农户.
    WorkRow("outreach_visits", r"个|户|家|户次",
            before=rf"(?:进村|入村|入户|(?:走访|深入|进入){_GAP}{{0,6}}?"
                   rf"(?:村庄?|农户|村民|住户|乡镇|社区|农家))(?:了|共|计|达到?)*$"),
    WorkRow("outreach_visits", r"个|户",
            before=r"(?:走访|深入|进入)了?(?:共|计)?$",
            after=r"(?:行政村|自然村|村庄|村组|村|社区|农户|住户|村民)"),
    # 派出6个督查组, 组织了50个工作组深入基层, 分成3个工作组.
    WorkRow("teams_sent", r"个|支",
            before=rf"(?:派出|选派|组派|派|组成|成立|组建|组织|抽调|分成|分为|设立)了?{_GAP}{{0,16}}?$",
            after=rf"{_GAP}{{0,12}}?{_TEAM}"),
    # Staff split into groups for the work: 兵分5路, 分成三个小组开展检查, 出动40人分成6队巡查
    # (the group word is the unit, or 个/支 stands before it); 分成/分为 only where the split is
    # of people (人员, 人, a bureau or its team before it) or the work follows the groups, not
    # samples or goods split into lots.
    WorkRow("teams_sent", r"组|队|路", before=r"兵分$"),
    WorkRow("teams_sent", r"个|支", before=r"兵分$", after=r"小?组|队|路"),
    WorkRow("teams_sent", r"组|队|路",
            before=rf"(?:人员?|局|队伍|干部|执法{_GAP}{{0,4}}?){_GAP}{{0,8}}?(?:分成|分为|分作)了?$",
            unless=_NO_TEAM),
    WorkRow("teams_sent", r"个|支",
            before=rf"(?:人员?|局|队伍|干部|执法{_GAP}{{0,4}}?){_GAP}{{0,8}}?(?:分成|分为|分作)了?$",
            after=r"小?组|队|路", unless=_NO_TEAM),
    WorkRow("teams_sent", r"组|队|路", before=r"(?:分成|分为|分作)了?$", after=_TEAM_WORK,
            unless=_NO_TEAM),
    WorkRow("teams_sent", r"个|支", before=r"(?:分成|分为|分作)了?$",
            after=rf"(?:小?组|队|路){_TEAM_WORK}", unless=_NO_TEAM),
    # 今年已公证检验棉花86万包、19.5万吨; 全省公检量达到3.2万吨 (a fibre bureau's volume).
    WorkRow("fibre_inspected", r"包|万包|吨|万吨|批|公斤|千克",
            before=rf"(?:{_NOTARIAL}|检验|检测|检验量|公检量)[^。；;]{{0,30}}?$",
            needs=rf"(?:{_NOTARIAL})[^。；;]{{0,40}}?(?:{_FIBRE})|(?:{_FIBRE})[^。；;]{{0,40}}?(?:{_NOTARIAL})",
            unless=_NO_VOLUME),
    # (the same volume in a second unit, right after the first: …86万包、19.5万吨)
    WorkRow("fibre_inspected", r"吨|万吨|公斤|千克", before=r"^[、，,和及]?(?:共计|合计|共|计)?$",
            needs=rf"(?=[^。；;]*?(?:{_NOTARIAL}))(?=[^。；;]*?(?:{_FIBRE}))[^。；;]*?\d万?包[、，,和及]",
            unless=_NO_VOLUME),
    # 发放宣传资料3500余份; 向群众散发了800份质量安全明白纸.
    WorkRow("materials_distributed", r"份|册|张|本|套",
            before=rf"(?:{_HANDED})了?[^。；;:：\d]{{0,50}}?{_MATERIAL}{_GAP}{{0,4}}?(?:共|计|达到?|约)*$"),
    WorkRow("materials_distributed", r"份|册|张|本|套",
            before=rf"(?:{_HANDED})了?{_GAP}{{0,12}}?$", after=rf"{_GAP}{{0,8}}?{_MATERIAL}"),
    # 现场接受群众咨询260人次; 解答消费者咨询90余人; 为120多人次提供了咨询服务 (问询 and 询问
    # are questions too: 现场解答群众问询70余人次).
    WorkRow("consultations", r"人次|人|名|次|条|个",
            before=rf"(?:接受|解答|受理|接待|答复|回答|提供)了?{_GAP}{{0,10}}?(?<!投诉)(?<!举报)(?:咨询|问询|询问)"
                   rf"(?:的)?(?:{_ASKING})?(?:共|计|达到?|约)*$"),
    # (咨询的群众达80人, 咨询人数超过150人次, 检测咨询35人次; not 投诉咨询: complaints)
    WorkRow("consultations", r"人次|人|名",
            before=rf"(?<!投诉)(?<!举报)咨询(?:服务)?的?(?:{_ASKING}|人数|人次)?"
                   rf"(?:超过?|共|计|达到?|为|约)*$"),
    WorkRow("consultations", r"人次|人|名",
            after=rf"(?:{_ASKING})?{_GAP}{{0,6}}?(?:提供|进行|接受)了?{_GAP}{{0,6}}?咨询"),
    # 下架过期兽药40盒; 责令商户将120件问题童装撤柜.
    WorkRow("goods_removed", _GOODS_UNITS,
            before=rf"(?:{_OFF_SHELF})了?{_GAP}{{0,20}}?(?:共计|合计|共|计|达到?|约)*$"),
    WorkRow("goods_removed", _GOODS_UNITS, before=r"(?:将|把)$",
            after=rf"{_GAP}{{0,16}}?(?:{_OFF_SHELF})"),
    # (not samples taken, 个 or 份: those are no products tested for someone)
    # 免费为市民检测燃气灶200余台; 为学校免费检验学生装样品600批次; 珠宝玉石免费鉴定85件.
    WorkRow("free_tests", r"件|批|批次|台|台件|台次|只|副|部|起|次|家|家次",
            before=rf"(?:{_FREE})[^。；;:：\d]{{0,16}}?(?:{_SERVICE})[^，,。；;:：\d]{{0,16}}?$"),
    WorkRow("free_tests", r"件|批|批次|台|台件|只|副|部",
            before=rf"(?:{_SERVICE})(?:服务)?(?:共|计|达到?)*$",
            needs=rf"(?:{_FREE})[^。；;]{{0,10}}?(?:{_SERVICE})|质量开放日|咨询台|便民服务"),
    # 选定24家企业作为重点帮扶对象; 走访服务企业310家次; 为820家企业提供技术服务.
    WorkRow("firms_assisted", r"家|户|家次|户次|万家|个",
            before=rf"(?:{_HELPED})[^。；;:：\d]{{0,12}}?(?:企业|厂家|经营主体|市场主体)(?:共|计|达到?)*$",
            unless=_NOT_HELPING),
    WorkRow("firms_assisted", r"家|户|家次|户次|万家|个",
            after=rf"{_GAP}{{0,4}}?(?:企业|厂家)?{_GAP}{{0,12}}?(?:{_HELPED})",
            before=rf"(?:{_HELPED})[^，,。；;:：\d]{{0,8}}?(?:对|为|了)?$|(?:确定|选定|遴选|筛选)$",
            unless=_NOT_HELPING),
    # 悬挂宣传横幅36条; 制作展板15块、海报400张.
    WorkRow("banners_displayed", r"幅|条|块|张|面|处",
            before=rf"(?:{_BANNER})(?:共|计|达到?|约)*$"),
    WorkRow("banners_displayed", r"幅|条|块|张|面",
            before=r"(?:悬挂|张贴|制作|设置|摆放|布置|展出|拉挂|树立)了?$",
            after=rf"{_GAP}{{0,6}}?(?:{_BANNER})"),
    # 发现12台电子秤未经检定; 检查中发现超期未检的压力表9块; 其中有5家在用的电子秤未经检定.
    WorkRow("instruments_unverified", r"台|台件|块|只|个|支|把",
            after=rf"(?:[^，,。；;:：\d]|[\d.]+(?:台|台件|块|只|支|把)){{0,24}}?(?:{_UNVERIFIED})",
            needs=_INSTRUMENT_WORDS),
    # (places found using them: 有5家在用的电子秤未经检定)
    WorkRow("instruments_unverified", r"家|个|户",
            after=rf"{_GAP}{{0,4}}?(?:使用|在用)(?:了)?{_GAP}{{0,4}}?(?:{_UNVERIFIED})",
            needs=_INSTRUMENT_WORDS),
    WorkRow("instruments_unverified", r"台|台件|块|只|支|把",
            before=rf"(?:{_UNVERIFIED})的?[^，,。；;:：\d]{{0,12}}?(?:共|计|达到?)*$",
            needs=_INSTRUMENT_WORDS),
    # 全市有效注册商标9120件; 农产品注册商标1.3万件; 商标有效注册量达到2.1万件; 全省注册
    # 水产品商标700件 (not applications, 申请注册商标: the lookbehinds).
    WorkRow("trademarks_registered", r"件|万件|个",
            before=rf"(?:{_TRADEMARK})(?:累计|总量|总数|数量?|已经?|目前|现)*"
                   r"(?:共|计|达到?|为|有|超过|突破)*$"),
    WorkRow("trademarks_registered", r"件|万件|个",
            before=r"(?:拥有|共有|现有|有效)(?:了)?$", after=r"(?:有效)?注册商标"),
    # 全年督促企业召回缺陷产品45次; 共召回问题汽车3.6万辆; 实施召回12批次.
    WorkRow("products_recalled", RECALL_UNITS,
            before=r"(?<!未)召回(?!率|管理|制度|机制|办法|规定|条例|中心|平台)"
                   r"[^，,。；;:：\d]{0,16}?(?:共|计|达到?|约)*$",
            unless=r"未召回|拒不召回|召回率"),
    # (the things counted, then the verb: 12辆问题汽车已被召回; not denied: 另有5辆至今未召回,
    # 3批产品拒不召回)
    WorkRow("products_recalled", RECALL_UNITS,
            after=r"(?:(?!(?:未|不|没有)(?:被|予以?|进行|实施)?召回)[^，,。；;:：\d]){0,12}?"
                  r"(?:被|已|予以|进行|实施|主动)*召回(?!率|管理|制度)"),
    # 全县特种设备使用单位210家; 辖区内电梯维保单位60余家; 全省共有某类产品生产企业900家.
    # (not the object of a check told after it: 对辖区内锅炉使用单位12家开展检查)
    WorkRow("firms_supervised", _SUPERVISED_UNITS,
            before=rf"(?<!对)(?:{_STOCK_OPENS}){_NOT_CHECKED}{{0,16}}?(?:{_UNIT_KIND})"
                   r"(?:数量|总数)?(?:已经?|目前|现)?(?:共|有|达到?|为|约|超过|计)*$"),
    # 全市现有280家叉车使用单位.
    WorkRow("firms_supervised", _SUPERVISED_UNITS,
            before=r"(?:全(?:国|省|市|县|区|州)|辖区内?|本(?:省|市|县|区)|我(?:省|市|县|区))"
                   r"(?:目前|现|共)*有(?:各类)?$",
            after=rf"{_NOT_CHECKED}{{0,12}}?(?:{_UNIT_KIND})(?=\s*(?:[，,。；;、]|和|及|$))"),
    # 检查中发现问题40个; 共排查出各类问题18条 (of no equipment: those are its hazards); the
    # problems named one by one before their count (发现部分门店存在台账缺失、标签不全等问题9个).
    WorkRow("problems_found", _PROBLEM_UNITS,
            before=rf"(?:{_FOUND})(?:了|出)?{_GAP}{{0,8}}?(?:{_PROBLEM})(?:共|计|达到?|约)*$",
            unless=_EQUIPMENT),
    WorkRow("problems_found", _PROBLEM_UNITS,
            before=rf"(?:{_FOUND})(?:了|出)?[^。；;:：\d]{{0,16}}?(?:存在|有)[^。；;:：\d]{{1,40}}?"
                   rf"等(?:方面|多种|各类|各种|多个)?的?(?:{_PROBLEM})(?:共|计|达到?|约)*$",
            unless=_EQUIPMENT),
    WorkRow("problems_found", _PROBLEM_UNITS,
            before=rf"(?:{_FOUND})(?:了|出)?(?:共|计|达到?|约)*$",
            after=rf"(?:{_PROBLEM})", unless=_EQUIPMENT),
    # 整改问题35个; 已督促整改各类问题22项; 发现的问题中已有30个完成整改.
    WorkRow("problems_rectified", _PROBLEM_UNITS,
            before=rf"(?:{_PUT_RIGHT})(?:了|完成)?{_GAP}{{0,8}}?(?:{_PROBLEM})(?:共|计|达到?|约)*$",
            unless=_EQUIPMENT),
    WorkRow("problems_rectified", _PROBLEM_UNITS,
            after=rf"(?:{_PROBLEM}){_GAP}{{0,6}}?(?:已经?|均已?|全部|得到了?)+(?:{_PUT_RIGHT})",
            unless=_EQUIPMENT),
    # 为小微企业减免检验检测费用320万元; 减免委托检测服务费用1.2亿元; 免费检验…样品600批次，减免费用
    # 45万元 (not a verification's fee: metrology's fees_waived).
    WorkRow("testing_fees_waived", _MONEY,
            before=rf"(?:{_WAIVED})了?{_GAP}{{0,12}}?(?:检验|检测)(?:业务|服务)?费用?"
                   r"(?:共|计|达到?|约|合计|累计)*$",
            unless=_METROLOGY_FEE),
    WorkRow("testing_fees_waived", _MONEY,
            before=rf"(?:{_WAIVED})了?(?:各类|相关|各项)?费用(?:共|计|达到?|约|合计|累计)*$",
            needs=r"免费(?:检验|检测)|检验检测|委托检测", unless=_METROLOGY_FEE),
    # 举办计量培训班12期; 共组织各类培训38场次 (sessions); 开展免费技术培训1.6万次; a class
    # that coaches applicants, 举办商标申报辅导班4期.
    WorkRow("training_sessions", _SESSION_UNITS,
            before=rf"(?:{_HELD})了?{_HELD_GAP}{{0,16}}?(?:(?:{_TRAINING})(?:班|会|课|讲座)?|辅导班|辅导会)"
                   r"(?:共|计|达到?|约|合计|累计)*$",
            unless=_NO_TRAINING),
    # (the count first, then the class: 举办了5期电梯安全管理员培训班)
    WorkRow("training_sessions", _SESSION_UNITS,
            before=rf"(?:{_HELD})了?(?:共|计|各类)*$",
            after=rf"{_GAP}{{0,16}}?(?:(?:{_TRAINING})(?:班|会|课|讲座)|辅导班|辅导会)", unless=_NO_TRAINING),
    # 培训特种设备作业人员2300人次; 培训企业质量管理人员460名; 共培训1800个作业人员;
    # 参加培训的人员达900人.
    WorkRow("people_trained", r"人次|人|名|万人次|万人",
            before=rf"(?:{_TRAINING})了?(?:{_GAP}{{0,12}}?(?:{_TRAINEES}))?(?:共|计|达到?|约|近|合计|累计)*$",
            unless=_NO_TRAINING),
    # (参加/接受 needs the training named: 参加会议的人员 are no trainees; 参训/受训 name it)
    WorkRow("people_trained", r"人次|人|名|万人次|万人",
            before=rf"(?:(?:参加|接受){_GAP}{{0,6}}?(?:{_TRAINING})|(?:参训|受训){_GAP}{{0,6}}?)"
                   rf"的?(?:{_TRAINEES}|人数|人次)(?:共|计|达到?|约|超过)*$",
            unless=_NO_TRAINING),
    WorkRow("people_trained", r"人次|人|名|万人次|万人|个",
            before=rf"(?:{_TRAINING})了?(?:共|计|约)*$",
            after=rf"{_GAP}{{0,10}}?(?:{_TRAINEES})", unless=_NO_TRAINING),
    # (not staff sent to someone else's class: 选派20名干部参加上级举办的培训)
    WorkRow("people_trained", r"人次|人|名|万人次|万人",
            after=rf"{_GAP}{{0,12}}?(?:参加|接受)了?{_GAP}{{0,10}}?(?:{_TRAINING})",
            unless=rf"{_NO_TRAINING}|{_SENT_TO_CLASS}"),
)
