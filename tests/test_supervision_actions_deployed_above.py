"""A campaign a higher body deploys, told as that body's act at the start of a clause (省局部署
全省…工作, 市安委办部署…, 在省局部署的“…”“…”等行动中: the body named by its level alone,
as a lower office's report names it), is the province's, the nation's or
the safety committee's programme, no campaign of the bureau; a campaign the bureau carries out
as deployed (按照省局部署，开展…) stays one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-08-15  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_province_deploying_a_battle_is_no_campaign_of_the_bureau() -> None:
    body = "去年4月2日，省质监局部署全省锅炉安全监管大会战工作，要求各地认真落实。"
    assert _kinds(body) == []


def test_a_safety_committee_deploying_a_sweep_is_no_campaign_of_the_bureau() -> None:
    body = "入夏以来，丙市安委办部署在全市范围内开展水上乐园设施隐患排查治理工作。"
    assert _kinds(body) == []


def test_the_campaigns_of_a_list_the_province_deployed_are_none() -> None:
    body = ("据丁市局介绍，在省局部署的种子市场“净源”行动、“打击农村假冒伪劣种子”和"
            "电梯安全专项检查等行动中，丁市共办结案件31件。")
    assert _kinds(body) == []


def test_a_campaign_the_bureau_carries_out_as_deployed_stays_one() -> None:
    body = "戊县局按照省局部署，开展了液化气瓶充装安全专项整治，检查充装站9家。"
    assert _kinds(body) == ["special_rectification"]
