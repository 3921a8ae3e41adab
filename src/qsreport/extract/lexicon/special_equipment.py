"""Special equipment: the kinds of equipment a report counts, what was done to them, their
users, and the hazards found (read by :mod:`..special_equipment` through :mod:`..tallies`); the
words of accidents' tolls and of rates, and their metrics' rows, are in
:mod:`.special_equipment_tolls`."""

from __future__ import annotations

from ..tally_words import PER_UNIT_OR_SHARE, Carried, Metric, TallyWords
from .audit_bodies import AUDIT_BODY
from .special_equipment_tolls import (
    COMPARED,
    OTHER_TOLLS,
    PER_UNITS,
    POINTS,
    TOLL,
    TOLL_METRICS,
)
from .special_equipment_trades import (
    CYLINDER_UNITS,
    CYLINDERS,
    GAS_TRADE,
    GAS_USERS,
    OTHER_GOODS,
    OTHER_TRADE,
)

# Not right after 不含 (不包括, 不包含) and up to six words of its own clause.
_LEFT_OUT = "".join(rf"(?<!{verb}[^，,；;。()（）]{{{gap}}})"
                    for verb in ("不含", "不包括", "不包含") for gap in range(7))

EQUIPMENT: tuple[tuple[str, str], ...] = (
    # (not a boiler's gauge or valve: 30台在用锅炉压力表 counts gauges, ``foreign``)
    (r"锅炉(?!压力表|安全阀|安全附件)", "boiler"),
    (r"压力容器|(?<![\w])容器(?=\d|[、，,])|(?<=、)容器", "pressure_vessel"),
    # (not cylinders left out of a count: 特种设备900台(不含气瓶) counts every other kind; nor
    # with a few words between, 不含液化气瓶, 不包括各类钢瓶: a lookbehind for each length)
    (rf"{_LEFT_OUT}(?:{CYLINDERS})|{GAS_TRADE}", "gas_cylinder"),
    # (管道 alone right before its count, in a list of kinds: 管道45公里; not a water main)
    # (nor pipelines left out of a count: 特种设备9万台(不含压力管道))
    # (a gas grid's operators, 燃气管网运营单位, are the pipelines' users)
    (rf"{_LEFT_OUT}(?:压力管道|工业管道|燃气管道|长输管道|(?<![水气油])管道(?=\s*(?:[\d.]|$))|"
     r"(?:燃气|天然气)管网)",
     "pressure_pipeline"),
    # (a builder's hoist, 施工升降机, is lifting machinery; a lift of any other name is a lift)
    (r"施工升降机|建筑升降机", "lifting_machinery"),
    # (客梯, 货梯: passenger and goods lifts; 升降梯, 升降设备, 自动楼梯, 自动走道: lifts,
    # escalators and moving walks as Taiwan's reports name them)
    (r"电梯|自动扶梯|扶梯|自动人行道|升降机|客梯|货梯|升降梯|升降设备|自动楼梯|自动走道", "lift"),
    (r"起重机械|起重机|塔吊|塔机|门式起重机|桥式起重机|(?:机械式)?停车设备", "lifting_machinery"),
    (r"客运索道|索道|缆车", "ropeway"),
    # (an amusement park counted as a user, 大型游乐场2家, runs rides; not 游乐场所, any venue)
    (r"游乐设施|游乐设备|游乐场(?!所)", "amusement_ride"),
    # (专用 or 机动 may stand alone: 厂场内专用车辆)
    (r"(?:[场厂]\([厂场]\)|厂场|场厂|厂|场)内(?:专用(?:机动)?|机动)车辆?|观光车|叉车",
     "in_plant_vehicle"),
    # Every kind at once, or none named (设备 alone, but not a lab's: 检测设备); and the rest
    # of a list of kinds, of none (…游乐设施事故1起，还有其他相关事故56起).
    (r"特种设备|承压设备|(?<!检测|检验|仪器|试验|生产|加工|计量)设备|其[他它](?:相关|有关|各类)?(?=事故)",
     "any"),
)
# Dismantled or phased out (拆除, 勒令拆除, 淘汰, 淘汰改造), not a plan or a task of it (要淘汰,
# 淘汰任务), nor an outdated kind's name (淘汰型号, 淘汰类), nor a sign telling users not to take
# parts off (请勿拆除).
_DISMANTLED = r"(?<!要)(?<!需)(?<!应)(?<!计划)(?<!请勿)(?<!不得)(?<!禁止)(?:拆除|淘汰)(?!任务|目标|计划|指标|类|型)(?:改造)?"
# Sealed, stopped, condemned, destroyed or taken away by the bureau (查扣, 扣押, 扣留: taken as
# goods are, the equipment out of use all the same), or dismantled for good.
_SEALED = (r"查封|封停|封存|停用|停止使用|停止运行|停运|(?<!需)(?<!需要)(?<!应)(?<!待)报废(?!率)|判废|销毁|取缔|捣毁|"
           rf"没收|收缴|查扣|(?<!未)扣押|(?<!未)扣留|{_DISMANTLED}")
