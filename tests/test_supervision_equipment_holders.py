"""Supervision stats: units counted beside the special equipment they hold are no firms
inspected nor dens closed; firms of the equipment's trade and firms counted alone stay firms."""

from __future__ import annotations

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _stats(body: str) -> list[tuple[str, float, str]]:
    text = "某县特种设备安全检查通报\n发布日期：2016-09-20  来源：测试日报\n" + body + "\n"
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(s["metric"], s["value"], s["unit"]) for s in report["supervision"]["stats"]]


def test_bare_units_beside_their_equipment_are_no_firms() -> None:
    """检查单位N户、各类设备M台: the holders of the equipment the check counted."""
    found = _stats("安全大检查以来，全县共出动执法人员120人次、检查单位86户、各类设备900余台、压力管道12公里。")
    assert ("personnel_deployed", 120, "人次") in found
    assert not [s for s in found if s[0] == "enterprises_inspected"]
    traditional = _stats("安全大檢查以來，全縣共出動執法人員120人次、檢查單位86戶、各類設備900余臺。")
    assert not [s for s in traditional if s[0] == "enterprises_inspected"]


def test_leasing_units_and_testing_bodies_of_the_equipment_are_no_firms() -> None:
    """租赁单位N家，塔式起重机M台; N家检验机构…设备M台: the same holders, named otherwise."""
    assert not [s for s in _stats("此次专项检查，全市共检查起重机使用单位21家、租赁单位18家，塔式起重机25台。")
                if s[0] == "enterprises_inspected"]
    assert not [s for s in _stats("本次共抽查3家检验机构、4家检测机构，设备40台。")
                if s[0] == "enterprises_inspected"]


def test_units_whose_boilers_were_removed_are_no_dens() -> None:
    """取缔…N家单位的小锅炉M台: the boilers were removed, no den was closed."""
    found = _stats("今年以来，共检查锅炉使用单位105家，取缔、淘汰包括某浴室在内的7家单位的小锅炉7台。")
    assert not [s for s in found if s[0] in ("dens_closed", "enterprises_inspected")]


def test_firms_and_units_with_no_equipment_after_them_stay_firms() -> None:
    """企业 beside equipment, the units that make it, and units counted alone are firms."""
    assert ("enterprises_inspected", 20, "家") in _stats("检查生产企业20家，特种设备60台。")
    assert ("enterprises_inspected", 12, "家") in _stats("检查特种设备生产单位12家，特种设备30台。")
    assert ("enterprises_inspected", 15, "家") in _stats("检查食品生产单位15家，查处案件3起。")
