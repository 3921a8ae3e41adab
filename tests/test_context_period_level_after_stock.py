"""Schema 2 periods of a change or a level told in a later clause than its sentence's stock
word (累计拥有…，较上届增加…; 共有…，年产值达到…): no stock, dated by a year of its own sentence,
else the report's; the stock count itself stays ``cumulative``, and so does a count of work in
the same chain. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json

HEAD = "甲市品牌工作\n发布时间：2031-05-06\n"


def figures(text: str) -> dict[float, tuple[str | None, str | None]]:
    """Each figure's value → (basis, period)."""
    found: dict[float, tuple[str | None, str | None]] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if "value" in node and "period" in node:
                found[node["value"]] = (node.get("basis"), node["period"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(report_json(HEAD + text))
    return found


@pytest.mark.parametrize(("text", "stock", "other"), [
    ("乙市累计拥有省级标准化试点项目40个，较上年增加6个。\n", 40, 6),
    ("目前，丙县共有地理标志产品12个，年产值达到45亿元。\n", 12, 45),
    ("甲省老字号企业累计达到210家，年销售额超过300亿元。\n", 210, 300),
])
def test_a_change_or_a_value_after_a_stock_is_the_years(text: str, stock: int, other: int) -> None:
    """较上年增加6个, 年产值达到45亿元 after 累计拥有…40个: the report's year (null); the 40 held."""
    found = figures(text)
    assert found[stock][1] == "cumulative"
    assert found[other][1] is None


def test_a_year_of_its_own_sentence_dates_the_change() -> None:
    """2030年，…累计达到60家，较上届增加9家: the 9 are that round's change, 2030."""
    found = figures("2030年，乙市申报区长质量奖的单位累计达到60家，较上届增加9家。\n")
    assert found[9] == ("change", "2030")
    assert found[60][1] == "cumulative"


def test_a_count_of_work_in_the_chain_is_no_level() -> None:
    """累计出动…300人次，检查企业50家: work, which this rule leaves as it was (a recent
    campaign's: the report's year)."""
    found = figures("近日，甲县开展专项行动，累计出动检查人员300人次，检查企业50家。\n")
    assert found[300][1] is None and found[50][1] is None
