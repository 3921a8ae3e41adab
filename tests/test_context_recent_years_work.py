"""Schema 2's period of a stock (standards, registrations) that 近年来 opens in its own sentence:
held now (``cumulative``), as brand counts and holdings already were; not work done or money
spent, nor a rate, nor a later sentence's figure; and an addition (新增) no stock word makes a
stock held. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import periods


def test_standards_drafted_in_recent_years_are_cumulative() -> None:
    """近年来，某县…制定行业标准N项: the standards of the years to now, not the report's year."""
    text = ("丙县标准化工作\n2031-03-02\n"
            "近年来，丙县的企业主导或参与制定行业标准30项、团体标准50项。\n")
    found = periods(text)
    assert found.get(30) == "cumulative" and found.get(50) == "cumulative"


def test_work_and_money_of_recent_years_stay_the_report_s() -> None:
    """近年来 before work done or money spent (not a stock) leaves them the report's year."""
    text = ("计量所建设\n2031-03-02\n"
            "近年来，乙市计量所不断更新检测设备，设备投入超过3000万元。"
            "近年来，乙县办结质量案件150件。\n")
    found = periods(text)
    assert found[3000] != "cumulative" and found[150] != "cumulative"


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
