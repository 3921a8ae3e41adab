"""A check the lead tells with a bare 检查 (对…集中开展检查, 对…进行了全面检查) is the report's
campaign of enforcement when the report then refers back to it (本次检查, 此次行动) or counts
the force it sent out (出动执法人员N人次); with neither, or planned, or one of two works joined,
it is none. Invented reports (made-up places, goods and numbers), parsed end to end."""

from __future__ import annotations

import pytest

from .report_helpers import area_items

HEADER = "乙县市场监管动态\n发布日期：2031-06-02 来源：测试晚报\n"


def _actions(body: str) -> list[str]:
    return [a["kind"] for a in area_items(HEADER + body + "\n", "supervision", "actions")]


@pytest.mark.parametrize("body", [
    "乙县市场监管局针对城区眼镜店集中开展检查。本次检查共出动执法人员40人次，检查门店60家。",
    "乙县市场监管局对城区各景区使用的索道、电梯进行了全面检查。此次行动重点查看了设备运行"
    "记录，共检查索道3条。",
    # (written after the rule: other objects, back references and counts of the force)
    "丙市市场监管局对全市加油站进行了全面检查。此次检查共出动执法人员85人次。",
    "丁县质监局针对辖区内的农贸市场集中开展检查，本次行动检查市场12个。",
    "戊区分局对城区各大商场的电梯、扶梯进行检查。这次检查发现隐患4处。",
    "甲县局对辖区所有烟花爆竹经营点开展检查，共出动检查人员30人次。",
    "某局对全县学校食堂、幼儿园食堂和养老院食堂在用的燃气锅炉、压力容器、电梯等特种设备开展了"
    "检查，此次行动共检查设备80台。",
])
def test_a_bare_check_borne_out_by_its_report_is_enforcement(body: str) -> None:
    """对…进行了检查 and then 本次检查, 此次行动 or 出动…人员: the report's drive."""
    assert _actions(body) == ["law_enforcement"]


@pytest.mark.parametrize("body", [
    "近日，乙县局对城区5家电线经营户进行了检查。",
    "乙县质监局将对全市加油站进行检查。本次检查为期一个月。",
])
def test_a_bare_check_with_nothing_after_it_or_planned_is_none(body: str) -> None:
    """Near misses: a bare check told alone (a raid, a visit), and one still ahead."""
    assert _actions(body) == []


def test_a_bare_check_joined_to_a_sampling_is_not_read_as_the_check() -> None:
    """对…进行检查和抽样: the pair's own words name the work, not the bare check."""
    body = "乙县质监局对城区豆制品作坊进行检查和抽样，此次检查共抽样10批次。"
    assert "law_enforcement" not in _actions(body)
