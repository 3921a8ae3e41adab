"""Firms a metrology check goes through (对20家经销单位进行了计量监督检查) are firms inspected:
计量 there names the check's kind, not what the firms hold; their instruments, or metrology's
bodies, are still no firms. Every sentence here was written for these tests (made-up places and
numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "测试报告\n发布日期：2024-10-01  来源：测试日报\n"


def _firms(body: str) -> list[tuple[Any, ...]]:
    found = report_json(HEADER + body, "2")["supervision"]["stats"]
    return [(s["value"], s["unit"]) for s in found if s["metric"] == "enterprises_inspected"]


def test_a_metrology_check_of_firms_counts_the_firms() -> None:
    """对城区15家灯具销售单位进行了计量专项监督检查 → 15 家; 计量抽查 too."""
    assert _firms("近日，甲市某局对城区15家灯具销售单位进行了计量专项监督检查。") == [(15, "家")]
    assert _firms("乙县某局对8家粮油经销企业开展计量抽查。") == [(8, "家")]


def test_the_firms_instruments_and_metrology_bodies_stay_out() -> None:
    """对12家企业的计量器具进行了检查, 对计量技术机构检查5家: no firms inspected."""
    assert _firms("丙区某局对12家企业的计量器具进行了检查。") == []
    assert _firms("丁区某局对计量技术机构检查5家。") == []
