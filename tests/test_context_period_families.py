"""Schema 2 place and period families of wave 10: a national regulator's report, a first
sentence with the whole country for subject, a batch's applications and a review's passes, a
plan's year and a year's work meeting in the opening lines, and a span to now met by a span
of the figure's own sentence or by what is new. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

_AREAS = ("brands", "standards", "supervision", "special_equipment", "distinctions")


def figures(text: str) -> list[tuple[Any, Any, Any]]:
    """(value, place, period) of every figure the text gives, area by area."""
    report = report_json(text)
    return [(f["value"], f["place"], f["period"]) for area in _AREAS
            for rows in report[area].values() if isinstance(rows, list)
            for f in rows if isinstance(f, dict) and "value" in f]


def test_a_report_of_the_national_market_regulator_is_the_whole_country_s() -> None:
    """A title or opening that names 市场监管总局 or its 国家监督抽查, no region: 全国."""
    first = ("市场监管总局通报本年度国家监督抽查的结果\n"
             "总局今年对120种产品组织开展国家监督抽查，共抽查15000家企业生产的16000批次产品。\n")
    second = ("市场监管总局发布年度产品质量抽查情况\n"
              "据介绍，本年度国家监督抽查共抽查了9800家企业的10500批次产品。\n")
    assert {place for _, place, _ in figures(first) + figures(second)} == {"全国"}


def test_a_first_sentence_about_the_whole_country_outweighs_a_place_told_later() -> None:
    """某年某月，全国共发生…, then an accident in 乙市: the report is the country's."""
    first = "2020年5月，全国共计发生特种设备安全事故12起，死亡9人。其中，乙市某小区电梯事故1起。\n"
    second = ("2018年第三季度，全国共计发生各种特种设备事故20起。其中，电梯事故6起、锅炉事故2起，"
              "甲市一起锅炉爆炸造成2人受伤。\n")
    assert {place for _, place, _ in figures(first) + figures(second)} == {"全国"}


def test_a_batch_s_applications_and_outcomes_are_no_stock() -> None:
    """在首批申报中…共有40家; 共有800家企业申报首批…: that batch's counts, not cumulative."""
    first = "某某报讯 在首批老字号申报中，甲省向主管部门申报的企业共有40家，最终有18家入围。\n"
    second = "各地共有800家企业申报首批某某老字号，经专家审核，确定350家符合认定条件。\n"
    assert figures(first) == [(40, None, None), (18, None, None)]
    assert figures(second) == [(800, None, None), (350, None, None)]


def test_the_brands_that_pass_a_review_are_that_year_s() -> None:
    """…有20个老字号品牌通过复核: the outcome of this review, not a stock held."""
    first = "近日复核结果公布，甲省共有20个老字号品牌通过复核。\n"
    second = "商务部公布老字号复核结果，其中乙省有31个品牌通过了某某老字号的复核。\n"
    assert figures(first) + figures(second) == [(20, None, None), (31, None, None)]


def test_a_year_s_work_meeting_reviews_the_year_before() -> None:
    """2019年全省…工作会议上获悉，过去一年，…: the figures are 2018's."""
    first = ("记者在刚刚召开的2019年全省质监系统工作会议上了解到，过去一年，全省共出动执法"
             "人员12000人次，检查生产企业1300家。\n")
    second = ("某某讯 在2016年全市质监工作大会上了解到，过去的一年，全市共检查企业450家。\n"
              "执法打假。全年共查处案件70起。\n")
    assert {period for _, _, period in figures(first)} == {"2018"}
    assert {period for _, _, period in figures(second)} == {"2015"}


def test_a_plan_s_year_in_the_opening_lines_does_not_date_the_work_told() -> None:
    """甲省2023年将…, then 2022年，…: the paragraphs after it are 2022's."""
    first = ("甲省2023年将深入开展重点工业产品质量提升行动。\n"
             "2022年，甲省市场监管局在全省组织开展电缆专项整治。\n"
             "加大抽查力度。监督抽查电缆产品520批次。\n")
    second = ("乙市2020年要全面推进质量提升工作。\n2019年，乙市质监局组织开展专项检查。\n"
              "强化执法。共检查企业340家，立案查处案件45起。\n")
    assert {period for _, _, period in figures(first)} == {"2022"}
    assert {period for _, _, period in figures(second)} == {"2019"}


def test_a_span_the_figure_s_sentence_names_outweighs_a_span_to_now_before_it() -> None:
    """去年以来，…。专项整治期间，共出动…: the campaign's count, not cumulative."""
    first = ("去年以来，甲区质监部门对全区食品企业建档。\n"
             "专项整治期间，检查企业共620家，派出执法人员1500人次。\n")
    second = ("2012年以来，乙县质监局持续开展农资打假，查处了一批案件。\n"
              "2016年行动期间，全县共出动执法人员300人次，检查经营户210家。\n")
    assert {period for _, _, period in figures(first)} == {None}
    assert {period for _, _, period in figures(second)} == {"2016"}


def test_what_is_new_since_an_undated_report_s_own_year_is_that_year_s() -> None:
    """2019年以来，全省新增国家标准40项 in a report that names no later year: 2019's, not a
    stock built up since."""
    first = "2019年以来，甲省市场监管局推进质量提升，全省新增国家标准40项、地方标准55项。\n"
    second = "2020年以来，乙市新增地方标准18项，新发布团体标准22项。\n"
    assert {period for _, _, period in figures(first)} == {"2019"}
    assert {period for _, _, period in figures(second)} == {"2020"}
