"""Dates a page prints in its opening lines in shapes of their own: a publish label without its
colon, and a stamp with the year last whose day the numbers themselves tell."""

from __future__ import annotations

from qsreport import parse


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_a_publish_label_without_its_colon_before_a_window_of_days() -> None:
    """发布日期 2032/02/14~2033/02/14: the day a notice went up, not the day it comes down."""
    text = ("甲县消保官查核年货市场 发布日期 2032/02/14~2033/02/14 | 发布单位: 消保官 | "
            "甲县消保官会同卫生单位查核年货市场标示,经查均符合规定。\n")
    assert date_of(text) == "2032-02-14"


def test_a_year_last_stamp_whose_day_is_past_twelve() -> None:
    """23/3/2031 09:05 on its own line: the day first, as Hong Kong's pages print it."""
    text = ("某会测试电暖炉 两款温度过高\n23/3/2031 09:05\n"
            "某会测试了12款电暖炉, 其中两款表面温度过高, 已通知有关部门跟进.\n")
    assert date_of(text) == "2031-03-23"


def test_a_year_last_stamp_that_reads_either_way_gives_no_date() -> None:
    """5/6/2031: the fifth of June or the sixth of May, so no date rather than a guess."""
    text = ("某会测试电暖炉 两款温度过高\n5/6/2031 09:05\n"
            "某会测试了12款电暖炉, 其中两款表面温度过高, 已通知有关部门跟进.\n")
    assert date_of(text) not in ("2031-06-05", "2031-05-06")
