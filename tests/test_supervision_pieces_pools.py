"""A product test's sample told as the pool its failures are picked from (10件中有3件…,
8个样本当中，2个…): the pool is the pieces tested, whatever verb came before; pieces counted in
个 or 份 where a sample noun (样品, 样本) names them; and the whole class of failing verdicts
(超标, 不合规定, 未能符合…要求, 未能令人满意, 没有适当标签). Every sentence here was written for
these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "甲市公布产品测试情况\n发布时间：2031-04-05  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def _failed(got: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [stat for stat in got if stat[0] == "batches_failed"]


def test_a_pool_in_ge_with_its_part_after_it() -> None:
    """联合测试发现，14个电饭煲样本当中，4个的…未能完全令人满意 → 14 个 sampled, 4 个 failed."""
    got = _stats("两个部门的联合测试发现，14个电饭煲样本当中，4个的安全表现未能完全令人满意。")
    assert ("batches_sampled", 14, "个") in got
    assert ("batches_failed", 4, "个") in got


def test_a_pool_in_traditional_script() -> None:
    """The same pool told in traditional script: 個 read as 个, 當中 as 当中."""
    got = _stats("委員會的測試發現，9個暖風機樣本當中，2個的外殼未能通過灼熱線測試。")
    assert ("batches_sampled", 9, "個") in got
    assert ("batches_failed", 2, "個") in got


def test_a_pool_in_fen_and_jian() -> None:
    """11份样品中有3份…超标; 二十件中，五件…不合规定 → each pool sampled, its part failed."""
    got = _stats("某中心检测了送来的奶茶，11份样品中有3份的菌落总数超标。")
    assert ("batches_sampled", 11, "份") in got
    assert ("batches_failed", 3, "份") in got
    got = _stats("某会公布电热毯调查结果，二十件中，五件的电源线不合规定。")
    assert ("batches_sampled", 20, "件") in got
    assert ("batches_failed", 5, "件") in got


def test_failing_verdicts_of_other_words() -> None:
    """未能符合…要求, 没有适当标签, 表现欠佳: each a failure of pieces picked out."""
    got = _stats("某局抽验15件儿童水杯，结果显示，其中2件未能符合相关安全标准的要求，"
                 "另有3件没有适当标签。")
    assert ("batches_failed", 2, "件") in got
    assert ("batches_failed", 3, "件") in got
    got = _stats("某会测试了7款电动牙刷，其中1款的续航表现欠佳。")
    assert ("batches_failed", 1, "款") in got


def test_ge_counting_no_sample_is_no_piece() -> None:
    """A pool in 个 with no sample noun in its sentence (8个摊位中，3个…) counts stalls, not
    pieces; and 个 counting problems after a sample is no failure of pieces."""
    got = _stats("执法人员走访市场，8个摊位中，3个没有适当标签。")
    assert not [stat for stat in got if stat[0] in ("batches_sampled", "batches_failed")]
    got = _stats("某局抽验18件保温杯。检查中发现2个问题，已要求整改。")
    assert not _failed(got)


def test_zhong_opening_a_word_is_no_pool() -> None:
    """10件产品中国产6件: 中 opens 中国, so no pool and no part picked from it."""
    got = _stats("某会检查的10件产品中国产6件，进口4件。")
    assert ("batches_sampled", 10, "件") not in got
