"""Demonstration zones named in full and listed together before the review they passed
(甲示范区、乙示范区陆续通过验收) are each a winner, and a zone's extent may stand in its name
(乙镇2万亩…示范区). Every text here is written for the test, with made-up places and numbers."""

from __future__ import annotations

from .report_helpers import area_items

DATED = "发布日期：2031-05-10 来源：测试日报\n"


def honours(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items("测试报告\n" + DATED + text + "\n", "brands", "honours")]


def test_zones_listed_before_their_passing_all_win() -> None:
    """A示范区、B示范区陆续通过了验收: both zones, not only the last."""
    text = "4月2日，丁镇蔬菜国家级农业标准化示范区、丙乡油茶省级农业标准化示范区陆续通过了验收。"
    assert honours(text) == [("丁镇蔬菜国家级农业标准化示范区", "other"),
                             ("丙乡油茶省级农业标准化示范区", "other")]


def test_a_zone_passing_one_after_another_wins() -> None:
    """陆续/相继 before the passing, as 先后 before it."""
    text = "今年，戊县柑橘省级标准化示范区、己县茶叶省级标准化示范区去年相继通过了验收。"
    assert honours(text) == [("戊县柑橘省级标准化示范区", "other"), ("己县茶叶省级标准化示范区", "other")]


def test_a_zones_extent_stands_in_its_name() -> None:
    """乙镇2万亩蔬菜…示范区通过验收: the extent is part of the zone's name."""
    text = "4月2日，己镇4万亩花生国家级农业标准化示范区顺利通过验收。"
    assert honours(text) == [("己镇4万亩花生国家级农业标准化示范区", "other")]


def test_zones_listed_before_a_review_to_come_do_not_win() -> None:
    """Near miss: A示范区、B示范区即将迎来验收: no passing, no winner."""
    text = "庚县桃子国家级农业标准化示范区、辛县茶叶国家级农业标准化示范区即将迎来验收。"
    assert honours(text) == []
