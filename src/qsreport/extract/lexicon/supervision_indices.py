"""Supervision (schema 2): the words of a region's quality index and of a service's
satisfaction score (read by :mod:`..supervision_indices`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# A region's quality index: 制造业质量竞争力指数, 产品质量指数, 质量发展指数 (not a price index,
# nor a firm's own index of anything else, nor the air's or the water's: 空气质量指数).
INDEX = r"(?<!空气)(?<!环境)(?<!水)(?:制造业)?(?:产品)?质量(?:竞争力|发展)?指数"
# A service's or the public's satisfaction: 公共服务质量满意度, 顾客满意度, 满意指数 (not its
# opposite, 不满意率).
SATISFACTION = r"(?<!不)(?:满意度(?:指数)?|满意指数|满意率)"
# (scanned over the whole text: compile_fast skips to the characters a name can begin with)
NAMES = compile_fast(rf"(?P<index>{INDEX})|(?P<satisfaction>{SATISFACTION})")
# Where the index's or score's figures end: the clause's end (。；), a breakdown (其中, a
# colon: 满意的为…, 基本满意的为…, shares of the answers), or another measure's words: any
# rate but a satisfaction's (问卷回收率, 参评率, 覆盖率, 不满意率).
OTHER_MEASURE = rx.compile(rf"[。；;！？!?:：]|其中|(?<!满意)率(?!先)|不满意率|占比|比重|{INDEX}|"
                           rf"{SATISFACTION}")
# A comma the figures may run past only where no number stood before it since the name (在…
# 指数测评中，甲省由…), or where the clause after it opens on a comparison (，比上年提高…).
COMMA = rx.compile(r"[，,]")
DIGIT = rx.compile(r"\d")
COMPARED_AFTER = rx.compile(r"\s*(?:比|较|同比|环比|与|和|同)")
# A number, and the unit written after it (分, or % for a satisfaction rate), or none.
NUMBER = rx.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?![\d.])\s*"
                    r"(?P<unit>分(?![钟别之类局会项析数值开])|%|％)?")
# What may follow a bare number that is the index's own (a comma, the sentence's end).
BARE_END = rx.compile(r"\s*(?:[，,。；;、）)]|$)")
# The verb that names the level right before a bare number (为, 达到, 是).
BARE_BEFORE = rx.compile(r"(?:为|达到?|是|升至|提升至|提高至|(?:提高|提升|上升)到|要达到|将达到)\s*$")
# A number another word makes no level of the measure: a year, a rank, a count of things.
NOT_LEVEL_AFTER = rx.compile(r"\s*(?:年|月|日|个|项|家|位|名|次|倍|条|届|期|万|亿)")
# A change of the level (提高了1.2分, 下降0.5分): ``basis: change``; a level raised to a value
# (提高到85分) is a level; one above another place's (高于全国平均水平2分) is no figure of its own.
CHANGE_BEFORE = rx.compile(r"(?:提高|提升|上升|增长|增加|下降|降低|减少|回落)了?\s*$")
# (and in the other order: 比全国平均水平高2.1分, 较全省平均低1.5分)
ABOVE_BEFORE = rx.compile(r"(?:高于|低于|高出|超出|领先)[^，,。；;\d]{0,16}$|"
                          r"(?:比|较)[^，,。；;\d]{0,12}?(?:全国|全省|全市|平均|其他|周边)"
                          r"[^，,。；;\d]{0,8}?(?<![提升降])(?:高|低)出?了?$")
