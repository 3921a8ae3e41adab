"""Supervision: the change of a spot check's pass rate over an earlier one (合格率为91%，比上年
提高了3个百分点; 合格率同比上升2.4%), told after the rate its sentence names. A change is no
level: the figure is the pass rate's, with ``basis: change`` and its unit as written (个百分点
or %); schema 1 leaves it out (:mod:`qsreport.schema_v1`)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..chars import LABEL_EDGE
from ..models import SupervisionStat
from ..numbers import to_number
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.supervision_results import PASS_RATE, SAMPLED_RATE, VERIFICATION
from .supervision_keywords import excluded

# A change's verb right before its number, and the number in points or in %: 提高了3个百分点,
# 同比下降1.2%, 年均增长0.5%. (提高到93% is a level: 到 stands between.)
# A rate above or below its own level of an earlier time is a change too (高于去年同期0.4个
# 百分点), but not above another place's or kind's (高于全省平均水平2个百分点); in points
# only (高于去年5% may be a share of the level).
CHANGE = compile_fast(
    r"(?:(?:提高|提升|上升|增长|增加|下降|降低|减少|回落|下滑|高出|低了)了?|"
    r"(?P<above>高于|低于|高出|超出)(?:去年|上年|前年|上一?年度?|上季度|上半年|同期|上次|上期)"
    r"[^，,。；;：:\d]{0,6}?)(?:约|近|超过)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>个?百分点|%)"
)
# What may stand between the rate and its change besides words: its level and other rates'
# (为95.2%; 其中甲类提升了6.1%), years compared (比2015年), a quarter or a half year.
_ALLOWED_FIGURES = rx.compile(r"\d+(?:\.\d+)?\s*(?:%|个?百分点)|\d{4}\s*年|[一二三四]季度")
# A count of another metric between the rate and the change makes the change that count's
# (合格率95%，抽查批次比上年增加12%): nouns of counts, not of rates.
_OTHER_COUNT = rx.compile(
    r"批次|企业|厂家|案件|货值|金额|数量|总数|产值|人次|户数|家数|件数|起数|\d")
# A time a rate is compared with, or the time it is told for (比上年, 较2015年同期, 今年; an
# earlier round of the same check, 比第一轮).
_TIME = (r"(?:\d{4}\s*年度?|[今本去上前全]一?年度?|[上下]半年|前?[一二三四]季度|上一?季度|上一?期"
         r"|上次|上一?轮|上月|同期|当期|的|第[一二三四五六七八九十\d]+[轮次批]|首轮|首次)")
# How the clause of a change told after the rate's own clause may open: on the comparison
# with a time (比上年, 与去年同期相比, 同比, 环比, 比上次抽查) and adverbs only. Any other noun there is
# the subject of that change (合格率96%，销售额增长15%; 比全省平均水平提高2个百分点).
CHANGE_LEAD = rx.compile(
    rf"(?:\s|{_TIME}|(?:比|较|与|同|跟|和)?{_TIME}+(?:抽查|抽检|检查)?(?:相比|相较|比较)?|同比|环比|均|都|分别|依次"
    r"|又|再|也|还|有所|略有|稍有|进一步|大幅|明显|平均|年均|整体|总体|共)*")
# A comparison with no time (比全省平均水平, 较甲市): a rate above another's, no change.
_OTHER_BASIS = rx.compile(rf"(?<![同环相])(?:比|较)(?!{_TIME})")
_SUBSET = rx.compile(r"\s*其中")  # 其中校服类提升了5.1%: a part of the rate's products
_REACH = 80  # how far before its change the rate's word may stand
# The changes listed after the first, one per kind the sentence names (甲、乙和丙三类产品的合格率
# 依次提高4.1%、2.3%和0.9%): each a change, none a level.
MORE_CHANGES = rx.compile(r"\s*(?:、|和|及|与|以及)\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>个?百分点|%)(?![\d.])")


def rate_changes(doc: Doc) -> list[SupervisionStat]:
    """Each change of a pass rate a sentence tells after naming the rate (the rate's word
    before it in the sentence, only rates and years between)."""
    view = doc.view
    if "合格率" not in view:
        return []
    stats = []
    subset = -1  # the sentence whose changes of its kinds began with 其中
    for match in CHANGE.finditer(view):
        sentence = doc.sentence_at(match.start())
        if sentence.end < match.end():
            continue  # (a page's header lines are no sentence)
        low = max(sentence.start, match.start() - _REACH)
        rate = None
        for found in PASS_RATE.finditer(view, low, match.start()):
            rate = found
        if rate is None or view[rate.start() - 1:rate.start()] == "不":
            continue  # no rate, or a failure rate's change
        if VERIFICATION.search(view, sentence.start, rate.start()) \
                and not SAMPLED_RATE.search(view, sentence.start, match.start()):
            continue  # 检定合格率: instruments verified, no spot check (as their levels)
        between = _ALLOWED_FIGURES.sub("", view[rate.end():match.start()])
        if _OTHER_COUNT.search(between) or excluded(
                view, doc.clause_start(rate.start(), sentence.start), rate.end(), "pass_rate"):
            continue
        if match.group("above") and match.group("unit") == "%":
            continue
        clause = max(sentence.start, doc.clause_start(match.start(), sentence.start))
        if rate.start() >= clause:
            if _OTHER_BASIS.search(view, clause, match.start()):
                continue
        elif _SUBSET.match(view, clause):
            subset = sentence.start
        elif subset != sentence.start and not CHANGE_LEAD.fullmatch(view, clause, match.start()):
            continue  # another thing's change, in a clause of its own
        label = doc.text[clause:match.start("num")].strip(LABEL_EDGE)
        change: re.Match[str] | None = match
        while change is not None and change.end() <= sentence.end:
            value = to_number(change.group("num"))
            if value is not None:
                stats.append(SupervisionStat(
                    metric="pass_rate",
                    label=label,
                    value=value,
                    unit=doc.text[change.start("unit"):change.end("unit")].strip(),
                    basis="change",  # (the context pass reads the first one so too)
                    span=(clause if change is match else change.start("num"), change.end()),
                    evidence=doc.evidence(sentence),
                ))
            change = MORE_CHANGES.match(view, change.end())
    return stats
