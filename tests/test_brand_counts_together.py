"""Brand counts of two titles told together, and counts that size a pool picked from or a
list joined rather than the place's own titles. Every text here is written for the test, with
made-up places, programmes and numbers."""

from __future__ import annotations

from tests.brand_helpers import counts

HEADER = "丁县品牌工作情况\n发布日期：2027-03-02 来源：测试晚报\n"


def test_two_levels_glued_count_both() -> None:
    """省市名牌 N 个: a province's and a city's titles counted together, other."""
    text = HEADER + "到去年底，全县已有省市名牌60余个，另有地理标志产品4个、绿色食品认证30余个。\n"
    assert counts(text) == [("other", 60, "total", "achieved"),
                            ("geographical_indication", 4, "total", "achieved")]


def test_a_provinces_name_before_a_city_title_is_no_level() -> None:
    """全省市名牌: the province is the place and the city's title stands alone."""
    text = HEADER + "据统计，全省市名牌产品累计达到500个。\n"
    assert counts(text) == [("municipal_brand", 500, "total", "achieved")]


def test_two_titles_joined_then_one_count() -> None:
    """TITLE和TITLE N 个: one count of both titles together, other."""
    text = HEADER + "本县企业手中的省级名牌产品和省级著名商标合计40个。\n"
    assert counts(text) == [("other", 40, "total", "achieved")]


def test_two_titles_counted_each_in_turn_keep_their_own() -> None:
    """TITLE和TITLE分别为 N 个、M 件: each title keeps its own count."""
    text = HEADER + "丁县企业获得的省名牌产品和省著名商标分别达到6个、14件。\n"
    assert counts(text) == [("provincial_brand", 6, "total", "achieved"),
                            ("provincial_famous_trademark", 14, "total", "achieved")]


def test_the_field_picked_from_is_no_count() -> None:
    """在 N 个 TITLE 中选出 M 个: the N are the field, not the place's titles."""
    text = HEADER + "经专家评审，在全市40个地理标志商标中评出5个“优质地理标志商标”。\n"
    assert counts(text) == [("geographical_indication", 5, "added", "achieved")]


def test_the_size_of_a_list_joined_is_no_count() -> None:
    """M 个 TITLE 入选首批 N 个…名单: the list's N is the whole list's, not the place's."""
    text = HEADER + "丁县的“松岭蜜”等2个地理标志产品进入第二批60个地理标志保护示范名单。\n"
    assert counts(text) == [("geographical_indication", 2, None, "achieved")]


def test_a_lists_size_before_its_members_is_no_count() -> None:
    """某名录共 N 个，甲地的 A、B 名列其中: the list's size, its members named after it; the
    place's own stock told after it stays."""
    text = HEADER + ("本批互认名录中的地理标志产品共20个，丁县的“云岗栗”“北塘藕”位列其中。"
                     "目前丁县拥有地理标志产品5个。\n")
    assert counts(text) == [("geographical_indication", 5, "total", "achieved")]


def test_a_stock_held_before_its_members_stays() -> None:
    """全县共有 TITLE N 个，A 名列其中: a stock held, its members named after it."""
    text = HEADER + "丁县现有地理标志保护产品9个，当地的“云岗栗”也在列。\n"
    assert counts(text) == [("geographical_indication", 9, "total", "achieved")]
