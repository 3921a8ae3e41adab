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

