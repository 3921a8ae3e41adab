"""Brand counts of two titles told together, and counts that size a pool picked from or a
list joined rather than the place's own titles. Every text here is written for the test, with
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


def test_the_field_picked_from_is_no_count() -> None:
    """在 N 个 TITLE 中选出 M 个: the N are the field, not the place's titles."""
    text = HEADER + "经过网络投票，最终在全省56个地理标志商标中选出了8个“最受欢迎地理标志商标”。\n"
    assert 56 not in [c[1] for c in counts(text)]


def test_the_size_of_a_list_joined_is_no_count() -> None:
    """M 个 TITLE 入选首批 N 个…名单: the list's N is the whole list's, not the place's."""
    text = HEADER + "丁县“青溪茶”等3个地理标志产品成功入选首批80个中外互认地理标志名单。\n"
    assert 80 not in [c[1] for c in counts(text)]


def test_a_lists_size_before_its_members_is_no_count() -> None:
    """某名录共 N 个，甲地的 A、B 名列其中: the list's size, its members named after it."""
    text = HEADER + "两国互认的地理标志农产品共42个，丁县的“青溪茶”和“石桥梨”名列其中。\n"
    assert 42 not in [c[1] for c in counts(text)]


def test_a_stock_held_before_its_members_stays() -> None:
    """全县共有 TITLE N 个，A 名列其中: a stock held, its members named after it."""
    text = HEADER + "全县共有地理标志保护产品12个，“青溪茶”名列其中。\n"
    assert 12 in [c[1] for c in counts(text)]
