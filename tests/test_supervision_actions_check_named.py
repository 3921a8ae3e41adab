"""A campaign named by a check word of inspecting or patrolling closed by 行动 (…安全监察行动,
市场巡查专项行动) or by a great sweep of a trade's goods (…大排查专项行动) is enforcement work,
quoted or not; a sweep for hazards stays of kind other and one that goes on to put them right
is a rectification. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地开展市场检查\n发布时间：2031-09-10  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "近日，某县局在全县开展电动车充电器大排查专项行动，检查门店50家。",
    "某区局会同街道办开展“清风护航”游乐设施安全监察行动，检查游乐场所12处。",
])
def test_a_campaign_named_by_a_check_word_is_enforcement(body: str) -> None:
    """大排查专项行动, 安全监察行动: law_enforcement."""
    assert _kinds(body) == ["law_enforcement"]


@pytest.mark.parametrize("body", [
    "甲市市场监管局启动农贸市场巡查专项行动，出动执法人员60人次。",
    "乙县局开展“护苗”文具市场督查集中行动，检查文具店23家。",
    "丙市局開展電梯安全監察專項行動，檢查電梯300台。",
    "丁区局开展了燃气具、电热毯、取暖器大排查集中行动，检查商户41户。",
    "戊县局在城区开展校园周边食品巡查行动，检查小卖部17家。",
])
def test_the_same_in_other_forms(body: str) -> None:
    """Other check words, scripts, lists and campaign words: still law_enforcement."""
    assert _kinds(body) == ["law_enforcement"]


@pytest.mark.parametrize(("body", "kinds"), [
    # a sweep for hazards
    ("某局开展特种设备隐患大排查行动，排查设备500台。", ["other"]),
    # a sweep that goes on to put things right
    ("某县开展燃气安全隐患排查治理专项行动，整改隐患30处。", ["special_rectification"]),
])
def test_a_sweep_for_hazards_keeps_its_kind(body: str, kinds: list[str]) -> None:
    """隐患大排查行动: other; 排查治理专项行动: a rectification."""
    assert _kinds(body) == kinds
