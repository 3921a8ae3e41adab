"""Standardization zones named as winners of the review they passed: a zone's title may hold
the work it shows (标准化种植示范区), and zones listed before the review win it whether the list
is closed by a comma and a time (…，先后于某月通过验收) or by its counted kind (甲示范区等两个
国家级…示范区通过验收), or the headline tells the passing. Every text here is written for the
test, with made-up places and names."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str, header: str = HEADER) -> list[str]:
    return [h["name"] for h in area_items(header + text + "\n", "brands", "honours")]


def test_a_zone_title_may_hold_the_work_it_shows() -> None:
    """…农业标准化种植示范区 and …标准化养殖示范区 are zone titles, listed before their review."""
    text = ("丁县戊镇2万亩果蔬省级标准化生产示范区、己乡林下鸡全国标准化"
            "养殖示范区日前先后通过了验收。")
    assert names(text) == ["丁县戊镇2万亩果蔬省级标准化生产示范区", "己乡林下鸡全国标准化养殖示范区"]


def test_a_list_closed_by_its_counted_kind_passes_with_its_level() -> None:
    """甲示范区等三个国家级…示范区通过验收: the level is the list's."""
    text = "庚县优质稻标准化栽培示范区等三个省级农业标准化示范区日前通过验收。"
    assert names(text) == ["庚县优质稻标准化栽培示范区"]


def test_zones_listed_before_a_comma_and_a_time_pass_where_the_headline_tells_it() -> None:
    """A headline telling two projects passed; the body lists the zones, a comma, a time."""
    header = "甲州两个农业标准化示范区顺利通过省里验收\n发布日期：2021-05-10 来源：测试日报\n"
    text = ("乙县山茶农业标准化示范区、丙县菌菇产业农业标准化示范区，先后于9月中旬"
            "顺利通过了专家组的验收。")
    assert names(text, header) == ["乙县山茶农业标准化示范区", "丙县菌菇产业农业标准化示范区"]


def test_a_bare_zone_passing_a_provincial_review_names_no_winner() -> None:
    """A bare 某地某示范区 passing 省级验收 in a report of its own work: the review's level is no
    level of the zone's, and no headline tells a passing."""
    assert names("全县有8家企业参与标准制定，辛县梨园标准化示范区顺利通过省级验收。") == []


def test_zones_still_to_be_reviewed_win_nothing() -> None:
    """Zones listed before a review still to come."""
    header = "甲州两个农业标准化示范区顺利通过省里验收\n发布日期：2021-05-10 来源：测试日报\n"
    text = "壬县柑橘农业标准化示范区、癸县茶叶农业标准化示范区，将于下月接受省级考核。"
    assert names(text, header) == []
