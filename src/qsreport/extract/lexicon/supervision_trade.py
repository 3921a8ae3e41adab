"""Supervision (schema 2): the words of goods inspected at the border — imports and exports
an inspection and quarantine body inspected, the batches it found failing or turned back, and
the value of each (read by :mod:`..supervision_trade`)."""

from __future__ import annotations

from ... import regex_cache as rx

# A report that names goods crossing the border at all (the cheap test before any sentence).
DIRECTION = rx.compile(r"进口|出口|进境|出境|入境")
# A sentence of border inspection: its body's work (检验检疫, 口岸, 报检) or what it found or
# refused (检出, 截获, 禁止入境).
BORDER_WORK = rx.compile(r"检验检疫|检疫|检出|截获|查验|报检|口岸|通关|海关|进境|出境|入境")
# … and the words of them a market's check never says (检出 alone: a bureau's check finds
# failing imports too, 开展进口食品专项检查，检出不合格进口食品12批).
BORDER_ONLY = rx.compile(r"检验检疫|检疫|截获|查验|报检|口岸|通关|海关|进境|出境|入境")
# Goods named by their direction, a few words between (进口商品, 出口的食品, 进口不合格商品,
# 禁止入境的化妆品), in the clause before their count.
DIRECTION_GOODS = rx.compile(
    r"(?:进出口|出入境|进口|出口|进境|出境|入境)的?[^\W\d_a-zA-Z]{0,6}?"
    r"(?:商品|食品|化妆品|货物|产品|农产品|动植物产品|食品农产品)")
# Goods a market check sampled, not the border's inspection (抽查进口食品30批次: a spot check).
# (共检测进口商品1200批次, 开展进口食品专项检查: a bureau's check too).
SPOT_CHECK = rx.compile(r"抽查|抽检|抽样|抽取|检查|检测|监测|暗访")
# A count of goods found failing or refused (检出不合格…, 截获…, 禁止入境的…, 退运).
FAILED = rx.compile(r"不合格|不符合|截获|禁止|退运|退货|销毁")
# The value words of a count's goods (货值2.3亿美元, 金额, 价值).
VALUE = rx.compile(r"货值|金额|价值")
# A further kind listed after a count, with no verb of its own (…食品46批、化妆品7批,
# …化妆品12批，乳制品5批), or found failing in its own words (，检出不合格商品600批)
LISTED_KIND = rx.compile(r"[、，,和及\s]*[^\W\d_a-zA-Z]{1,8}$")
# … never a clause of other work on the goods: cases filed, goods seized or destroyed, a
# share sampled (立案查处9起, 没收销毁12批, 抽查了其中320批), or a change.
LISTED_NOT = rx.compile(
    r"查处|立案|没收|销毁|查获|查封|扣押|扣留|罚|处理|处置|抽|检查|检测|检验|监测|责令|发现"
    r"|其中|了|增长|下降|减少|增加|同比|比上年|涉及|合计|共")
# Counts of batches (起: an interception, counted by the case), and money.
COUNT_UNITS = r"批次|批|起"
MONEY_UNITS = r"美元|欧元|元"
