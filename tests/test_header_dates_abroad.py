"""Dates written as papers abroad and Taiwan's bureaus write them: a bracketed dateline of no
year (【某某时报12月21日报导】) with the year the lead then names, and a labelled date month
first and the year last (发布日期:12/10/2014)."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


def test_a_bracketed_report_dateline_takes_the_leads_year() -> None:
    text = ("甲县标准局查验圣诞商品\n\n"
            "【测试时报12月21日报导】（本报记者甲乙台北二十一日电）甲县标准局抽检市售圣诞商品，"
            "2007年共抽检50件，其中18件不合格。\n")
    assert meta_of(text).date == "2007-12-21"


def test_a_report_cited_in_prose_is_no_dateline() -> None:
    """据某报12月21日报道，… is a citation, not the story's dateline (报道 without its bracket)."""
    text = ("乙县开展圣诞商品检查\n\n"
            "据测试时报12月21日报道称，乙县质监局2007年共抽检圣诞商品50件，其中18件不合格。\n")
    assert meta_of(text).date != "2007-12-21"


def test_a_labelled_date_month_first_with_the_year_last() -> None:
    text = ("用秤常识 - 电子秤\n发布日期:12/10/2014\n"
            "店家用的电子秤每年送标准检验局检定一次，检定合格方能继续使用。\n")
    assert meta_of(text).date == "2014-12-10"


def test_a_labelled_slash_date_past_twelve_first_gives_no_guess() -> None:
    text = ("用秤常识 - 电子秤\n发布日期:25/10/2014\n"
            "店家用的电子秤每年送标准检验局检定一次，检定合格方能继续使用。\n")
    assert meta_of(text).date != "2014-25-10"
