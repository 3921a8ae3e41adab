"""Instruments a check found unverified or overdue, and the places holding them, are no
metrology count (supervision's ``instruments_unverified``) — unless their clause goes on to
verify them. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _metrology(body: str) -> list[tuple[str, float]]:
    text = f"本地新闻\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["value"]) for s in report["metrology"]["stats"]]


def test_overdue_told_after_the_counts_is_no_check() -> None:
    """…其中4家加油站共6台加油机逾期未检: neither the stations nor the dispensers."""
    found = _metrology("甲县局本周开展计量监督检查，共检查加油站20家。"
                       "其中4家加油站共6台加油机逾期未检，已责令停用。")
    assert ("sites", 20) in found
    assert all(value not in (4, 6) for _, value in found)


def test_unverified_told_before_the_count_is_no_verification() -> None:
    """另有未检定的计价器60台: unverified, though 检定 stands earlier in the sentence."""
    found = _metrology("乙市今年共检定出租车计价器900台，另有未检定的计价器60台。")
    assert ("instruments_verified", 900) in found
    assert ("instruments_verified", 60) not in found


def test_evaded_verification_is_no_verification() -> None:
    """对逃避检定的5台地磅依法立案: no count of metrology."""
    found = _metrology("丙区局对辖区地磅开展计量检查，对逃避检定的5台地磅依法立案。")
    assert all(value != 5 for _, value in found)


def test_overdue_instruments_then_verified_are_verified() -> None:
    """对逾期未检的7台电子秤当场进行了检定: verified after all."""
    found = _metrology("丁县局开展计量检查，对逾期未检的7台电子秤当场进行了检定。")
    assert ("instruments_verified", 7) in found


def test_seals_found_broken_failed_and_use_unverified_none() -> None:
    """…查出甲站2台加油机的铅封被人为破坏: failed; 乙站另有3台加油机未经检定即投入使用: no
    metrology count; seals fitted (加装铅封) stay sealed."""
    got = _metrology("己县局本月对加油站开展计量监督检查。检查中查出甲站5台加油机的铅封被人为"
                     "破坏；乙站另有3台加油机未经检定即投入使用。")
    assert ("instruments_failed", 5) in got
    assert all(value != 3 for _, value in got)
    assert _metrology("庚县计量所为8台加油机加装铅封。") == [("instruments_sealed", 8)]
