"""Schema 2 periods and history: a report posted again years after it was written takes the
stretch of a year whose results its opening announces, not the page's posting date; a body's
founding year, or the year it became what it is, dates none of its figures, and the years it
has grown over (经过40年的发展) make its holdings a stock. Every text here is written for the
test."""

from __future__ import annotations

import pytest

from .report_helpers import report_json

POSTED = "抽查情况通报\n发稿时间：2019-5-6  来源：某某资讯网\n"


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(text)
    return [(item["value"], item["period"])
            for area in ("supervision", "standards", "metrology", "brands", "capacity",
                         "special_equipment", "distinctions")
            for items in report[area].values() for item in items if "value" in item]


@pytest.mark.parametrize(("text", "year"), [
    ("甲市质监局日前通报2011年第2季度电线电缆产品抽查结果。\n本次共抽查电线电缆40批次，"
     "合格率为85%。\n", "2011"),
    ("乙省质监局近日公布了2012年上半年食品相关产品抽查结果。\n\n其中抽查塑料餐具25批次，"
     "合格率为92%。\n", "2012"),
])
def test_the_stretch_a_reposted_report_announces_dates_its_figures(text: str, year: str) -> None:
    """通报2011年第2季度…情况 in a page posted in 2019: the figures with no year of their own
    are of 2011, the stretch announced."""
    assert {period for _, period in periods(POSTED + text)} == {year}


def test_a_past_stretch_named_without_an_announcement_is_still_history() -> None:
    """A stretch of a year long before the report's, told as an event (该厂2008年上半年曾被
    曝光): history, not the report's period."""
    text = ("丙县计量所检查加油站\n发稿时间：2019-5-6  来源：某某资讯网\n该加油站2008年上半年"
            "曾被曝光。\n\n近日，丙县计量所检定加油机36台。\n")
    assert {period for _, period in periods(text)} == {None}


@pytest.mark.parametrize("text", [
    "甲县计量检定所简介\n甲县计量检定所成立于1962年，2003年撤县设市后更为现名，现有实验室面积"
    "1800平方米，共有职工30人。\n",
    "乙市质量检验所简介\n乙市质量检验所设立于1978年，是依法设置的法定检验机构，现有办公面积"
    "3200平方米。\n",
])
def test_a_founding_year_dates_no_holding_after_it(text: str) -> None:
    """设立于1978年 … 现有办公面积: what the body holds now, not that year's."""
    assert {period for _, period in periods(text)} == {"cumulative"}


@pytest.mark.parametrize("text", [
    "丙市计量院简介\n经过40年的发展，丙市计量院已建成各类计量标准86项。\n",
    "丁市计量院简介\n经过二十多年建设，丁市计量院共建立各类计量标准64项。\n",
])
def test_the_years_a_body_has_grown_over_make_a_stock(text: str) -> None:
    """经过40年的发展，…已建立86项: a span to now, like 多年来: held, cumulative."""
    assert periods(text) and {period for _, period in periods(text)} == {"cumulative"}


@pytest.mark.parametrize("text", [
    "丁市加油站检查\n某某酱园的品牌创立于1930年，是丁市最老的品牌之一。\n\n近日，丁市质监局"
    "检查加油站12家，检定加油机80台。\n",
    "戊市电梯检查\n2011年，戊市曾发生电梯困人事故，此后每年开展专项检查。\n\n近日，戊市质监局"
    "检查住宅电梯140台。\n",
    "己市计量检查\n己市老街有1912年的“某某斋”、1936年的“某某楼”等老店。\n\n近日，己市质监局"
    "检查集贸市场电子秤230台。\n",
])
def test_a_year_of_history_in_the_opening_dates_no_undated_report(text: str) -> None:
    """创立于1930年, 2011年…曾…, 1936年的“某某楼”等 in an undated report's opening lines: history,
    not the year the report is of (null: the report's)."""
    assert {period for _, period in periods(text)} == {None}


@pytest.mark.parametrize("text", [
    "乙省老字号名单\n近日，乙省商务厅公布，全省共有36家企业（品牌）被认定为第四批“乙省老字号”。\n",
    "丙市老字号\n经专家评审，共有12个品牌拟被认定为第二批丙省老字号，丁市有4个品牌上榜。\n",
])
def test_a_newly_named_batch_is_no_stock(text: str) -> None:
    """共有36家…被认定为第四批…: that batch's count, the report's year (null), not a stock held;
    the batch's ordinal (第四) is not the figure."""
    assert {period for _, period in periods(text)} == {None}


@pytest.mark.parametrize(("text", "value"), [
    ("庚市老字号\n近日，庚市商务局公布，共有20家企业（品牌）被认定为第三批“庚市老字号”；加上2015年"
     "认定的前两批，全市老字号已达61家。\n", 20),
    ("辛市电梯检查\n近日，辛市质监局又检查住宅电梯90台，加上2016年检查的电梯，两年合计检查电梯300余台。\n",
     90),
])
def test_an_earlier_year_added_back_does_not_date_the_report(text: str, value: float) -> None:
    """加上2015年认定的前两批: a year of an earlier count added to this one, not the year an
    undated report is of."""
    assert dict(periods(text))[value] is None


@pytest.mark.parametrize(("text", "span"), [
    ("甲市标准化工作\n发布时间：2021-10-20  来源：某某日报\n从2016年到今年10月底，甲市新增国际标准12项，"
     "新增地方标准85项。\n", "2016-2021"),
    ("乙市标准化成果\n发布时间：2022-11-02  来源：某某网\n乙市自2019年以来至今年10月底，共主导制定"
     "团体标准46项。\n", "2019-2022"),
])
def test_a_span_from_a_year_to_this_one_is_those_years(text: str, span: str) -> None:
    """从2016年到今年10月底 in a report of 2021: the years 2016-2021, not this year alone."""
    assert {period for _, period in periods(text)} == {span}
