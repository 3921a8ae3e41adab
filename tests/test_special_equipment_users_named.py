"""Users a kind of equipment names before them (燃气锅炉用户, 游乐设施运营单位) counted by a check,
and equipment put on the register by a verb after it (进行登记造册). Invented reports, parsed
end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _equipment(body: str) -> list[tuple[str, str, float]]:
    text = f"辛县特种设备安全检查\n发布时间：2031-06-07\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_users_named_by_their_kind_of_equipment() -> None:
    """12家燃气锅炉用户 in a 对 list checked: boiler users; 38个大型游乐设施运营企业: ride users."""
    got = _equipment("检查组对乙镇12家燃气锅炉用户、27处液化气供应点进行了检查。")
    assert ("users_inspected", "boiler", 12) in got
    got = _equipment("截至本月，辛县局已对县内38个大型游乐设施运营企业完成了全面检查。")
    assert got == [("users_inspected", "amusement_ride", 38)]


def test_a_user_of_no_kind_named_stays_out() -> None:
    """用户 alone, with no kind before it (走访用户60家), is no count of the equipment's users."""
    got = _equipment("辛县局开展电梯安全宣传，走访用户60家。")
    assert ("users_inspected", "lift", 60) not in got
    assert ("users_inspected", "any", 60) not in got


def test_equipment_put_on_the_register() -> None:
    """对县内760台工业锅炉进行了登记造册: registered; a check of the register's rate is none."""
    got = _equipment("年初以来，辛县局对县内760台工业锅炉进行了登记造册，淘汰类锅炉督促停用。")
    assert got == [("registered", "boiler", 760)]
