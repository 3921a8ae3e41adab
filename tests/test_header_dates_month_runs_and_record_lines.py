"""A report's date: shapes that once gave a wrong date (a year's run of months read as a day)
or none where the text prints one. Every text here is written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.segmenting.metaline import read_meta_line


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


@pytest.mark.parametrize("line", ["2031年1-8月甲省锅炉检验情况统计表",
                                  "2031年7-9月份乙市投诉举报分析",
                                  "2031年1/6月丙县计量器具检定汇总"])
def test_a_years_run_of_months_is_no_day(line: str) -> None:
    assert read_meta_line(line).date is None


def test_a_table_titled_by_its_run_of_months_is_undated() -> None:
    text = ("2031年1-10月甲省商标业务统计表\n"
            "项目\n当年累计\n"
            "商标申请受理件数\n37\n"
            "商标核准件数\n25\n")
    assert meta_of(text).date is None


def test_a_day_after_the_run_of_months_still_dates_the_report() -> None:
    assert read_meta_line("2031-10-05 甲省市场监管局").date == "2031-10-05"
    assert read_meta_line("发布时间：2031年11月3日 来源：乙市质监局").date == "2031-11-03"


def test_a_saved_epapers_record_line_at_the_foot_dates_the_story() -> None:
    text = ("第A05版：要闻 上一版 下一版\n"
            "甲市抽查电梯安全状况\n"
            "本报讯 日前，甲市市场监管局抽查在用电梯120台，发现隐患9处。\n"
            "隐患已责令使用单位限期整改。\n"
            "返回主页 | 上一篇 下一篇\n"
            "5502 2031-06-14 00:00:00 四 甲市抽查电梯安全状况\n")
    meta = meta_of(text)
    assert meta.date == "2031-06-14"
    assert meta.found["date"] == "a saved page's record of the story at its foot"


def test_a_record_line_with_its_paper_and_file_name_dates_the_story() -> None:
    text = ("第B02版：城事\n"
            "乙县完成加油机封缄改造\n"
            "本报讯 乙县市场监管局近日完成辖区48家加油站的加油机封缄改造。\n"
            "2031-03-02 1 1 某某日报 content_5521.html 1 2 乙县完成加油机封缄改造\n")
    assert meta_of(text).date == "2031-03-02"


def test_a_foot_line_with_the_headline_and_two_dates_gives_none() -> None:
    text = ("丙区检查燃气灶具\n"
            "本报讯 丙区市场监管局近日检查燃气灶具销售门店30家。\n"
            "5508 2031-04-01 00:00:00 丙区检查燃气灶具 更新 2031-05-02 08:00\n")
    assert meta_of(text).date is None


def test_a_day_the_last_sentence_tells_beside_the_headline_gives_none() -> None:
    text = ("丁市发布计量惠民措施\n"
            "丁市市场监管局近日推出计量惠民措施十项。\n"
            "2031年5月20日，丁市发布计量惠民措施的消息传开后，市民纷纷点赞。\n")
    assert meta_of(text).date is None
