"""Places a check counts as places (处, 处所) are the sites of the instruments their sentence
counts after them, past the other sites of their list; with no instruments counted after them
they name no kind. Invented reports (made-up places and numbers), parsed end to end."""

from __future__ import annotations

from .report_helpers import report_json


def _sites(body: str) -> list[tuple[str, float]]:
    text = f"乙市公布磅秤检查结果\n发布时间：2031-09-10  来源：测试日报\n{body}"
    return [(s["instrument"], s["value"]) for s in report_json(text)["metrology"]["stats"]
            if s["metric"] == "sites"]


def test_places_and_their_list_take_the_instruments_counted_after() -> None:
    """检查N处所（农贸市场M处、超市K家）的磅秤…台: all three are the scales' sites."""
    got = _sites("甲县计量所本月检查28处所（农贸市场18处、超市10家）的磅秤360台，仅1台超差。")
    assert got == [("scale", 28), ("scale", 18), ("scale", 10)]


def test_places_before_a_bare_count_of_the_reports_instruments() -> None:
    """…电子秤抽检，覆盖N处菜市场，检定M台: the places are the scales' sites, as the count
    after them, which names no instrument, is of the scales the sentence checks."""
    got = _sites("节前，甲县计量所开展电子秤抽检，覆盖城区15处菜市场，检定500台，未见超差。")
    assert ("scale", 15) in got


def test_places_with_no_instruments_after_them_name_none() -> None:
    """检查了20处市场，…: no count of instruments after them, no kind."""
    got = _sites("丁县局开展计量检查，检查了20处市场，并向摊主宣传计量法规。")
    assert got == [("any", 20)]
