"""One campaign told twice under two names is one action: led by two places (the province's
campaign, then the city it reached), or its code name quoted once and written bare once;
two topics or two seasons stay two. Invented reports (real place names where the rule reads
the gazetteer), parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地推进市场整治\n发布时间：2031-07-08  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


@pytest.mark.parametrize(("body", "kinds"), [
    # the province's campaign, then the city's part of it
    ("湖南省燃气具专项整治进入攻坚阶段。岳阳市燃气具专项整治已检查门店60家。",
     ["special_rectification"]),
    # a code name quoted, then bare
    ("某局上月开展了“护苗”专项行动，共检查文具店40家。护苗专项行动期间，还受理投诉5件。",
     ["other"]),
])
def test_one_campaign_under_two_names_is_one_action(body: str, kinds: list[str]) -> None:
    """Two places leading one name, or one code name with and without quotes: one action."""
    assert _kinds(body) == kinds


@pytest.mark.parametrize("body", [
    # a team of the province's campaign, then the city's part
    "近日，湖南省燃气具专项整治第二督查组深入岳阳市。岳阳市燃气具专项整治已检查门店60家。",
    # another kind, three places
    "江苏省电梯维保质量专项检查行动全面铺开，苏州市电梯维保质量专项检查行动已检查电梯800台，"
    "无锡市电梯维保质量专项检查行动已检查电梯600台。",
    # the fight against fakes
    "广东省夏季化肥打假专项行动启动后，韶关市夏季化肥打假专项行动查处案件12起。",
    # traditional script
    "廣東省燃氣具專項整治進入攻堅階段。佛山市燃氣具專項整治已檢查門店45家。",
    # a code name written bare first, quoted later
    "某局组织开展蓝盾专项行动，检查加油站30座。“蓝盾”专项行动中发现问题9处。",
    # a county below its city
    "四川省食用农产品市场集中整治行动启动。绵阳市涪城区食用农产品市场集中整治行动已检查摊位300个。",
])
def test_the_same_in_other_forms(body: str) -> None:
    """Other kinds, scripts, orders and place levels: still one action."""
    assert len(_kinds(body)) == 1


@pytest.mark.parametrize("body", [
    # two topics under two places
    "湖南省燃气具市场专项整治持续推进，岳阳市电动车市场专项整治同步开展。",
    # two seasons, no place
    "某县开展了夏季化肥打假专项行动，又开展了冬季化肥打假专项行动。",
])
def test_two_topics_or_two_seasons_stay_two(body: str) -> None:
    """Two topics or two seasons: two actions."""
    assert len(_kinds(body)) == 2
