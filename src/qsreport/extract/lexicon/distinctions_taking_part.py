"""The words of places and firms taking part in a quality programme (read by
:mod:`..distinctions_taking_part`): 12个县开展质量兴县活动, 3个市、9个县开展“质量强市（县）”创建活动,
900多家企业开展对标达标活动 — each count of places or firms in the run that leads up to 开展
and the programme's name."""

from __future__ import annotations

# The programmes: quality-city or -county campaigns (质量兴市, 质量强县, 质量兴区(县)), quality
# revitalisation or improvement (质量振兴, 质量提升), benchmarking against advanced standards
# (对标达标, 对标提升); named in quotes or brackets or not.
PROGRAMME = (r"对标达标|对标提升|质量(?:兴|强)[省市县区州镇乡湘](?:\([^()]{0,6}\))?|"
             r"质量振兴|质量提升|质量攻关")
# A programme named a quality city's or county's (its kind ``quality_city``; else ``any``).
QUALITY_CITY = r"质量(?:兴|强)[省市县区州镇乡湘]"
# The programme started, right after 开展 (开展了“质量强市（县）”创建活动, 开展对标达标活动).
STARTED = (rf"开展了?[^，,；;。！？!?]{{0,6}}?(?P<programme>{PROGRAMME})[^，,；;。！？!?]{{0,10}}?"
           r"(?:活动|行动|工作)")
# Each count in the clause before it, in places (个, 所) or firms (家), 万 and 多 or 余 kept in
# its unit (3万多家), with its noun after it; counts joined by 、 or by nothing (20个县区15个
# 乡镇、3万多家企业), a bracket in a noun too (12个县(市、区)).
COUNT = r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>(?:万)?(?:多|余)?(?:个|家|所))(?=[^\d，,；;。！？!?、])"
# How far before 开展 its clause may open.
REACH = 48
# Not in a run that says something else was done to them or by them: honoured, ranked,
# rewarded, trained, checked (those are other keys' counts).
NOT_TAKING_PART = r"获得|获评|评为|荣获|命名|授予|奖励|表彰|培训|检查|抽查|抽检|计划|将|拟|力争|要"
# The bureau's work on them, right before the count: 对, 为, 帮助, 指导, 组织 (对6家企业开展…).
ON_THEM = r"(?:对|为|帮助|帮扶|指导|组织|引导|推动|督促)[^，,；;。\d]{0,6}$"
# Where a count's noun ends: the next count, a list's mark, or a verb's words (对照, 自发 …);
# not a list's mark inside the noun's brackets (8个县(市、区): the noun is 县(市、区)).
NOUN_END = (r"\d|、(?![^()（），,；;。]*[)）])|"
            r"对照|瞄准|围绕|自发|积极|均|都|已|全面|广泛|深入|相继|先后|开展")
# A clause's bounds (the clause before 开展 opens after the last of them).
BOUND = r"[，,；;。！？!?:：]"
