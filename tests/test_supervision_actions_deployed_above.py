"""A campaign a higher body deploys, told as that body's act at the start of a clause (省局部署
全省…工作, 市安委办部署…, 在省局部署的“…”“…”等行动中: the body named by its level alone,
as a lower office's report names it), is the province's, the nation's or
the safety committee's programme, no campaign of the bureau; a campaign the bureau carries out
as deployed (按照省局部署，开展…) stays one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-08-15  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_province_deploying_a_battle_is_no_campaign_of_the_bureau() -> None:
    body = "今年3月，省局部署全省电梯安全大会战工作，各地限期完成。"
    assert _kinds(body) == []


def test_a_safety_committee_deploying_a_sweep_is_no_campaign_of_the_bureau() -> None:
    body = "节前，甲市安委会部署各区开展商场扶梯隐患排查治理工作，为期一个月。"
    assert _kinds(body) == []


def test_the_campaigns_of_a_list_the_province_deployed_are_none() -> None:
    body = ("据乙县局统计，在省局部署的“守秤”行动、“净流”行动和"
            "校园周边食品专项检查等行动中，乙县共查办案件12件。")
    assert _kinds(body) == []


def test_a_campaign_the_bureau_carries_out_as_deployed_stays_one() -> None:
    body = "按照省局部署，己县局在全县开展了游乐设施安全专项整治，共查看游乐场所7处。"
    assert _kinds(body) == ["special_rectification"]
