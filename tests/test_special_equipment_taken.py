"""Special equipment the bureau took away (查扣, 扣押, 扣留), cylinders sealed as counted in 个,
and equipment dismantled under the bureau's eye (监督拆除): all ``sealed``. Invented reports,
parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _equipment(body: str) -> list[tuple[str, str, float]]:
    text = f"己县通报特种设备整治情况\n发布时间：2032-04-05  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_equipment_seized_is_sealed_with_its_parts() -> None:
    """查扣…叉车58台，其中…21台: the whole and its part, both sealed."""
    got = _equipment("整治以来，庚镇分局共查扣各类叉车58台，其中未挂牌的叉车21台。")
    assert ("sealed", "in_plant_vehicle", 58) in got
    assert ("sealed", "in_plant_vehicle", 21) in got


def test_equipment_held_by_the_bureau_is_sealed() -> None:
    """依法扣押…锅炉3台: taken away, out of use."""
    got = _equipment("执法人员依法扣押存在隐患的小型锅炉3台。")
    assert ("sealed", "boiler", 3) in got


def test_cylinders_sealed_counted_in_ge() -> None:
    """封存、扣留…钢瓶83个: cylinders counted by 个 are sealed too."""
    got = _equipment("检查中，辛区局当场封存、扣留了已超使用年限的液化气钢瓶83个。")
    assert ("sealed", "gas_cylinder", 83) in got


def test_cylinders_checked_are_not_sealed() -> None:
    """抽查气瓶260个: a check, no sealing."""
    got = _equipment("壬县局抽查液化气瓶260个。")
    assert not [m for m in got if m[0] == "sealed"]


def test_equipment_not_seized_is_not_sealed() -> None:
    """未扣押: a seizure denied is none."""
    got = _equipment("对未扣押的叉车9台，责令使用单位限期办理登记。")
    assert ("sealed", "in_plant_vehicle", 9) not in got


def test_dismantled_under_supervision_is_sealed() -> None:
    """对…的4台锅炉实施了监督拆除: dismantled, sealed."""
    got = _equipment("癸县局对某砖厂违规安装的4台锅炉实施了监督拆除。")
    assert ("sealed", "boiler", 4) in got
