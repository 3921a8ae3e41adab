"""A report's date is a day such a report can carry: never one before 1985 (a blank or a short
number a page prints as a timestamp, a day of history a lead opens on). Every text here is written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.segmenting.header_possible import possible_day


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_a_publish_line_of_a_day_in_1970_is_no_date() -> None:
    """发布时间：1970-01-19 (a count of seconds read as a day) dates nothing."""
    text = ("甲县开展电梯安全检查\n发布时间：1970-01-19 14:06 来源：甲县新闻网\n\n"
            "近日，甲县市场监管局对城区商场的电梯开展安全检查，共检查电梯40台。\n")
    assert date_of(text) is None


def test_a_day_before_1985_gives_way_to_the_lead_dateline() -> None:
    """A publish line of 1979 is dropped, and the lead's dateline with its year dates the report."""
    text = ("乙市抽查电热水器\n发布时间：1979-03-02 来源：乙市网\n\n"
            "乙市网2032年4月7日讯 乙市质监局近日抽查电热水器25批次，合格22批次。\n")
    assert date_of(text) == "2032-04-07"


def test_a_date_of_a_later_year_than_1985_is_kept() -> None:
    """A report of 1998 keeps its publish line."""
    text = ("丙县抽查化肥\n发布时间：1998-09-10 来源：丙县报\n\n"
            "丙县技术监督局近日抽查化肥30批次，合格27批次。\n")
    assert date_of(text) == "1998-09-10"


def test_the_bounds_of_a_possible_day() -> None:
    """1985 on is possible; a day before, a blank timestamp's day or none at all is not."""
    assert possible_day("1985-01-01")
    assert possible_day("2031-05-07")
    assert not possible_day("1984-12-31")
    assert not possible_day("1970-01-01")
    assert not possible_day(None)


def test_a_lead_opening_on_a_day_of_history_is_no_date() -> None:
    """A lead that opens on a day of 1978 (a history told) dates nothing."""
    text = ("丁县计量工作回顾\n\n1978年6月3日，丁县成立了第一个计量站。如今，全县共有计量检定人员30名。\n")
    assert date_of(text) is None
