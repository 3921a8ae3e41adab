"""A lead that tells of a national quality body's decision on a place (国家标准委批准甲省乙县…,
市场监管总局对乙县某某茶开展审查) is that place's news: the innermost place of the one line the
opening names, twice at least, or the province all the decided places lie in; not where the
opening names places of two provinces, names the place once only, or names no such body
(texts written for the test: the projects, products and people are made up)."""

from __future__ import annotations

import pytest

from tests.region_helpers import region

HEADLINE = "高山白茶示范区获国字号认可\n2031年5月6日 某某茶网\n"


@pytest.mark.parametrize("body", ["国家标准委", "国家质检总局", "市场监管总局"])
def test_a_national_body_s_decision_on_one_county_is_the_county_s(body: str) -> None:
    """The run 省+县 named twice, the body's doer the country's: the county."""
    text = (f"{HEADLINE}日前，{body}批准贵州省湄潭县承担高山白茶标准化示范项目，"
            "专家组在会上听取了项目汇报。湄潭县白茶种植面积已达8万亩，带动农户1.2万户。\n")
    assert region(text) == "湄潭县"


def test_the_province_of_several_counties_a_decision_names_is_the_region() -> None:
    """Two counties of one province and the province written once: the province."""
    text = (f"{HEADLINE}据贵州消息，近日，国家标准化管理委员会组织专家对湄潭县白茶和凤冈县绿茶"
            "两个示范区开展验收，两个项目均顺利通过。专家组认为，两个项目成效明显。\n")
    assert region(text) in ("贵州", "贵州省")


def test_counties_of_two_provinces_are_a_national_list_with_no_region() -> None:
    """湄潭县 and 安吉县, of two provinces: the country's list, no one place's news."""
    text = (f"{HEADLINE}日前，国家质检总局公布首批验收结果，湄潭县白茶、安吉县绿茶等项目通过验收。"
            "湄潭县和安吉县将继续完善标准体系。\n")
    assert region(text) is None


def test_a_county_named_once_after_a_national_body_is_not_enough() -> None:
    """One passing mention of the county: not read as the decision's place."""
    text = (f"{HEADLINE}日前，国家质检总局召开示范项目验收工作会，听取了湄潭县等地的汇报，"
            "与会专家就标准体系的完善提出了意见。\n")
    assert region(text) is None


def test_a_body_of_no_national_rank_makes_no_decision_for_the_place() -> None:
    """An association's approval of a county named twice: this step does not take it."""
    text = (f"{HEADLINE}日前，某某茶叶协会批准贵州省湄潭县承担高山白茶推广项目，"
            "专家组在会上听取了项目汇报。湄潭县白茶种植面积已达8万亩。\n")
    assert region(text) is None


def test_a_national_body_s_own_notice_with_one_example_province_has_no_region() -> None:
    """A national notice that names one province's firm twice decides nothing for it."""
    text = (f"{HEADLINE}日前，市场监管总局通报了一批儿童用品抽查情况，其中贵州省某玩具公司的"
            "产品不合格，贵州省有关部门已责令其停售。\n")
    assert region(text) is None
