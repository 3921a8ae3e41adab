"""Places a check counts as places (处, 处所) are the sites of the instruments their sentence
counts after them, past the other sites of their list; with no instruments counted after them
they name no kind. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _sites(body: str) -> list[tuple[str, float]]:
    text = f"乙市公布磅秤检查结果\n发布时间：2031-09-10  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(s["instrument"], s["value"]) for s in report["metrology"]["stats"]
            if s["metric"] == "sites"]


def test_places_and_their_list_take_the_instruments_counted_after() -> None:
    """检查45处所，包含传统市场12处、卖场33家，共计500台磅秤: all three are the scales' sites."""
    got = _sites("分局自3月1日至3月20日期间检查45处所，包含传统市场12处、卖场33家，"
                 "共计500台磅秤，检查结果全数合格。")
    assert got == [("scale", 45), ("scale", 12), ("scale", 33)]


def test_places_before_a_bare_count_of_the_reports_instruments() -> None:
    """…磅秤年度检查已经展开，丙市40处零售市场本月进行，检测1800台: the 40 are the scales'
    sites, as the 1800 are scales."""
    got = _sites("零售市场磅秤年度检查已经展开，丙市40处零售市场本月进行，检测1800台，"
                 "只发现2台超出公差。")
    assert ("scale", 40) in got


def test_places_with_no_instruments_after_them_name_none() -> None:
    """检查了20处市场，…: no count of instruments after them, no kind."""
    got = _sites("丁县局开展计量检查，检查了20处市场，并向摊主宣传计量法规。")
    assert got == [("any", 20)]
