"""A bare raid that is a step of one case is no campaign: a surprise check of the one place the
story is about (对辖区某粮油店开展突击检查, 对…一处挂着“某某”招牌的加油站实施突击检查), or of a
suspect the case turned up, at once (有重大嫌疑，立即…突击检查); a check of a class of places
(对全县加油站开展突击检查) stays enforcement. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"癸县查处一起案件\n发布时间：2031-04-05\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_surprise_check_of_one_shop_is_the_cases_raid() -> None:
    """对辖区某粮油店开展突击检查，现场查获…: one case's raid."""
    assert _kinds("日前，癸县市场监管局对辖区某粮油店开展突击检查，现场查获过期食用油3桶。") == []


def test_a_surprise_check_of_one_named_station_far_into_a_tip_sentence() -> None:
    """A tip opens a long sentence whose raid is on 一处名为“某某”的加油站: one case's raid."""
    assert _kinds("5月9日下午，根据消费者投诉和连续几天的暗中查访，癸县质监局会同公安部门"
                  "派出7名执法人员和2名检定人员，对位于癸县北环路与西大街交叉口往东约300米处的"
                  "一处挂着“某某能源”招牌的加油站实施突击检查，发现两台加油机少发油。") == []


def test_a_surprise_check_at_once_on_a_suspect_is_the_cases_step() -> None:
    """…批发部有重大嫌疑，立即抽调执法人员突击检查: the case's next step."""
    assert _kinds("癸县局顺藤摸瓜，发现某批发部有供应假冒洗衣液的重大嫌疑，"
                  "立即抽调执法人员突击检查，当场查获洗衣液80瓶。") == []


def test_a_surprise_check_of_a_class_of_places_stays_enforcement() -> None:
    """对全县加油站开展突击检查: enforcement work, as before."""
    assert _kinds("癸县局近日对全县加油站开展突击检查，共检查加油站26家。") == ["law_enforcement"]


def test_a_surprise_check_of_some_or_such_places_stays_enforcement() -> None:
    """对某些超市, 对此类商店, 对这个商圈的商店: more than one place, enforcement work."""
    assert _kinds("癸县局近日对辖区内某些超市开展突击检查，共检查超市14家。") == ["law_enforcement"]
    assert _kinds("为保节日市场平稳，癸县执法人员对此类商店开展突击检查。") == ["law_enforcement"]
    assert _kinds("为保节日市场平稳，癸县执法人员对这个商圈的商店开展突击检查。") == ["law_enforcement"]
