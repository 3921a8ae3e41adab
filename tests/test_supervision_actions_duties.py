"""Checks a rule sets, not campaigns a bureau carries out: a safety check an owner applies for
(使用单位主动申请安全检查) or its code (安全检查授权码), the checks a rule sets for instruments
in use (在用的加油机实行不定期检查), and a bureau's name that holds a check's word (标准检验局). The
rounds' readers key no campaign for them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = f"甲市计量常识问答\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "甲市规定，观光升降机的使用单位要在每年汛期来临前主动申请安全检查。",
    "使用单位在网上填报设备信息后，系统会发给一个安全检查授权码。",
    "条例规定，在用的加油机实行不定期检查，误差超标的暂停使用。",
    "丁县标准检验局派员为市场内的衡器贴上合格标签。",
    "标准检验局优良衡器认证名单昨日公布，乙区有两处市场入列。",
])
def test_a_check_a_rule_sets_is_no_campaign(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize("body", [
    "五一前夕，丙县市场监管局开展节前安全检查，共检查游乐场所6家。",
    "丁县质监局日前检验了城郊五座加气站的加气机，结果全部合格。",
])
def test_a_check_the_bureau_carries_out_stays_one(body: str) -> None:
    assert _actions(body) == ["law_enforcement"]
