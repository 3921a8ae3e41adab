"""Units a check found at fault told as a result: 有 and the count opening a clause, the units'
kind and their own fault after (two kinds joined by 和 too); the count found before a fault
and the units it names (发现3间存在违规行为的店铺, shops in 间); the fault and the units' kind before
a closing count (存在…隐患的小餐馆共40家). Every sentence here was written for these tests
(made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "青岚市场监管\n发布日期：2023-03-14  来源：青岚日报\n"


def _at_fault(body: str) -> list[tuple[Any, ...]]:
    report = report_json(HEADER + body + "\n")
    return [(s["value"], s["unit"]) for s in report["supervision"]["stats"]
            if s["metric"] == "units_at_fault"]


def test_a_result_opening_on_you_and_the_count() -> None:
    """检查结果显示，有7家门店存在违规经营行为 → 7 家; 有2家摊商标签违规 → 2 家."""
    assert _at_fault("甲区检查门店40家，检查结果显示，有7家门店存在违规经营行为。") == [(7, "家")]
    assert _at_fault("乙市抽查摊商30家，有2家摊商标签违规。") == [(2, "家")]


def test_two_kinds_of_unit_joined_by_he() -> None:
    """有5家药店和2家诊所存在问题 → 5 家 and 2 家."""
    assert _at_fault("结果表明，有5家药店和2家诊所存在违法行为。") == [(5, "家"), (2, "家")]


def test_shops_in_jian_found_before_their_fault() -> None:
    """发现3间存在违规行为的店铺 → 3 间."""
    assert _at_fault("经试购后，关员发现3间存在违规行为的店铺。") == [(3, "间")]


def test_the_fault_and_the_kind_before_a_closing_count() -> None:
    """存在消防安全隐患的小餐馆共40家（见附表） → 40 家."""
    assert _at_fault("丙县排查餐馆300家，存在消防安全隐患的小餐馆共40家（见附表）。") == [(40, "家")]


def test_no_unit_at_fault_where_goods_fail_or_a_stock_is_told() -> None:
    """有3家企业的产品不合格 is the firms' goods; 全县有50家企业 is a stock, no fault."""
    assert _at_fault("丁市抽查企业20家，有3家企业的产品不合格。") == []
    assert _at_fault("全县有50家企业，均已建立台账。") == []
