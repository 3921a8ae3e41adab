"""A brand count's basis in a sentence of stocks: a year after 到 or 截至 dates a stock as
到…年底 does, a count won in a clause after one of holding is held too, and a brand value told
as an amount is no value list that clears a count's basis. Every text here is written for the
test, with made-up places and numbers."""

from __future__ import annotations

from .brand_helpers import counts

HEADER = "测试报告\n发布日期：2031-05-10 来源：测试日报\n"


def brand_counts(text: str) -> list[tuple[str, int, str | None, str]]:
    return counts(HEADER + text + "\n")


def test_products_protected_at_a_dated_stock_are_held() -> None:
    """到2029年甲省共有…，N个产品获得…保护: the products under protection at that date."""
    text = "到2029年甲省共有省级检测中心14个，27件农产品获得地理标志保护。"
    assert brand_counts(text) == [("geographical_indication", 27, "total", "achieved")]
    text = "截至2029年乙市共有检测机构8家，6件农产品获得地理标志保护。"
    assert brand_counts(text) == [("geographical_indication", 6, "total", "achieved")]


def test_a_title_won_after_a_clause_of_holding_is_held() -> None:
    """甲市共有…，N个产品获得中国名牌产品称号: the holding goes on through the sentence."""
    text = "丙市共有规模以上企业310家，5个产品获得中国名牌产品称号。"
    assert brand_counts(text) == [("china_top_brand", 5, "total", "achieved")]


def test_a_bare_year_of_awards_stays_new() -> None:
    """Near miss: 2029年甲省共有…，N个产品获得… — a bare year dates the year's awards."""
    text = "2029年丁省共有检测机构30家，7个产品获得中国名牌产品称号。"
    assert brand_counts(text) == [("china_top_brand", 7, "added", "achieved")]


def test_a_year_of_new_titles_after_holding_stays_new() -> None:
    """Near miss: 甲市共有…，今年N个产品获得…: the year's new titles."""
    text = "戊市共有检测机构12家，今年3个产品获得中国名牌产品称号。"
    assert brand_counts(text) == [("china_top_brand", 3, "added", "achieved")]


def test_a_brand_value_amount_leaves_the_stock_its_basis() -> None:
    """…荣获驰名商标N个，公共品牌价值已达M亿元: a value figure, no value list."""
    text = "近年来，己县荣获中国驰名商标3个、省著名商标11个，公共品牌价值已达60亿元。"
    assert brand_counts(text) == [
        ("china_well_known_trademark", 3, "total", "achieved"),
        ("provincial_famous_trademark", 11, "total", "achieved"),
    ]


def test_a_count_placed_on_a_value_list_still_has_no_basis() -> None:
    """Near miss: N个…商标入选品牌价值榜: placed on a list, neither new nor held."""
    text = "庚县4件中国驰名商标入选区域品牌价值榜。"
    assert [basis for _, _, basis, _ in brand_counts(text)] in ([], [None])
