"""Guards for the period of a report's figures (the seventeenth session, review 17a): a publish
line's date in a header of no title is when the page came out, not the year its figures are of;
a year before 前几个月, 前期 or 前后 is no deadline."""

from __future__ import annotations

from tests.test_context_s17context import periods


def test_a_publish_lines_year_does_not_date_a_header_of_no_title() -> None:
    """A header made only of a publish line: the opening's 去年 dates the figures."""
    text = ("发布日期：2018年2月9日 来源：某某信息网\n"
            "去年，全区质监部门围绕质量提升开展工作，各项任务顺利完成。\n"
            "全年区级监督抽查共抽查52种310批次产品，合格296批次。\n")
    assert (310, "2017") in periods(text)


def test_a_document_sites_heading_beside_a_date_still_dates() -> None:
    """A 文档简介 heading and a date on the same line: the heading's year, not the date's."""
    text = ("文档简介:2014年全县产品质量工作总结 2015-01-20\n"
            "全县质监系统全年围绕质量提升开展工作，取得明显成效，服务全县发展大局。\n"
            "全年县级监督抽查共抽查40种260批次产品，合格247批次。\n")
    assert (260, "2014") in periods(text)


def test_the_first_months_of_a_year_are_no_deadline() -> None:
    """某年前几个月, 某年前期 and 某年前后 date the figures with the year: no deadline."""
    for heading in ("2017年前几个月全区食品抽检情况", "2017年前期全区食品抽检情况",
                    "2017年前后全区食品抽检情况"):
        text = heading + "\n全区共抽检食品样品380批次。\n"
        assert (380, "2017") in periods(text), heading


def test_a_deadline_after_its_year_still_dates_nothing() -> None:
    """某年前 before a verb of obligation is a deadline: it dates nothing."""
    text = "全区企业须在2017年前完成整改\n全区共抽检食品样品380批次。\n"
    assert (380, "2017") not in periods(text)
