"""A schema 2 key read late (issue 12): equipment a check found in use at the units it went
through (``found_in_use``, special equipment), no register's stock. Every sentence here was
written for these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import EQUIPMENT_METRICS_LATE, EquipmentMetric

from .report_helpers import report_json

HEADER = "某地市场监管\n发布日期：2023-04-12  来源：测试日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body + "\n", schema)


def _stats(body: str, area: str, metric: str, *fields: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"], *(s[name] for name in fields))
            for s in _report(body)[area]["stats"] if s["metric"] == metric]


def test_the_key_is_late() -> None:
    """The key is schema 2's, late (typed keys that predate it say nothing of it)."""
    assert "found_in_use" in get_args(EquipmentMetric) and "found_in_use" in EQUIPMENT_METRICS_LATE


def test_a_sweeps_find_and_its_part() -> None:
    """Equipment a sweep found, and the part told right after it after 其中, of the kind named;
    not the part found at fault."""
    body = "乙区分局经过半个月的摸底，共检查企业120家，发现叉车共260台，其中已上牌的叉车170台，无牌叉车90台。"
    assert _stats(body, "special_equipment", "found_in_use", "equipment") == [
        (260, "台", "in_plant_vehicle"), (170, "台", "in_plant_vehicle")]


def test_what_a_visited_unit_holds() -> None:
    """What the unit a check visited holds, its count before or after the equipment's name, is
    found in use, no register's stock."""
    body = ("检查组来到甲市某商场，该单位现有电梯32部，检查组查看了维保记录。"
            "随后检查组来到某热力公司，该公司的3台80吨蒸汽炉承担全区供暖。")
    assert _stats(body, "special_equipment", "found_in_use", "equipment") == [
        (32, "部", "lift"), (3, "台", "boiler")]
    assert _stats(body, "special_equipment", "registered") == []


def test_equipment_of_units_found_using_it() -> None:
    """The equipment of units a sweep found using it, right after their count."""
    assert _stats("丙县共排查小吃店900家，其中使用液化气的店有400家，共使用气瓶1300个。",
                  "special_equipment", "found_in_use", "equipment") == [(1300, "个", "gas_cylinder")]


def test_found_in_use_near_misses() -> None:
    """A region's register stays ``registered``; equipment found overdue or failing keeps its
    metric; units' equipment counted with no sweep told is none of these."""
    body = "全县在用电梯3000台，发现超期未检电梯5台，发现不合格气瓶30只。"
    assert _stats(body, "special_equipment", "found_in_use") == []
    assert _stats(body, "special_equipment", "registered") == [(3000, "台")]
    assert _stats(body, "special_equipment", "overdue") == [(5, "台")]
    assert _stats(body, "special_equipment", "failed") == [(30, "只")]
    assert _stats("全区电梯使用单位有120家，共使用电梯2400台。", "special_equipment",
                  "found_in_use") == []
    body = "检查中发现锅炉3台未办理使用登记，该厂的2台锅炉已停用。"
    assert _stats(body, "special_equipment", "found_in_use") == []
    assert _stats(body, "special_equipment", "overdue") == [(3, "台")]


def test_version_1_has_no_special_equipment() -> None:
    """Version 1 output has no special equipment, so none of these figures."""
    report = _report("检查组来到某商场，该单位现有电梯32部。", schema="1")
    assert "special_equipment" not in report
    assert [s for s in report["supervision"]["stats"] if s["value"] == 32] == []
