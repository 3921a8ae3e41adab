"""Supervision (schema 2): the words of how a bureau closed what came to it (read by
:mod:`..supervision_handled`): the closing rate of the public's complaints and tip-offs
(投诉举报按时办结率95%, 处理率94.6%), and the failing products of spot checks it followed up
(完成问题食品的核查处置工作1.2万件)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...numbers import ARABIC_NUMBER, CHINESE_NUMBER
from ...regex_prefilter import compile_fast

# A closing or handling rate (办结率, 按时办结率, 按期办结率, 处理率, 办理率), its number in %
# within a few words after it in its clause (not a case's 结案率, nor a verification's 核查率 or
# a first check's 初查率: other stages).
CLOSING = compile_fast(r"(?:按时|按期|及时)?(?:办结|处理|办理)率(?P<gap>[^，,。；;:：\d%％]{0,6}?)"
                       r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")
# What the rate's sentence must name before it: what the public brought (投诉, 举报, 申诉,
# 诉求) or the lines they brought it by (热线, 12315, 12345).
BROUGHT = rx.compile(r"投诉|举报|申诉|诉求|热线|12315|12345|来电|来信")
# A change of the rate (较前一年提升2个百分点 is read as a change after a level by
# :mod:`..changes`); a rate raised to a value (提高到95%) is a level.
CHANGE_GAP = rx.compile(r"(?:提高|提升|上升|增长|增加|下降|降低|减少)了?\s*$")

# Failing products a spot check found, followed up (核查处置: traced, recalled, penalised) and
# done: 完成…核查处置任务N万件, 完成核查处置N批次; the count in batches or tasks as written
# (万 kept in the unit, 余 or 多 left out: 1.2万余件 → 1.2 万件).
FOLLOWED_UP = compile_fast(r"完成(?P<what>[^，,。；;:：\d]{0,16}?)核查处置(?:任务|工作)?(?:共|计|达到?|为|约)*\s*"
                           r"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?(?P<scale>万)?(?:余|多)?"
                           r"(?P<unit>批次|批|件次|件|起)")
# (and the count first: 其中45批次已完成核查处置, 30件均已完成核查处置)
FOLLOWED_UP_AFTER = compile_fast(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?(?P<scale>万)?(?:余|多)?"
                                 r"(?P<unit>批次|批|件次|件)(?:[^，,。；;:：\d]{0,8}?)(?:已经?|均已|全部)完成了?核查处置")
# (the failing products named in the words, or a sentence of spot checks)
FAILING = rx.compile(r"不合格|抽检|抽查|抽样|问题产品|问题食品")

# What the public brought counted together, a line's whole intake (受理投诉举报咨询3600件,
# 接获的举报共计十二宗, 收到消费者申诉和举报合计45起): a verb of taking in, what was
# brought (its words in any order, enquiries among them), then the count. (接获: received, as
# Hong Kong's customs write it.)
_NUM = (rf"(?P<num>{ARABIC_NUMBER}|{CHINESE_NUMBER})\s*(?:余|多)?(?P<scale>万)?(?:余|多)?"
        r"(?P<unit>件|宗|起|条|个|宗)(?![\d.])")
_KINDS = r"(?:投诉|举报|申诉|咨询|诉求)"
INTAKE = compile_fast(
    rf"(?:受理|接到|接获|收到|接收|接听|处理)(?:了|的)?[^，,。；;：:\d]{{0,10}}?{_KINDS}"
    rf"(?:[、和及与]?{_KINDS}){{0,3}}(?:量|数)?(?:共有|共计|合计|总计|累计|共|计|达到?|为|有)*\s*{_NUM}")
# (not a line's service or desks: 投诉咨询服务台, 举报奖励)
NOT_INTAKE = rx.compile(r"服务台|奖励|电话|热线号码|平台\d")
# The parts of an intake told right after it, one kind each (其中，投诉2100件，举报120件，
# 咨询3700件; 投诉600件、已办结580件): complaints and tip-offs are complaints handled, and so
# is each part closed; enquiries are consultations.
PART = compile_fast(
    rf"(?:[，,、；;]\s*)?(?:其中[，,]?\s*)?(?P<kind>投诉|举报|申诉|咨询|(?:已|均已|已经)?(?:办结|处理完毕|处理)"
    rf"(?:了)?)(?:共|计)?\s*{_NUM}")
# ... or told in the sentences after it, each opening on one kind and its count (…共接到投诉、
# 举报、咨询N件。其中，投诉N件，涉及…。举报N件，…): 其中 may open the first only.
PART_OPENS = compile_fast(
    rf"(?P<opens>其中[，,]?\s*)?(?P<kind>投诉|举报|申诉|咨询)(?:共|计)?\s*{_NUM}")
# A change of the intake told between it and its parts (，比上年同期增加40%): passed over.
CHANGE_BETWEEN = rx.compile(
    r"[，,]\s*(?:同比|环比|(?:与|较|比)[^，,。；;：:\d]{0,10}?)[，,]?\s*(?:增长|增加|上升|下降|减少|降低)了?"
    r"\s*\d+(?:\.\d+)?\s*%")