# Who uses or keeps the equipment: the units a check covers.
# (单位 alone: 76家单位的80台锅炉, 使用锅炉单位30家; 小区 are where lifts stand, not users counted)
USERS = (r"使用单位|使用场所|生产单位|生产使用单位|维保单位|维修单位|维护保养单位|维修保养单位|充装站|"
         r"充装单位|液化气站|加气站|浴池|宾馆|酒店|商场|超市|中小学|幼儿园|学校|医院|单位|旅游景区|乐园|"
         # (gas bottlers, ski slopes with their lifts, haulers and garages with their forklifts)
         r"充装场|滑雪场|物流公司|物流企业|(?:汽车)?维修厂|汽修厂|"
         # (the users and operators a kind names before them: 燃气锅炉用户, 游乐设施运营单位)
         r"(?<=锅炉|电梯|气瓶|设施|设备|索道|叉车|容器)(?:用户|运营单位|运营企业|营运单位)|"
         rf"{GAS_USERS}|"
         r"游乐场所?|娱乐场所|(?<!生产)(?<!制造)(?<!加工)(?<!食品)(?<!经营)企业(?!特种设备)")
# A boiler's gauges and valves, its safety accessories, counted on their own are no equipment
# (检查锅炉9台，压力表14台: the gauges are metrology's, the valves no area's).
GAUGES = r"压力表|安全阀"
_HAZARD = r"隐患|问题"
# Hazards are counted as such: 隐患12处, 2起.
HAZARD_UNITS = r"处|项|个|条|起"
_UNITS = r"台件|台\(件\)|台/件|台\(次\)|台\(套\)|台\(部\)|台\(只\)|台套|台次|台|部|条|只|辆|套|座|公里|千米|米"  # (米: of pipeline)
# (not a centre's name, 检验机构; nor a campaign's, 安全大检查; nor an inspection's period,
# 检验有效期, 检验周期, which tells when one is due)
# (排查出, 检查出: what a check found, not what it covered; 清查, a sweep, covers what it counts)
_INSPECTED = (rf"清查|(?<!未)查验(?!合格|不合格|机构|中心)|(?<!未)(?<!报)检验(?!机构|中心|所|院|报告|(?:有效)?(?:周期|期限|有效期))|检测(?!机构|中心|所|院)|(?<!大)检查(?!出)|排查(?!出)|抽查(?!出)|抽检|巡查|定检|安全评估|督查|核查|查核(?!结果|时间)|稽查(?!{AUDIT_BODY})|抽验|(?<!安全)监察(?!人员|机构|指令|员|工作)|"
              r"(?:定性|能效)?测试(?!报告)")
# Overdue, uninspected, unregistered or illegal use (``overdue``): 超期未检, 逾期未检验, 未按期检验,
# 未经检验(合格)(擅自)投入使用, 未办理使用登记, 违法使用, “三无”.
_OVERDUE = (r"(?:超期|逾期|过期)未(?:经)?(?:检验|定检|检测|检)|未(?:按期|按时|按规定)(?:进行)?(?:定期)?(?:检验|定检)|"
            r"未经(?:监督)?检验(?:合格)?(?:擅自)?(?:投入)?使用|未(?:办理)?(?:使用)?(?:注册)?登记(?:擅自)?(?:投入)?使用|"
            r"(?:违法|违规|非法)使用|"
            # (past the inspection's period: 超过检验周期使用, 超出检验有效期; not one about to
            # pass or not past it, 即将超过检验有效期, 未超出检验周期)
            r"(?<!即将)(?<!将要)(?<!临近)(?<!接近)(?<!快要)(?<!未)(?<!不)(?<!没有)(?<!将)"
            r"超(?:过|出)(?:定期)?检验(?:有效)?(?:周期|期限|有效期|日期)|"
            # (unregistered, named before the kind: 未注册登记的叉车; “三无”: unregistered,
            # uninspected, run by no certified operator)
            r"未(?:办理)?(?:使用)?(?:注册)?登记(?!证)|“三无”|三无(?=叉车|锅炉|电梯|设备|车辆|气瓶)")
