"""Special equipment: the kinds of equipment a report counts, what was done to them, their
users, and the hazards found (read by :mod:`..special_equipment` through :mod:`..tallies`)."""

from __future__ import annotations

from ..tallies import Metric, TallyWords

EQUIPMENT: tuple[tuple[str, str], ...] = (
    (r"锅炉", "boiler"),
    (r"压力容器|(?<![\w])容器(?=\d|[、，,])|(?<=、)容器", "pressure_vessel"),
    (r"气瓶|钢瓶|液化气瓶|液化石油气瓶|螺丝瓶", "gas_cylinder"),
    (r"压力管道|工业管道|燃气管道|长输管道", "pressure_pipeline"),
    (r"电梯|自动扶梯|扶梯|升降机", "lift"),
    (r"起重机械|起重机|塔吊|塔机|门式起重机|桥式起重机", "lifting_machinery"),
    (r"客运索道|索道|缆车", "ropeway"),
    (r"游乐设施|游乐设备", "amusement_ride"),
    (r"场\(厂\)内(?:专用)?机动车辆?|厂内(?:专用)?机动车辆?|场内(?:专用)?机动车辆?", "in_plant_vehicle"),
    # Every kind at once, or none named (设备 alone, but not a lab's: 检测设备).
    (r"特种设备|承压设备|(?<!检测|检验|仪器|试验|生产|加工|计量)设备", "any"),
)
# Who uses or keeps the equipment: the units a check covers.
USERS = (r"使用单位|使用场所|生产单位|生产使用单位|维保单位|维修单位|维护保养单位|充装站|充装单位|"
         r"液化气站|加气站|浴池|宾馆|酒店|小区|商场|超市|学校|医院")
_HAZARD = r"隐患|问题"
_UNITS = r"台件|台\(件\)|台\(套\)|台\(部\)|台\(只\)|台套|台次|台|部|条|只|辆|套|座|公里|米"  # (米: of pipeline)
# (not a centre's name, 检验机构; nor a campaign's, 安全大检查)
_INSPECTED = (r"检验(?!机构|中心|所|院)|检测(?!机构|中心|所|院)|(?<!大)检查|排查|抽查|巡查|定检|督查|核查|"
              r"(?:定性|能效)?测试")

SPECIAL_EQUIPMENT = TallyWords(
    trigger=r"特种设备|锅炉|压力容器|气瓶|钢瓶|压力管道|电梯|起重机|索道|游乐设施|机动车辆",
    units=rf"{_UNITS}|家次|家\(次\)|个次|家|个|户|处|项",
    names=EQUIPMENT,
    metrics=(
        Metric("failed", _UNITS, before=r"不合格(?:的)?[^，,；;。!?\d]{0,8}$"),
        Metric("sealed", _UNITS, before=r"查封|封停|封存|停用|停止使用|报废|判废|拆除|淘汰"),
        Metric("registered", _UNITS,
               before=r"登记|注册|共有|拥有|总量|总数|现有|已有|新增|新装|新安装|保有量|在册|办理"),
        Metric("inspected", _UNITS, before=_INSPECTED,
               after=rf"[^，,；;。]{{0,14}}?(?:的|进行了?|做了?|开展了?)(?:定期|监督|安全)?(?:{_INSPECTED})"),
        Metric("users_inspected", r"家次|家\(次\)|个次|家|个|户", before=_INSPECTED,
               after=rf"[^，,；;。]{{0,16}}?(?:{_INSPECTED})", object=USERS),
        Metric("hazards_rectified", r"处|项|个|条",
               before=r"整改|消除|排除|治理|落实", object=_HAZARD, named=False),
        Metric("hazards_found", r"处|项|个|条",
               before=r"发现|查出|查找|排查|检查出", object=_HAZARD, named=False),
    ),
    # Other work, which counts no equipment inspected or registered.
    block=r"培训|考核|发证|持证|宣传|发放|下达|处罚|罚款|立案|投诉|举报|制造|设计|安装|改造|修理|"
          r"生产许可",
    # An average, a rank, a share, a capacity (可年检验…800台) are no tally.
    not_before=r"(?:平均|每|第|居|排名|位列|能力|约占|占)[^，,；;。!?\d]{0,4}$|可年?(?:检测|检验)",
    not_after=r"\s*(?:/年|/月|以上的|以下的|左右的|的速度)|[^，,；;。]*?(?:下发|印发|发放|发出|签订|签署)",
)
