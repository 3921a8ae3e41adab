"""Special equipment: the words of accidents' tolls and of the rates a report gives (a change
from a year before, a toll per 10,000 units, a rate's level and its change in points), read by
:mod:`.special_equipment`'s metrics and :mod:`..special_equipment_tolls`, and the metrics'
rows that read them (``TOLL_METRICS``, tried in :mod:`.special_equipment`'s order)."""

from __future__ import annotations

from ..tally_words import Metric

# A change from a year before, right before its figure in % (同比下降, 较上年增长了, 下降), maybe
# after the change in the toll's own unit (事故起数增加3起，上升20%; 死亡人数减少2人、降幅40%).
YEAR_ON_YEAR = (r"(?:分别)?(?:同比|比上年同期|较上年同期|比上年|较上年|比去年同期|较去年同期|比去年|较去年)?"
                r"(?:(?:增加|减少)了?[\d.]+(?:起|人|名)[、，,]?)?"
                r"(?:分别)?(?:下降|上升|增长|减少|增加|降低|提高|增幅|降幅)了?(?:为|达)?(?:约|近)?")

# A toll per 10,000 units in use (起/万台, 人/万台).
PER_UNITS = r"起/万台|人/万台|起/万台设备|人/万台设备"
# A rate's change in points, and the words of it (比上年提高, 同比下降了).
POINTS = r"个百分点|百分点"
RATE_CHANGE = (r"(?:同比|环比|(?:比|较)(?:上年|去年|上一年|\d{4}年)(?:同期)?)?"
               r"(?:提高|提升|上升|增长|增加|下降|降低|减少)了?(?:约|近)?")
# What joins a rate to its level: 要达到, 将达, 力争保持在, 为, 已达到…以上 is after the figure.
RATE_LEVEL = (r"(?:(?:要|将|力争|确保|已经?|均|都|继续)?(?:达到|达|为|是|保持在?|稳定在|提高到|提升到|超过)了?"
              r"(?:约|近)?)?")

# A toll told (事故7起, 死亡5人, 造成2人受伤), a sentence opening on its comparison with a year
# before (同去年同期比，…; 与上年相比，…; 较2019年同期，…; 同比，…), and the tolls of other
# accidents than the equipment's (road, fire, work safety as a whole).
TOLL = (r"事故[^。！？!?]{0,20}?\d+(?:\.\d+)?\s*起|(?:死亡|受伤|遇难)\s*\d|"
        r"\d\s*(?:人|名)[^，,；;。\d]{0,6}?(?:死亡|受伤|遇难)")
COMPARED = (r"\s*(?:(?:与|同|和|跟|比|较)(?:上年|去年|上一年|前一年|上年度|去年度|\d{4}年度?)(?:同期)?"
            r"(?:相比|比较|比)?|同比|环比)")
OTHER_TOLLS = (r"道路交通|交通事故|生产安全事故|安全生产事故|火灾|消防|煤矿|矿山|建筑施工|工矿商贸|"
               r"水上|铁路|渔业|农机")

# An accident's count before its noun, after the verb that tells it happened (发生4起特种设备
# 事故, 共发生2起电梯一般事故): the figure's words up to 事故 name no other thing counted, no
# other trade's accident (道路交通事故, 火灾事故) and no hazard or rate (3起事故隐患, 事故率).
ACCIDENTS_AFTER = (r"(?:(?!交通|道路|火灾|安全生产|生产安全|故障)[^，,；;。！？!?\d、]){0,12}?"
                   r"事故(?!隐患|率|苗头)")
# ... and a count before its noun needs that verb in its clause before it: accidents handled or
# rescued (处理3起电梯困人事故, 处置5起…事故) are no count of those that happened. (Matched
# from the clause's start to the figure when the clause holds neither the verb nor 事故, which
# the counts after their noun have. A clause's count word tells it too — 共出现, 共计, 累计 — but
# not before 处理/处置/救援: 共处置3起…事故 counts the handled.)
NO_ACCIDENT_VERB = (r"(?<![^，,；;。！？!?\n])(?:(?!发生|出现|上报|报告|(?<!公)共|累计|事故)[^，,；;。！？!?\n])*$|"
                    r"(?<![^，,；;。！？!?\n])(?:(?!发生|出现|上报|报告|事故)[^，,；;。！？!?\n])*?"
                    r"(?:处理|处置|救援)(?:(?!发生|出现|上报|报告|事故)[^，,；;。！？!?\n])*$")

