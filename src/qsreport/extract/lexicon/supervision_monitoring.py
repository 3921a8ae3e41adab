"""Supervision (schema 2): the words of a risk monitoring's counts (read by
:mod:`..supervision_monitoring`): the batches it sampled or plans (风险监测80批次, 安排风险监测
30个批次) and the kinds of product it covers (含风险监测4种, 对2种玩具开展风险监测). A risk
monitoring is no spot check: its samples are none of ``batches_sampled``'s."""

from __future__ import annotations

# A count: digits, with thousands' commas (10,171), then 多/余.
NUM = r"(?<![\d.])(?<!\d,)(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:多|余)?\s*"
# Batches (批次, 个批次: ``risk_monitoring_batches``, a unit holding 批), or kinds of product
# (种, 类, 个品种, 个产品类别: ``risk_monitoring_kinds``).
UNIT = r"(?P<unit>个批次|批次|个品种|个产品类别|种|类)"
BATCHES, KINDS = "risk_monitoring_batches", "risk_monitoring_kinds"
# What may stand between the words and the count: no mark, digit or bracket, and no finding
# (不合格, 问题, 隐患: what the monitoring found, not what it covered).
_GAP = r"(?:(?!不合格|不符合|问题|隐患|发现)[^，,；;。！？!?\d（(）)])"
# A count shared with a spot check (监督抽查及风险监测共600批次; 抽检、风险监测…) is neither's.
_NOT_JOINT = r"(?<!查和)(?<!查及)(?<!查与)(?<!查、)(?<!检和)(?<!检及)(?<!检与)(?<!检、)"
# The count after the words: 风险监测40个批次, 风险监测60批次均未发现风险, 含风险监测4种,
# 风险监测的产品有6类, 安排风险监测样品共120批次.
AFTER_ROWS: tuple[str, ...] = (
    rf"{_NOT_JOINT}风险监测{_GAP}{{0,8}}?(?:共|计|共计|合计|有|为)*\s*{NUM}{UNIT}",
)
# The counts of a 对 clause whose verb is the monitoring (对2种玩具和3种文具开展风险监测; 对120批次
# 儿童用品实施了风险监测): each count of kinds or batches between 对 and the verb.
CLAUSE = (r"对(?P<list>[^，,；;。！？!?]{1,80}?)(?:开展|实施|进行|组织)(?:了)?"
          r"(?:产品质量|质量安全|质量)?风险监测")
IN_CLAUSE = rf"{NUM}{UNIT}"
NEEDLE = "风险监测"
