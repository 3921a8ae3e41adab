"""Special equipment: the words of accidents' tolls and of the rates a report gives (a change
from a year before, a toll per 10,000 units, a rate's level and its change in points), read by
:mod:`.special_equipment`'s metrics and :mod:`..special_equipment_tolls`."""

from __future__ import annotations

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
