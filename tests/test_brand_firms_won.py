"""Firms counted as the holders of a brand title: where a clause counts the firms that won or
hold a title and no count of products stands between, the firms' number counts the title.
Every text here is written for the test, with made-up places and firms."""

from __future__ import annotations

from tests.brand_helpers import counts

HEADER = "甲县品牌建设情况\n发布日期：2021-06-15 来源：测试日报\n"


def test_firms_that_won_a_title_hold_it() -> None:
    """N家企业获得 TITLE, with no word of news: the firms holding the title, a total."""
    text = HEADER + "全县品牌培育成效明显，14家企业获得中国驰名商标，5家企业获得中国名牌产品。\n"
    assert counts(text) == [("china_well_known_trademark", 14, "total", "achieved"),
                            ("china_top_brand", 5, "total", "achieved")]


def test_firms_whose_products_were_rated() -> None:
    """N家企业商标被评为 TITLE and N家企业产品被评为 TITLE: the firms count the title."""
    text = HEADER + "丙县现有12家企业商标被评为市级著名商标，另外30家企业产品被评为市级名牌产品。\n"
    assert counts(text) == [("other", 12, "total", "achieved"),
                            ("municipal_brand", 30, "total", "achieved")]


def test_firms_that_entered_a_list_this_time_are_new() -> None:
    """此次…N家企业入选 TITLE: the firms entered the list now, an addition."""
    text = HEADER + "此次，乙县共有6家企业入选省重点培育和发展的出口名牌。\n"
    assert counts(text) == [("other", 6, "added", "achieved")]


def test_firms_of_products_count_the_products() -> None:
    """N家企业的M个产品: the products are counted, the firms are not."""
    text = HEADER + "今年全县8家企业的12个产品被评为省名牌产品。\n"
    assert [c[1] for c in counts(text)] == [12]


def test_firms_with_the_titles_own_count_after_it() -> None:
    """N家企业获得 TITLE M个: the title's own count is the products', not the firms'."""
    text = HEADER + "全县共有6家企业获得省著名商标9件。\n"
    assert [c[1] for c in counts(text)] == [9]


def test_firms_over_two_titles_count_neither() -> None:
    """N家企业的产品被评为 A或B: which title each holds is not told, no count."""
    text = HEADER + "到今年，丙镇已有7家企业的产品被评为省名牌产品或省名优产品。\n"
    assert counts(text) == []


def test_firms_of_a_grooming_list_win_nothing() -> None:
    """N家企业入选…培育名单: firms groomed for a title hold none yet."""
    text = HEADER + "今年全县10家企业入选省名牌培育名单。\n"
    assert counts(text) == []
