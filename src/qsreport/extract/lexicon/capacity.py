"""Inspection capacity: the inspection and testing bodies a report counts, and what they hold
or are being built with — investment, land and floor area, staff, instruments, the products
and parameters they can test (read by :mod:`..capacity` through :mod:`..tallies`)."""

from __future__ import annotations

from ..tally_words import PER_UNIT_OR_SHARE, Metric, TallyWords

# One character of a body's name between its level and 中心 (国家电线电缆质量监督检验中心):
# no verb, particle or other level, so that 全省已建成国家级质检中心 is no provincial centre;
# 及 joining two products of its name (国家茶叶及制品质量检验中心), not two levels (国家及省级).
_ANY = r"(?:[^\s，,；;。！？!?、\d“”已建成设有了的在和及与国省市县级]|及(?![其国省市县区]))"
# The kinds of body, most specific first (国家…质检中心 before a centre of no level).
BODIES: tuple[tuple[str, str], ...] = (
    # A base of centres first: 国家质检中心基地 is the base, not one of its centres.
    (r"(?:国家)?(?:质检|检验|检测|检验检测)(?:中心)?(?:基地|园区|产业园)|(?<=[该本“])(?:基地|园区)",
     "base"),
    # (国家级产业计量测试中心: a national centre of metrology for one industry)
    (rf"国家级(?:城市|产业)?(?:质检|检验|检测|检验检测|质量监督检验|能源计量|计量测试)中心|"
     # (国家级 and the products it tests before its name: 国家级灯具产品质量检验中心)
     rf"国家级?{_ANY}{{0,14}}?(?:质检|检验|检测|质量监督检验|计量测试)中心|"
     # (国家某某监管重点实验室: a national key laboratory with its sponsor between)
     rf"国家(?:级)?(?:重点)?实验室|国家[^\s，,；;。！？!?、\d“”的和及与]{{0,8}}?重点实验室", "national_centre"),
    (rf"省级(?:产业)?(?:质检|检验|检测|检验检测|质量监督检验|计量测试)中心|(?<![全本该])省级?{_ANY}{{0,14}}?(?:质检|检验|检测|质量监督检验)中心",
     "provincial_centre"),
    # …中心, and the centre a report is about, named by 该 or in quotes (该中心占地200亩).
    # (技术创新中心: a regulator's centre of technical innovation, counted with its laboratories)
    (r"(?:质检|检验|检测|检验检测|质量监督检验|计量检测|计量测试|技术创新)中心|(?<=[该本“])中心",
     "centre"),
    (r"实验室|检验室|检测室|检测楼|实验楼|检验楼|检测大楼|检验检测大楼|业务用房", "laboratory"),
    (r"检验检测(?:服务)?机构|检测(?:服务)?机构|检验(?:服务)?机构|质检所|检验所|检测所|质检院|检验院|研究院|研究所|"
     r"计量所|计量院|计量测试所|特检所|特检院|检测站|"
     # (质检站, 产品质量监督检验站; a bureau's metrology bodies, 法定计量技术机构, 计量检定机构;
     # 该站, the station a report is about)
     # (计量监督站, 计量检定站: a metrology body's stations)
     r"(?:产品质量)?(?:监督)?(?:质检|检验)站|计量(?:监督|检定|测试)?站|(?:法定)?计量(?:技术|检定)?机构|"
     r"综合技术机构|(?<=[该本])站",
     "institution"),
)

