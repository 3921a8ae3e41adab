"""A toll's headline that rounds the body's figure with a word of approach (死亡近300人 over
292人) is the body's figure, not another; the rest of a list of kinds (以及其他相关事故21起)
is of no kind. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _tolls(title: str, body: str) -> list[tuple[str, str, float]]:
    text = f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_a_headline_rounding_the_bodys_deaths_with_near_is_no_figure_of_its_own() -> None:
    """死亡近300人 in the headline, 292人 in the body: the body's figure once."""
    got = _tolls("去年甲省因特种设备事故死亡近300人",
                 "去年甲省因特种设备出事228起，共致292人死亡、354人受伤。")
    assert [v for m, _, v in got if m == "deaths"] == [292]


def test_a_headline_figure_far_from_the_bodys_stays() -> None:
    """近100人 in the headline, 292人 in the body: not a rounding of it, kept."""
    got = _tolls("乙省三年来因特种设备事故死亡近100人",
                 "去年乙省特种设备出事20起，造成292人死亡。")
    assert sorted(v for m, _, v in got if m == "deaths") == [100, 292]


def test_the_rest_of_a_list_of_kinds_is_of_no_kind() -> None:
    """…游乐设施事故1起，还有其他相关事故21起: 21 of no kind, not amusement rides."""
    got = _tolls("丙省通报特种设备事故",
                 "去年全省共发生特种设备事故40起。其中锅炉事故6起，电梯事故12起，"
                 "游乐设施事故1起，还有其他相关事故21起。")
    assert ("accidents", "any", 21) in got and ("accidents", "amusement_ride", 21) not in got


def test_users_ordered_to_put_hazards_right_are_no_users_inspected() -> None:
    """责令整改有隐患的使用单位8家: ordered, not the units the check went through."""
    got = _tolls("丁县对医院小区的电梯进行检查",
                 "丁县对医院、小区的特种设备开展专项检查，检查电梯使用单位20家，"
                 "责令整改有隐患的电梯使用单位8家。")
    assert ("users_inspected", "lift", 20) in got
    assert not any(m == "users_inspected" and v == 8 for m, _, v in got)
