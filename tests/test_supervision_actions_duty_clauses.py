"""A campaign named in a clause that opens on a duty (各地要…, 要以…行动为…, 二是要…, 全市系统
要…): the work is asked for, not told done, though the campaign is named as one of its own
(“…”专项行动, …专项整治行动). Beside each, the near miss that stays a campaign: a clause that
tells it done (已), a 要 that is no duty (重要, 主要, 要案, 要求 as a noun), a yearly
observance's activities (质量月, 世界计量日). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲市质量工作动态\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    # (who is called on, then 要: offices, a whole system, a bureau, the counties)
    "会议强调，各县区要深入开展“清风”专项行动，切实维护市场秩序。",
    "此外，全市质监系统要继续组织“蓝盾”护航行动、“亮剑”行动和农资打假专项行动。",
    "下一步，乙县质监局要深入开展“春雷”专项行动。",
    # (a numbered point of a duty, and a bare 要 after a meeting's call)
    "三是要扎实推进电梯安全隐患专项整治行动。",
    "会议要求，要以开展“标准进万家”行动为载体，推进标准化工作。",
    # (a plan to be carried out, named in a book title)
    "同时，各地监管部门要认真落实《关于开展燃气具安全专项整治行动的方案》的部署。",
    # (the campaign as the means of the duty)
    "今后，各级监管部门要以“守护消费”铁拳行动为抓手，严查假冒商品。",
])
def test_a_campaign_in_a_duty_is_no_campaign(body: str) -> None:
    """A named campaign in a clause that opens on a duty is work asked for: none."""
    assert _actions(body) == []


@pytest.mark.parametrize("body", [
    "我们要在全县范围内开展“护苗”专项行动。",
    "各乡镇要配合开展小作坊专项整治，确保不留死角。",
    "四是要适时组织计价秤专项整治行动。",
    "全省各级质监部门要把“质检利剑”行动作为重点。",
    "局长强调，全体执法人员要严格执行农资打假专项行动的各项部署。",
])
def test_a_duty_in_forms_the_rule_was_not_written_on(body: str) -> None:
    """Five duties written after the rule (other callers, verbs and a numbered point): the rule
    took four; the people called on (执法人员要…) were added for the fifth. (The numbered
    point was a quality month's at first: a yearly observance, kept since; see below.)"""
    assert _actions(body) == []


@pytest.mark.parametrize("body, kinds", [
    # (the 要 of 重要 and of 要案 is no duty)
    ("丁县质监局开展了“净网”专项行动，重要的是，查处了一批案件。", ["other"]),
    ("甲市质监局要案查处组开展了“春雷”专项行动。", ["other"]),
    # (主要 reports work done; 要求 as a noun, the policy followed)
    ("乙县质监局主要开展了农资打假专项行动。", ["anti_counterfeiting"]),
    ("按照省局要求，丙县质监局开展了电梯安全专项检查行动。", ["law_enforcement"]),
    # (a yearly observance's activities are held every year: a duty to organise them keeps them)
    ("四是要适时组织质量月系列活动。", ["other"]),
    ("三是各县区要精心组织好“世界计量日”系列活动。", ["other"]),
    # (the clause tells the campaign done: 已)
    ("会议要求，各地要总结已开展的“春雷”专项行动的经验。", ["other"]),
])
def test_a_campaign_beside_a_word_that_is_no_duty_stays(body: str, kinds: list[str]) -> None:
    """A campaign whose clause opens on no duty, or tells it done, is still one."""
    assert _actions(body) == kinds
