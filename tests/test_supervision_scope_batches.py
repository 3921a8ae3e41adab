"""A check's scope told in the clause after its batches, the goods named after their count
(抽查了300批次产品，涉及企业210家), kinds counted before them (抽查了12种、300批次产品), or
the places owning the firms (涉及甲、乙等6个省份的130家生产企业): the firms are those the check
went through. Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked

HEADER = "甲省质监局公布监督抽查结果\n发布时间：2031-06-07  来源：甲省质监局\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(HEADER + body, "supervision", "stats", ("metric", "value", "unit"))


def test_firms_after_batches_named_after_their_count() -> None:
    """共抽查300批次产品，涉及企业210家，… → 210 家 inspected."""
    got = _stats("共抽查300批次产品，涉及企业210家，总体合格率为92.5%。")
    assert ("enterprises_inspected", 210, "家") in got
    assert ("batches_sampled", 300, "批次") in got


def test_kinds_before_the_batches_and_other_sampling_verbs() -> None:
    """抽查了12种、300批次产品 / 抽验450批次样品 / 抽取80个批次食品, then the firms reached."""
    got = _stats("此次共抽查了12种、300批次产品，涉及企业210家，合格率为90.1%。")
    assert ("enterprises_inspected", 210, "家") in got
    got = _stats("乙市抽验450批次样品，涉及生产企业96家。")
    assert ("enterprises_inspected", 96, "家") in got
    got = _stats("丙县抽检80个批次食品，覆盖经营单位45家。")
    assert ("enterprises_inspected", 45, "家") in got


def test_firms_owned_by_the_places_counted() -> None:
    """涉及甲、乙、丙等6个省份的130家生产企业 → 6 个 places covered, 130 家 inspected."""
    got = _stats("本次共抽查150批次产品，涉及甲、乙、丙等6个省份的130家生产企业。")
    assert ("enterprises_inspected", 130, "家") in got


def test_no_check_before_the_scope_no_firms() -> None:
    """生产了300批次产品，涉及企业210家: no check closes the clause before, so no firms
    inspected."""
    got = _stats("全市去年生产了300批次新产品，涉及企业210家。")
    assert ("enterprises_inspected", 210, "家") not in got
