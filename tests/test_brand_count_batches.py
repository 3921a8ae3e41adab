"""A brand count's basis and its company: a batch joining the ranks of the protected is new, a
wider place's count in brackets beside a count counts the same title. Every text here is
written for the test, with made-up places and numbers."""

from __future__ import annotations

from .brand_helpers import counts

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def brand_counts(text: str) -> list[tuple[str, int, str | None, str]]:
    return counts(HEADER + text + "\n")


def test_a_batch_joining_the_ranks_of_the_protected_is_new() -> None:
    """又有…等6个产品迈入…的行列, N个产品步入…行列: the count is of new holders."""
    text = "12月3日，甲省又有乙县香米、丙镇蜜柚等6个产品迈入了国家地理标志保护产品的行列。"
    assert brand_counts(text) == [("geographical_indication", 6, "added", "achieved")]
    text = "12月5日，乙县4个产品一并步入了地理标志产品保护行列。"
    assert brand_counts(text) == [("geographical_indication", 4, "added", "achieved")]


def test_products_under_protection_stay_a_stock() -> None:
    """N个产品受…保护, with no word of joining: the products held under protection."""
    text = "甲市有9个产品受地理标志产品保护。"
    assert brand_counts(text) == [("geographical_indication", 9, "total", "achieved")]


def test_a_wider_places_count_in_brackets_counts_the_same_title() -> None:
    """全市12个（全省58个）: the province's count too, of the count's title and basis; a
    stock word in the brackets makes it the stock."""
    text = "截至去年底，甲市共有国家地理标志保护产品12个（全省58个），居全省首位。"
    assert brand_counts(text) == [("geographical_indication", 12, "total", "achieved"),
                                  ("geographical_indication", 58, "total", "achieved")]
    text = "今年甲市新增省名牌产品7个（全省共有310个）。"
    assert brand_counts(text) == [("provincial_brand", 7, "added", "achieved"),
                                  ("provincial_brand", 310, "total", "achieved")]


def test_a_rank_in_brackets_is_no_count() -> None:
    """（全省第一）: a rank, no second count."""
    text = "截至去年底，甲市共有国家地理标志保护产品12个（全省第一）。"
    assert brand_counts(text) == [("geographical_indication", 12, "total", "achieved")]
