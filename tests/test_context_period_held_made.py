"""Schema 2 periods of a stock told held by the verb that made it: done before now (已建成,
已经培育), one after another (先后制定, 相继建成, 陆续设立) or all told (共创建), where no year of
the figure's own sentence dates it, is ``cumulative``, as 已建立 always was; a year in the
sentence, work done, an act of its year (发布) and 共同 (jointly) stay as they were. Every text
here is written for the test."""

from __future__ import annotations

import pytest

from .report_helpers import report_json

HEAD = "某市标准化工作情况\n"


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(HEAD + text)
    return [(item["value"], item["period"])
            for area in ("supervision", "standards", "metrology", "brands", "distinctions",
                         "inspection", "capacity")
            for items in report[area].values() for item in items if "value" in item]


@pytest.mark.parametrize("text", [
    "甲市企业已主导制定国家标准14项、行业标准22项。\n",
    "乙县先后参与修订行业标准9项，地方标准17项。\n",
    "丙市相继培育省级标准化试点12个。\n",
    "丁区陆续建立社会公用计量标准46项。\n",
    "戊市共创建省级以上服务业标准化试点35个。\n",
    "全省企业已在平台备案企业标准5200项。\n",
    # written after the rule, in the family's other forms (other verbs, a list of three)
    "全区先后主导或参与起草国家标准5项、行业标准8项、团体标准11项。\n",
    "乙市相继建成农业标准化示范区国家级6个、省级9个。\n",
    "丙县陆续设立产品检验机构5家。\n",
])
def test_a_stock_told_by_the_verb_that_made_it_is_cumulative(text: str) -> None:
    """已主导制定, 先后参与修订, 相继培育, 陆续建立, 共创建, 已在平台备案: the stock held now."""
    found = periods(text)
    assert found and {period for _, period in found} == {"cumulative"}


def test_done_before_now_outweighs_a_year_of_an_earlier_sentence() -> None:
    """2031年…。全市已培育…: a stock since, as 已有 after an earlier sentence's year is."""
    text = "2031年，甲市新增国家级标准化试点项目3个。全市已培育国家级标准化试点项目19个。\n"
    assert dict(periods(text)) == {3: "2031", 19: "cumulative"}


@pytest.mark.parametrize(("text", "period"), [
    # a year of the figure's own sentence dates it
    ("2030年，甲市已创建国家级标准化试点项目7个。\n", "2030"),
    # 共 (as 共有) does not outweigh a year of an earlier sentence: that year's total
    ("2030年，乙市新增国家级标准化试点项目2个。全市共培育省级标准化试点项目11个。\n", "2030"),
    # publishing is an act of its year, not a making of a stock
    ("甲市共发布地方标准26项。\n", None),
    # 共同 is "jointly", no total
    ("由某行业协会牵头、9家企业共同参与制定的5项团体标准已正式发布。\n", None),
])
def test_what_the_rule_must_not_take(text: str, period: str | None) -> None:
    """A year in the sentence, 共 after an earlier sentence's year, 发布, 共同: not a stock held."""
    found = periods(text)
    assert found and found[-1][1] == period


def test_work_done_is_no_stock() -> None:
    """已检定计量器具…: work so far, the report's year (null), whatever verb stands before it."""
    assert {period for _, period in periods("丁市已检定计量器具3200台件。\n")} == {None}
