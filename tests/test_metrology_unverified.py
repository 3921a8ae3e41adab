"""Instruments a check found unverified or overdue, and the places holding them, are no
metrology count (supervision's ``instruments_unverified``) — unless their clause goes on to
verify them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _metrology(body: str) -> list[tuple[str, float]]:
    text = f"本地新闻\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(s["metric"], s["value"]) for s in report["metrology"]["stats"]]


def test_overdue_told_after_the_counts_is_no_check() -> None:
    """除2家加油站的3台加油机超检定周期未检定外: neither the stations nor the dispensers."""
    found = _metrology("甲县局开展计量监督检查，共检查加油站15家。从检查情况看，除2家加油站在用的3台加油机"
                       "超检定周期未检定外，其他加油站情况良好。")
    assert ("sites", 15) in found
    assert all(value not in (2, 3) for _, value in found)


def test_unverified_told_before_the_count_is_no_verification() -> None:
    """其中连续两年未检的共60台: unverified, though 检定 stands earlier in the sentence."""
    found = _metrology("乙市仍有90台出租车计价器未按期检定，其中连续两年未检的共60台。")
    assert ("instruments_verified", 60) not in found


def test_refused_verification_is_no_verification() -> None:
    """对拒检或逃避检定的5台地磅下达责令改正通知书: refused, no count of metrology."""
    found = _metrology("丙区局对全区地磅开展检查，对拒检或逃避检定的5台地磅下达责令改正通知书。")
    assert all(value != 5 for _, value in found)


def test_overdue_instruments_then_verified_are_verified() -> None:
    """对超期未检的7台电子秤进行检定: verified after all."""
    found = _metrology("丁县局开展计量检查，对超期未检的7台电子秤进行检定。")
    assert ("instruments_verified", 7) in found
