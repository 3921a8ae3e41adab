"""Conventions moved to where the rounds' readers stand (each with its guard): a case-handling
campaign whose quoted code name holds 行动 (案件查办“某某行动”) is law_enforcement, as 案件查办“某某”
行动 already is; the quoted code name alone stays other. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _report(body: str, title: str = "甲市市场监管工作简讯") -> dict[str, Any]:
    text = f"{title}\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return report


def _actions(body: str) -> list[str]:
    return [a["kind"] for a in _report(body)["supervision"]["actions"]]


@pytest.mark.parametrize("body", [
    "5月3日，记者从甲市市场监管局获悉，该局开展民生领域案件查办“雷霆行动”，累计查处案件210起。",
    "今年以来，乙县市场监管局组织开展案件查办“护苗行动”，集中查办一批重点案件。",
    '丁县市场监管局的案件查办"护农"专项行动已查处案件12起。',
    "戊市启动“执法铁拳”护航行动，一个月查处案件8起。",
])
def test_a_case_handling_campaign_whose_quoted_name_holds_its_action(body: str) -> None:
    assert _actions(body) == ["law_enforcement"]


def test_the_code_name_with_enforcement_before_a_rectification_stays_one() -> None:
    assert _actions("己市启动“执法铁拳”整治行动，查处案件6起。") == ["special_rectification"]


def test_the_code_name_quoted_alone_stays_other() -> None:
    body = "今年以来，丙县市场监管局开展“雷霆”行动，严厉打击制售劣质棉絮行为。"
    assert "law_enforcement" not in _actions(body)


def _periods(body: str, area: str) -> list[tuple[Any, Any, Any]]:
    stats = _report(body)[area]["stats"]
    return [(s["metric"], s["value"], s["period"]) for s in stats]


@pytest.mark.parametrize(("body", "area", "metric", "value"), [
    ("丙市计量部门已建立社会公用计量标准300项，可为本地企业提供量值溯源服务。", "metrology",
     "measurement_standards", 300),
    ("随着城镇建设加快，甲省电梯数量已达8万余部，安全压力逐年加大。", "special_equipment", "registered", 8),
    ("乙市在册的特种设备约有4万台，其中锅炉500台、起重机械800台。", "special_equipment", "registered", 500),
])
def test_a_stock_held_with_no_stock_word_is_cumulative(body: str, area: str, metric: str,
                                                       value: float) -> None:
    assert (metric, value, "cumulative") in _periods(body, area)


@pytest.mark.parametrize(("body", "area", "metric", "value", "period"), [
    # a year of the stock's own sentence dates it
    ("丙市2029年已建立社会公用计量标准300项，可为本地企业提供溯源服务。", "metrology",
     "measurement_standards", 300, "2029"),
    # work counted, not a stock: the year's
    ("今年以来，甲市计量所检定计量器具已达3.2万台件。", "metrology", "instruments_verified", 3.2, None),
])
def test_a_held_word_gives_way_to_its_year_and_to_work(body: str, area: str, metric: str,
                                                       value: float, period: Any) -> None:
    found = [p for m, v, p in _periods(body, area) if (m, v) == (metric, value)]
    assert found and found[0] != "cumulative"
    assert period is None or found[0] == period


def test_a_geographical_indication_mark_is_a_geographical_indication() -> None:
    brands = _report("今年，甲县“乙河红米”成功注册为地理标志证明商标，全县地理标志商标总数达到6件。")["brands"]
    assert [(h["name"], h["category"]) for h in brands["honours"]] == [("乙河红米", "geographical_indication")]
    assert [(c["category"], c["value"]) for c in brands["counts"]] == [("geographical_indication", 6)]


@pytest.mark.parametrize(("body", "value", "basis"), [
    ("乙省农业部门已登记农产品地理标志共90个，比上年多6个。", 90, "total"),
    ("丙县茶叶和板栗等地理标志登记5个。", 5, "total"),
    ("到今年春天，丁市全市累计地理标志60个，涵盖果蔬粮油。", 60, "total"),
    ("戊县现有已注册地理商标30个，多为水产品。", 30, "total"),
    ("己县到目前已经注册的地理标志有20个。", 20, "total"),
])
def test_a_geographical_indication_counted_in_the_registers_words(body: str, value: int,
                                                                  basis: str) -> None:
    counts = _report(body)["brands"]["counts"]
    assert ("geographical_indication", value, basis) in [
        (c["category"], c["value"], c["basis"]) for c in counts]


@pytest.mark.parametrize("body", [
    "庚县把地理标志主体培育列入今年的重点工作。",
    "辛县正在起草地理标志使用管理办法，明年施行。",
])
def test_a_bare_geographical_indication_with_no_number_counts_nothing(body: str) -> None:
    brands = _report(body)["brands"]
    assert brands["counts"] == []
    assert all(h["category"] != "geographical_indication" for h in brands["honours"])


@pytest.mark.parametrize(("body", "value", "basis"), [
    ("在新一期《中国农产品品牌索引名录》中，甲省共有4个品牌入选。", 4, "added"),
    ("经过半年评选，壬市选送的6个水果品牌名列今年的十大农业品牌。", 6, "added"),
    ("丁市有5个产品入选本届“十大名品”。", 5, "added"),
    ("己市评出十大伴手礼，共20件产品入选。", 20, "added"),
    ("癸省现有功能农产品品牌50个。", 50, "total"),
])
def test_a_brand_programmes_list_counts_as_other(body: str, value: int, basis: str) -> None:
    counts = _report(body)["brands"]["counts"]
    assert [(c["category"], c["value"], c["basis"]) for c in counts] == [("other", value, basis)]


def _distinctions(body: str) -> list[tuple[Any, Any]]:
    return [(s["metric"], s["value"]) for s in _report(body)["distinctions"]["stats"]]


def test_pilots_created_are_held() -> None:
    body = "此外，甲市创建市级农业标准化示范项目48个，带动全市企业对标达标。"
    assert ("awarded", 48) in _distinctions(body)


@pytest.mark.parametrize(("body", "metric"), [
    ("今年，乙县获批创建国家级农业标准化示范区3个。", "building"),
    ("去年，丙县启动创建省级农业标准化示范区5个。", "building"),
])
def test_pilots_approved_or_begun_are_being_built(body: str, metric: str) -> None:
    assert [m for m, _ in _distinctions(body)] == [metric]


def test_pilots_aimed_at_are_no_holding() -> None:
    assert ("awarded", 2) not in _distinctions("明年，丁县力争创建省级农业标准化示范区2个。")
