"""A new batch of protected products as reports tell it, its winners named: the products listed
before the review they passed and the title they became, a batch joining the protected's ranks,
a place's share of a batch named after 即. Every text here is written for the test, with
made-up places, names and numbers (a real province and county only where the gazetteer must
know them)."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_products_listed_before_the_review_they_passed_are_the_winners() -> None:
    """A、B等产品通过了专家论证，被认定为…: the listed products won the title of the next clause."""
    text = ("昨日，某局召开论证会，甲县香米、乙镇蜜柚、丙县板鸭等产品通过了专家论证，"
            "被认定为地理标志保护产品。")
    assert names(text) == ["甲县香米", "乙镇蜜柚", "丙县板鸭"]
    text = "丁县板栗、戊镇茶油等5个特产通过专家审核，成为地理标志保护产品。"
    assert names(text) == ["丁县板栗", "戊镇茶油"]


def test_a_review_only_hoped_for_names_no_winner() -> None:
    """The same list whose title is only hoped for (有望被认定为) wins nothing."""
    text = "甲县香米、乙镇蜜柚等产品通过了论证，有望被认定为地理标志保护产品。"
    assert names(text) == []


def test_a_clause_of_a_manner_word_names_no_winner() -> None:
    """…，依规获得…称号: the clause says how the title came, and names no one."""
    text = "某局核准乙公司使用丁县蜜柚的专用标志，依规获得国家地理标志保护产品称号。"
    assert "依规" not in names(text)
    assert names("戊县蜜柚依法获批国家地理标志保护产品。") == ["戊县蜜柚"]


def test_a_province_before_a_county_product_is_no_part_of_its_name() -> None:
    """某省某县香米: the county's product; a province before a name of no county stays."""
    assert names("近日，云南省宾川县红柚、己镇蜜柚等产品获批国家地理标志产品。") == [
        "宾川县红柚", "己镇蜜柚"]


def test_a_batch_joining_the_ranks_of_the_protected_names_its_winners() -> None:
    """又有A、B等6个产品迈入…的行列: its names are winners, the place before 又有 none."""
    text = "12月3日，甲省又有乙县香米、丙镇蜜柚等6个产品迈入了国家地理标志保护产品的行列。"
    assert names(text) == ["乙县香米", "丙镇蜜柚"]


def test_a_places_share_named_after_ji_lists_its_winners() -> None:
    """…中，甲市有3个，即A、B、C: the share's names when their number agrees with its count."""
    text = "全省今年新增的13个地理标志产品中，甲市有3个，即乙县香米、丙镇蜜柚、丁县板鸭。"
    assert names(text) == ["乙县香米", "丙镇蜜柚", "丁县板鸭"]
    text = "全省今年新增的12个地理标志产品中，庚市有4个，即乙县香米、丙镇蜜柚。"
    assert names(text) == []  # (four counted, two named: the list is not the share's)
