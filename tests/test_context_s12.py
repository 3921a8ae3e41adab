"""Schema 2 periods of the twelfth wave that need a header of their own: an undated report
that opens on a year's span to now (2015年以来), and a page's clock, which may be the day a
page was saved, years after its report. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import report_json


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(text)
    return [(item["value"], item["period"]) for area in ("supervision", "brands", "special_equipment")
            for items in report[area].values() for item in items if "value" in item]


def test_an_undated_report_opening_on_a_span_of_its_latest_year_is_of_that_year() -> None:
    """2015年以来 and no later year: the report was written in 2015, and its work so far
    (截至目前，共检查…) is 2015's."""
    text = ("2015年以来，某县质监局在全县开展农资打假专项行动。\n"
            "截至目前，共检查经营户230家，查处案件12起，货值8万元。\n")
    assert periods(text) == [(230, "2015"), (12, "2015"), (8, "2015")]


def test_an_undated_report_s_span_to_now_holds_its_honours_as_a_stock() -> None:
    """Honours won one after another since a year (先后…被认定) are held now, not that year's."""
    text = "2010年以来，全区先后有14件商标获认定为省著名商标。\n"
    assert periods(text) == [(14, "cumulative")]


def test_an_undated_report_s_span_from_an_earlier_year_is_no_year_of_its_own() -> None:
    """A later year named (2014年…) says the report was not written in the span's first year."""
    text = ("2012年以来，某县质监局持续开展质量安全整治。\n"
            "2014年，全县共检查企业410家。\n本季度又查处案件5起。\n")
    assert periods(text) == [(410, "2014"), (5, "2014")]


def test_a_page_s_clock_years_after_the_year_its_opening_names() -> None:
    """A page saved in 2019 whose report tells of 2015's work: the clock is no ground to call
    2015 history, so the opening's year dates the figures."""
    lines = ["資訊港 | 理財港", "", "2019年06月18日 星期二", "", "首頁 > 市場 > 詳情", "",
             "執法成果通報", "", "  本報訊 記者日前獲悉，某省質監局通報了2015年的執法情況。",
             "全系統共查處案件900起，貨值1200萬元。"]
    assert periods("\n".join(lines) + "\n") == [(900, "2015"), (1200, "2015")]


def test_a_report_of_january_reviews_the_year_just_ended() -> None:
    """全年 in a report of January, and a stock as at a month later than the report's own
    (截止12月25日 on 12 January): the year before's."""
    header = "全省质监工作回顾\n发布日期：2013-01-12  来源：测试日报\n"
    text = header + ("截止12月25日，全省共检查加油站210家，查处案件14起。\n"
                     "全年共查处质量违法案件156起。\n")
    assert periods(text) == [(210, "2012"), (14, "2012"), (156, "2012")]


def test_a_report_of_june_counts_its_whole_year_as_its_own() -> None:
    header = "全省质监工作通报\n发布日期：2013-06-12  来源：测试日报\n"
    text = header + "全年共查处质量违法案件156起。截止5月25日，全省共检查加油站210家。\n"
    assert periods(text) == [(156, None), (210, None)]


def region(text: str) -> str | None:
    return report_json(text)["meta"]["region"]  # type: ignore[no-any-return]


def test_a_county_bureau_named_for_short_is_the_report_s_place() -> None:
    """市监局 (市场监督管理局 for short) after a county's name."""
    text = "为规范眼镜配制行为，黟县市监局近日对县城眼镜店开展计量专项检查，共检查眼镜店12家。\n"
    assert region(text) == "黟县"


def test_a_county_s_town_station_is_the_county_s() -> None:
    """甲市乙县丙镇市场监管所: a station of the county's bureau, named after its town."""
    text = "近日，泰安市东平县银山市场监管所组织开展电梯安全检查，共检查电梯46台。\n"
    assert region(text) == "东平县"


def test_a_metrology_and_testing_centre_named_after_its_city() -> None:
    text = ("为保障群众加油计量准确，宁夏中卫市质量计量和检验检测中心近日开展加油机周期检定，"
            "共检定加油机210台。\n")
    assert region(text) == "中卫市"
