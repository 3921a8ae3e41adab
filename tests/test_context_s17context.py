"""Status, place and period read from the document's structure (the seventeenth session, issue
12): a header line that the header keeps but reads as no title (a document site's 文档介绍：
prefix) still dates the report as a title would."""

from __future__ import annotations

from .report_helpers import report_json


def periods(text: str) -> list[tuple[float, str | None]]:
    report = report_json(text)
    return [(item["value"], item["period"])
            for area in ("supervision", "special_equipment", "metrology")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item]


def test_a_header_line_read_as_no_title_dates_the_report() -> None:
    text = ("文档介绍:2015年上半年全县产品质量分析报告\n"
            "上半年，全县质监系统围绕质量提升开展工作，积极推进质量强县建设，服务全县经济发展大局，"
            "取得明显成效。\n"
            "上半年，县级监督抽查共抽查68种420批次产品，合格401批次。\n")
    assert (420, "2015") in periods(text)


def test_another_such_header_with_a_years_safety_review() -> None:
    text = ("文档简介:2013年全市特种设备安全状况\n"
            "全市质监部门对锅炉、电梯等设备严格监管，逐一排查各类隐患，全年没有发生较大事故。\n"
            "全年共检查生产企业320家，排查隐患85处。\n")
    assert (320, "2013") in periods(text)


# A paragraph broken into lines at a mark that goes on (；，): one paragraph, whose year
# reaches its later lines.

def test_a_list_broken_into_lines_keeps_its_year() -> None:
    text = ("质量工作回顾\n\n"
            "2013年，全市检查企业50家。\n\n"
            "2011年，全市开展执法检查900次；\n"
            "对180台锅炉进行了检验；\n"
            "对900台电梯进行了定期检验。\n")
    found = periods(text)
    assert (180, "2011") in found and (900, "2011") in found


def test_lines_run_on_after_a_comma() -> None:
    text = ("工作总结\n\n"
            "2017年，全县共检查企业120家。\n\n"
            "2015年，全县计量工作取得新进展，检定计量器具8600台件，\n"
            "免费检定血压计340台。\n")
    assert (340, "2015") in periods(text)


def test_a_line_ending_on_a_full_stop_is_its_own_paragraph() -> None:
    text = ("工作总结\n\n"
            "2017年，全县共检查企业120家。\n\n"
            "2015年，全县检定计量器具8600台件。\n"
            "今年免费检定血压计340台。\n")
    assert (340, "2015") not in periods(text)


# A deadline written after its year (2016年前, 2019年以前) dates no report: an undated
# report's later figures are not that year's.

def test_a_deadline_after_its_year_does_not_date_the_report() -> None:
    text = ("节能计量审查工作推进\n"
            "按照要求，全市80家重点用能企业须在2016年前通过能源计量审查，今年须通过审查的有20家。\n"
            "目前，全市已检查35家重点耗能企业。\n")
    assert (35, None) in periods(text)


def test_another_deadline_written_with_yiqian() -> None:
    text = ("计量监督检查\n"
            "按照部署，各加油站须在2019年以前完成税控加油机改造。\n"
            "日前，县局已检查加油站26家。\n")
    assert (26, "2019") not in periods(text)


def test_the_first_quarters_of_a_year_still_date_it() -> None:
    text = ("抽查情况通报\n"
            "2015年前三季度，全市共抽查产品420批次。\n"
            "其中，合格398批次。\n")
    assert (420, "2015") in periods(text)
