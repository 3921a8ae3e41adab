"""A grassroots office below any county as the lead's doer, beside the town and the market
station the region already reads: a bureau's branch named after a part of its county that the
gazetteer does not hold (某某园区市场监管分局, 市场监管局某某分局), and a town's own enforcement
office written after its city and county (甲市乙县某某镇综合行政执法局); with a doer's 以…为
and 在…过程中 as well as its verbs (texts written for the test: places below the county, offices,
firms and numbers are made up)."""

from __future__ import annotations

import pytest

from tests.region_helpers import region


@pytest.mark.parametrize("office", ["市监分局", "市场监管分局", "市场监督管理分局"])
def test_a_branch_named_after_an_area_the_gazetteer_lacks(office: str) -> None:
    """某某园区 + a market bureau's 分局, doing the work: the area as written."""
    text = ("燃气安全检查\n"
            f"二季度，滨湖园区{office}以餐饮场所用气安全为重点，检查使用单位41家，"
            "发现隐患9处，已全部整改。\n")
    assert region(text) == "滨湖园区"


def test_a_branch_named_after_its_bureau() -> None:
    """市场监督管理局某某分局开展…: the branch's own name."""
    text = ("燃气灶具专项检查\n"
            "根据年度工作计划，市场监督管理局青石分局近日开展了燃气灶具销售检查，"
            "共检查门店17家。\n")
    assert region(text) == "青石"


def test_a_town_s_enforcement_office_after_its_city_and_county() -> None:
    """甲市乙县某某镇综合行政执法局在…过程中: the run with its town, as written."""
    text = ("查获假冒白酒窝点\n"
            "日前，金华永康芝英镇综合行政执法局在整治违建过程中发现一处制假窝点，"
            "现场查获假冒白酒包装盒1.6万个。\n")
    assert region(text) == "金华永康芝英镇"


def test_a_police_branch_is_no_market_office() -> None:
    """公安分局 and a branch with no market word are not this rule's offices."""
    text = ("联合检查\n"
            "日前，滨湖公安分局以打击制假窝点为重点，联合多部门开展检查，查获假冒包装盒300个。\n")
    assert region(text) is None


def test_a_district_s_branch_after_its_gazetteer_run_is_not_taken_as_a_town() -> None:
    """A branch after places the gazetteer holds is their office's, not a place below them."""
    text = ("燃气安全检查\n"
            "二季度，金华永康市监分局以餐饮场所用气安全为重点，检查使用单位41家。\n")
    assert region(text) in (None, "永康", "永康市")


@pytest.mark.parametrize("branch", ["直属分局", "稽查分局", "第三分局"])
def test_a_branch_named_for_its_task_or_rank_is_no_place(branch: str) -> None:
    """直属分局, 稽查分局, 第三分局: no area's name, so no region."""
    text = ("燃气灶具专项检查\n"
            f"根据年度工作计划，市场监督管理局{branch}近日开展了燃气灶具销售检查，共检查门店17家。\n")
    assert region(text) is None
