"""One figure, one area: a count of the users a check covered, told in a sentence that names no
equipment under a check of special equipment named before, is special equipment's users
inspected and not supervision's firms inspected too; supervision keeps the rest. Invented
reports."""

from __future__ import annotations

from dataclasses import fields
from typing import Any, get_args

from qsreport.extract.lexicon.claims import CLAIMS
from qsreport.models import ReportData
from qsreport.vocabulary import EquipmentMetric, StatMetric

from .report_helpers import report_json

_METRICS = {"supervision": set(get_args(StatMetric)),
            "special_equipment": set(get_args(EquipmentMetric))}
_INSPECTED = {"enterprises_inspected", "places_inspected"}


def _report(body: str) -> dict[str, Any]:
    text = f"某县市场监管工作简报\n发布时间：2031-07-08  来源：测试日报\n{body}\n"
    report: dict[str, Any] = report_json(text)
    return report


def _stats(report: dict[str, Any], area: str) -> list[tuple[str, float]]:
    return [(s["metric"], s["value"]) for s in report[area]["stats"]]


def test_every_claim_names_areas_and_metrics_that_exist() -> None:
    """The table's areas are ReportData's fields, its metrics their areas' own."""
    names = {f.name for f in fields(ReportData)}
    for claim in CLAIMS:
        assert claim.area in names and claim.yields in names and claim.subject
        assert claim.metrics <= _METRICS[claim.area]
        assert claim.yielding <= _METRICS[claim.yields]


def test_users_under_a_lift_checks_head_are_not_supervisions_firms_too() -> None:
    """截至…，已检查使用单位N家 after a lift check: lift users inspected, no firms beside them."""
    report = _report("近日，辛县市场监管局对全县电梯开展安全专项检查。检查人员查看了电梯的维保记录。"
                     "截至10月20日，已检查使用单位23家，维保单位7家。")
    assert ("users_inspected", 23) in _stats(report, "special_equipment")
    assert ("users_inspected", 7) in _stats(report, "special_equipment")
    assert not [m for m, v in _stats(report, "supervision") if m in _INSPECTED]


def test_users_named_with_their_equipment_are_special_equipments_alone() -> None:
    """检查电梯使用单位N家 names the lifts' users: special equipment's users inspected, no
    firms inspected beside them (the settled keys of rounds 118-131)."""
    report = _report("截至目前，壬县已检查电梯使用单位23家。")
    assert ("users_inspected", 23) in _stats(report, "special_equipment")
    assert not [m for m, v in _stats(report, "supervision") if m in _INSPECTED]


def test_a_check_no_other_area_reads_stays_supervisions() -> None:
    """检查食品经营户N户: a food check's firms, supervision's as before."""
    report = _report("今年癸县开展食品安全检查，检查食品经营户130户。")
    assert ("enterprises_inspected", 130) in _stats(report, "supervision")
