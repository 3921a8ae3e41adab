"""Goods sampled and counted in 件 or 款 right after a verb of testing (检测15件…, 抽验12款…), and
the short verdict 不符规定 (or 不符合…规定 with the rule named between) as a failure. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲市公布商品检测结果\n发布时间：2031-02-03  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_pieces_counted_right_after_a_verb_of_testing_are_the_sample() -> None:
    """随机检测15件电热水壶: 15 sampled; 其中3件标示不符规定: 3 failed, not sampled."""
    got = _stats("甲市标准检验局日前随机检测15件不同型号的电热水壶，其中3件标示不符规定。")
    assert ("batches_sampled", 15, "件") in got
    assert ("batches_failed", 3, "件") in got
    assert ("batches_sampled", 3, "件") not in got


def test_models_sampled_in_taiwans_word() -> None:
    """抽验12款儿童雨衣: 12 models sampled."""
    assert ("batches_sampled", 12, "款") in _stats("该局另抽验12款儿童雨衣，全数符合标准。")


def test_a_verdict_with_the_rule_named_between_is_a_failure() -> None:
    """抽验20件文具，但有4件不符合商品标示规定: 4 failed, the rule's name between."""
    got = _stats("乙县消保官抽验20件文具，但有4件不符合商品标示规定。")
    assert ("batches_sampled", 20, "件") in got
    assert ("batches_failed", 4, "件") in got


def test_pieces_sent_for_testing_by_a_client_are_no_sample() -> None:
    """委托检测8件: a client's tests, not the bureau's sample."""
    got = _stats("丙公司委托检测8件样品，结果均合格。")
    assert ("batches_sampled", 8, "件") not in got
