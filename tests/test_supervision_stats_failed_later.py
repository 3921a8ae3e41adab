"""A spot check's failing batches told in a sentence of their own after the batches sampled
were counted: a clause closing on a failing verdict (不合格产品中，有9批次产品甲项目不合格; 其中，
1批次产品经复检后仍不合格) is the failures', though its sentence names no test. A batch count whose clause tells no verdict
(检验结果尚未出具) or one in a report that sampled nothing stays none. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲省通报某类产品抽检情况\n发布时间：2031-07-08  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value"))


def test_failures_broken_down_by_test_item_after_the_sample() -> None:
    """不合格产品中，有9批次…不合格，5批次…不合格: the failures by the item they failed."""
    got = _stats("本次共抽查燃气灶具80批次，发现14批次产品不合格。"
                 "不合格产品中，有9批次产品熄火保护项目不合格，5批次产品软管接头项目不合格。")
    assert got == [("batches_sampled", 80), ("batches_failed", 14), ("batches_failed", 9),
                   ("batches_failed", 5)]


def test_a_retest_failing_after_the_sample() -> None:
    """其中，有2批次经复检后仍不合格: failures, a retest's verdict closing the clause."""
    got = _stats("本次抽查了乙省31家企业生产的47批次瓷砖产品。在不合格产品中，有2批次经复检后仍不合格。")
    assert ("batches_failed", 2) in got


def test_batches_with_no_verdict_yet_are_no_failures() -> None:
    """另有5批次产品的检验结果尚未出具: no verdict closes the clause."""
    got = _stats("本次共抽查电线电缆90批次。另有5批次产品的检验结果尚未出具。")
    assert ("batches_failed", 5) not in got


def test_a_verdict_in_a_report_that_sampled_nothing_stays_none() -> None:
    """No batches sampled before, no test in the sentence: 3批次产品标签不合格 is left alone."""
    got = _stats("据群众反映，某超市有3批次产品标签不合格，已转交属地处理。")
    assert ("batches_failed", 3) not in got


def test_other_forms_of_the_family() -> None:
    """Sentences written after the rule: 个批次, a verdict in other words (不符合标准), the
    failing product named in brackets."""
    assert ("batches_failed", 6) in _stats(
        "全市抽检童装120个批次。其中，6个批次产品纤维含量不符合标准。")
    assert ("batches_failed", 2) in _stats(
        "该局抽查了44批次电动自行车。丁公司生产的2批次电动车(整车)不合格。")


def test_more_forms_written_after_the_rule() -> None:
    """A failure subset without 有, a limit exceeded, 个批次 after the maker, a retest's verdict
    in other words, the failures of a subset counted before."""
    assert ("batches_failed", 4) in _stats(
        "本次抽查童车35批次。不合格产品中，4批次产品车架强度项目不合格。")
    assert ("batches_failed", 7) in _stats("全省抽检食用油210批次。其中，7批次产品酸价超标。")
    assert ("batches_failed", 3) in _stats(
        "此次共抽查电线60个批次。戊公司生产的3个批次电线导体电阻不合格。")
    assert ("batches_failed", 2) in _stats(
        "本次抽检儿童服装50批次。经复检，有2批次复检仍不符合标准要求。")
    assert ("batches_failed", 6) in _stats(
        "本次抽检灯具44批次。在不合格的9批次中，有6批次产品标志项目不合格。")
