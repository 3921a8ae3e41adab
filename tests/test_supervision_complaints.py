"""Complaints or tip-offs counted in a sentence's run, then closed or broken down by kind
(受理投诉和咨询电话260件，办结230件; 受理举报150件，其中虚假广告违法行为40件): those complaints, not
cases handled; a case handled after them in its own clause (立案查处案件12件) still is.
Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _cases(body: str) -> list[float]:
    text = f"子市市场监管局通报近期工作\n发布时间：2031-04-05\n{body}"
    report: dict[str, Any] = report_json(text)
    return [s["value"] for s in report["supervision"]["stats"] if s["metric"] == "cases"]


def test_complaints_closed_are_no_cases() -> None:
    """…查处违规12起；热线受理投诉和咨询电话260件，办结230件: 12 cases, not 230."""
    assert _cases("节日期间子市局查处违规12起；服务热线受理消费者投诉和咨询电话260件，"
                  "办结230件。") == [12]


def test_complaints_broken_down_by_kind_are_no_cases() -> None:
    """受理举报150件，其中虚假广告违法行为40件、价格违法行为25件: no cases."""
    assert _cases("本季度子市局共受理举报150件，其中虚假广告违法行为40件、价格违法行为25件，"
                  "已处理140件。") == []


def test_complaints_closed_by_their_own_name_are_no_cases() -> None:
    """…其中投诉70件、举报20件，办理完毕的案件180件: the complaints again."""
    assert _cases("假期里共受理投诉、举报和咨询210件，其中投诉70件、举报20件，"
                  "办理完毕的案件180件，办结率86%。") == []


def test_cases_handled_after_complaints_stay_cases() -> None:
    """受理投诉举报80件，立案查处案件12件: 12 cases."""
    assert _cases("子市局受理投诉举报80件，立案查处案件12件。") == [12]
