"""Market entities named 市场实体 or 经营实体, counted in 个, are firms inspected as 市场主体 are;
markets counted in 个 stay places. Every sentence here was written for these tests (made-up
places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "测试报告\n发布日期：2022-04-01  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_market_and_business_entities_in_ge_are_firms() -> None:
    """检查市场实体近25万个, 检查经营实体420个 → firms inspected."""
    assert _stats("甲省共检查市场实体近25万个。") == [("enterprises_inspected", 25, "万个")]
    assert _stats("乙县检查经营实体420个。") == [("enterprises_inspected", 420, "个")]


def test_markets_in_ge_stay_places() -> None:
    """检查农贸市场12个 → places, not firms."""
    assert ("enterprises_inspected", 12, "个") not in _stats("丙区检查农贸市场12个。")
