"""The label of places or firms taking part in a quality programme: the count's noun, whole
where a list's mark stands inside its brackets. Every sentence here was written for these
tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items

HEADER = "青岚市场监管\n发布日期：2023-03-14  来源：青岚日报\n"


def _taking_part(body: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"], s["label"])
            for s in area_items(HEADER + body + "\n", "distinctions", "stats")
            if s["metric"] == "participants"]


def test_a_list_mark_inside_the_noun_s_brackets_keeps_the_noun_whole() -> None:
    assert _taking_part("丁省目前共有14个县（市、区）开展质量强县活动。") == [
        (14, "个", "县（市、区） 质量强县")]
    assert _taking_part("全省已有6个县(市、区)、250家企业开展对标达标活动。") == [
        (6, "个", "县(市、区) 对标达标"), (250, "家", "企业 对标达标")]


def test_a_list_mark_between_counts_still_ends_the_noun() -> None:
    assert _taking_part("丁省有4个市、23个县（市）开展“质量兴市（县）”活动。") == [
        (4, "个", "市 质量兴市（县）"), (23, "个", "县（市） 质量兴市（县）")]
