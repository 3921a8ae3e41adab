"""不合格品, the standard word for a failing product, before a batch count makes it the
failures as 不合格产品 does (抽检中检出不合格品4批次); 合格品 the passes. Invented reports, parsed end
to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲省通报某类产品抽检情况\n发布时间：2031-07-08  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value"))


def test_the_standard_word_for_a_failing_product() -> None:
    """抽检中检出不合格品4批次: 品 is the failing product's word."""
    got = _stats("本次在丙市抽查取暖器产品26批次，抽检中检出不合格品4批次。")
    assert got == [("batches_sampled", 26), ("batches_failed", 4)]


def test_the_word_after_detected_and_for_passes() -> None:
    """检出不合格品8批次; 合格品47批次."""
    got = _stats("本次抽检化肥55批次，合格品47批次，检出不合格品8批次。")
    assert got == [("batches_sampled", 55), ("batches_passed", 47), ("batches_failed", 8)]
