"""A sweep for hazards that goes on to their repair (隐患排查整治) is a rectification, not a
sweep of no listed kind; and a check named as the last means of a list whose manner it
carries (采取视频巡查和现场突击检查) is how other work is done, no campaign. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲市监管工作动态\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_hazard_sweep_and_repair_is_a_rectification() -> None:
    """开展…隐患排查整治: the repair names the work, one rectification."""
    body = "二季度，癸区分局以餐饮场所为重点，会同消防部门开展燃气隐患排查整治，检查单位45家。"
    assert _actions(body) == ["special_rectification"]


def test_a_hazard_sweep_alone_is_no_rectification() -> None:
    """开展隐患排查 with no repair after it: not the rectification's row."""
    body = "二季度，癸区分局对餐饮场所开展燃气隐患排查，检查单位45家。"
    assert "special_rectification" not in _actions(body)


def test_a_check_with_its_manner_at_the_end_of_means_is_no_campaign() -> None:
    """采取视频巡查和现场突击检查，督促…: the surprise check is a means."""
    body = ("近期，癸区分局开展了液化气使用安全专项整治。二是采取视频远程巡查和现场突击检查，"
            "督促经营单位整改问题12个。")
    assert _actions(body) == ["special_rectification"]


def test_a_surprise_check_carried_out_stays_one() -> None:
    """开展突击检查 as the work itself: an enforcement check."""
    body = "节前，癸区分局对辖区加油站开展突击检查，检查加油机60台。"
    assert _actions(body) == ["law_enforcement"]
