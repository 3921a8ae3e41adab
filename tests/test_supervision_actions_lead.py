"""Campaigns a report names only in its headline or carries out in its lead (supervision
actions read by ``supervision_actions_lead``): invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2015-03-02  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_campaign_named_only_in_the_headline_is_the_reports() -> None:
    """A body that names no campaign of its own takes the one its headline names."""
    got = _actions("平舆县质监局开展电动车充电桩专项执法检查",
                   "3月1日起，执法人员走访小区充电点21处，发现问题隐患5处，当场整改3处。")
    assert got == [("law_enforcement", "电动车充电桩专项执法检查")]


def test_a_headline_campaign_gives_way_to_the_bodys_own() -> None:
    """When the body names a campaign, the headline's is not counted again beside it."""
    got = _actions("某县开展农资打假专项行动",
                   "连日来，某县质监局组织开展了春季化肥质量专项整治，查扣化肥6吨。")
    assert [kind for kind, _ in got] == ["special_rectification"]


def test_a_headline_naming_a_body_of_such_work_gives_no_campaign() -> None:
    """A centre, a platform or a meeting named after the work is no campaign."""
    assert _actions("全市首家打假维权服务中心揭牌", "中心设在市行政服务大楼二层，有工作人员6名。") == []


def test_the_lead_check_of_a_class_of_equipment_is_the_reports_campaign() -> None:
    """A lead that carries out a safety check on a class of equipment names the campaign."""
    got = _actions("某区节前检查观光车",
                   "节前，某区市场监管局对辖区内景区的观光车进行了安全检查，查看车辆27台。")
    assert [kind for kind, _ in got] == ["law_enforcement"]
