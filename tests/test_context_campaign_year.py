"""Schema 2's period from a year glued after a campaign's name (“某某行动2031”): the campaign's
year dates the figures it reaches, as 2031年 would, unless the campaign's own sentence tells
its dates as a span before the name. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def periods(text: str) -> dict[float, str | None]:
    """Each supervision figure's value and period."""
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    found: dict[float, str | None] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "period" in node and "value" in node:
                found[node["value"]] = node["period"]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(report["supervision"])
    return found


def test_a_campaign_s_glued_year_dates_its_figures() -> None:
    """“春风行动2031”期间，…检查…: the campaign's year, in an undated report."""
    text = ("打假工作通报\n"
            "5月2日，记者从青禾市市场监管局获悉，“春风行动2031”期间，全市检查各类市场主体6420户，"
            "立案查处违法案件318件。\n")
    found = periods(text)
    assert found.get(318) == "2031"


def test_a_campaign_s_dates_told_before_its_name_give_the_span() -> None:
    """2030年12月至2031年3月，开展“春风行动2031”，…: the span its sentence tells."""
    text = ("打假工作通报\n"
            "记者获悉，2030年12月15日至2031年3月31日，东岭州开展了“春风行动2031”执法行动，"
            "全州共立案查处各类案件274件，罚没款96.5万元。\n")
    assert periods(text).get(274) == "2030-2031"
