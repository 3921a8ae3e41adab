"""Campaigns counted right before a campaign word naming its work (等N个执法子行动,
等N项整治行动, N次联合打假行动). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _report(headline: str, body: str) -> dict[str, Any]:
    text = f"{headline}\n发布时间：2031-04-05\n{body}"
    report: dict[str, Any] = report_json(text)
    return report


def _campaigns(body: str) -> list[tuple[float, str]]:
    report = _report("辛市开展打假工作", body)
    return [(s["value"], s["unit"]) for s in report["supervision"]["stats"]
            if s["metric"] == "campaigns"]


def test_campaigns_counted_before_a_word_of_enforcement() -> None:
    """“春苗”“净网”等6个执法子行动: six campaigns."""
    assert _campaigns("辛市通过开展“春苗”“净网”等6个执法子行动，整治了一批突出问题。") \
        == [(6, "个")]


def test_campaigns_counted_before_a_word_of_rectification() -> None:
    """…等8余项整治行动: eight campaigns, after a list of named ones."""
    assert _campaigns("辛市组织开展种子打假夏季行动、“清风”打假行动等8余项整治行动，"
                      "有效遏制了侵权假冒。") == [(8, "项")]


def test_joint_campaigns_against_fakes_run_several_times() -> None:
    """先后开展5次联合打假行动: five campaigns."""
    assert _campaigns("辛市局与企业建立联合打假机制，先后开展5次联合打假行动。") == [(5, "次")]


def test_places_counted_before_a_campaign_are_not_campaigns() -> None:
    """对9个乡镇开展整治: places, not campaigns."""
    assert _campaigns("辛市局对9个乡镇的农资门店开展整治，查处案件4起。") == []
