"""A brand's assessed value in the shapes value lists are told in: past a round sum (超, 逾,
超过), a list's total in 万亿元, and the value before its words with or without 的. A threshold
that counts brands, or a sum of other money, is no value. Every text here is written for the
test, with made-up places, brands and sums."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "甲市品牌工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def values(text: str) -> list[tuple[str, float, str]]:
    return [(s["metric"], s["value"], s["unit"])
            for s in area_items(HEADER + text + "\n", "distinctions", "stats")]


def test_a_value_past_a_round_sum_is_the_value() -> None:
    """品牌价值超N亿元, 逾N亿元, 超过N亿元: the value the list assessed."""
    assert values("甲县蜜桔品牌价值超120亿元，位列同类产品第6位。") == [
        ("brand_value", 120, "亿元")]
    assert values("乙茶品牌评估价值逾45.5亿元。") == [("brand_value", 45.5, "亿元")]
    assert values("丙市黄酒的品牌价值超过310亿元，较上年有所提升。") == [
        ("brand_value", 310, "亿元")]


def test_a_lists_total_may_be_told_in_trillions() -> None:
    """总品牌价值N万亿元: the unit as written."""
    assert values("本次评价共发布品牌信息500个，总品牌价值6.25万亿元。")[-1] == (
        "brand_value", 6.25, "万亿元")
    text = "某机构日前发布年度品牌价值榜。上榜企业总价值达1.3万亿元。"
    assert values(text) == [("brand_value", 1.3, "万亿元")]


def test_a_value_before_its_words_may_leave_out_de() -> None:
    """以N亿元品牌价值位列…, as 以N亿元的品牌价值."""
    assert values("丁县腐乳以36.8亿元品牌价值进入全国前二十。") == [("brand_value", 36.8, "亿元")]
    assert values("戊镇石斛以12亿元品牌评价价值入围榜单。") == [("brand_value", 12, "亿元")]


def test_a_threshold_or_other_money_is_no_value() -> None:
    """Near misses: brands counted above a sum, and money of no brand."""
    assert values("品牌价值超过百亿元的有7家。") == [("brands_above_value", 7, "家")]
    assert values("品牌价值超50亿元的企业有3家。") == [("brands_above_value", 3, "家")]
    assert values("甲市拨款逾200亿元用于产业发展。") == []