# What a verb after its object needs not to be denied (6台扶梯半年来没有进行检验).
_NOT_DENIED = r"(?:(?!没有|未|不)[^，,；;。])"

# A check of the equipment named (专项检查, 隐患排查, 安全大检查), the summary a sentence after it
# opens on (本次行动…, 截至目前); other trades' goods (:mod:`.special_equipment_trades`) make it
# no summary of it.
_CHECK = r"检查|排查|巡查|督查|抽查|整治|专项行动"
# (not a sentence opening on 共 alone: 开展…专项整治。共检查充装站12家，… counts no users)
# (a day as the summary's time, 截至9月30日, 截止到10月底; the check's time since it began,
# 专项检查开展以来, 行动启动以来)
_SUMS_UP = (r"\s*(?:截至目前|截止目前|截至发稿时|本次|此次|这次|行动中|检查中|期间|其间|"
            r"截(?:至|止)(?:到)?(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末|中旬|上旬|下旬)?|"
            r"(?:专项)?(?:检查|行动|整治)(?:工作)?(?:开展|启动)以来)")
# The check itself named right before a count, no users named (本次检查共8家): the places it
# covered, users of the equipment a sentence before names.
_THIS_CHECK = r"(?:本次|此次|这次)(?:专项)?检查"
# Firms a check counts, 检查 right before them (检查企业120家): supervision's firms inspected, as
# the rounds' keys hold them, not the equipment's users (a spot check's firms in a sentence after
# the check of one kind, 抽查企业15家次, stay its users).
_FIRMS_CHECKED = r"检查了?企业$"

# Operators' certificates held or issued (在岗作业人员持证数为4.6万本, 新发作业人员证8600本,
# 核发特种设备作业人员证书2100张): of no kind of equipment.
_CERTIFICATES = r"本|张|个|名|人"
_OPERATOR_CERTIFICATES = (
    r"作业人员[^，,；;。\d]{0,6}?(?:持证|证书?|取证|发证|换证)[^，,；;。\d]{0,6}?$|"
    r"(?:发放|核发|颁发|办理|新发|换发|考核发放)[^，,；;。\d]{0,10}?作业人员(?:资格)?证书?"
    r"[^，,；;。\d]{0,4}?$")

