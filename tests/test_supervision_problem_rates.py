"""A spot check's failure rate named by what it found wrong (问题发现率, 问题样品检出率, 问题发生率),
as food checks name it beside 不合格率: ``failure_rate``; a bare 问题率 or a rate of problems
solved is none. Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "食品抽检情况通报\n发布日期：2031-03-04  来源：测试日报\n"


def _rates(body: str) -> list[tuple[Any, ...]]:
    stats = report_json(HEADER + body)["supervision"]["stats"]
    return [(s["metric"], s["value"]) for s in stats if s["unit"] == "%"]


def test_a_problem_found_rate_is_a_failure_rate() -> None:
    """问题发现率1.8% after the failures' count → 1.8 % failure_rate."""
    assert _rates("甲县全年抽检食品820批次，不合格15批次，问题发现率1.8%。") == [("failure_rate", 1.8)]


def test_the_rate_word_nearest_before_decides() -> None:
    """问题样品检出率2.3%，合格率97.7%: one failure rate, one pass rate."""
    assert _rates("乙市抽检食品300批次，问题样品检出率2.3%，合格率97.7%。") == [
        ("failure_rate", 2.3), ("pass_rate", 97.7)]
    assert _rates("丙县抽检食品500批次，不合格22批次，问题发生率4.4%。") == [("failure_rate", 4.4)]


def test_a_bare_problem_rate_or_problems_solved_is_no_failure_rate() -> None:
    """问题率 names no finding; 投诉问题解决率 is complaints' work, no spot check's failures."""
    assert _rates("丁县抽检食品300批次，问题率2.3%。") == []
    assert _rates("戊区抽检食品400批次，合格率98%，投诉问题解决率96%。") == [("pass_rate", 98)]
