"""The enforcement a report's lead tells by a verb of its own, naming no campaign: patrols with
their object (巡查全区各街市), checks made hard (严查经营主体证照), prosecutions (提出检控), a fight on a
practice (严厉打击短秤活动) — one action of kind law_enforcement; not a unit's name, cases
counted, patrols counted, or enforcement wished for. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲区商贩短秤被查\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "甲区海关由上月起巡查全区各街市，发现三间商户售卖干货时短秤，涉嫌违反度量衡条例。",
    "执法人员以学校周边文具店为重点，严查经营主体证照和进货渠道，检查商户20余家。",
    "四名水果商贩涉嫌使用不准确的秤，甲区海关已向他们提出检控。",
    "甲区海关继续严厉打击街市短秤活动，人员乔装顾客在街市购买海鲜后复秤。",
])
def test_a_leads_own_verb_of_enforcement_is_one_action(body: str) -> None:
    assert _actions(body) == ["law_enforcement"]


@pytest.mark.parametrize("body", [
    "两把不准确的秤日前在丙街市被甲区海关检控及消费者保障科人员检获。",
    "去年甲区海关检控的个案共四十宗，涉及四十一人。",
    "甲区机电署在这段期间内总共对升降机进行7,200次巡查。",
    "甲区海关表示，要严查街市短秤行为，市民如发现可致电举报。",
    "针对日常巡查和抽查中发现的问题，该局约谈了3家商户负责人。",
    "该局运用信息化手段，加大对网店的监控力度和巡查频率。",
    "委外检验的流程太长，会影响打击短秤行为的效率。",
    "丙县的计量执法人员太少，不利于打击农贸市场作弊行为。",
    "统一执法标准有利于打击跨区域的违法经营活动。",
])
def test_no_action_from_a_name_a_count_or_a_wish(body: str) -> None:
    assert "law_enforcement" not in _actions(body)
