"""Metrology as Taiwan's reports write it: a dispenser's meter (油量计) is a fuel dispenser, a
check may be 查核 or 抽验, and instruments out of tolerance with the tolerance in brackets
(超出公差(±3‰)者共29支) failed. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _metrology(body: str) -> list[tuple[str, str, float]]:
    text = f"甲市公布计量检查结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["instrument"], s["value"]) for s in report["metrology"]["stats"]]


def test_dispensers_meters_checked_and_failed_out_of_tolerance() -> None:
    """查核…加油站业者40家，油量计检查数量计900支，…超出公差(±3‰)者共12支."""
    got = _metrology("本次专案共查核乙县加油站业者40家，油量计检查数量计900支，"
                     "检查结果超出公差(±3‰)者共12支。")
    assert ("instruments_checked", "fuel_dispenser", 900) in got
    assert ("instruments_failed", "fuel_dispenser", 12) in got


def test_scales_checked_by_sampling_in_taiwans_word() -> None:
    """抽验磅秤300台: scales checked."""
    got = _metrology("丙市消保官会同标准检验局抽验年货大街磅秤300台，其中不合格2台。")
    assert ("instruments_checked", "scale", 300) in got
    assert ("instruments_failed", "scale", 2) in got


def test_a_total_written_with_a_wan_and_its_passed_part() -> None:
    """…磅秤合计1万2345台，其中1万2340台合格: a total with 万 inside it, and the part 合格
    after its own count is the passed part, not another check."""
    got = _metrology("戊县标准局抽验的磅秤合计1万2345台，其中1万2340台合格，5台不合格。")
    assert ("instruments_checked", "scale", 12_345) in got
    assert ("instruments_passed", "scale", 12_340) in got
    assert ("instruments_failed", "scale", 5) in got


def test_passed_after_the_count_is_not_a_rate_or_certificate() -> None:
    """抽查电子秤80台，其中78台合格: passed; 合格率 after a count stays a rate's word."""
    got = _metrology("己镇计量所抽查电子秤80台，其中78台合格，合格率97.5%。")
    assert ("instruments_passed", "scale", 78) in got
    assert ("instruments_checked", "scale", 78) not in got


def test_failed_as_taiwans_word_after_the_count() -> None:
    """抽查三百台磅秤，有一台不及格: 不及格 is failed."""
    got = _metrology("这次抽查三百台磅秤，有一台不及格。")
    assert ("instruments_checked", "scale", 300) in got
    assert ("instruments_failed", "scale", 1) in got


def _equipment(body: str) -> list[tuple[str, str, float]]:
    text = f"丁县公布电梯查核结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["equipment"], s["value"])
            for s in report["special_equipment"]["stats"]]


def test_lifts_checked_in_taiwans_word_are_inspected() -> None:
    """查核商场电梯31部: lifts inspected (special equipment)."""
    assert _equipment("丁县消保官查核商场电梯31部，不合格15部。") == [
        ("inspected", "lift", 31), ("failed", "lift", 15)]


def test_rides_sampled_in_taiwans_word_are_inspected() -> None:
    """抽验游乐设施12台: rides inspected."""
    assert _equipment("戊县消保官抽验游乐设施12台，均合格。") == [("inspected", "amusement_ride", 12)]


def test_a_scales_pass_rate_is_no_spot_checks_pass_rate() -> None:
    """全国磅秤合格率达99.9%: the scales' rate, not a spot check's of products."""
    text = ("己局公布节前磅秤检查结果\n发布时间：2031-02-03  来源：测试日报\n"
            "己局今日表示，已完成节前市场磅秤检查，全国磅秤合格率高达99.9%，民众可以安心采买。")
    report: dict[str, Any] = report_json(text)
    assert [s["metric"] for s in report["supervision"]["stats"]] == []


def test_a_photos_caption_counts_nothing() -> None:
    """图为执法人员对…的一台电子秤进行检查: one scene of a photo, no instruments checked."""
    got = _metrology("庚镇开展计量检查，共检查集贸市场电子秤40台。\n"
                     "图为执法人员对庚镇农贸市场的一台电子秤进行检查。")
    assert got == [("instruments_checked", "scale", 40)]


def test_vendors_counted_by_their_scales_and_each_places_share() -> None:
    """抽查了150家磅秤 counts the vendors (sites, scale); the places it is broken into after
    其中 are sites each, with the failing ones told right after a place's count (in 家), and a
    place whose scales all passed gives no failing count."""
    got = _metrology("丁縣消保官本週抽查了150家磅秤，其中子市場抽查60家，3家不合格；"
                     "丑市場抽查40家，均合格；寅市場抽查50家，均合格。")
    assert got == [("sites", "scale", 150), ("sites", "scale", 60),
                   ("instruments_failed", "scale", 3), ("sites", "scale", 40),
                   ("sites", "scale", 50)]


def test_parts_of_no_check_or_of_another_unit_are_none() -> None:
    """A part counted in batches (其中子市场抽查12家8批次) or a count of sites with no 其中
    after it gives no place's share."""
    got = _metrology("戊县共检查集贸市场30家，其中城区抽查12家8批次，发现问题2个。")
    assert ("sites", "any", 12) not in got
    assert ("sites", "scale", 12) not in got
