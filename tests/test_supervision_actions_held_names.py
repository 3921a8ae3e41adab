"""A campaign of kind other whose whole name, a code name or a topic, is held in a named
campaign of a listed kind of the same report (“某某”行动 and 民生领域案件查办“某某”行动,
禁塑令专项行动 and 禁塑令专项检查行动) is that campaign told shorter: one action. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地监管动态\n发布日期：2031-07-09  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_code_name_told_bare_is_the_case_campaign_it_names() -> None:
    body = ("甲县市场监管局开展“金盾”行动，查办案件17件。\n"
            "据介绍，民生领域案件查办“金盾”行动自3月启动，将持续到年底。")
    assert _kinds(body) == ["law_enforcement"]


def test_a_topic_told_shorter_is_the_check_named_with_it() -> None:
    body = ("乙区质监局今年5月开展禁塑令专项检查行动。\n"
            "在禁塑令专项行动里，区局还给14家超市发放了宣传单，并走访了3个农贸市场。")
    assert _kinds(body) == ["law_enforcement"]


def test_a_code_name_held_in_no_other_campaign_stays_its_own() -> None:
    body = ("丙市市场监管局开展“金盾”行动，查办案件17件；"
            "同时开展民生领域案件查办“银锤”行动，查办案件9件。")
    assert sorted(_kinds(body)) == ["law_enforcement", "other"]
