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


def test_the_count_a_verdict_was_given_among_is_inspected() -> None:
    """抽到的40部设备中有7部不合规定: the 40 inspected, the 7 failed; 设备 alone takes the one kind
    its sentence named before it (自动走道, Taiwan's word for a moving walk)."""
    got = _equipment("至於自動走道，抽到的40部設備中有7部不合規定。")
    assert got == [("inspected", "lift", 40), ("failed", "lift", 7)]
    got = _equipment("丁县抽到的40台锅炉中，3台不合格。")
    assert got == [("inspected", "boiler", 40), ("failed", "boiler", 3)]


def test_a_stock_a_verdict_was_given_among_stays_a_stock() -> None:
    """全县在用的900台电梯中，有9台不合格: the 900 a stock, never inspected; 其中 is no population."""
    got = _equipment("全县在用的900台电梯中，有9台不合格。其中2台锅炉不合格。")
    assert ("inspected", "lift", 900) not in got
    assert ("failed", "lift", 9) in got


def test_a_verdict_past_the_comma_or_after_a_part_named() -> None:
    """A verdict in the next clause opening on 有 (共7部电梯，均有紧急按钮不合规定的问题), or after a
    part of the count named with a list's 、 (另有4部扶梯的梳齿、裙板均未能符合规定): failed; a check's
    own finding past the comma leaves its count inspected (检查电梯120台，发现…不合格)."""
    assert _equipment("乙商場共7部電梯，均有緊急按鈕不合規定的問題。") == [
        ("failed", "lift", 7)]
    assert _equipment("丙車站另有4部扶梯的梳齒、裙板均未能符合規定。") == [("failed", "lift", 4)]
    got = _equipment("乙区检查电梯120台，发现不合格的电梯9台。")
    assert got == [("inspected", "lift", 120), ("failed", "lift", 9)]


def test_a_permit_not_valid_is_overdue() -> None:
    """另有5台自动扶梯的使用许可证已过期 (or 有不合格的情况): in use against the rules, ``overdue``."""
    assert _equipment("此外，另有5台自動扶梯的使用許可證已過期。") == [("overdue", "lift", 5)]
    assert _equipment("另有3台锅炉的使用登记证不合格。") == [("overdue", "boiler", 3)]
