"""A check's batches counted after their verdict with the goods named between in a word in 品
(不合格食品13批次, 合格化妆品40批次): the failures or passes, as food and drug checks tell
them. Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "甲省市场监管局抽检通告\n发布时间：2031-05-06  来源：甲省市场监管局\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_failing_goods_named_by_a_word_in_pin() -> None:
    """检出不合格食品17批次; 不合格食用农产品4批次; 不合格化妆品2批次 → each failed."""
    got = _stats("本季度共抽检食品650批次，合格633批次；检出不合格食品17批次，不合格率为2.6%。")
    assert ("batches_failed", 17, "批次") in got
    got = _stats("乙市抽检食用农产品300批次，发现不合格食用农产品4批次。")
    assert ("batches_failed", 4, "批次") in got
    got = _stats("丙县抽检化妆品80批次，其中不合格化妆品2批次。")
    assert ("batches_failed", 2, "批次") in got


def test_passing_goods_named_so_and_a_list_of_three() -> None:
    """合格药品118批次 → passed; 生产、流通、餐饮环节 each 检出不合格食品 N批次 → failed."""
    got = _stats("丁市共抽检药品120批次，合格药品118批次。")
    assert ("batches_passed", 118, "批次") in got
    got = _stats("生产环节抽检40批次，检出不合格食品3批次；流通环节抽检90批次，检出不合格食品5批次；"
                 "餐饮环节抽检60批次，检出不合格食品6批次。")
    for value in (3, 5, 6):
        assert ("batches_failed", value, "批次") in got


def test_a_verdict_word_after_no_pin_is_no_result() -> None:
    """合格证明文件12批次: a word of documents, not of goods, between the verdict and the count
    leaves the batches unread as a result."""
    got = _stats("戊县检查中发现缺少合格证明文件的进货记录12批次。")
    assert ("batches_passed", 12, "批次") not in got


def test_goods_crossing_a_border_are_no_market_result() -> None:
    """检出不合格进口食品20批 / 检出不合格商品300批 at the border: the border's inspections,
    never a market check's failures."""
    got = _stats("甲检验检疫局今年检出不合格进口食品20批，退运8批。")
    assert not [stat for stat in got if stat[0] == "batches_failed"]
    got = _stats("全年检验检疫进出口商品9万批，检出不合格商品300批。")
    assert not [stat for stat in got if stat[0] == "batches_failed"]
