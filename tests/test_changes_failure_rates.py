"""A change told right after a level (比上年增加40件，增长14%) is the level's own key with
``basis: change``, never a level; a failure rate of instruments or special equipment is its
area's ``failure_rate``, not a spot check's (issue 12). Every sentence here was written for
these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.evaluate_fields import in_the_keys_metrics

from .report_helpers import report_json

HEADER = "测试报告\n发布日期：2021-06-01  来源：测试日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body, schema)


def _figures(body: str, area: str, key: str = "metric") -> list[tuple[Any, ...]]:
    found = _report(body)[area]
    listed = found["stats"] if "stats" in found else found["counts"]
    return [(item[key], item["value"], item["unit"], item["basis"]) for item in listed]


def test_a_count_s_change_in_its_own_unit_and_in_percent() -> None:
    """A count compared with an earlier year: the difference in its unit and the growth in %,
    both the count's metric with basis change, its level kept as it was."""
    assert _figures("甲县今年共抽检农资产品900批次，比2020年的700批次增加了200批次，增长了28.6%。",
                    "supervision") == [
        ("batches_sampled", 900, "批次", None), ("batches_sampled", 200, "批次", "change"),
        ("batches_sampled", 28.6, "%", "change")]
    assert _figures("乙区今年查处案件45起，较去年同期减少8起。", "supervision") == [
        ("cases", 45, "起", None), ("cases", 8, "起", "change")]


def test_a_change_of_a_brand_count_and_of_a_brand_value() -> None:
    """Brand counts and distinctions take their changes too (同比增长, 较去年增加)."""
    assert _figures("丙市今年新增省著名商标12件，同比增长20%。", "brands", "category") == [
        ("provincial_famous_trademark", 12, "件", "added"),
        ("provincial_famous_trademark", 20, "%", "change")]
    assert _figures("经评估，丁县绿茶公用品牌评估价值36.4亿元，较去年增加9.5%。", "distinctions") == [
        ("brand_value", 36.4, "亿元", None), ("brand_value", 9.5, "%", "change")]


def test_a_failure_rate_s_change_in_points() -> None:
    """A spot check's failure rate compared with a year before: its change in points."""
    assert _figures("戊市今年监督抽检食品4000批次，不合格率为2.6%，较2020年下降0.3个百分点。",
                    "supervision") == [
        ("batches_sampled", 4000, "批次", None), ("failure_rate", 2.6, "%", None),
        ("failure_rate", 0.3, "个百分点", "change")]


def test_no_change_without_a_time_compared_nor_a_new_level() -> None:
    """A margin over another place, a rise to a new level and a multiple are no changes."""
    for body in ("己县抽检食品300批次，不合格率为2.1%，比全省平均水平低0.5个百分点。",
                 "庚市查处案件40起，由上年的30起增加到40起。",
                 "辛区受理投诉60件，比上年增长2倍。"):
        assert all(basis != "change" for *_, basis in _figures(body, "supervision")), body


def test_version_1_states_no_change() -> None:
    report = _report("乙区今年查处案件45起，较去年同期减少8起。", schema="1")
    assert [(s["value"], s["unit"]) for s in report["supervision"]["stats"]] == [(45, "起")]


def test_a_key_that_states_no_change_says_nothing_of_changes() -> None:
    """A key typed before changes after a level were read is not scored on them."""
    found = _report("乙区今年查处案件45起，较去年同期减少8起。")
    key = {"supervision": {"stats": [{"metric": "cases", "value": 45, "unit": "起"}]}}
    kept = in_the_keys_metrics(found, key)["supervision"]["stats"]
    assert [(s["value"], s["basis"]) for s in kept] == [(45, None)]


def test_failure_rates_of_instruments_are_metrology_s() -> None:
    """A failure rate of scales checked (in figures or in words), and an out-of-tolerance
    rate, are metrology's, with the instrument; none stays a spot check's."""
    body = "子县今年抽查集贸市场电子秤300台，不合格率为3.2%，较上年下降1.1个百分点。"
    assert _figures(body, "metrology") == [
        ("instruments_checked", 300, "台", None), ("failure_rate", 3.2, "%", None),
        ("failure_rate", 1.1, "个百分点", "change")]
    assert _figures(body, "supervision") == []
    assert ("failure_rate", 2.5, "%", None) in _figures(
        "丑市计量所检查加油机80台，超差率为2.5%。", "metrology")
    assert ("failure_rate", 1.2, "%", None) in _figures(
        "寅市抽查散装食品标签和集市电子秤，电子秤不合格率为百分之一点二。", "metrology")


def test_failure_rates_of_special_equipment_are_its_own() -> None:
    """A failure rate of lifts or escalators is special equipment's, of the kind named."""
    stats = _report("卯市局对辖区内120台电梯开展安全检查，电梯不合格率为15%。")
    assert [(s["metric"], s["equipment"], s["value"]) for s in stats["special_equipment"]["stats"]
            if s["metric"] == "failure_rate"] == [("failure_rate", "lift", 15)]
    assert stats["supervision"]["stats"] == []
    moved = _report("辰市抽查商场扶梯40部，扶梯不合格率达百分之二十。")["special_equipment"]["stats"]
    assert ("failure_rate", "lift", 20) in [(s["metric"], s["equipment"], s["value"]) for s in moved]


def test_a_spot_check_of_goods_keeps_its_failure_rate() -> None:
    """Products or batches of instruments sampled: the spot check's failure rate, as before."""
    assert ("failure_rate", 2.5, "%", None) in _figures(
        "巳县抽检电子秤产品60批次，不合格率为2.5%。", "supervision")
    assert ("failure_rate", 4.1, "%", None) in _figures(
        "午市抽检食品500批次，不合格率为4.1%。", "supervision")


def test_brands_above_a_value_and_brands_that_entered_an_evaluation() -> None:
    """A brand-value list's counts above a threshold carry the threshold in their label; the
    brands that entered the evaluation are its count with status applied."""
    report = _report("本次品牌价值评价共发布品牌数量600个，其中，价值超过千亿元的品牌有12家，另有甲、乙等"
                     "70个企业品牌和丙、丁等20个区域品牌的价值均超过百亿元。今年参评的品牌数量为900个。")
    stats = [(s["metric"], s["value"], s["unit"], s["status"], s["label"])
             for s in report["distinctions"]["stats"]]
    assert stats == [
        ("brands_valued", 600, "个", "achieved", "发布品牌数量"),
        ("brands_above_value", 12, "家", "achieved", "价值超过千亿元"),
        ("brands_above_value", 70, "个", "achieved", "价值均超过百亿元"),
        ("brands_above_value", 20, "个", "achieved", "价值均超过百亿元"),
        ("brands_valued", 900, "个", "applied", "参评的品牌数量")]


def test_a_value_reached_is_no_threshold_count() -> None:
    """A brand's own value, and a report of no brand-value list, count no brands above a value."""
    assert all(s["metric"] != "brands_above_value" for s in _report(
        "经评估，丁县绿茶公用品牌评估价值36.4亿元。")["distinctions"]["stats"])
    assert _report("戊市有5家企业销售收入超过百亿元。")["distinctions"]["stats"] == []
