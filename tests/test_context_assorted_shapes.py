"""Places, periods and regions (issue 12's context):
shapes found on later rounds, each written here in made-up sentences."""

from __future__ import annotations

from typing import Any

from qsreport import parse

from .report_helpers import report_json


def parsed(text: str) -> dict[str, Any]:
    return report_json(text)


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def _by_value(text: str, field: str) -> dict[float, str | None]:
    """Each figure's ``field`` (place or period), by its value."""
    report = parsed(text)
    return {item["value"]: item[field]
            for area in ("distinctions", "brands", "supervision", "standards", "metrology",
                         "special_equipment")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def placed(text: str) -> dict[float, str | None]:
    return _by_value(text, "place")


def dated(text: str) -> dict[float, str | None]:
    return _by_value(text, "period")


def test_places_made_since_the_gazetteer_are_regions() -> None:
    """A county made a city (无为市, 2019) and counties made districts (湾沚区, 繁昌区, 2020)
    name their bureaus by the new names."""
    for place in ("湾沚区", "无为市", "繁昌区"):
        text = (f"加油机检定\n{place}市场监督管理局本周走访了辖区加油站，"
                "完成加油机强制检定86台。\n")
        assert region(text) == place


def test_a_we_city_report_naming_a_county_office_is_the_citys() -> None:
    """喜报！我市… with the city's outlet first and a county's office honoured later in the
    opening: the city; a county's own report (我县) and a county-level city's office keep theirs."""
    city = ("喜报！我市质量工作位列全省前列\n云上咸宁报道（记者 王某）记者今天从全市质量工作会议上"
            "获悉，我市综合得分95分。另外，通城县工商局被授予先进集体称号。\n"
            "据悉，全市共立案查处案件120件。\n")
    assert region(city) == "咸宁"
    county = ("喜报！我县质量工作位列全市前列\n云上咸宁报道（记者 王某）记者今天获悉，通城县工商局"
              "被授予先进集体称号，我县综合得分95分。\n")
    assert region(county) == "通城县"
    own = ("喜报！我市质量工作位列全省前列\n云上苏州报道（记者 王某）记者今天获悉，昆山市市场监管局"
           "被授予先进集体称号，我市综合得分95分。\n")
    assert region(own) == "昆山市"


def test_a_breadcrumb_ending_on_the_headline_is_the_title() -> None:
    """A page with no title line whose breadcrumb ends on its headline (当前位置：…>> 甲省某局
    关于…): the headline's place; a column's short name there is no title."""
    text = ("当前位置：首页 >> 通知公告 >> 福建省质量技术监督局关于2018年度全省锅炉使用情况的公告\n"
            "按照年度工作安排，下面公布全省锅炉的登记与检验情况：\n"
            "全省登记在用锅炉3.4万台，较上年减少2.6%。\n")
    assert region(text) == "福建省"


def test_a_national_bodys_own_release_is_the_countrys() -> None:
    """国家标准委今天发布数据，…: the country's figures, in a report of no region."""
    text = ("要闻\n国家标准委日前（9月12日）发布数据：前三季度新发布的国家标准计有964项，"
            "同比多出5%。服务业领域新批准国家标准173项。\n")
    found = placed(text)
    assert found[964] == "全国" and found[173] == "全国"


def test_a_year_of_the_republics_calendar_dates_its_figures() -> None:
    """Taiwan's 本(112)年 and 民國112年 are 2023."""
    for year in ("本(112)年", "民國112年"):
        text = (f"電梯安全宣導\n臺北市政府表示，{year}6月某商場電扶梯發生故障，造成9人受傷。\n")
        assert dated(text)[9] == "2023"


def test_now_after_a_year_in_its_sentence_dates_a_stock_held() -> None:
    """去年获评…2件，目前全县共有…6件: last year's additions, the stock held now; work done
    so far (截至目前已检定…) keeps the year."""
    text = ("商标工作\n2011年2月8日\n丁县去年又有3件商标被认定为“中国驰名商标”，"
            "这样一来目前全县拥有的驰名商标已达8件。\n")
    found = dated(text)
    assert found[3] == "2010" and found[8] == "cumulative"


def test_a_months_span_across_two_years_is_both_years() -> None:
    """2019年6月至2020年10月, 2020年12月15日至2021年3月31日: the span's years, as 2019年至
    2020年 is; a month of one year stays that year."""
    text = ("打假成果\n2021年1月20日\n记者从省公安厅获悉，2019年6月至2020年10月，甲市警方破获一起"
            "销售假冒配件案，涉案金额1.5亿元，捣毁窝点9处。2020年12月，全市查处案件12起。\n")
    found = dated(text)
    assert found[1.5] == "2019-2020" and found[9] == "2019-2020" and found[12] == "2020"


def test_offices_and_institutes_the_lists_lacked_give_the_region() -> None:
    """某区消费者协会, 某省兽药监察所 and 某市计量测试研究所 are named after their places."""
    for office, place in (("武昌区消费者协会", "武昌区"), ("四川省兽药监察所", "四川省"),
                          ("无锡市计量测试研究所", "无锡市")):
        text = (f"安全提示\n临近节日，{office}日前发布提示，提醒市民注意电梯使用安全，"
                "近期共接到相关咨询35起。\n")
        assert region(text) == place


def test_a_count_expected_after_a_years_clause_is_the_reports_years() -> None:
    """去年获评…，省著名商标有望超过45件: a forecast, not last year's count."""
    text = ("品牌建设\n2011年2月8日\n丁县去年又有3件商标获评“中国驰名商标”，"
            "“省著名商标”的数量有望超过45件。\n")
    found = dated(text)
    assert found[3] == "2010" and found[45] in (None, "2011")
