"""Supervision stats: units counted beside the special equipment they hold are no firms
inspected nor dens closed; firms of the equipment's trade and firms counted alone stay firms.
Every text here is written for the test, with made-up places and numbers."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked("某县特种设备安全检查通报\n发布日期：2016-09-20  来源：测试日报\n" + body + "\n",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_bare_units_beside_their_equipment_are_no_firms() -> None:
    """检查单位N户、各类设备M台: the holders of the equipment the check counted."""
    found = _stats("甲县这次节前安全排查中，执法人员出动60人次，检查单位40户、各类设备500余台。")
    assert ("personnel_deployed", 60, "人次") in found
    assert not [s for s in found if s[0] == "enterprises_inspected"]
    traditional = _stats("甲縣這次節前安全排查中，執法人員出動60人次，檢查單位40戶、各類設備500余臺。")
    assert not [s for s in traditional if s[0] == "enterprises_inspected"]


def test_leasing_units_and_testing_bodies_of_the_equipment_are_no_firms() -> None:
    """租赁单位N家，…塔式起重机M台; N家检验机构…设备M台: the same holders, named otherwise."""
    assert not [s for s in _stats("乙区对在建工地开展起重机械专项检查，检查租赁单位7家，在用塔式起重机30台。")
                if s[0] == "enterprises_inspected"]
    assert not [s for s in _stats("这次对2家检验机构进行了抽查，核对在检设备70台。")
                if s[0] == "enterprises_inspected"]


def test_units_whose_boilers_were_removed_are_no_dens() -> None:
    """取缔…N家单位的小锅炉M台: the boilers were removed, no den was closed."""
    found = _stats("今年，全县依法取缔了城区5家单位的燃煤小锅炉6台。")
    assert not [s for s in found if s[0] in ("dens_closed", "enterprises_inspected")]


def test_firms_and_units_with_no_equipment_after_them_stay_firms() -> None:
    """企业 beside equipment, the units that make it, and units counted alone are firms."""
    assert ("enterprises_inspected", 20, "家") in _stats("检查生产企业20家，特种设备60台。")
    assert ("enterprises_inspected", 12, "家") in _stats("检查特种设备生产单位12家，特种设备30台。")
    assert ("enterprises_inspected", 15, "家") in _stats("检查食品生产单位15家，查处案件3起。")
