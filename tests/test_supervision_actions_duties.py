"""Checks a rule sets, not campaigns a bureau carries out: a safety check an owner applies for
(向主管机关申请安全检查) or its code (安全检查授权码), the checks a rule sets for instruments in
use (采定期或不定期之检查), and a bureau's name that holds a check's word (标准检验局). The
rounds' readers key no campaign for them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _actions(body: str) -> list[str]:
    text = f"甲市计量常识问答\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "管理人应于许可证期满前两个月内，自行或委托维保厂商向当地主管机关申请安全检查。",
    "设备首次使用前，管理人应向主管机关申请开放安全检查授权码。",
    "对使用中之度量衡器采定期或不定期之检查，不合格者停止使用。",
    "计价器、衡器等均须检定合格后始得使用。标准检验局针对检定合格之度量衡器，即于器具上贴合格单。",
    "乙市第一家零售市场通过标准检验局优良衡器计量管理业者评核。",
])
def test_a_check_a_rule_sets_is_no_campaign(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize("body", [
    "五一前夕，丙县市场监管局开展节前安全检查，共检查游乐场所6家。",
    "丁县质监局日前检验了城郊五座加气站的加气机，结果全部合格。",
])
def test_a_check_the_bureau_carries_out_stays_one(body: str) -> None:
    assert _actions(body) == ["law_enforcement"]
