"""Campaign words a report writes without telling a campaign carried out: a programme named as
what leads the year's work (以“…”为引领), the points of a plan a paragraph sets out (将…以下
几方面：一是…), what a meeting told the offices to do (会议指出，…), a body named by its post
after it (…万里行秘书长) and a table's caption (…汇总表), a publicity activity on a campaign's
own subject (its step). Each beside the near miss that stays a campaign; and a check on
equipment named 专项督查 without 安全, which is one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲市监管工作动态\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "今年，乙区市场监管局以“三项行动”为引领，优化营商环境，守牢安全底线，各项工作稳步推进。",
    "丙县局坚持以“双提升行动”为统领，统筹推进质量、标准和计量各项工作，成效明显。",
])
def test_a_programme_that_leads_the_work_is_no_campaign(body: str) -> None:
    assert _actions(body) == []


def test_a_campaign_taken_as_the_occasion_stays_one() -> None:
    """以“…”活动为契机: the campaign the work belongs to, still counted."""
    body = "丁县局以“质量月”活动为契机，组织质量宣传咨询，发放资料2000份。"
    assert _actions(body) == ["other"]


@pytest.mark.parametrize("body", [
    "据介绍，规划期内戊市将着力抓好以下工作：一是落实监管责任。二是聚焦薄弱环节开展专项整治，"
    "确保全年不发生较大事故。三是完善工作机制。",
    "关于计量监管，会议强调，聚焦民生计量，对集贸市场和加油站开展计量执法检查，"
    "依法查处计量作弊行为。",
])
def test_the_points_of_a_plan_or_a_meetings_directive_are_no_campaign(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize("body", [
    # 现将…如下: the report's own work, told done
    "现将上半年工作情况报告如下：一是开展专项整治，检查门店120家，立案查处5起。",
    # a meeting's review of the work done (了) is the work done
    "会议指出，过去一年全市开展了专项整治，检查门店120家，立案查处5起。",
])
def test_work_told_done_after_such_a_lead_stays_a_campaign(body: str) -> None:
    assert _actions(body) == ["special_rectification"]


@pytest.mark.parametrize("body", [
    "陪同调研的还有己省质监局质量处处长王某、全国品牌质量万里行副主任李某等人。",
    "随行人员还有己省质量处处长王某、质量诚信万里行秘书长李某。",
])
def test_a_body_named_by_its_post_is_no_campaign(body: str) -> None:
    """…万里行副主任, …秘书长 name a person's office in a body, no campaign."""
    assert _actions(body) == []


def test_a_tables_caption_is_no_campaign_of_its_own() -> None:
    """…安全检查汇总表 captions the table of the campaign told above: one campaign."""
    body = ("6月，庚区市场监管局开展了燃气安全专项整治，检查餐饮单位80家。\n"
            "庚区餐饮单位液化气罐安全检查汇总表\n")
    assert _actions(body) == ["special_rectification"]


def test_a_publicity_activity_on_a_campaigns_subject_is_its_step() -> None:
    """…种子打假宣传咨询活动 after the …种子打假…专项行动 it serves: one campaign."""
    body = ("近日，辛县质监局启动了春季种子打假护农专项行动，检查种子经营门店35家。"
            "同时，执法人员到乡镇集市开展种子打假宣传咨询活动，发放资料800份。")
    assert _actions(body) == ["anti_counterfeiting"]


def test_a_publicity_activity_on_another_subject_stays_a_campaign() -> None:
    """A publicity activity whose subject no earlier campaign holds is a campaign of its own."""
    body = ("近日，辛县质监局启动了春季种子打假护农专项行动，检查种子经营门店35家。"
            "同时，该局在广场开展“计量惠民”宣传咨询活动，发放资料800份。")
    assert _actions(body) == ["anti_counterfeiting", "other"]


def test_a_special_inspection_of_equipment_without_safety_is_a_check() -> None:
    """…索道专项督查 or …游乐设施专项督查: a check on equipment named by its subject, 安全 or not."""
    body = "国庆前，壬市市场监管局在景区开展客运索道专项督查，检查运营单位6家。"
    assert _actions(body) == ["law_enforcement"]
