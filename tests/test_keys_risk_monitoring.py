"""Schema 2 keys read late (issue 12): a risk monitoring's batches and the kinds of product it
covers (``risk_monitoring_batches``, ``risk_monitoring_kinds``), no spot check's samples. Every
sentence here was written for these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StatMetric

from .report_helpers import report_json

HEADER = "某地市场监管\n发布日期：2023-04-12  来源：测试日报\n"
MONITORING = {"risk_monitoring_batches", "risk_monitoring_kinds"}


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body + "\n", schema)


def _stats(body: str, area: str, metric: str, *fields: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"], *(s[name] for name in fields))
            for s in _report(body)[area]["stats"] if s["metric"] == metric]


def test_new_keys_are_late_and_of_version_2_only() -> None:
    """The two keys are schema 2's, late (typed keys that predate them say nothing of them)."""
    assert set(get_args(StatMetric)) >= MONITORING
    assert STAT_METRICS_LATE >= MONITORING and STAT_METRICS_V2_ONLY >= MONITORING


def test_risk_monitoring_batches_after_its_words() -> None:
    """Batches told after the monitoring's words, in a breakdown beside a spot check's or in a
    sentence of its own; the spot check keeps its own batches."""
    body = "丁市全年安排抽检任务900批次，其中抽检820批次，风险监测80个批次。"
    assert _stats(body, "supervision", "risk_monitoring_batches") == [(80, "个批次")]
    assert (820, "批次") in _stats(body, "supervision", "batches_sampled")
    assert _stats("戊县完成风险监测样品共64批次，均未发现质量风险。", "supervision",
                  "risk_monitoring_batches") == [(64, "批次")]


def test_risk_monitoring_kinds_after_its_words_or_in_its_clause() -> None:
    """Kinds named after the words (含风险监测N种, 风险监测的产品有N类) or counted in a 对 clause
    whose verb is the monitoring, each count of a list; a plan's kinds are a target."""
    assert _stats("庚省今年的抽查计划拟覆盖90种产品（含风险监测5种）。", "supervision",
                  "risk_monitoring_kinds", "status") == [(5, "种", "target")]
    assert _stats("辛区对4种儿童玩具和2种厨房用品开展风险监测。", "supervision",
                  "risk_monitoring_kinds", "label") == [(4, "种", "儿童玩具开展风险监测"),
                                                        (2, "种", "厨房用品开展风险监测")]
    assert _stats("壬县纳入风险监测的产品有7类。", "supervision", "risk_monitoring_kinds") == [(7, "类")]


def test_risk_monitoring_near_misses() -> None:
    """Not a count the monitoring shares with a spot check, not what it found, not a rate."""
    body = ("癸市组织监督抽查及风险监测共600批次。"
            "风险监测发现不合格样品4批次，风险监测合格率为95%。对30家企业开展了风险监测。")
    stats = _report(body)["supervision"]["stats"]
    assert [s for s in stats if s["metric"] in MONITORING] == []


def test_version_1_writes_none_of_them() -> None:
    """Version 1 output has neither figure, not even as ``other``."""
    body = "丁市安排抽检820批次，风险监测80个批次。庚省的抽查计划拟覆盖90种产品（含风险监测5种）。"
    stats = _report(body, schema="1")["supervision"]["stats"]
    assert [s for s in stats if s["value"] in (80, 5)] == []
