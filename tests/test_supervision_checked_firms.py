"""Supervision: firms a 监督检验 went through, and units a 清查 went through, are firms inspected."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked("某市质量工作通报\n发布日期：2014-04-08  来源：测试日报\n" + body + "\n",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_firms_before_a_supervisory_test_named_after_them_are_inspected() -> None:
    """对…N家企业的M批样品实施监督检验: the firms are inspected, the batches sampled."""
    first = _stats("10月8日，甲市质监局公布了二季度产品监督检验通报，共对管材、涂料、电线等73家企业"
                   "的90批次样品实施了监督检验。")
    assert ("enterprises_inspected", 73, "家") in first
    assert ("batches_sampled", 90, "批次") in first
    second = _stats("上半年，乙区对辖区内38家企业生产的52批次建材进行监督检验，合格率94.2%。")
    assert ("enterprises_inspected", 38, "家") in second


def test_units_a_sweep_went_through_are_inspected_not_what_it_found() -> None:
    """清查 counts the firms it went through (食品生产企业58家), never those it turned up (清查出);
    the users of special equipment it went through are that area's, and no stock of firms."""
    assert ("enterprises_inspected", 58, "家") in _stats("节前，全县共清查食品生产企业58家，发现问题12个。")
    assert _stats("节前，全县共清查锅炉使用单位58家。") == []
    assert _stats("执法人员清查了辖区内的小化工企业23家。") == [("enterprises_inspected", 23, "家")]
    assert _stats("经过清查，共清查出无证生产企业6家。") == []


def test_business_entities_a_check_counts_in_ge_are_firms() -> None:
    """检查经营主体N个, N个经营主体: firms inspected, as 市场主体 are; a register's stock
    (共有, 新登记) and the pool a draw is made from are not."""
    assert ("enterprises_inspected", 4200, "个") in _stats(
        "春节前，全县共出动执法人员310人次，检查食品经营主体4200个，检查批发市场12个。")
    assert ("enterprises_inspected", 310, "个") in _stats("节前，执法人员检查了310个食品经营主体。")
    assert not [s for s in _stats("抽查对象从全县经营主体1.5万个中随机抽取。")
                if s[0] == "enterprises_inspected"]
    assert not [s for s in _stats("今年全县新登记经营主体300个。") if s[0] == "enterprises_inspected"]
