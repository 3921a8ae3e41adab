"""A bare campaign word pointed back to (此次行动, 这次大检查活动, 本次专项整治行动) names the
campaign or the check told before it, whichever way that one was found: no campaign of its own.
An unnamed check before it takes the kind of a listed word. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-04-12  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_bare_action_pointed_back_is_the_campaign_named_before() -> None:
    body = ("今年5月起，丙省在全省开展种子专项执法打假集中行动，重点查处套牌侵权种子。\n"
            "丙省农业厅、丙省市场监管局联合开展此次行动。")
    assert _kinds(body) == ["anti_counterfeiting"]


def test_a_big_check_activity_pointed_back_is_the_check_told_before() -> None:
    body = ("近日，戊州市场监管局对景区内的观光车、客运索道进行了安全监督检查，"
            "对发现的隐患当场下达整改通知。\n"
            "此次大检查活动将在国庆期间持续开展，检查组还将前往各县景区。")
    assert _kinds(body) == ["law_enforcement"]


def test_a_listed_kind_pointed_back_names_the_unnamed_check_before() -> None:
    body = ("本报讯 近日，己县市场监管局对全县销售电动三轮车的门店进行监督检查，"
            "此次监督检查重点查看车辆铭牌和合格证。执法人员责令3家门店下架问题车辆。\n"
            "此次专项整治行动规范了全县电动三轮车销售秩序。")
    assert _kinds(body) == ["special_rectification"]


def test_a_campaign_with_a_name_of_its_own_after_a_pointer_stays_one() -> None:
    body = ("庚县市场监管局开展了农资专项打假行动。\n"
            "此外，该局还开展了眼镜制配场所计量专项检查行动，检查眼镜店12家。")
    assert sorted(_kinds(body)) == ["anti_counterfeiting", "law_enforcement"]
