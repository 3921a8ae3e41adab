"""Near misses of session 15's background-year rule (review A): in a report of a year's first
months, the opening's last year is the year its review is of, and a year whose data the opening
reads (根据…年度统计数据) is the figures' year, not background. Texts written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json

_AREAS = ("supervision", "special_equipment", "metrology")


def periods(text: str) -> list[tuple[Any, Any]]:
    """(value, period) of every stat the text gives, area by area."""
    report = report_json(text)
    return [(f["value"], f["period"]) for area in _AREAS
            for f in report[area]["stats"] if isinstance(f, dict)]


@pytest.mark.parametrize("text, expected", [
    ("乙市质监局年度工作回顾\n2012-03-01 09:30\n根据2011年度统计数据，全市全年抽查产品1500批次。\n"
     "全年共检查生产企业300家。\n", [(1500, "2011"), (300, "2011")]),
    ("乙市特种设备年度回顾\n2012-02-20 10:00\n截至2011年底，乙市登记的在用特种设备达到1.2万台。\n"
     "全年共检验电梯1200台。\n", [(1.2, "2011"), (1200, "2011")]),
    ("丙县质监局工作总结\n2013-03-15 08:00\n依照2012年度的统计数据，全县全年查处案件45起。\n"
     "全年共检查企业210家。\n", [(45, "2012"), (210, "2012")]),
])
def test_an_early_year_review_s_opening_year_dates_its_figures(
        text: str, expected: list[tuple[Any, Any]]) -> None:
    """A report of February or March whose opening names the year just ended (截至2011年底,
    根据2011年度统计数据) reviews that year: its 全年 figures are that year's."""
    assert periods(text) == expected


def test_a_stock_s_date_later_in_the_year_is_still_background() -> None:
    """In a report of June, 截至去年底 in the opening dates its stock only."""
    text = ("乙市特种设备工作通报\n2012-06-20 10:00\n截至2011年底，乙市登记的在用特种设备达到1.2万台。\n"
            "近期共检验电梯1200台。\n")
    assert periods(text) == [(1.2, "2011"), (1200, None)]
