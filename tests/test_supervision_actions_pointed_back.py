"""A bare campaign word pointed back to (此次行动, 这次大检查活动, 本次专项整治行动) names the
campaign or the check told before it, whichever way that one was found: no campaign of its own.
An unnamed check before it takes the kind of a listed word. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-04-12  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_bare_action_pointed_back_is_the_campaign_named_before() -> None:
    body = ("6月以来，甲市开展农机配件打假专项行动，重点查处冒牌零件。\n"
            "甲市农业农村局与市场监管局一同开展此次行动，抽调骨干20人。")
    assert _kinds(body) == ["anti_counterfeiting"]


def test_a_big_check_activity_pointed_back_is_the_check_told_before() -> None:
    body = ("上周，乙县市场监管局对城区商场的自动扶梯进行了安全监督检查，"
            "对有问题的扶梯责令停用整改。\n"
            "这次大检查活动将持续到月底，随后转入乡镇。")
    assert _kinds(body) == ["law_enforcement"]


def test_a_listed_kind_pointed_back_names_the_unnamed_check_before() -> None:
    body = ("丙区市场监管局日前对辖区出售儿童玩具的商店进行监督检查，"
            "这次监督检查主要看标识和认证。检查人员责令4家商店下架无标玩具。\n"
            "本次专项整治行动让全区玩具市场更加规范。")
    assert _kinds(body) == ["special_rectification"]


def test_a_campaign_with_a_name_of_its_own_after_a_pointer_stays_one() -> None:
    body = ("丁县市场监管局开展了建材专项打假行动。\n"
            "同时，该局还开展了集贸市场计量专项检查行动，检查摊位60个。")
    assert sorted(_kinds(body)) == ["anti_counterfeiting", "law_enforcement"]
