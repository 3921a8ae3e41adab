"""A dated report's lead: where its opening lines first tell a count with no year, that count
is the report's own news, and a year before the report's own told after it (a comparison, a
past batch) is background that dates its own sentence only, not the report's figures with no
year. Texts written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json

_AREAS = ("supervision", "special_equipment", "metrology")


def periods(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every stat the text gives, area by area."""
    report = report_json(text)
    return [(f["value"], f["period"]) for area in _AREAS
            for f in report[area]["stats"] if isinstance(f, dict)]


def test_a_comparison_with_last_year_after_the_lead_dates_no_later_figure() -> None:
    """去年三季度…合格率为80% after a lead with a rate of its own: the check told later
    (此次共抽查60批次) is of the report's year, not last year's."""
    text = ("丁市公布三季度电热水壶抽查结果\n2019-08-16 10:00\n"
            "15日，丁市市场监管局公布今年三季度电热水壶抽查结果，合格率为91.2%。"
            "去年三季度同类产品抽查合格率为80%。\n\n"
            "据介绍，此次共抽查电热水壶60批次，其中不合格5批次。\n")
    assert periods(text) == [(91.2, "2019"), (80, "2018"), (60, None), (5, None)]


def test_a_past_batch_told_after_the_lead_is_background() -> None:
    """A first batch published the year before (2018年10月12日…首批), told after a lead that
    counts this batch's work: the later figures are the report's year's."""
    text = ("戊省公布第二批计量示范集市\n2019-09-20 09:00\n"
            "近日，戊省市场监管局公布第二批计量示范集市名单，共检查集市120个。\n"
            "2018年10月12日，戊省公布的首批名单中，己市有3个集市入选。\n\n"
            "据了解，此次共检定集市在用电子秤1500台。\n")
    assert (1500, None) in periods(text)


@pytest.mark.parametrize("text, expected", [
    # the lead itself opens on the year before: a review of that year
    ("庚市质监工作回顾\n2019-06-10 09:00\n2018年，庚市共抽查产品500批次，发现不合格产品12批次。\n"
     "全市共检查生产企业80家。\n", [(500, "2018"), (12, "2018"), (80, "2018")]),
    # 去年 opens the opening before any count: the year the report reviews
    ("庚市质监工作回顾\n2019-06-10 09:00\n去年，庚市质监部门加大了产品抽查力度。\n"
     "全市共抽查产品500批次，发现不合格产品12批次。\n", [(500, "2018"), (12, "2018")]),
])
def test_a_year_before_any_count_still_dates_the_report(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """Where no sentence before it told a count, the opening's year dates the report as before."""
    assert periods(text) == expected


def test_a_lead_that_names_last_year_keeps_the_year_after_it() -> None:
    """A lead that names the year before (全市去年查处…300起) says the report reviews it: the
    year told after it still dates the report's figures with no year."""
    text = ("壬市质监工作回顾\n2016-05-10 09:00\n原标题：壬市去年查处质量违法案件300起\n"
            "2015年，壬市质监系统加大执法力度。\n\n全市共抽查产品800批次。\n")
    assert (800, "2015") in periods(text)
