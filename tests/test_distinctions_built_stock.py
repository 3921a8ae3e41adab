"""A bare 建设 before a count of zones or pilots tells a stock built (先后建设省级…示范区7个、
市级12个; 建设有9个…示范基地), held like 建成; building under way or approved keeps its own
words (获批建设, 正在建设, 启动建设). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _zones(body: str) -> list[tuple[str, str, float]]:
    text = f"本地新闻\n发布时间：2031-03-18  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["distinction"], s["value"]) for s in report["distinctions"]["stats"]]


def test_a_bare_jianshe_before_levelled_counts_is_a_stock_held() -> None:
    """先后建设省级…示范区7个、市级12个: both levels held."""
    assert _zones("十年来，全县先后建设省级农业标准化示范区7个、市级12个。") == [
        ("awarded", "standardization_pilot", 7), ("awarded", "standardization_pilot", 12)]


def test_jianshe_you_before_the_count_is_held() -> None:
    """建设有9个…示范基地: held."""
    assert _zones("本区目前建设有9个市级标准化示范基地。") == [
        ("awarded", "standardization_pilot", 9)]


def test_building_approved_begun_or_under_way_is_still_building() -> None:
    """获批建设, 启动建设, 正在建设: zones being built."""
    assert _zones("乙县获批建设省级农业标准化示范区2个。") == [
        ("building", "standardization_pilot", 2)]
    assert _zones("丁区今年启动建设市级农业标准化示范区4个。") == [
        ("building", "standardization_pilot", 4)]
    assert _zones("丙县正在建设省级农业标准化示范区7个。") == [
        ("building", "standardization_pilot", 7)]