_AREA_UNITS = r"平方米|平米|㎡|m2|平方公里|亩|公顷"
# A floor is measured in square metres; 亩, 公顷 and 平方公里 measure land, so a 面积 in them is
# a field's, an orchard's or a zone's (面积达8.5万亩), never a building's.
_FLOOR_UNITS = r"平方米|平米|㎡|m2"
_MONEY = r"元|万元|亿元"
# (…的总投资, 计划投资, 投入资金: money put into a body)
# (斥资, 耗资: money spent on it, 斥资1200万元新建纤维实验室)
_INVESTED = r"(?:总)?投资(?:总额|额|规模)?|投入(?:建设)?(?:资金)?|建设资金|建设经费|总造价|造价|斥资|耗资"
# Money put up for a body, its purpose told after the sum (筹集250万元用于检验所搬迁, 650万元
# 经费投入到检测仪器更新, 120万元已拨付到实验室账户): invested in the body; not a sum
# whose purpose is other work (拿出200万元奖励…, 安排50万元用于标准化项目).
_FOR_BODY = (r"(?:的)?(?:财政)?(?:专项)?(?:资金|经费)?[^，,；;。!?\d]{0,6}?(?:用于|投入到?|拨付到?)"
             r"[^，,；;。!?\d]{0,12}?(?:中心|实验室|基地|质检|检验|检测|仪器|设备)")
# The body a sum is spent on, named after the sum in its clause (斥资1200万元新建纤维检验实验室,
# 投资200万元新建实验室): the sum is that body's, whichever body spent it.
INVESTED_IN = (r"[^，,；;。！？!?\d]{0,6}?(?:打造|建设|新建|建成|兴建|筹建|用于)[^，,；;。！？!?\d]{0,12}?"
               r"(?=(?:" + "|".join(p for p, _ in BODIES) + "))")
# A sum named after it as money for building (落实500万元建设经费, 1200万元项目资金).
_BUILD_MONEY_AFTER = r"的?(?:建设|项目|基建)(?:资金|经费)"
# A grant for the bodies' technical upgrades and instruments, in its sentence before the sum
# (6个技改项目列入计划，争取到补贴经费90万元): put into their instruments.
_UPGRADE_GRANT = (r"(?:技改|技装|装备建设|仪器购置|设备购置)[^。；;!?]{0,24}?(?:补助|补贴|专项)?(?:资金|经费)"
                  r"[^，,；;。!?\d]{0,4}$")
# A project a sum is for, named by what it is and no testing body (某某信息服务平台项目,
# 技改项目): the money is of no one body, ``any`` (see :func:`..capacity.extract_capacity`).
PROJECT_OF_NO_BODY = r"(?:平台|技改|技装|装备建设)[^，,；;。！？!?\d]{0,6}?项目"
# …and money its building received (检测基地建设先后获得省局90万元资金支持).
_BUILD_SUPPORTED = (r"(?:中心|实验室|基地|大楼)的?建设[^，,；;。!?\d]{0,14}?(?:得到|获得)"
                    r"[^，,；;。!?\d]{0,10}$")
# (有, not a firm's name, 某某有限公司实验室等6家…机构; 设 alone: 设检验站8个, 设…等6个
# 检验室, not 设备 or 设计; 授权: bodies a bureau authorises,
# named before their count: 授权…计量检定机构105家, not 对授权的18个机构…进行了检查)
_HAS = (r"建成|建立|拥有|共有|现有|设有|有(?!限)|设立|组建|成立|挂牌|获批|批准|筹建|建设|入驻|进驻|引进|新建|"
        r"(?<![建开假增])设(?![备计施想])|授权(?=[^，,；;。\d]{0,12}?机构)|达到")