# The metrics of the tolls and the rates, in the order :mod:`.special_equipment` tries them:
# accidents, the dead and the injured and their changes in %, the register's change, the
# tolls per 10,000 units, the economic loss, and the rates of registration and inspection.
TOLL_METRICS: tuple[Metric, ...] = (
    # Accidents and their toll (发生特种设备事故6起，死亡3人，受伤2人; 电梯事故2起): of the
    # equipment named with them, or ``any``; not hazards (事故隐患: hazards_found).
    # The count may stand before its noun, the verb before it (共发生3起电梯事故, 全年
    # 全年发生锅炉一般事故2起 alike; 上报了5起锅炉较大事故): the noun closes the count's
    # words, with no other noun's count between.
    Metric("accidents", r"起",
           before=r"事故(?!隐患)(?:和|及)?(?:相关事故)?(?:共|计|达到?|为)*$|"
                  r"(?:发生|上报|报告|共有)[^，,；;。\d]{0,12}?事故(?!隐患)[^，,；;。\d]{0,6}?$|"
                  r"事故总?起数[^，,；;。\d]{0,10}?$",
           after=ACCIDENTS_AFTER, unless=NO_ACCIDENT_VERB, named=False),
    # (the toll before its verb too: 造成1名工人死亡、2人受伤)
    Metric("deaths", r"人|名",
           before=r"(?:死亡|遇难|身亡|致死)(?:人数)?[^，,；;。、\d]{0,4}?$",
           after=r"[^，,；;。、\d]{0,6}?(?:死亡|遇难|身亡)",
           unless=r"(?:死亡|事故)率[^，,；;。]{0,6}$", named=False),
    Metric("injuries", r"人|名",
           before=r"(?:受伤|致伤|伤员|重伤|轻伤)(?:人数)?[^，,；;。、\d]{0,4}?$",
           after=r"[^，,；;。、\d]{0,6}?(?:受伤|重伤|轻伤)", named=False),
    # A year-on-year change of the toll, in % (事故起数同比下降20%, 死亡人数比上年上升50%):
    # the metric itself, ``basis: change`` (the context pass reads the change word); not a
    # rate's change (万台死亡率), which counts no accidents.
    Metric("accidents", r"%", before=rf"事故(?!率)(?:总?起数|数量|总数|数)(?:{YEAR_ON_YEAR})$",
           named=False),
    Metric("deaths", r"%", before=rf"(?:死亡|遇难)人数(?:{YEAR_ON_YEAR})$", named=False),
    # The register's change from a year before, in % (在册的特种设备数量1.2万台，比上年增长9%):
    # ``registered``, ``basis: change``, of the equipment named with it.
    Metric("registered", r"%",
           before=r"(?:(?:登记|在册|在用|注册)[^。；;！？]{0,12}?(?:设备|电梯|锅炉|容器|气瓶)(?:的)?(?:数量|总量|总数)|"
                  # (the stock's own count between: 在用特种设备5.4万台，比上年增长3%;
                  # the stock named by its total alone: 特种设备总量达到8万台，比…增长)
                  r"(?:在用|在册)的?(?:特种)?设备(?=\d)|特种设备(?:的)?(?:总量|总数))"
                  # (not another count's change after it: …，定期检验数量比上年增加10%;
                  # past a comma only the change itself: …8万台，检验合格的比上年增加6%
                  # is another clause's subject)
                  r"(?:[，,]?\s*[(（][^()（）]*[)）]|(?!数量|总量|总数|台数|次数|率)[^。；;！？%，,]){0,40}?(?:[，,]\s*(?:与[^，,。；;！？%]{1,8}?相)?)?(?:比|较|同比)(?:上年|去年|上一年|\d{4}年)?(?:同期|底|末)?"
                  r"(?:增长|增加|上升|下降|减少)了?$"),
    # (not 伤亡人数: the dead and the injured together)
    Metric("injuries", r"%", before=rf"(?:受伤|伤员)人数(?:{YEAR_ON_YEAR})$", named=False),
    # A toll per 10,000 units in use (万台事故率0.5起/万台; 万台设备死亡率下降了0.1人/万台, a
    # change: the context pass reads its word): a rate, never a count of accidents.
    Metric("accident_rate", PER_UNITS,
           before=rf"万台(?:特种)?(?:设备)?事故率(?:也|亦|则)?(?:{YEAR_ON_YEAR}|为|是|达|{RATE_LEVEL})?$",
           named=False, kinds=False),
    Metric("death_rate", PER_UNITS,
           before=rf"万台(?:特种)?(?:设备)?死亡(?:率|人数)(?:也|亦|则)?(?:{YEAR_ON_YEAR}|为|是|达|{RATE_LEVEL})?$",
           named=False, kinds=False),
    # Their change in % (万台死亡率0.2，比上年降低了30%): ``change``.
    Metric("accident_rate", r"%",
           before=rf"万台(?:特种)?(?:设备)?事故率[^。；;！？%]{{0,16}}?{RATE_CHANGE}$", named=False,
           kinds=False),
    Metric("death_rate", r"%",
           before=rf"万台(?:特种)?(?:设备)?死亡率[^。；;！？%]{{0,16}}?{RATE_CHANGE}$", named=False,
           kinds=False),
    # The direct economic loss of the accidents (直接经济损失230万元), of the equipment
    # named with them; its change in % is read with its own unit only.
    Metric("economic_loss", r"元",
           before=r"经济损失(?:共|约|达到?|为|计|合计|总计|近|超过)*$", named=False,
           # (not a loss recovered or avoided: 为企业挽回经济损失…, 避免经济损失约…)
           unless=r"(?:挽回|避免|减少|防止|减轻|降低|节约|节省)[^，,；;。]{0,4}经济损失[^，,；;。\d]{0,6}$"),
    # Rates of the register and of inspection (使用登记率达到98%; 定期检验率为95%;
    # 用户的现场检查率要达到90%): levels, or ``change`` where a change word stands.
    # The share of the equipment a check found failing (电梯不合格率为12%), of the kind
    # named with it: the failing count's rate.
    Metric("failure_rate", r"%", before=rf"不合格率(?:{RATE_LEVEL})$"),
    Metric("registration_rate", r"%",
           before=rf"(?:使用|注册)?登记率(?:{RATE_LEVEL})$|(?<!商标)注册率(?:{RATE_LEVEL})$",
           named=False),
    Metric("inspection_rate", r"%",
           before=rf"(?:定期|监督|现场|安全)?(?:检验|定检|检查)率(?:{RATE_LEVEL})$",
           named=False),
    # Their change in points from a year before (定期检验率达到97%，比上年提高1.5个百分点):
    # ``change``, never a level.
    Metric("registration_rate", POINTS,
           before=rf"(?:登记|注册)率[^。；;！？]{{0,16}}?{RATE_CHANGE}$", named=False),
    Metric("inspection_rate", POINTS,
           before=rf"(?:检验|定检|检查)率[^。；;！？]{{0,16}}?{RATE_CHANGE}$", named=False),
)