SPECIAL_EQUIPMENT = TallyWords(
    # (every kind's name: 扶梯, 升降机, 叉车, 塔吊 as well as 电梯 and 起重机; 设备 alone is too wide)
    # (万台事故率, 万台死亡率: only special equipment is counted per 10,000 units)
    trigger="|".join([r"特种设备|承压设备|万台(?:设备)?(?:事故|死亡)率",
                      *(pattern for pattern, key in EQUIPMENT if key != "any")]),
    # (辆次, 车次: trips of officers' cars, read as units so that no metric counts them)
    # (% only for a toll's change from a year before: its metrics' rows alone take it)
    # (起/万台, 人/万台: a toll per 10,000 units; 元: the money an accident cost)
    units=rf"{PER_UNITS}|{POINTS}|辆次|车次|{_UNITS}|家次|家\(次\)|个次|户次|家|个|户|处|项|所|起|{_CERTIFICATES}|{CYLINDER_UNITS}|元|%",
    names=EQUIPMENT,
    metrics=(
        Metric("operator_certificates", _CERTIFICATES, before=_OPERATOR_CERTIFICATES,
               kinds=False),
        # (没收不合格、报废气瓶4000只: goods seized, not failed)
        # (also what a check found at fault: 抽查了80台，存在问题的电梯9台; not what a maker
        # reported of its own, 上报存在问题的…, which no check has confirmed)
        Metric("failed", _UNITS,
               before=r"(?<!没收)(?<!销毁)(?<!查封)(?<!封存)(?<!收缴)不合格(?:的)?[^，,；;。!?\d]{0,8}$|"
                      r"(?<!上报)(?<!报告)(?<!反映)存在(?:安全)?问题(?:的)?[^，,；;。!?\d]{0,8}$",
               # (judged failing after them, past a comma too: 3台锅炉被检验机构判为不合格; 这两部
               # 扶梯去年送检，结果被评定为不合格; not when the verdict names a part of them,
               # 不合格的有…, 其中少数判为不合格: the whole count is what was sent, not what failed)
               after=r"(?:(?!其中|部分|少数|个别)[^；;。!?\d]){0,16}?"
                     r"(?:判定为?|判为|被判定为?|评定为)不合格(?!的)|"
                     # (a verdict right after the count and the equipment's name, in the
                     # count's own clause: 其中5部不合格, 发现有9部电梯不合规定)
                     r"[^，,；;。!?\d]{0,6}?(?:不合格(?![率的证])|不合规定|不符合?[^，,；;。!?\d]{0,8}?规定)|"
                     # (a part of them named first, a list's 、 allowed: 共6部扶梯的护栏、挡板都
                     # 未能符合规定; not what a check found in them, 发现…)
                     r"(?:(?!其中|发现|查出)[^，,；;。!?\d]){0,24}?(?:都|均|全部)?(?:未能?|不)符合"
                     r"[^，,；;。!?\d]{0,8}?规定|"
                     # (the verdict in the next clause, opening on 有 or 均有: 共7部电梯，有安全
                     # 装置不合规定的情况; not a check's own finding, 检查…，发现…不合格)
                     r"[^，,；;。!?\d]{0,8}?[，,]\s*(?:均|都|全部|皆)?(?:有|存在)"
                     r"(?:(?!发现|查出|检查|其中)[^，,；;。!?\d]){0,8}?"
                     r"(?:不合格(?![率的证])|不合规定|不符合?[^，,；;。!?\d]{0,8}?规定)"),
        # Sealed, stopped, condemned or destroyed (取缔土锅炉9台, 捣毁, 没收报废气瓶); the verb
        # may follow its object (将10台电梯依法进行封存, 把…的6台电梯查封, 责令…的4部电梯停运整改).
        # Dismantled or phased out (勒令拆除锅炉3台, 淘汰燃煤小锅炉40台, 12台已拆除): out of use
        # for good, sealed too; retrofitted or replaced alone (改造, 更新) is no metric's (``block``).
        Metric("sealed", _UNITS,
               before=_SEALED,
               # (监督拆除: dismantled while the bureau looks on, dismantled all the same)
               after=r"[^，,；;。]{0,20}?(?:进行|实施)了?(?:集中|强制|现场|监督)?(?:销毁|查封|封存|停运|停用|捣毁|报废|拆除|淘汰)|"
                     r"[^，,；;。、\d]{0,8}?(?:依法)?(?:查封|封存|停用|停运)|"
                     # (dismantled or phased out right after the count: 8台已经拆除, 已全部淘汰)
                     r"[^，,；;。、\d]{0,8}?(?:已经?|均已?|全部|都|已全部)(?:落实|完成|实施)?(?:拆除|淘汰)(?!任务|目标|计划)|"
                     # (the passive: 这3部电梯均被执法人员当场查封, 已被责令停止使用)
                     r"[^，,；;。、\d]{0,12}?被[^，,；;。\d]{0,10}?(?:查封|封存|停用|停运|停止使用|销毁)|"
                     # (past the comma that ends the count: 查出违规锅炉5台，均被责令停用)
                     r"\s*[，,]\s*(?:已经?|均|全部|都|并|随即|当即|当场){0,3}被[^，,；;。\d]{0,10}?"
                     r"(?:查封|封存|停用|停运|停止使用|销毁)"),
        # Cylinders sealed or taken, counted as cylinders are (封存超期钢瓶60个, 扣押液化气瓶8支).
        Metric("sealed", rf"{CYLINDER_UNITS}|个", before=_SEALED, object=CYLINDERS),
        # (not what a check found: 巡查时发现，某小区共有9部电梯逾期未检)
        Metric("registered", _UNITS,
               before=r"(?<!注销)(?<!注销使用)(?<!未)(?<!未注册)(?<!未办理)(?<!未办理使用)(?<!未使用)登记|"
                      r"(?<!注销)(?<!未)注册|共有|拥有|总量|总数|(?<!发)现有|已有|新增|新装|新安装|保有量|在册|办理|"
                      r"特种设备(?:总量|总数)?(?:已)?(?:达到|达)$|"
                      # (全省有观光车约90台: a region's stock; 在用… opening a sentence, the
                      # stock in use, its kinds after: 在用起重机械按用途分，桥式起重机1200台)
                      r"(?:全市|全省|全县|全区|全州|全盟|全国|本市|我市|我省)(?:目前)?有[^，,；;。\d]{0,10}$|"
                      r"(?<![^。\s])在用|"
                      # (a count of a kind written as its number: 全县游乐设施数量达到58台)
                      r"(?:设备|电梯|锅炉|容器|气瓶|起重机械?|管道|设施|索道|车辆|扶梯)(?:的)?(?:总)?数量"
                      r"(?:已|目前|现)?(?:达到|达|为|是|共|有)?$|"
                      # a region's equipment in use (全市在用电梯2130台), not where it is checked
                      r"(?:全市|全省|全县|全区|全州|全盟|全国|辖区内?)(?:共有|的)?在用[^，,；;。\d]{0,8}$"
                      # (put on file, a census's register: 建立了全县85台锅炉的技术档案)
                      r"|(?:建立|建)(?:了|起)?[^，,；;。\d]{0,6}$",
               # (…的380台特种设备信息录入监管系统: entered in the register; 320部电梯逐台
               # 建立了档案)
               after=r"[^，,；;。\d]{0,12}?(?:信息)?(?:录入|输入)(?:至|到|了)?[^，,；;。]{0,12}?(?:系统|平台|数据库)|"
                     # (对辖区的600台锅炉进行登记造册, 逐台登记建档: put on the register)
                     r"[^，,；;。\d]{0,12}?(?:进行了?|实施了?|逐台|全部|予以)(?:使用)?(?:登记|注册)"
                     r"(?:造册|建档|建账|在册)?(?!率)|"
                     r"[^，,；;。\d]{0,8}?(?:建立|建)(?:了|起)?[^，,；;。\d]{0,8}?(?:档案|台账)",
               unless=rf"发现[^；;。]{{0,12}}$|(?:{_INSPECTED})[^，,；;。]{{0,12}}$", yields=True),
        # (not the ones that passed, 查验合格1190台, 检验合格(含复检)80台: a part of those inspected)
        # (users' own checks count too: 使用单位自查电梯900台)
        Metric("inspected", _UNITS, before=rf"{_INSPECTED}|自查(?!出)",
               unless=r"(?<!不)合格(?:\([^()]{0,8}\))?(?:的)?[共计为有]?$",
               after=rf"{_NOT_DENIED}{{0,14}}?(?:的|进行了?|做了?|开展了?)(?:全面|专项|集中)?(?:定期|监督|安全|(?:安全)?隐患)?"
                     rf"(?:{_INSPECTED})|{_NOT_DENIED}{{0,10}}?安全评估|"
                     # (the check's while, its equipment named before it: 对…的40部扶梯查核时,
                     # 在对52台锅炉检验中)
                     rf"[^，,；;。\d]{{0,8}}?(?:{_INSPECTED})(?:时|中|过程中)"),
        Metric("inspected", CYLINDER_UNITS, before=_INSPECTED, object=CYLINDERS),
        # (a user of no kind told, 检查旅游景区9家, is a user of ``any``)
        # (not the units found at fault: 存在问题单位12家)
        # (nor units rated after a check, 共评定三星级单位20家: a result)
        # (户次: users counted by the visit, 检查锅炉使用单位25户次)
        Metric("users_inspected", r"家次|家\(次\)|个次|户次|家|个|户|所", before=_INSPECTED,
               # (nor the units ordered to put their hazards right: 责令整改…使用单位8家)
               unless=r"存在(?:安全)?问题(?:的)?[^，,；;。\d]{0,4}$|(?:评定|评为|评出|评选出)[^，,；;。\d]{0,8}$|"
                      rf"责令[^，,；;。\d]{{0,24}}$|{OTHER_TRADE}|{_FIRMS_CHECKED}",
               # (对9家宾馆开展锅炉使用安全专项执法: a check by enforcement)
               after=rf"[^，,；;。]{{0,16}}?(?:{_INSPECTED}|专项执法|执法检查)",
               object=rf"{USERS}|{_THIS_CHECK}", named=False),
        # (…发现问题30个，27个问题已得到纠正: put right, told after them)
        Metric("hazards_rectified", HAZARD_UNITS,
               before=r"整改|消除|排除|治理|落实", object=_HAZARD, named=False, kinds=False,
               after=r"[^，,；;。\d]{0,6}?(?:得到了?|已经?|均已?)(?:纠正|整改|消除|排除)"),
        Metric("hazards_found", HAZARD_UNITS,
               # (查处隐患23处: found and dealt with)
               before=r"发现|查出|查找|排查|检查出|查处", object=_HAZARD, named=False, kinds=False),
        # Hazards put right after the hazards found, their noun said once (发现隐患60处，已整改
        # 52处): the verb right before the count.
        Metric("hazards_rectified", HAZARD_UNITS,
               before=r"(?:已|并|均)?(?:督促|完成)?(?:整改|消除|排除)(?:了)?$", named=False, kinds=False),
        # Equipment whose hazards were removed: 消除锅炉安全隐患40台; told after the hazard
        # (其中隐患已整改的60台), or by the verb alone among equipment found with hazards
        # (存在隐患的锅炉中，已整改12台).
        Metric("hazards_rectified", _UNITS, before=r"(?:整改|消除|排除)了?[^，,；;。\d]{0,8}?隐患$|"
                                                  r"隐患(?:均|已经?|全部)*(?:整改|消除|排除)(?:完毕)?的?$|"
                                                  r"(?:已经?|均已)(?:督促)?(?:整改|消除|排除)(?:了|完毕)?$"),
        # Equipment found in use against the rules: overdue for its periodic inspection, put
        # into use uninspected or unregistered, used illegally (发现超期未检锅炉6台; 有9台电梯
        # 逾期未检验). A state found, not work done: never inspected, registered or failed;
        # a verb after the equipment says what was done to it.
        Metric("overdue", _UNITS,
               # (not past a list's join: 查封了3条超期未检的索道和1部…升降机, both sealed)
               before=rf"(?:{_OVERDUE})[^，,；;。!?\d、和及与]{{0,8}}$",
               after=rf"[^，,；;。\d]{{0,4}}?(?:{_OVERDUE})|"
                     # (its permit or certificate of use not valid: 有4部扶梯使用许可证已过期,
                     # 3台锅炉的使用登记证不合格)
                     r"[^，,；;。\d]{0,8}?(?:使用许可证|使用登记证|使用证|检验合格证|安全检验合格标志)"
                     r"(?:有|已经?|均已?)?(?:不合格|过期|失效|逾期|超期)",
               yields=True),  # 把逾期未检的3台起重机查封: what was done to them, after them
        *TOLL_METRICS,
        # Equipment its users reported out of service (报停): stopped by its users, not sealed by
        # the bureau; and the users that reported it, the count right after 报停 (报停12家31台).
        Metric("out_of_service", _UNITS,
               before=r"报停(?:了)?(?:\d+\s*(?:家|个|户)\s*)?[^，,；;。\d]{0,6}$"),
        Metric("users_out_of_service", r"家|个|户", before=r"报停(?:了)?[^，,；;。\d]{0,8}$",
               named=False),
        # Equipment found with hazards: 发现有17台存在…隐患 (giving way to a verdict told after
        # the count: 发现有9部不合规定 is failed).
        Metric("hazards_found", _UNITS, before=r"(?:发现|查出)(?:有|存在)$|"
                                              r"(?:发现|查出)(?:有|存在)?[^，,；;。\d]{0,6}隐患的[^，,；;。\d]{0,6}$",
               yields=True),
    ),
    # Other work, which counts no equipment inspected or registered.
    # (a register's deletions, 注销, and what a check learned, 检查中了解到…, are neither)
    # What a check found is no count of what it checked (检查发现该小区共有26台电梯…), and a
    # firm dealt with or a boiler destroyed is none either (查处使用单位86家, 捣毁土锅炉3台).
    block=r"培训|考核|发证|持证|宣传|发放|下达|处罚|罚款|立案|投诉|举报|制造|设计|安装|改造|修理|"
          # (equipment left unrepaired under watch, 待修期间采取了监护措施的12台: no metric's)
          r"生产许可|监护措施|发现|查出|查处|取缔|捣毁|没收|收缴|更新|更换|拆除|淘汰|注销|报停|了解到|获悉|"
          # (…被取缔，院内还有60只气瓶: a stock, not what was done; but 另外还有 goes on with
          # a register's list: 注册登记…，另外还有气瓶3万只)
          r"(?<!另外)还有|仍有|尚有|"
          # (a total's part left unchecked, …5400台，包括去年未检验的380台: no register's item)
          r"(?<!超期)(?<!逾期)(?<!过期)未检",
    # Instruments and goods are metrology's and supervision's (检定计量器具380台件).
    foreign=r"计量器具|计量标准|衡器|电子秤|加油机|定量包装|批次",
    # An average, a rank, a share, a capacity (可年检验…800台) are no tally.
    # Output and sales are no equipment (年产钢卷尺10亿只).
    # Work under way (正在整改检验12台) and a count per unit (从40家单位中各抽取1台) are none.
    # (a share or a count per unit, however long its words: PER_UNIT_OR_SHARE)
    not_before=r"(?:平均|每|第|居|排名|位列|能力|约占|占)[^，,；;。!?\d]{0,4}$|可年?(?:检测|检验)|"
               rf"{PER_UNIT_OR_SHARE}|"
               r"正在[^，,；;。!?\d]{0,6}$|各(?:随机)?(?:抽取|选取|抽查|抽检)$|"
               r"年产|产量|产能|销量",
    # (4家单位达到示范标准: a result of a check, not what it counted)
    # (达标 is a result: 33台锅炉中只有17台达标)
    not_after=r"\s*(?:/年|/月|以上的|以下的|左右的|的速度)|[^，,；;。]*?(?:下发|印发|发放|发出|签订|签署)|"
              r"[^，,；;。]{0,12}?(?:达到|符合)[^，,；;。]{0,12}?(?:标准|要求)|[^，,；;。]{0,4}?达标|"
              # (约3万只需报废的气瓶: work still to do)
              r"[^，,；;。\d]{0,4}?(?:需|需要|待|亟需|亟待)(?:报废|检验|整改|更换)|"
              # (5台已受理检验: not inspected yet)
              r"[^，,；;。\d]{0,4}?已?受理|"
              # (对有违法情节的8家使用单位一并予以查处, 其中4家被立案: dealt with, not checked;
              # the count itself is what is dealt with, or a list with it: not a count told
              # before 并对其中3家… or 并对违规单位…予以查处)
              r"(?:[^，,；;。\d并]|一并|[和及与、]\d+)"
              r"{0,20}?(?:进行了?|予以|依法|被)(?:立案|查处|处罚)|[^，,；;。\d]{0,12}?被(?:依法)?立案|"
              # (其中2家停业: firms closed, not checked)
              r"[^，,；;。、\d]{0,8}?(?:停业|停产|歇业|关停)|"
              # (20台已迁移, 20台已拆除或迁移: moved, or maybe moved, no metric's, whatever the
              # clause before; dismantled or phased out alone is sealed, read by its own words)
              r"[^，,；;。、\d]{0,4}?(?:已经?|被|均)?(?:迁移|迁出|改造|更新|更换)",
    goal_after=r"[^，,；;。]{0,12}?任务",  # 分给本区的80台锅炉能效测试任务: a task set
    carried=(
        # (…开展气瓶、电梯专项整治。共查各类单位90家，整改隐患130处: that check's hazards)
        Carried(("hazards_found", "hazards_rectified")),
        # A toll's comparison with a year before, in the sentence after the toll (…发生特种设备
        # 事故7起，死亡5人。同去年同期比，事故总起数下降3起，死亡人数上升1人): the same toll's.
        # Not a toll of its own after equipment named (…检验锅炉120台。全区发生生产安全事故9起),
        # nor another kind's toll compared (…同比，道路交通事故…).
        Carried(("accidents", "deaths", "injuries"), by=TOLL, opens=COMPARED, unless=OTHER_TOLLS),
        # The users a check covered, told in the sentence after the one that names the check
        # (…对辖区电梯进行安全专项检查。截至目前，该局已检查使用单位12家): the sentence opens on the
        # check's own time or summary (本次, 截至目前), and names no other trade's goods.
        Carried(("users_inspected",), by=_CHECK, opens=_SUMS_UP, unless=OTHER_GOODS),
    ),
)