_BODY_NAMES = r"|".join(p for p, _ in BODIES)
# The bodies' own names listed right before their count (甲、乙2个国家级检验中心通过验收): the
# bodies counted, whatever is then said of them.
_NAMES_LISTED = r"[^，,；;。！？!?\d、]{1,14}(?:、[^，,；;。！？!?\d、]{1,14})+等?$"
_REVOKED = r"撤销|注销|吊销|取消|关停|清理"
# A linking word between a body's name and its count (检验机构共计120个, 计量所有职工40人).
_LINKED = r"(?:共计|共有|共|计|约|达到|达|为|有){0,2}"
# Bodies counted with their name right before the count, at the head of a clause or a list's
# item (after a list number too, 1.计量机构95个), no verb (其中计量机构95个，纤维检验机构18个):
# a stock. Not bodies a visit or a check
# covers (走访检验机构12家, 对…机构…进行检查: ``not_after``).
# 包括 right before a list's items, each its count and its name (包括6家…中心和14家…机构).
_INCLUDES = r"包括(?:[^，,；;。！？!?、和及与]{0,16}[、和及与])*\s*$"
_VISITED = r"检查|督查|考核|评审|巡查|走访|调研|约谈|培训|指导|帮扶|抽查|查处|参观|视察|审查|对"
# (what was done to them, 抽查…机构80家，其中包括…; 培训班的参训单位包括…; 能力验证的实验室
# 包括…; 涉案单位包括…: ``unless`` of a count after 包括)
_CHECKED = "|".join([*(word for word in _VISITED.split("|") if word != "对"),
                     "抽取", "参训", "参加", "能力验证", "比对", "涉案"])
# Before the name only its modifiers (全省, 省级, 现有, 法定) and a few words of its own (纤维,
# 特种设备): never a verb that does something to the bodies (组织…机构30家参加, 表彰了…机构12个,
# 撤销…机构5家: those counted by what was done, no stock).
_MODIFIER = r"全市|全省|全县|全区|全国|各类|各级|国家级|省级|市级|县级|区级|现有|法定|其中|：|:"
_ACTED = (r"组织|参加|参与|表彰|撤销|取消|注销|吊销|开展|进行|完成|获得|获|通过|评选|评为|表扬|嘉奖|授予|命名|认定|确定|"
          r"整合|合并|关停|清理|奖励|处罚|督促|动员|邀请|选定|委托|推荐|会上|了")
_HEAD = (rf"(?:^|[，,、：:；;]|(?<![\d.])\.|(?<![\d.])\d{{1,2}}\.(?!\d)|其中|包括)(?:{_MODIFIER})*"
         rf"(?:(?!{_VISITED}|{_ACTED})[^，,；;。!?\d、]){{0,8}}?")
_LISTED = rf"{_HEAD}(?:{_BODY_NAMES}){_LINKED}$"
# People a verb of other work counts (trained, sent out, gathered, examined, praised): no stock.
_STAFF_SENT = r"培训|派出|派员|出动|抽调|选派|组织|邀请|带领|动员|参加|参训|考核|表彰|奖励|慰问"
# A body's people: its staff words, or its name right before a count of people (检验机构
# 人员共5200人; 其中计量机构2100人; not people a verb before them trains or sends), its posts (定编25人), those holding a title (具有中级以上职称
# 12人) and its engineers and testers (工程师8人, 检验员15人).
_STAFF = (r"(?:技术人员|检验人员|检测人员|专业技术人员|工作人员|在编人员|员工|职工|定编|编制|职称|"
          r"工程师|检验员|检定员|检测员)[^，,；;。!?\d]{0,4}$|"
          rf"{_HEAD}(?:{_BODY_NAMES})的?(?:人员|职工|员工)?{_LINKED}$")

# A project's works done, in the first part of its sentence (已于9月底竣工, 已经建成).
_DONE = r"[^；;]*?(?:已于?|已经)[^，,；;。]{0,10}?(?:建成|竣工|完工|落成|投入使用|投用)"

