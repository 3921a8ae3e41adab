"""Special equipment failed when a verdict follows its count (其中5部不合格, 发现有9部不合规定),
and equipment counted before the while of its check (对…的40部扶梯查核时) inspected. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _equipment(body: str) -> list[tuple[str, str, float]]:
    text = f"戊县公布电梯查核结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_a_verdict_after_the_count_is_failed_not_a_hazard() -> None:
    """对…的四十部手扶梯查核时，发现有九部不合规定: 40 inspected, 9 failed."""
    got = _equipment("调查显示，对三个县、十二个消费场所中的四十部手扶梯查核时，发现有九部不合规定。")
    assert ("inspected", "lift", 40) in got
    assert ("failed", "lift", 9) in got
    assert ("hazards_found", "lift", 9) not in got


def test_the_failed_part_after_a_total() -> None:
    """抽查电梯30部，其中5部不合格: 5 failed, not 5 more inspected."""
    got = _equipment("乙区抽查电梯30部，其中5部不合格。")
    assert ("inspected", "lift", 30) in got
    assert ("failed", "lift", 5) in got
    assert ("inspected", "lift", 5) not in got


def test_equipment_found_with_hazards_is_still_read() -> None:
    """发现有6台存在安全隐患: hazards found, no verdict after the count."""
    got = _equipment("检查中发现有6台电梯存在安全隐患。")
    assert ("failed", "lift", 6) not in got
