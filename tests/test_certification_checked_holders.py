"""Firms a check went through, told by the licence they hold (抽查了取得生产许可证的电缆生产企业
63家), are the check's object, not firms licensed; a grant told beside them still is. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _licensed(body: str) -> list[tuple[str, float]]:
    text = f"甲市公布检验结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["value"]) for s in report["certification"]["stats"]]


def test_firms_a_check_sampled_told_by_their_licence_are_no_licensed_firms() -> None:
    """统检抽查了取得…生产许可证的…企业63家: the check's firms."""
    assert _licensed("本次统检抽查了全区取得工业产品生产许可证的电缆、卷材生产企业63家，"
                     "69批次产品，总体合格率为75.3%。") == []


def test_firms_a_check_went_through_holding_a_licence_are_no_licensed_firms() -> None:
    """检查持有生产许可证的企业12家: the check's firms."""
    assert _licensed("乙县质监局检查持有生产许可证的水泥企业12家，责令整改3家。") == []


def test_licences_granted_are_still_licensed() -> None:
    """共有18家企业取得…生产许可证: a grant, no check before it."""
    assert _licensed("今年丙市共有18家企业取得工业产品生产许可证。") == [("licensed", 18)]


def test_holders_a_check_went_through_named_right_before_the_firms_are_no_licensed_firms() -> None:
    """检查持有生产许可证的企业12家: the holders' stock row reads the licence right before 企业,
    and is ruled out by the check before it too, as the row of grants is."""
    assert _licensed("丁县局日前检查持有生产许可证的企业12家。") == []
    assert _licensed("戊区局抽查了持有许可证的企业9家，未发现问题。") == []


def test_holders_counted_with_no_check_and_a_check_passed_for_the_licence_stay_licensed() -> None:
    """全县持有…的企业共有130家 (a stock), 经现场检查合格取得…的企业达15家 (passed on the way
    to the licence): firms licensed still."""
    assert _licensed("己县持有生产许可证的企业共有130家。") == [("licensed", 130)]
    assert _licensed("经现场检查合格取得生产许可证的企业达15家。") == [("licensed", 15)]
