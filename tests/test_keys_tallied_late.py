"""Schema 2 keys read late (issue 12): product kinds a check found with no
failing sample (``categories_passed``), online platforms a check went through
(``platforms_inspected``), farmers' cooperatives (``farm_cooperatives``) and the quantity a
case's offending goods sold (``goods_sold_quantity``). Every sentence here was written for these
tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StatMetric

from .report_helpers import report_json

HEADER = "某地市场监管\n发布日期：2022-05-10  来源：测试日报\n"
NEW_KEYS = {"categories_passed", "platforms_inspected", "farm_cooperatives", "goods_sold_quantity"}


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body + "\n", schema)


def _stats(body: str, metric: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"]) for s in _report(body)["supervision"]["stats"]
            if s["metric"] == metric]


def test_new_keys_are_late_and_of_version_2_only() -> None:
    """The four keys are schema 2's, late (typed keys that predate them say nothing of them)."""
    assert set(get_args(StatMetric)) >= NEW_KEYS
    assert STAT_METRICS_LATE >= NEW_KEYS and STAT_METRICS_V2_ONLY >= NEW_KEYS


def test_kinds_with_no_failing_sample() -> None:
    """Kinds whose every sample passed, however the pass is told; not a band of lower rates."""
    assert _stats("丙市抽查了20种产品，其中电热毯、插座等13种产品合格率为100%。",
                  "categories_passed") == [(13, "种")]
    assert _stats("在这次抽检中，食品用纸、塑料盒等7种产品未发现不合格。",
                  "categories_passed") == [(7, "种")]
    assert _stats("本次共抽查5类18种产品，合格11种，合格率为61%。",
                  "categories_passed") == [(11, "种")]
    assert _stats("冷饮、糕点等6个种类产品45批次，合格率100%，其余各类均有不合格。",
                  "categories_passed") == [(6, "个")]
    # kinds in a band of lower pass rates, and kinds that failed, are none of these
    assert _stats("合格率在90%以上的产品有8类，另有3种产品不合格。", "categories_passed") == []


def test_platforms_a_check_went_through() -> None:
    """Platforms watched or checked, counted after them or before; a count in words after a
    list of their names; not online sellers counted in 户."""
    assert _stats("全年监测网络交易平台120个次，发现违法线索9条。",
                  "platforms_inspected") == [(120, "个次")]
    assert _stats("该局从4个电商平台中抽取了60批次羽绒服。", "platforms_inspected") == [(4, "个")]
    assert _stats("上半年巡查第三方电商平台（网站）35家次。", "platforms_inspected") == [(35, "家次")]
    assert _stats("这回抽查从甲网、乙网两个电子商务平台买回了12批次样品。",
                  "platforms_inspected") == [(2, "个")]
    assert _stats("检查电商平台、网络经营户200户，未发现问题。", "platforms_inspected") == []


def test_farmers_cooperatives() -> None:
    """Cooperatives counted after their word or before it; not a list of users a check
    went through."""
    assert _stats("目前，全县共有农民专业合作社230家，带动农户4000户。",
                  "farm_cooperatives") == [(230, "家")]
    assert _stats("今年新注册农牧民专业合作社共90户。", "farm_cooperatives") == [(90, "户")]
    assert _stats("示范区已培育了600家农民专业合作组织。", "farm_cooperatives") == [(600, "家")]
    assert _stats("检查组到乙镇走访了种植大户、合作社共30户，抽取蔬菜样品60批次。",
                  "farm_cooperatives") == []


def test_quantity_a_case_sold() -> None:
    """The goods' quantity a case's party sold, beside the money they sold for; not a firm's
    turnover, nor goods left unsold."""
    body = "经查，当事人先后销售假冒水泵30台，销售金额4.5万元。"
    assert _stats(body, "goods_sold_quantity") == [(30, "台")]
    assert _stats(body, "goods_sold_value") == [(4.5, "万元")]
    assert _stats("经查，这批不合格腊肉卖到案发时的销售总量为5.5公斤。",
                  "goods_sold_quantity") == [(5.5, "公斤")]
    assert _stats("经查，戊厂去年以来累计销售假冒复合肥2300吨。",
                  "goods_sold_quantity") == [(2300, "吨")]
    assert _stats("丁厂全年共销售水泵8000台，实现产值2亿元。", "goods_sold_quantity") == []
    assert _stats("经查，当事人尚未销售的假冒水泵还有12台。", "goods_sold_quantity") == []


def test_version_1_writes_none_of_them() -> None:
    """Version 1 output is unchanged: none of the four figures, not even as ``other``."""
    body = ("丙市抽查了20种产品，其中13种产品合格率为100%。全年监测电商平台120个次。"
            "全县共有农民专业合作社230家。经查，当事人先后销售假冒水泵30台。")
    stats = _report(body, schema="1")["supervision"]["stats"]
    assert [s for s in stats if s["value"] in (13, 120, 230, 30)] == []
