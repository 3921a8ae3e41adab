"""Conventions moved to where the rounds' readers stand (each with its guard): a case-handling
campaign whose quoted code name holds 行动 (案件查办“某某行动”) is law_enforcement, as 案件查办“某某”
行动 already is; the quoted code name alone stays other. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _report(body: str, title: str = "甲市市场监管工作简讯") -> dict[str, Any]:
    text = f"{title}\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return report


def _actions(body: str) -> list[str]:
    return [a["kind"] for a in _report(body)["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "5月3日，记者从甲市市场监管局获悉，该局开展民生领域案件查办“雷霆行动”，累计查处案件210起。",
    "今年以来，乙县市场监管局组织开展案件查办“护苗行动”，集中查办一批重点案件。",
])
def test_a_case_handling_campaign_whose_quoted_name_holds_its_action(body: str) -> None:
    assert _actions(body) == ["law_enforcement"]


def test_the_code_name_quoted_alone_stays_other() -> None:
    body = "今年以来，丙县市场监管局开展“雷霆”行动，严厉打击制售劣质棉絮行为。"
    assert "law_enforcement" not in _actions(body)
