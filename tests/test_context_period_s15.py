"""Session 15's period families that need an undated report (the phrasing cases of
tests/cases/families_context_s15p.json all carry a dated header): an undated report's 去年
compared with a whole earlier year in its sentence (去年…，较2010年下降) is the year after that
one, so its figures are dated. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes

_AREAS = ("supervision", "special_equipment", "metrology")


def periods(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every stat the text gives, area by area."""
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    assert report["meta"]["date"] is None  # the family needs a report with no date
    return [(f["value"], f["period"]) for area in _AREAS
            for f in report[area]["stats"] if isinstance(f, dict)]


@pytest.mark.parametrize("text, expected", [
    ("某某消息\n据甲省有关部门通报，去年该省特种设备事故共5起，死亡2人，较2010年下降40%。\n",
     [(5, "2011"), (2, "2011")]),
    ("某某消息\n乙市质监局消息，上年全市共查处计量违法案件36起，比2010年增加12起。\n",
     [(36, "2011")]),
])
def test_an_undated_report_s_last_year_compared_with_a_year_is_the_year_after_it(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """去年 (上年) compared with a whole year in its sentence is the year after that one."""
    assert periods(text) == expected


def test_a_dated_report_s_last_year_stays_the_year_before_its_own() -> None:
    """A dated report's 去年 is the year before its date, whatever year it is compared with."""
    text = "丁市电梯安全通报\n2014-07-10 09:30\n去年全市共检验电梯1200台，较2010年增加一倍。\n"
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    assert report["meta"]["date"] == "2014-07-10"
    assert [(f["value"], f["period"]) for f in report["special_equipment"]["stats"]] \
        == [(1200, "2013")]
