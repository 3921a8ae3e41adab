"""Pieces a product test found failing, told after the sample in a clause or sentence of their
own: a count in 件 or 款 picked out (计有, 仅, 其中, 另有) and a verdict closing its clause, read
only where the sample was counted in the same unit before it. Every sentence here was written
for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "甲市公布产品测试情况\n发布时间：2031-02-03  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_failures_picked_out_in_later_sentences() -> None:
    """抽验12件 …。计有3件不符合 → 3 件 failed; 另有两件…不符合国家标准要求 → 2 件 failed."""
    got = _stats("某局抽验12件电暖器，结果良好。标示查核计有3件不符合。"
                 "安全检测部分，另有两件的电源线不符合国家标准要求。")
    assert ("batches_sampled", 12, "件") in got
    assert ("batches_failed", 3, "件") in got
    assert ("batches_failed", 2, "件") in got


def test_a_test_that_was_not_passed() -> None:
    """其中有1款的温升试验未通过 → 1 款 failed."""
    got = _stats("某会测试9款电热毯。品质项目中，其中有1款的温升试验未通过。")
    assert ("batches_failed", 1, "款") in got


def test_no_failure_without_a_sample_in_the_unit_nor_where_all_passed() -> None:
    """Goods seized in 件 (no sample counted in 件) and pieces passing are no failures."""
    assert not [s for s in _stats("某局查扣假冒插座40件，其中有6件不合格。") if s[0] == "batches_failed"]
    got = _stats("某局抽验14件台灯。其中有4件全部合格。")
    assert not [s for s in got if s[0] == "batches_failed"]


def test_a_pool_counted_in_the_sentence_before_its_test() -> None:
    """选购16件…送实验室检测，…计有5件不符合: the 16 are the pool, 5 件 failed, though no
    sampling verb made the 16 a sample."""
    got = _stats("乙县局在商场选购16件取暖器送实验室检测，检测结果显示安全项目良好，标签项目计有5件不符合。")
    assert ("batches_failed", 5, "件") in got


def test_a_picked_failure_is_no_further_sample() -> None:
    """抽检20件 …，其中4件检测未通过 → 4 件 failed only, not 4 more sampled."""
    got = _stats("丙区抽检电热水袋20件，其中4件的防爆检测未通过。")
    assert ("batches_sampled", 20, "件") in got
    assert ("batches_failed", 4, "件") in got
    assert ("batches_sampled", 4, "件") not in got


def test_a_measure_short_of_its_claim_is_a_failure() -> None:
    """其中3款…的实测容量比标称值低 → 3 款 failed; 低于声称值 alike."""
    got = _stats("某会测试11款电饭煲，其中3款电饭煲的实测容量比标称值低，差距最大的达一成。")
    assert ("batches_failed", 3, "款") in got
    assert ("batches_sampled", 3, "款") not in got
    got = _stats("某会测试7款充电宝，其中2款的实测容量低于声称值。")
    assert ("batches_failed", 2, "款") in got


def test_a_measure_above_its_claim_or_a_pool_of_no_test_is_no_failure() -> None:
    """比标称值高 is no shortfall; goods seized in the sentence (查扣…，没有检测) are no pool."""
    got = _stats("某会测试11款电饭煲，其中3款电饭煲的实测容量比标称值高。")
    assert ("batches_failed", 3, "款") not in got
    got = _stats("丁县局查扣假冒插座30件，其中有6件不符合。")
    assert not [s for s in got if s[0] == "batches_failed"]


def test_pieces_bought_for_a_test_are_the_sample() -> None:
    """购买十六件…进行检测 and 为21款…进行测试 → the pieces sampled, counted before their test;
    计两件不符合, 共计三件不符合: the failures, written in Chinese numerals."""
    got = _stats("戊县局近日在超市随机购买十六件不同品牌之电热毯进行检测，检测结果安全项目计两件不符合，"
                 "标签项目共计三件不符合。")
    assert ("batches_sampled", 16, "件") in got
    assert ("batches_failed", 2, "件") in got
    assert ("batches_failed", 3, "件") in got
    got = _stats("某会为21款蓝牙耳机进行测试，发现6款未能通过防水测试。")
    assert ("batches_sampled", 21, "款") in got
    assert ("batches_failed", 6, "款") in got


def test_goods_bought_for_use_or_tested_after_a_purchase_are_no_sample() -> None:
    """购置4件仪器用于检测 (the test's tools) and 购买2件外套后检测 (a buyer's own test) are no
    sample."""
    assert not _stats("己区中心购置4件仪器用于检测。")
    assert not [s for s in _stats("一位市民购买2件外套后检测发现甲醛超标。")
                if s[0] == "batches_sampled"]
