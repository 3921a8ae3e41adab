"""Session 15's period families that need an undated report (the phrasing cases of
tests/cases/families_context_s15p.json all carry a dated header): an undated report's 去年
compared with a whole earlier year in its sentence (去年…，较2010年下降) is the year after that
one, so its figures are dated. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json

_AREAS = ("supervision", "special_equipment", "metrology")


def periods(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every stat the text gives, area by area."""
    report = report_json(text)
    assert report["meta"]["date"] is None  # the family needs a report with no date
    return [(f["value"], f["period"]) for area in _AREAS
            for f in report[area]["stats"] if isinstance(f, dict)]


@pytest.mark.parametrize("text, expected", [
    ("某某消息\n据甲省有关部门通报，去年该省特种设备事故共5起，死亡2人，较2010年下降40%。\n",
     [(5, "2011"), (2, "2011"), (40, "2011")]),  # (the change after a level: its year)
    ("某某消息\n乙市质监局消息，上年全市共查处计量违法案件36起，比2010年增加12起。\n",
     [(36, "2011"), (12, "2011")]),
])
def test_an_undated_report_s_last_year_compared_with_a_year_is_the_year_after_it(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """去年 (上年) compared with a whole year in its sentence is the year after that one."""
    assert periods(text) == expected


def test_a_dated_report_s_last_year_stays_the_year_before_its_own() -> None:
    """A dated report's 去年 is the year before its date, whatever year it is compared with."""
    text = "丁市电梯安全通报\n2014-07-10 09:30\n去年全市共检验电梯1200台，较2010年增加一倍。\n"
    report = report_json(text)
    assert report["meta"]["date"] == "2014-07-10"
    assert [(f["value"], f["period"]) for f in report["special_equipment"]["stats"]] \
        == [(1200, "2013")]


@pytest.mark.parametrize("text, expected", [
    ("某某消息\n丙市质监局消息，上年全市共立案查处计量案件40起，较2010年多出10起。"
     "今年第一季度，全市又立案查处计量案件7起。\n", [(40, "2011"), (7, "2012")]),
    ("某某消息\n丙市质监局消息，今年第一季度，全市立案查处计量案件7起。"
     "上年全市共立案查处计量案件40起，较2010年多出10起。\n", [(7, "2012"), (40, "2011")]),
    ("某某消息\n丁县质监局通报，去年全县处理特种设备事故3起，比2009年少2起。"
     "今年1-5月，全县处理特种设备事故1起。\n", [(3, "2010"), (2, "2010"), (1, "2011")]),
])
def test_a_report_dated_by_its_last_year_dates_its_this_year_the_year_after(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """Where 去年 compared with a whole year tells an undated report's year, its 今年 is that
    year and its 去年 the one before, whichever comes first (not the opening's 去年 taken for
    the report's own year)."""
    assert periods(text) == expected


@pytest.mark.parametrize("text", [
    "某某消息\n今年全市共抽查产品1200批次，比上年增加100批次，较2010年增加300批次。\n",
    "某某消息\n本年度全县共检查企业86家，较去年多出6家，比2009年多出20家。\n",
])
def test_last_year_as_the_year_compared_with_tells_no_year(text: str) -> None:
    """上年 (去年) as the year a figure is compared with (比上年增加) is no time word: a whole
    year compared with after it dates nothing."""
    assert all(period is None for _, period in periods(text))
