"""People a report counts as they do a task (计量所3名工作人员用专用工具检定加油机) are the team
at work, not a body's staff; a body's staff told as a stock still are. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _staff(body: str) -> list[float]:
    text = f"甲市计量所开展检定\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [s["value"] for s in report["capacity"]["stats"] if s["metric"] == "staff"]


def test_staff_counted_as_they_verify_are_no_bodys_staff() -> None:
    """计量所3名工作人员用专用工具检定…: the team at work."""
    assert _staff("昨日上午，在某加油站，市计量所3名工作人员用专用工具检定加油机的准确度。") == []


def test_staff_counted_as_they_go_out_are_no_bodys_staff() -> None:
    """质检中心2名检验员赴现场…: the team at work."""
    assert _staff("接到通知后，乙县质检中心2名检验员赴现场抽取样品。") == []


def test_a_bodys_staff_told_as_a_stock_still_count() -> None:
    """质检中心有检验技术人员38名: its staff."""
    assert _staff("丙县质检中心有检验技术人员38名。") == [38]
