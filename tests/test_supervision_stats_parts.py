"""Supervision stats: a part of a check told by its verdict is no count of what it covered.
Every text here is written for the test, with made-up places and numbers."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked("某市质量工作通报\n发布日期：2015-06-12  来源：测试日报\n" + body + "\n",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_the_firms_that_passed_are_no_firms_inspected() -> None:
    """合格的N家企业中: the firms whose products passed, a part of those checked."""
    assert ("enterprises_inspected", 60, "家") not in _stats(
        "甲市这轮抽查的结果显示，抽查合格的60家企业中，多数已建立进货查验制度。")
    checked = _stats("甲县抽查了40家企业，合格的有34家。")
    assert ("enterprises_inspected", 40, "家") in checked
    assert ("enterprises_inspected", 34, "家") not in checked


def test_the_pieces_that_failed_are_no_pieces_sampled() -> None:
    """其中不合格有N件 after the pieces sampled: the failures, not a second sample."""
    found = _stats("乙区共抽查电热水壶50件，其中不合格有7件，主要问题是标识不规范。")
    assert ("batches_sampled", 50, "件") in found
    assert ("batches_sampled", 7, "件") not in found


def test_batches_that_passed_stay_passed_and_failures_stay_failures() -> None:
    """The verdict's own readings are left as they were: 合格的N个批次 passed, 其中不合格N批次 failed."""
    passed = _stats("本次共抽查80批次，合格的70个批次，合格率为87.5%。")
    assert ("batches_sampled", 80, "批次") in passed
    assert ("batches_passed", 70, "个批次") in passed
    failed = _stats("丙市本次抽查了36批次，其中不合格5批次。")
    assert ("batches_failed", 5, "批次") in failed
