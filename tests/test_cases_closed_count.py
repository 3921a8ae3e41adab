"""Cases closed named by their count (结案数9件, 结案数为9起) are no figure, as 结案9件 is not.
Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "测试报告\n发布日期：2021-06-01  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_cases_closed_named_by_their_count_are_no_figure() -> None:
    """立案30件、结案数17件: the cases opened only; 结案数为 too."""
    assert _stats("戊县今年立案30件、结案数17件。") == [("cases", 30, "件")]
    assert _stats("己县今年立案查处案件46起，结案数为39起。") == [("cases", 46, "起")]
