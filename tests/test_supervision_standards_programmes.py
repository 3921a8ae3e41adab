"""A programme promoting standardization (“标准化+”…行动, 标准备案行动, “提质强企”行动) is no
supervision campaign; a check of a standard still is. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _report(headline: str, body: str) -> dict[str, Any]:
    text = f"{headline}\n发布时间：2031-04-05\n{body}"
    report: dict[str, Any] = report_json(text)
    return report


def _actions(body: str) -> list[tuple[str, str]]:
    report = _report("壬市市场监管局工作动态", body)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_standardization_programme_is_no_campaign() -> None:
    """实施“标准化+”富民行动, “标准化+山货”行动: standards promoted, no campaign."""
    assert _actions("近年来，壬市局通过实施两大“标准化+”富民行动，助力乡村振兴。"
                    "一是实施“标准化+山货”行动。") == []


def test_a_drive_for_firms_standards_is_no_campaign() -> None:
    """开展标准备案行动, 帮扶“提质强企”行动: no campaign."""
    assert _actions("壬市局本季度组织企业标准备案行动，帮助企业自我声明。") == []
    assert _actions("壬市局组织专家深入园区，开展帮扶“提质强企”行动。") == []


def test_a_quoted_tour_for_standards_is_no_campaign() -> None:
    """举办“领跑标准万里行”进企业讲座: a tour promoting standards, no campaign."""
    assert _actions("壬市局在多地举办“领跑标准万里行”进企业讲座。") == []


def test_a_standards_activity_stays_a_campaign() -> None:
    """推进“标准化进社区”活动: an activity (活动, not a drive), kind other as before."""
    assert [kind for kind, _ in _actions("今年，壬县局积极推进“标准化进社区”活动。")] == ["other"]


def test_a_check_of_a_standard_stays_a_campaign() -> None:
    """强制性国标专项监督检查: still enforcement; a quoted campaign stays one too."""
    assert [kind for kind, _ in _actions("壬市局对燃气灶具开展强制性国标专项监督检查。")] \
        == ["law_enforcement"]
    assert [kind for kind, _ in _actions("壬市局开展“净水”行动，查处案件5起。")] == ["other"]
