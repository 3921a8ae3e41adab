"""Schema 2 goals written as a floor with a verb of striving (争创…80个以上): a target, and so
is the rest of the sentence it heads. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2012-06-01  来源：测试日报\n"


def brand_counts(text: str) -> list[dict[str, Any]]:
    return area_items(HEADER + text, "brands", "counts")


def test_a_floor_to_strive_for_is_a_target_through_its_sentence() -> None:
    """今年争创…N个以上，培育…M个以上: both are goals (the brand rules may drop the first)."""
    counts = brand_counts("今年全市争创省名牌产品15个以上，培育市名牌产品40个以上。")
    assert [c["status"] for c in counts if c["value"] == 40] == ["target"]
    assert all(c["status"] == "target" for c in counts)


def test_a_campaign_named_for_striving_leaves_an_achievement_achieved() -> None:
    """争创 with no floor after it (a campaign's name): the honours it led to are achieved."""
    counts = brand_counts("通过开展争创名牌活动，全市今年新增省名牌产品12个。")
    assert [c["status"] for c in counts if c["value"] == 12] == ["achieved"]
