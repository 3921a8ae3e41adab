"""Hazards a sweep found and put right in one breath (排查并消除隐患N处, 排查整改隐患N处):
one figure of both, hazards found and hazards put right. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _report(headline: str, body: str) -> dict[str, Any]:
    text = f"{headline}\n发布时间：2031-04-05\n{body}"
    report: dict[str, Any] = report_json(text)
    return report


def _equipment(body: str) -> list[tuple[str, str, float]]:
    report = _report("庚县开展锅炉安全检查", body)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_a_sweep_that_put_hazards_right_found_them_too() -> None:
    """排查并消除锅炉房隐患37处: 37 found and 37 put right."""
    got = _equipment("庚县局检查锅炉使用单位14家，排查并消除锅炉房隐患37处。")
    assert ("hazards_found", "any", 37) in got
    assert ("hazards_rectified", "any", 37) in got


def test_a_sweep_and_repair_with_no_conjunction() -> None:
    """排查整改隐患60余处: found and put right, one figure."""
    got = _equipment("今年庚县局停用隐患锅炉9台，排查整改隐患60余处，保障了供暖安全。")
    assert ("hazards_found", "any", 60) in got
    assert ("hazards_rectified", "any", 60) in got


def test_a_sweep_alone_is_only_found() -> None:
    """排查隐患15处，已整改11处: 15 found, 11 put right, and no 15 put right."""
    got = _equipment("庚县局排查隐患15处，已整改11处。")
    assert ("hazards_found", "any", 15) in got
    assert ("hazards_rectified", "any", 11) in got
    assert ("hazards_rectified", "any", 15) not in got


def test_problems_found_and_put_right_with_no_joining_word() -> None:
    """发现整改问题75处 (no 并 between the verbs): 75 found and 75 put right."""
    got = _equipment("庚县局累计检查设备800台，发现整改问题75处，查处案件6起。")
    assert ("hazards_found", "any", 75) in got
    assert ("hazards_rectified", "any", 75) in got
