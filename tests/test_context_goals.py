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


def _rates(text: str) -> list[dict[str, Any]]:
    return [s for s in area_items(HEADER + text, "supervision", "stats") if s["metric"] == "pass_rate"]


def test_a_deadline_an_earlier_sentence_sets_makes_the_paragraphs_rate_a_goal() -> None:
    """到某年 (after the report's year) opening a paragraph dates a rate two sentences on,
    which then cannot be achieved yet."""
    rates = _rates("到2014年，甲市建成一批检测平台，乙县各项指标同步改善。"
                   "丁类商品的抽检合格率升至91%，某局随后公布名单。")
    assert [(r["value"], r["period"], r["status"]) for r in rates] == [(91.0, "2014", "target")]


def test_a_deadline_already_past_leaves_the_rate_achieved() -> None:
    """到某年 of a year gone by (before the report's) is a result told, not a goal."""
    rates = _rates("到2011年，甲市建成一批检测平台，乙县各项指标同步改善。"
                   "丁类商品的抽检合格率升至91%，某局随后公布名单。")
    assert [(r["value"], r["status"]) for r in rates] == [(91.0, "achieved")]


def test_a_rate_told_as_reached_already_is_no_goal() -> None:
    """The figure's own sentence says it is reached (目前…已): achieved, though the paragraph
    opened on a deadline ahead."""
    rates = _rates("到2014年，甲市建成一批检测平台，乙县各项指标同步改善。"
                   "目前丁类商品的抽检合格率已升至91%，某局随后公布名单。")
    assert [(r["value"], r["status"]) for r in rates] == [(91.0, "achieved")]
