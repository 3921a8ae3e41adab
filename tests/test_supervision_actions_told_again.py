"""A campaign told again after it was named: work done on it (推动…落地, 聚焦…部署, 巩固…成果,
纳入…范围) and its publicity (宣传…成果) are no part of its name, so the bare campaign word
names the one before, not a campaign of its own. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(body: str) -> list[tuple[str, str]]:
    text = f"某地监管动态\n发布日期：2031-06-02  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_work_on_a_campaign_named_before_is_no_campaign_of_its_own() -> None:
    body = ("年初以来，丁县依照全县农村集市假劣农资专项执法行动的安排，逐乡逐镇分步实施。"
            "各乡镇逐级发动，推动专项执法行动取得实效。"
            "聚焦专项执法行动重点环节和查办情况，宣传专项执法行动的成效。")
    assert [kind for kind, _ in _actions(body)] == ["law_enforcement"]


def test_a_verb_of_work_done_on_a_campaign_is_left_out_of_its_title() -> None:
    body = "乙县市场监管局开展电动车充电桩专项整治，并将无证的小作坊纳入专项整治范围。"
    titles = [title for _, title in _actions(body)]
    assert not any(verb in title for title in titles for verb in ("纳入", "推动", "聚焦", "巩固"))
