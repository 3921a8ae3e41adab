"""The users of a geographical-indication product's special mark told with the verb of use
before the mark and the users after it, their running total in the clause after, and users
whose approval was changed. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _stats(body: str) -> list[tuple[str, str, float, str]]:
    text = f"戊县质量工作简报\n发布时间：2032-03-09  来源：测试晚报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["scheme"], s["value"], s["unit"])
            for s in report["certification"]["stats"]]


def test_users_named_after_the_mark_they_use_are_its_users() -> None:
    """使用…专用标志经营主体N家，累计达M家: the new users and their running total."""
    assert _stats("去年全县新增使用地理标志专用标志的经营主体37家，累计达415家。") == [
        ("mark_users", "gi_mark", 37, "家"), ("mark_users", "gi_mark", 415, "家")]


def test_firms_using_the_mark_in_other_words_are_its_users_too() -> None:
    """使用…专用标志市场主体/企业 N家: the firms' word after the mark varies."""
    assert _stats("截至年底，本县使用云岭茶地理标志产品专用标志的市场主体共有58家。") == [
        ("mark_users", "gi_mark", 58, "家")]


def test_users_whose_approval_was_changed_are_users_still() -> None:
    """N家核准变更…专用标志企业: firms whose approval to use the mark was changed."""
    assert _stats("附件二：6家核准变更地理标志产品专用标志企业名单") == [
        ("mark_users", "gi_mark", 6, "家")]


def test_a_mark_used_without_leave_has_no_users() -> None:
    """擅自使用…专用标志的企业N家: firms that misused it, no users approved."""
    assert _stats("检查中发现擅自使用地理标志专用标志的企业3家。") == []
