"""Goods seized as Hong Kong's customs write it: 检获 (seized) and 充公 (confiscated) count goods
seized as 查获 and 没收 do, Chinese numerals and an 约/近 before the count too; a seizure
denied seizes nothing. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"某署巡查玩具店\n发布时间：2031-06-07  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_goods_seized_by_customs() -> None:
    """检获共320件, 在检获的约4,200件…中 → goods seized."""
    assert ("goods_seized", 320, "件") in _stats("海关其后从多家批发商检获共320件该款滑板车，并发出禁制通知书。")
    assert ("goods_seized", 4200, "件") in _stats("海关在检获的约4,200件怀疑冒牌耳机中，有九成属假冒某品牌。")


def test_goods_confiscated_after_a_conviction() -> None:
    """被充公近五百件产品 → 500 件 seized, the fine its own figure."""
    got = _stats("甲公司被充公近五百件产品，被罚款三万多元。")
    assert ("goods_seized", 500, "件") in got


def test_no_seizure_denied() -> None:
    """未有检获任何货品: nothing seized."""
    assert not [s for s in _stats("海关人员巡查后未有检获任何货品，共巡查店铺12间。") if s[0] == "goods_seized"]
