"""Brand counts of two titles told together. Every text here is written for the test, with
made-up places, programmes and numbers."""

from __future__ import annotations

from tests.brand_helpers import counts

HEADER = "丁县品牌工作情况\n发布日期：2027-03-02 来源：测试晚报\n"


def test_two_levels_glued_count_both() -> None:
    """省市名牌 N 个: a province's and a city's titles counted together, other."""
    text = HEADER + "全县拥有地理标志产品7个、省市名牌215余个、绿色食品认证90余个。\n"
    assert counts(text) == [("geographical_indication", 7, "total", "achieved"),
                            ("other", 215, "total", "achieved")]


def test_a_provinces_name_before_a_city_title_is_no_level() -> None:
    """全省市名牌: the province is the place and the city's title stands alone."""
    text = HEADER + "截至目前，全省市名牌产品共有340个。\n"
    assert [c[0] for c in counts(text)] == ["municipal_brand"]


def test_two_titles_joined_then_one_count() -> None:
    """TITLE和TITLE N 个: one count of both titles together, other."""
    text = HEADER + "截至2026年，全县通过省级名牌产品和省级著名商标 19 个。\n"
    assert counts(text) == [("other", 19, "total", "achieved")]


def test_two_titles_counted_each_in_turn_keep_their_own() -> None:
    """TITLE和TITLE分别为 N 个、M 件: each title keeps its own count."""
    text = HEADER + "目前，全县拥有省名牌产品和省著名商标分别为11个、23件。\n"
    assert {c[0] for c in counts(text)} <= {"provincial_brand", "provincial_famous_trademark"}
