"""Goods a consumer body tests, counted in 款 or 件 right after 测试 or 实测 (as Hong Kong's
reports write a product test): the batches sampled. Every sentence here was written for these
tests (made-up numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "测试报告\n发布日期：2024-05-01  来源：测试日报\n"


def _sampled(body: str) -> list[tuple[Any, ...]]:
    found = report_json(HEADER + body, "2")["supervision"]["stats"]
    return [(s["value"], s["unit"]) for s in found if s["metric"] == "batches_sampled"]


def test_goods_tested_in_kuan_and_jian() -> None:
    """测试了市面上9款电饭煲, 实测18件儿童雨衣: what was sampled."""
    assert _sampled("某委员会测试了市面上9款电饭煲，个别样本能耗偏高。") == [(9, "款")]
    assert _sampled("某委员会实测18件儿童雨衣。") == [(18, "件")]


def test_not_a_capacity_or_a_performance_test() -> None:
    """性能测试 and 能力测试 count no goods sampled."""
    assert _sampled("某中心完成性能测试20件。") == []
    assert _sampled("某中心组织能力测试15款。") == []
