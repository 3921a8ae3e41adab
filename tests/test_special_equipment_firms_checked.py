"""Firms a check counts in a sentence of special equipment — the verb right before them
(检查企业120家) or their equipment's care right after (对9家企业特种设备管理台账逐一检查) — are
supervision's firms inspected, not the equipment's users; units named as users, or firms
holding the equipment counted after them, still are. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _users(body: str) -> list[float]:
    text = f"本地新闻\n发布时间：2031-07-08  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [s["value"] for s in report["special_equipment"]["stats"]
            if s["metric"] == "users_inspected"]


def test_firms_right_after_the_check_verb_are_no_users() -> None:
    """检查企业120家、锅炉300台: the 120 firms are no users."""
    assert 120 not in _users("甲市开展特种设备安全大检查，共检查企业120家、锅炉300台。")


def test_firms_counted_before_their_equipments_care_are_no_users() -> None:
    """对9家企业特种设备管理台账逐一检查: no users."""
    assert 9 not in _users("乙县局开展特种设备检查，对9家企业特种设备管理台账逐一检查。")


def test_units_named_as_users_still_are() -> None:
    """检查电梯使用单位58家: users."""
    assert 58 in _users("丙区局开展电梯专项检查，检查电梯使用单位58家。")
