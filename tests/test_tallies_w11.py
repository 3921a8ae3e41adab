"""Wave 11 families of the tallied areas and of a figure's period: a forum's blank timestamp
as no date, 今年 told by the same time of a year it is compared with or by a title's year on
a page of a later clock, taxi meters verified at taxi firms, money paid for standards work,
and licence holders held. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _parse(text: str) -> dict[str, Any]:
    return report_json(text)


def _stats(text: str, area: str) -> list[tuple[Any, ...]]:
    """(metric, kind, value, unit, period) of every row of ``area``'s stats."""
    rows = _parse(text)[area]["stats"]
    kind = {"metrology": "instrument", "distinctions": "distinction",
            "certification": "scheme", "special_equipment": "equipment"}[area]
    return [(r["metric"], r[kind], r["value"], r["unit"], r["period"]) for r in rows]


@pytest.mark.parametrize("line", ["发表于：1970-01-01 08:00 楼主", "发布时间：1970-01-01 08:00"])
def test_a_blank_timestamp_on_a_publish_line_is_no_report_date(line: str) -> None:
    """A forum's or a site's zero timestamp (1970-01-01) dates nothing: the report has no date."""
    text = f"甲市电梯检验情况\n{line}\n甲市今年检验电梯1200台，其中发现隐患的电梯35台。\n"
    assert _parse(text)["meta"]["date"] is None


@pytest.mark.parametrize("text, year", [
    ("某论坛\n发表于：1970-01-01 08:00\n今年上半年，全省特种设备事故合计12起，死亡5人。"
     "与2017年同期相比，事故起数减少3起。\n", "2018"),
    ("今年前三季度，全国特种设备事故共31起，比2020年同期减少4起，死亡27人。\n", "2021"),
])
def test_this_year_is_the_one_after_the_year_compared_with_at_the_same_time(
        text: str, year: str) -> None:
    """An undated report's 今年 compared with 某年同期 (in its sentence or the next) is the
    year after it."""
    periods = {row[4] for row in _stats(text, "special_equipment")}
    assert periods == {year}


def test_a_title_s_year_of_the_same_stretch_outweighs_a_page_s_later_clock() -> None:
    """2014年上半年 in the title, 今年上半年 in the body, a page dated 2022: 2014's figures."""
    text = ("2014年上半年乙省特种设备事故情况通报\n2022-05-03 10:12:40\n"
            "今年上半年，乙省共发生特种设备事故6起，死亡4人，受伤3人。\n")
    periods = {row[4] for row in _stats(text, "special_equipment")}
    assert periods == {"2014"}


def test_a_report_s_own_year_stands_when_its_stretch_is_of_the_year_before() -> None:
    """A report of 2015 that compares 今年上半年 with 2014年上半年 keeps its own year."""
    text = ("乙省特种设备安全情况\n2015-07-20 09:00\n"
            "今年上半年，乙省共发生特种设备事故6起，与2014年上半年相比减少2起。\n")
    periods = {row[4] for row in _stats(text, "special_equipment")}
    assert periods == {"2015"}


@pytest.mark.parametrize("text, sites, meters, unit", [
    ("近日，甲县计量所对县内四家出租车运营公司所属的260辆出租车计价器实施了首次检定。\n", 4, 260, "辆"),
    ("乙市计量检定所组织对6家出租汽车公司的318台出租车计价器开展周期检定。\n", 6, 318, "台"),
])
def test_taxi_firms_are_the_sites_of_a_taxi_meter_verification(
        text: str, sites: int, meters: int, unit: str) -> None:
    """Taxi firms whose cabs' meters are verified are its sites; cabs counted by 辆 are meters."""
    rows = _stats(text, "metrology")
    assert ("sites", "taxi_meter", sites, "家") in [row[:4] for row in rows]
    assert ("instruments_verified", "taxi_meter", meters, unit) in [row[:4] for row in rows]


def test_cabs_counted_alone_are_no_instruments() -> None:
    """辆 counts instruments only right before the taxis that carry them."""
    text = "甲市计量所本月检定加油机40台，另出动执法车辆12辆开展计量检查。\n"
    assert all(row[3] != "辆" for row in _stats(text, "metrology"))


@pytest.mark.parametrize("text, value", [
    ("甲市对获得本年度标准化资助奖励的企业进行了资助，奖励总额为520万元。\n", 520),
    ("近年来，乙市共拨付标准化奖励资金1260万元，支持企业主导制定各类标准。\n", 1260),
])
def test_money_paid_for_standards_work_is_a_standards_award_s(text: str, value: int) -> None:
    """标准化资助奖励 and 标准化奖励资金: money rewarding standards work, ``standards_award``."""
    rows = _stats(text, "distinctions")
    assert ("reward_money", "standards_award", value, "万元") in [row[:4] for row in rows]


@pytest.mark.parametrize("text, expected", [
    ("国家再次精简工业产品生产许可证的目录。调整后，全县许可证企业38家41张证。\n",
     [("licensed", "production_licence", 38, "家"), ("licensed", "production_licence", 41, "张")]),
    ("甲区推进食品生产许可证审查工作。截至目前，全区许可证企业共有126家。\n",
     [("licensed", "food_licence", 126, "家")]),
])
def test_licence_holders_held_are_licensed_of_the_one_licence_the_report_names(
        text: str, expected: list[tuple[Any, ...]]) -> None:
    """许可证企业N家M张证, 许可证企业共有N家: firms holding the licence the report is about."""
    rows = [row[:4] for row in _stats(text, "certification")]
    assert all(row in rows for row in expected)


def test_firms_without_a_licence_are_not_licensed() -> None:
    """无生产许可证企业 counts firms that hold none."""
    text = "甲市开展工业产品生产许可证专项整治，共立案处理无生产许可证的企业9家。\n"
    assert all(row[0] != "licensed" for row in _stats(text, "certification"))
