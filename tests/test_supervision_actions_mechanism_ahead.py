"""A long-term mechanism still to be built (下一步将建立…长效机制, 今后将推动建立…长效机制)
is work ahead, as the rounds' readers key it: no campaign. One built already stays one.
Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-09-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_mechanism_the_bureau_will_build_next_is_no_campaign() -> None:
    body = ("戊区市场监管局对辖区内的美容美发店开展专项整治，检查店铺50家。"
            "下一步，该局将建立长效监管机制，巩固整治成果。")
    assert _kinds(body) == ["special_rectification"]


def test_a_mechanism_pushed_for_ahead_is_no_campaign() -> None:
    body = ("己县局开展了电梯维保专项整治。"
            "今后，县局将继续推动建立电梯安全监管长效机制，让群众乘梯更放心。")
    assert _kinds(body) == ["special_rectification"]


def test_a_mechanism_built_already_stays_a_campaign() -> None:
    body = ("庚县局开展了锅炉专项整治。"
            "整治结束后，县局在全县30家使用单位建立了锅炉安全长效监管机制。")
    assert sorted(_kinds(body)) == ["long_term_mechanism", "special_rectification"]
