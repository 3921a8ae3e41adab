"""A bare 专项检查 the bureau runs on a class of goods, places or firms that 对 or 针对 names
right before its verb is enforcement work (a check named by its subject), beside the other
campaigns a report names; one firm or place singled out, or counted objects, stay no campaign.
And a body named after the fight against fakes (a task force, member offices, an alliance)
is no campaign. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"壬县市场监管工作简讯\n发布时间：2032-06-11\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


_FIRST = "今年以来，壬县局开展了农资打假专项行动，查处案件4起。"


def test_a_special_check_of_a_class_of_shops_beside_another_campaign() -> None:
    """对城区学校周边的文具店开展了专项检查 after a named campaign: a second campaign."""
    assert _kinds(_FIRST + "同时，该局对城区学校周边的文具店开展了专项检查，"
                  "重点查看铅笔和橡皮的标识。") == ["anti_counterfeiting", "law_enforcement"]


def test_a_special_check_led_by_zhendui_in_traditional_script() -> None:
    """針對全縣的燈具商店進行了專項檢查: the same, written in traditional script."""
    assert _kinds(_FIRST + "同時，該局針對全縣的燈具商店進行了專項檢查，督促商戶規範經營。") \
        == ["anti_counterfeiting", "law_enforcement"]


def test_a_special_check_of_some_places_is_still_a_class() -> None:
    """对某些花店开展专项检查: more than one place, a campaign."""
    assert _kinds(_FIRST + "五月，该局对某些花店开展专项检查，未发现问题。") \
        == ["anti_counterfeiting", "law_enforcement"]


def test_a_special_check_of_one_shop_or_firm_is_no_campaign() -> None:
    """对这家文具店, 对乙公司: one place singled out, a case's step."""
    assert _kinds(_FIRST + "同时，该局对这家文具店开展了专项检查。") == ["anti_counterfeiting"]
    assert _kinds(_FIRST + "接到线索后，该局对乙公司开展了专项检查。") == ["anti_counterfeiting"]


def test_a_special_check_of_counted_shops_stays_a_task() -> None:
    """对辖区内14家花店开展了专项检查: a task done on counted places, as before."""
    assert _kinds(_FIRST + "同时，该局对辖区内14家花店开展了专项检查。") == ["anti_counterfeiting"]


def test_a_special_check_of_instruments_is_left_to_the_drive_readers() -> None:
    """对菜市场摊贩所用的计量器具开展专项检查: a drive on instruments, no enforcement check."""
    assert _kinds(_FIRST + "同时，该局对城北菜市场摊贩所用的计量器具开展了专项检查。") \
        == ["anti_counterfeiting"]


def test_a_task_force_against_fakes_is_no_campaign() -> None:
    """壬县打假专班联合公安…开展突击检查: the task force is a body; its raid is no campaign."""
    assert "anti_counterfeiting" not in _kinds(
        "近日，壬县打假专班联合县公安局治安大队，对城郊一处仓库开展突击检查。")


def test_member_offices_and_an_alliance_against_fakes_are_bodies() -> None:
    """公安等打假成员单位, 执法打假协作联盟…平台: bodies named after the work, no campaign."""
    assert _kinds("壬县局以领导小组的名义组织商务、公安等打假成员单位分别对菜市场进行检查。"
                  "县里还建成了家电执法打假协作联盟信息平台。").count("anti_counterfeiting") == 0


def test_a_campaign_against_fakes_by_name_stays() -> None:
    """开展春季家电打假专项行动: the campaign itself, as before."""
    assert _kinds("壬县局今年开展春季家电打假专项行动，查处案件6起。") == ["anti_counterfeiting"]
