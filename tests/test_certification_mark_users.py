"""The users of a geographical-indication product's special mark told with the verb of use
before the mark and the users after it, their running total in the clause after, and users
whose approval was changed. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items, picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"戊县质量工作简报\n发布时间：2032-03-09  来源：测试晚报\n{body}",
                  "certification", "stats", ("metric", "scheme", "value", "unit"))


def test_users_named_after_the_mark_they_use_are_its_users() -> None:
    """新增使用…专用标志的生产单位N家，累计达到M家: the new users and their running total."""
    assert _stats("乙县本年度新增使用地理标志专用标志的生产单位20家，累计达到140家。") == [
        ("mark_users", "gi_mark", 20, "家"), ("mark_users", "gi_mark", 140, "家")]


def test_firms_using_the_mark_in_other_words_are_its_users_too() -> None:
    """使用…专用标志的企业/市场主体 N家: the firms' word after the mark varies."""
    assert _stats("目前，丙区使用“丙区蜜桃”地理标志产品专用标志的企业已有30家。") == [
        ("mark_users", "gi_mark", 30, "家")]


def test_users_whose_approval_was_changed_are_users_still() -> None:
    """N家核准变更…专用标志…企业: firms whose approval to use the mark was changed
    (an annex's title, made up)."""
    assert _stats("附表1 丁市9家核准变更地理标志专用标志信息的企业一览") == [
        ("mark_users", "gi_mark", 9, "家")]


def test_a_mark_used_without_leave_has_no_users() -> None:
    """擅自使用…专用标志的企业N家: firms that misused it, no users approved."""
    assert _stats("检查中发现擅自使用地理标志专用标志的企业3家。") == []


def test_a_product_named_between_the_use_and_the_mark_leaves_them_users() -> None:
    """N家获准使用《某产品》地理标志保护产品专用标志: the product's name, quoted or not, between the
    verb of use and the mark."""
    assert _stats("这一批获批单位里，9家获准使用《乙县山核桃》地理标志保护产品专用标志，"
                  "另有3家合作社使用丙镇高山云雾红茶地理标志专用标志，用于外包装。") == [
        ("mark_users", "gi_mark", 9, "家"), ("mark_users", "gi_mark", 3, "家")]


def test_a_bare_mark_after_the_indication_is_named_is_its_mark() -> None:
    """纳入地理标志保护的产品N个，获准使用专用标志的生产企业M家: the mark written bare, the
    indication named before it."""
    assert _stats("截至目前，甲省纳入地理标志保护的产品已达40个，获准使用专用标志的生产企业150家。") == [
        ("mark_users", "gi_mark", 150, "家")]


def test_a_bare_mark_with_no_indication_before_it_has_no_users() -> None:
    """获准使用专用标志的生产企业N家 with no geographical indication named before: whose mark is
    not told, and an ecological-origin product's mark is no indication's."""
    assert _stats("甲省获准使用专用标志的生产企业150家。") == []
    assert _stats("乙市地理标志工作稳步推进，另有12家企业获准使用生态原产地产品保护专用标志。") == []


def _periods(body: str) -> list[tuple[float, str | None]]:
    text = f"戊县质量工作简报\n发布时间：2032-03-09  来源：测试晚报\n{body}"
    return [(s["value"], s["period"]) for s in area_items(text, "certification", "stats")]


def test_users_counted_to_now_are_a_stock() -> None:
    """截至目前…获准使用专用标志的生产企业N家, 目前…使用…专用标志的企业N家: users held now, as
    certified firms are, not this year's approvals."""
    assert _periods("截至目前，甲省纳入地理标志保护的产品已达40个，获准使用专用标志的生产企业150家。") == [
        (150, "cumulative")]
    assert _periods("目前，丙县获批使用地理标志专用标志的生产单位有45家。") == [(45, "cumulative")]


def test_users_added_this_year_stay_the_year_s() -> None:
    """今年新增N家企业获准使用…专用标志: this year's approvals, no stock."""
    assert _periods("今年，乙市又新增12家生产单位获批使用地理标志专用标志。") == [(12, "2032")]
