"""Firms whose count closes its clause and whom the next clause orders to put things right
(…的商户有4家，当即要求其改善; 其中12家，均已责令限期整改) are firms ordered, even after a check
that counted firms; a check's firms followed by other demands stay firms inspected. Every
sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "测试报告\n发布日期：2026-02-10  来源：测试日报\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_the_order_in_the_next_clause() -> None:
    """共抽查90家业者，其中需改进的商户有6家，当即要求其改善 → 90 inspected, 6 ordered."""
    assert _stats("甲市共抽查90家业者，其中需改进的商户有6家，当即要求其改善。") == [
        ("enterprises_inspected", 90, "家"), ("firms_ordered", 6, "家")]
    assert ("firms_ordered", 12, "家") in _stats(
        "乙县检查加工企业50家，其中需整改的企业12家，均已责令限期整改。")


def test_other_demands_or_an_order_of_some_of_them_leave_the_count() -> None:
    """检查企业30家，并要求企业加强自查: inspected; 检查企业30家，责令其中5家整改: 30 inspected."""
    assert _stats("丙区检查企业30家，并要求企业加强自查。") == [("enterprises_inspected", 30, "家")]
    assert ("enterprises_inspected", 30, "家") in _stats("丁区检查企业30家，责令其中5家整改。")


def test_an_order_that_counts_its_own_firms_leaves_the_count_before() -> None:
    """检查企业40家，责令整改6家: 40 inspected, 6 ordered; 督促整改问题9个 counts problems."""
    assert _stats("戊县检查企业40家，责令整改6家。") == [
        ("enterprises_inspected", 40, "家"), ("firms_ordered", 6, "家")]
    assert ("enterprises_inspected", 70, "家") in _stats("己县检查企业70家，督促整改问题9个。")


def test_firms_found_at_fault_in_their_own_clause_stay_at_fault() -> None:
    """发现问题4家，当即要求改正: the firms found at fault, not firms ordered."""
    got = _stats("庚区走访面包店25家，发现问题4家，当即要求改正。")
    assert ("units_at_fault", 4, "家") in got
    assert not [s for s in got if s[0] == "firms_ordered"]
