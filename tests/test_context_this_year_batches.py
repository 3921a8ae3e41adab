"""A report's 今年 and a batch's figures, after a review: a year 今年 is compared with
(与2010年同期相比) never redates a dated report and is read only in its sentence or the
next one it opens; a batch word that only names what a place is (全国首批…示范城市) leaves a
stock counted in another clause a stock, as do 现有, 拥有 and 已 in the figure's own clause.
Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json

_AREAS = ("brands", "standards", "supervision", "special_equipment", "distinctions")


def periods(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every figure the text gives, area by area."""
    report = report_json(text)
    return [(f["value"], f["period"]) for area in _AREAS
            for rows in report[area].values() if isinstance(rows, list)
            for f in rows if isinstance(f, dict) and "value" in f]


@pytest.mark.parametrize("text, expected", [
    ("甲市特种设备安全情况\n2014-07-10 09:30\n今年上半年，全市特种设备事故起数与2010年同期"
     "相比下降一半。今年上半年，全市共检查电梯1200台。\n", [(1200, "2014")]),
    ("乙县电梯安全通报\n2016-08-02 10:00\n今年1-6月，全县共发生电梯困人故障8起，比2012年"
     "同期减少一半。今年1-6月，全县共检验电梯900台。\n", [(8, "2016"), (900, "2016")]),
])
def test_a_year_compared_with_leaves_a_dated_report_s_year(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """A dated report's 今年 stays its own year, whatever earlier year it is compared with."""
    assert periods(text) == expected


@pytest.mark.parametrize("text", [
    "今年上半年，丙市共检验锅炉300台，发现隐患12处。全市特种设备事故起数与2011年同期相比"
    "基本持平。\n",
    "今年三季度，丁区共检验起重机械150台，整改隐患7处。辖区各类故障总数较2013年同期略有"
    "上升。\n",
])
def test_a_comparison_in_a_later_sentence_of_its_own_tells_no_year(text: str) -> None:
    """A year compared with in a sentence about something else is no clue to 今年."""
    assert {period for _, period in periods(text)} == {None}


@pytest.mark.parametrize("text, value", [
    ("甲市是全国首批质量强市示范城市，近年来全市已认定省著名商标120件、省名牌产品80个。\n", 120),
    ("丙市曾入选首批国家级质量提升示范市创建名单，近年来全市共认定省著名商标60件。\n", 60),
])
def test_a_batch_that_only_names_what_a_place_is_leaves_a_stock(text: str, value: int) -> None:
    """全国首批…示范城市, then honours counted in another clause: those honours held."""
    assert (value, "cumulative") in periods(text)


def test_a_holding_counted_now_among_a_batch_is_a_stock() -> None:
    """在首批认定的…中，…现有N家: how many of the batch a place holds now, a stock."""
    assert periods("在首批认定的某某老字号企业中，甲省现有企业25家。\n") == [(25, "cumulative")]