CAPACITY = TallyWords(
    # A capacity figure's sentence often names only the project (该项目占地174亩): any sentence
    # that speaks of a body, a project or its building is read, in a report that names an
    # inspection body somewhere (see :func:`..capacity.extract_capacity`).
    trigger=r"质检|检验|检测|实验|计量测试|计量技术|计量检定|检定|校准|中心|基地|园区|项目|工程|一期|二期|大楼|占地|面积|"
            r"固定资产|技术机构|计量机构|计量所|计量院|计量(?:监督|检定|测试)?站",
    units=rf"{_AREA_UNITS}|{_MONEY}|名|人|台套|台件|台\(套\)|台|套|件|项|个|种|家|所|座",
    names=BODIES,
    metrics=(
        Metric("investment", _MONEY, before=rf"(?:{_INVESTED})[^，,；;。!?\d]{{0,6}}$",
               named=False),
        Metric("investment", _MONEY, before=_BUILD_SUPPORTED, after=_FOR_BODY, named=False),
        Metric("investment", _MONEY, after=_BUILD_MONEY_AFTER, named=False),
        Metric("investment", _MONEY, before=_UPGRADE_GRANT, named=False),
        Metric("equipment_value", _MONEY,
               before=r"(?:(?:仪器|设备)[^，,；;。!?\d]{0,4}(?:总值|原值|价值|资产)|固定资产)[^，,；;。!?\d]{0,4}$",
               named=False),
        Metric("land_area", _AREA_UNITS, before=r"(?:占地|用地)(?:面积)?[^，,；;。!?\d]{0,4}$",
               named=False),
        # (not a crop's or a farm's area: 果园面积3万亩, 种植面积, 耕地面积)
        Metric("floor_area", _FLOOR_UNITS,
               unless=r"(?:种植|播种|耕地|园|林地|养殖|水域|绿化)面积[^，,；;。!?\d]{0,4}$",
               before=r"(?:(?<!占地)(?<!用地)(?:建筑|实验|检测|用房)?面积|规模|(?:建设|新建|建成)"
                      r"(?:实验室|实验楼|检测楼|检验楼|大楼|用房))[^，,；;。!?\d]{0,4}$",
               named=False),
        # (not people a verb of other work counts before them, 培训检验人员120名, 派出技术
        # 人员25名: supervision's work, no body's staff)
        Metric("staff", r"名|人", before=_STAFF, named=False,
               unless=rf"(?:{_STAFF_SENT})[^，,；;。!?\d]{{0,10}}$"),
        # (instruments named after their count, held: 现有28台进口纤维强力测试仪, 有90台检测设备在
        # 运行; of no one body, ``any``, as the rounds' keys hold them, the bodies often many)
        Metric("instruments", r"台套|台件|台\(套\)|台|套|件", before=r"(?:拥有|现有|配有|有)(?:各类|各种)?$",
               object=r"[^，,；;。！？!?\d、]{0,14}?(?:测试仪|测定仪|检测仪|分析仪|仪器设备|仪器|检测设备|检验设备|仪器化设备)",
               named=False, kinds=False),
        Metric("instruments", r"台套|台件|台\(套\)|台|套|件",
               # (配备全自动测试仪12台: instruments fitted, named after the verb)
               before=r"(?:仪器设备|检测设备|检验设备|仪器|实验设备)[^，,；;。!?\d]{0,4}$|"
                      r"(?:配置|配备|购置|添置)[^，,；;。!?\d]{0,14}?(?:仪|设备|装置|仪器)"
                      r"(?:\([A-Za-z]{1,8}\))?[^，,；;。!?\d]{0,4}$",
               named=False),
        Metric("parameters", r"项|个",
               # (所能开展检定的项目有120项: the items it can verify)
               # (新增检验检测能力300项: what it can test, in items; not 能力验证, proficiency tests)
               before=r"(?:(?:检测|检验|检定|校准)的?(?:参数|项目)|参数|(?:检测|检验|检定|校准)能力(?!验证))"
                      r"[^，,；;。、!?\d]{0,4}$",
               after=r"\s*(?:检测|检验)?参数", named=False),  # 26项参数的检验能力
        Metric("products", r"种|个|类|项",
               before=r"(?:(?:可|能|能够)(?:检|检测|检验|承检|开展)|检测能力覆盖|具备对)[^，,；;。!?\d]{0,8}$",
               named=False),
        # 建成国家级质检中心11个, 入驻6个省级检验中心: the body named next to its count.
        # (包括 right before the list: the bodies a list or a programme is made of, 名单包括6家
        # 区域性检测中心和14家一般性检验机构; not those a check covered, 抽查检验机构80家，其中包括
        # 9家国家质检中心, nor a list of other things, 包括…等20个国家的30个实验室认可组织)
        # (the body's name may carry a long modifier of what it tests: 16个茶叶农残快速检验实验室)
        Metric("bodies", r"个|家|所|座", before=rf"{_HAS}|{_LISTED}|{_INCLUDES}|{_NAMES_LISTED}",
               object=rf"(?:[^，,；;。！？!?\d、“”]{{0,8}}?)(?:{_BODY_NAMES})",
               # (nor bodies whose status a verb of their clause takes away, 撤销…等6家检验
               # 检测机构的资质: certification's revoked, no stock)
               unless=rf"(?:{_CHECKED})[^。；;！？]*?{_INCLUDES}|{_REVOKED}[^，,；;。！？!?]*$"),
    ),
    # Work a body does, which is no capacity of its own: checks, cases, samples tested.
    # (not a body's name: 计量检定机构, 计量检定站)
    block=r"抽查|抽检|查处|处罚|罚款|批次|样品|立案|检定(?!机构|站)|校准(?!机构)|整改",
    # Firms and products are not bodies (企业实验室 is the firm's).
    foreign=r"企业|公司|厂家|工厂",
    # (对照12个参数检验: parameters a test follows, not those a body holds)
    not_before=rf"平均|(?:每|第|居|排名|位列|对照|按照|依照|依据)[^，,；;。!?\d]{{0,4}}$|{PER_UNIT_OR_SHARE}",
    # 检验人员84人次: a count of turns; 对授权的18个计量技术机构…进行考核: bodies a check covers
    # (the people a body serves, counted right after the figure: 为60名群众提供咨询; a body's
    # departments, 共有12个科室: no bodies)
    not_after=r"\s*(?:次|/年|/月|以上的|以下的|左右的)|"
              r"[^，,；;。\d]{0,2}?(?:群众|市民|消费者|居民|学生|农户|村民|游客|患者|科室|处室|部门|岗位|窗口)|"
              r"[^，,；;。]{0,30}?(?:进行|开展)了?[^，,；;。]{0,4}?(?:考核|评审|检查|督查|抽查)|"
              # (bodies a check found at fault, 3家机构涉嫌违法出具报告: no stock)
              r"[^，,；;。]{0,30}?(?:存在|发现|涉嫌)[^，,；;。]{0,10}?(?:问题|违规|违法|不合格|不符合)|"
              # (bodies only the owners of what was set up: 建立了30家检验机构的诚信档案)
              r"[^，,；;。\d]{0,14}?的[^，,；;。\d]{0,8}?(?:档案|台账|名录|数据库|信息库)",
    keyword_in_clause=True,
    # A body's future, told in one sentence (未来将建成…，拥有检验中心10个): targets. So is
    # every figure of a project the sentence's first part says will start, be finished or open
    # (将于明年动工, 预计2015年竣工, 计划年底投入使用), and money it says a project will take
    # (总投资将达) — unless the part says the works are done (已于4月底竣工，预计明年投入使用).
    goal_sentence=rf"(?:未来|今后|届时|建成后)[^。；;]{{0,6}}?将|^(?!{_DONE})[^；;]*?(?:"
                  r"(?:将于?|预计于?|计划于?)[^。；;，,]{0,12}?(?:开工|动工|建成|投入使用|投用|竣工|完工|封顶)|"
                  r"(?:投资|投入)(?:总额|规模)?(?:预计|将))",
    # ... but not a figure its clause tells as held now (现有人员50名、仪器300台套，二期工程将于
    # 明年开工; 已开展参数900项，…计划于年底竣工): the body's stock
    goal_unless=r"现有|已|目前",
)
