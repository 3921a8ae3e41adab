"""The users of a geographical-indication product's special mark told with the verb of use
before the mark and the users after it, their running total in the clause after, and users
whose approval was changed. Invented reports, parsed end to end."""

from __future__ import annotations

from .report_helpers import area_items


def _stats(body: str) -> list[tuple[str, str, float, str]]:
    text = f"戊县质量工作简报\n发布时间：2032-03-09  来源：测试晚报\n{body}"
    return [(s["metric"], s["scheme"], s["value"], s["unit"])
            for s in area_items(text, "certification", "stats")]


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
