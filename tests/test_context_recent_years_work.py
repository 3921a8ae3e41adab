"""Schema 2's period of a stock (standards, registrations) that 近年来 opens in its own sentence:
held now (``cumulative``), as brand counts and holdings already were; not work done or money
spent, nor a rate, nor a later sentence's figure; and an addition (新增) no stock word makes a
stock held. Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def periods(text: str) -> dict[float, str | None]:
    """Each figure's value and period."""
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

    walk(to_jsonable(parse_bytes(text.encode("utf-8"), None)))
    return found


def test_standards_drafted_in_recent_years_are_cumulative() -> None:
    """近年来，某市…制修订国家标准37项: the standards of the years to now, not the report's year."""
    text = ("青禾市质量工作综述\n2031-03-02\n"
            "近年来，青禾市鼓励和支持企业制修订国家标准37项、地方标准215项，质量基础不断夯实。\n")
    found = periods(text)
    assert found.get(37) == "cumulative" and found.get(215) == "cumulative"


def test_work_and_money_of_recent_years_stay_the_report_s() -> None:
    """近年来 before work done or money spent (not a stock) leaves them the report's year."""
    text = ("计量院建设\n2031-03-02\n"
            "近年来，东岭省计量院逐步加大实验室建设投入，检测装备投入突破4200万元。"
            "近年来，东岭县共查处质量违法案件170起。\n")
    found = periods(text)
    assert found.get(4200) != "cumulative" and found.get(170) != "cumulative"


def test_a_rate_after_recent_years_stays_the_report_s() -> None:
    """A pass rate is a level, which 近年来 leaves the report's own year, and work a later
    sentence tells is not the span's."""
    text = ("产品质量分析\n2031-03-02\n"
            "近年来，东岭县产品抽检合格率稳定在96.5%。全年抽检食品620批次。\n")
    found = periods(text)
    assert found.get(96.5) != "cumulative" and found.get(620) != "cumulative"


def test_an_addition_after_recent_years_is_no_stock() -> None:
    """近年来 of an earlier sentence and 目前 of its own leave an addition (新增, 获得 of one
    award) the report's: what was added is no stock held."""
    text = ("商标工作\n"
            "近年来，丁县积极推动商标品牌战略，成效明显。目前，丁县今年新增地理标志商标12个。\n")
    assert periods(text).get(12) != "cumulative"


def test_an_addition_summed_over_a_span_stays_cumulative() -> None:
    """An addition summed over a span to now (以来…累计新增) is the span's: cumulative."""
    text = ("品牌工作\n2031-03-02\n"
            "2025年以来，丙市累计新增省名牌产品40个，品牌建设成效明显。\n")
    assert periods(text).get(40) == "cumulative"
