"""Winners listed before a clause of how they stood out from the field (A、B从参评者中脱颖而出,
在…中胜出, 拔得头筹), then the clause of the title they won: the field is no part of the last
name, and the list carries to the verb's clause as it does after 凭借… or 经…评审. Every text
here is written for the test, with made-up places and names."""

from __future__ import annotations

import pytest

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_firms_that_stood_out_win_the_title_of_the_next_clause() -> None:
    """A、B从参评者中脱颖而出，荣获…质量奖: both firms, without the field."""
    text = "甲仪表有限公司、乙机械有限公司从全市参评单位里脱颖而出，荣获第三届丙市市长质量奖。"
    assert names(text) == ["甲仪表有限公司", "乙机械有限公司"]


def test_other_words_of_standing_out() -> None:
    """在…中胜出 with a passive verb after; 在…中拔得头筹; three names with 和."""
    assert names("丁县戊茶叶有限公司、己县庚米业有限公司在众多参评单位中胜出，"
                 "被授予“浙江名牌产品”称号。") == ["丁县戊茶叶有限公司", "己县庚米业有限公司"]
    assert names("壬电器有限公司、癸线缆有限公司在激烈的角逐中拔得头筹，获得浙江省政府质量奖。") == \
        ["壬电器有限公司", "癸线缆有限公司"]
    assert names("子光学有限公司、丑机械有限公司和寅纺织有限公司从全省参评者当中脱颖而出，"
                 "荣获卯省省长质量奖。") == ["子光学有限公司", "丑机械有限公司", "寅纺织有限公司"]


def test_a_clause_of_standing_out_with_no_name_names_no_winner() -> None:
    """在本届评选中脱颖而出，获得…: no name before the field."""
    assert names("在本届评选中脱颖而出，获得丙市市长质量奖。") == []


@pytest.mark.xfail(strict=True, reason="a count inside the field cuts the list before the field")
def test_a_field_counted_in_figures() -> None:
    """从200多个参评品牌里突围而出: the count in the field ends the last name too early."""
    assert names("庚食品有限公司、辛饮料有限公司从200多个参评品牌里突围而出，获评浙江名牌产品。") == \
        ["庚食品有限公司", "辛饮料有限公司"]


@pytest.mark.xfail(strict=True, reason="a lone name never carries across a comma to the verb")
def test_a_single_firm_that_stood_out() -> None:
    """One firm before the clause of standing out (the list rule needs two names)."""
    assert names("壬电器有限公司在激烈的角逐中拔得头筹，获得浙江省政府质量奖。") == ["壬电器有限公司"]
