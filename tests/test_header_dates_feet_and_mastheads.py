"""Dates a report states in shapes of its own: an agency's dateline of the day alone with the
code it prints at the story's foot (the Republic's year, month and day), a bulletin's masthead
(office, date, issue number)."""

from __future__ import annotations

from qsreport import parse


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_an_agency_dateline_takes_its_year_and_month_from_the_foot_code() -> None:
    """某某社记者某某甲市7日电 … (编辑:某某)1150307: the 115th year of the Republic, 2026-03-07."""
    text = ("乙县抽验暖风机 3件标示不符\n"
            "(测试社记者丁戊甲市7日电)乙县消保单位今天公布,抽验暖风机12件,其中3件标示不符规定。\n"
            "乙县表示,已函请业者限期改正。(编辑:丙丁)1150307\n")
    assert date_of(text) == "2026-03-07"


def test_a_foot_code_glued_to_the_last_sentence_counts_too() -> None:
    """The code may follow the last full stop directly, and a dateline may write its month."""
    text = ("丙市查核游乐设施\n"
            "(测试社记者某某丙市4月21日电)丙市消保官会同建设单位查核游乐场所18处,"
            "其中5处设备不合规定。\n业者须于一个月内改善完成。0980421\n")
    assert date_of(text) == "2009-04-21"


def test_a_foot_code_of_another_day_gives_no_date() -> None:
    """A code whose day is not the dateline's (an order or case number) dates nothing."""
    text = ("丁县抽查电热水瓶\n"
            "(测试社记者某某丁县9日电)丁县消保单位抽查电热水瓶20件,4件不合格。\n"
            "业者已完成改善。1140517\n")
    assert date_of(text) != "2025-05-09"
    assert date_of(text) != "2025-05-17"


def test_a_number_in_prose_is_no_foot_code() -> None:
    """Seven digits inside a sentence, not closing its line after a stop, are no code."""
    text = ("戊市检查加油站\n"
            "(测试社记者某某戊市3日电)戊市本次检查加油机1130203台次,其中不合格86台。\n")
    assert date_of(text) != "2024-02-03"


def test_a_bulletins_masthead_dates_it() -> None:
    """甲市某局办公室 2031年4月8日 第7期: the office, the issue's date and its number."""
    text = ("质量工作简报\n甲市测试管理局办公室 2031年4月8日 第7期\n"
            "甲市召开质量工作推进会，部署全年质量提升工作。会议要求各县区落实责任。\n")
    assert date_of(text) == "2031-04-08"


def test_a_masthead_with_the_issue_number_first() -> None:
    text = ("第12期\n乙县测试管理局办公室\n2030年11月2日\n"
            "乙县开展计量器具专项检查，共检查集贸市场6个。\n")
    assert date_of(text) == "2030-11-02"


def test_a_date_with_no_issue_number_is_no_masthead() -> None:
    """A body that tells an office's day of work without an issue's number dates nothing so."""
    text = ("乙县开展计量检查\n乙县测试管理局2030年11月2日开展计量器具专项检查，共检查集贸市场6个。\n")
    assert date_of(text) != "2030-11-02"
