"""A lift emergency platform's figures (schema 2, issue 12): the calls and requests it took,
the trappings it handled, the people freed and its rescuers' average times, all of lifts;
not a count per day or per 10,000 lifts, a time limit, nor a fire brigade's rescue. Every
sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

from .report_helpers import report_json


def _report(text: str) -> dict[str, Any]:
    return report_json(text)


def _stats(text: str) -> list[tuple[str, str, float, str]]:
    return [(s["metric"], s["equipment"], s["value"], s["unit"])
            for s in _report(text)["special_equipment"]["stats"]]


def test_calls_taken_in_and_out_and_requests() -> None:
    """A year's calls, those in and out, and the requests the platform took (接警, 呼入, 呼出,
    受理…求助), each a count of ``emergency_calls``."""
    assert _stats("甲市电梯应急处置\n本报讯 2025年，甲市96333电梯应急处置平台全年共接警2300次，"
                  "其中呼入电话1200次、呼出电话1100次。平台受理各类求助600起。\n") == [
        ("emergency_calls", "lift", 2300, "次"), ("emergency_calls", "lift", 1200, "次"),
        ("emergency_calls", "lift", 1100, "次"), ("emergency_calls", "lift", 600, "起")]


def test_calls_of_every_kind_named_before_their_word() -> None:
    """The kinds of call listed between the verb and the calls' word (接到群众咨询、电梯困人等
    各类来电), and the other requests counted by their kind (咨询电话, 故障电话, 故障报修)."""
    assert _stats("乙县电梯\n本报讯 乙县平台上月一共接到群众咨询、电梯困人等各类来电52通，"
                  "市民咨询电话7起，电梯故障报修18起。\n") == [
        ("emergency_calls", "lift", 52, "通"), ("emergency_calls", "lift", 7, "起"),
        ("emergency_calls", "lift", 18, "起")]


def test_trappings_before_or_after_their_count() -> None:
    """Trappings counted after their noun (困人求助, 困人事件…接报, 困人求救) or before it after a
    verb (发生9起电梯困人事件): ``trappings``, not calls."""
    assert _stats("丙市电梯\n本报讯 丙市电梯应急处置中心今年受理群众诉求820起，涉及困人求救的有390起；"
                  "接报的电梯困人事件有11件。\n") == [
        ("emergency_calls", "lift", 820, "起"), ("trappings", "lift", 390, "起"),
        ("trappings", "lift", 11, "件")]
    assert _stats("丁县电梯\n本报讯 今年上半年丁县共发生9起电梯困人事件，均已妥善处置。\n") == [
        ("trappings", "lift", 9, "起")]


def test_people_freed() -> None:
    """People freed from lifts, in 人, 名 or 人次 (解救被困人员, 解困乘客, 救出被困群众)."""
    assert _stats("戊市电梯\n本报讯 戊市96333平台全年成功解救被困人员580人，解困乘客36人次，"
                  "另有12名被困群众由消防救出。\n") == [
        ("people_freed", "lift", 580, "人"), ("people_freed", "lift", 36, "人次")]


def test_average_times_to_the_site_and_to_free_them() -> None:
    """The rescuers' average time to reach the site and to free the trapped, in 分钟, the
    time's name before the figure or the average before the verb (平均12分钟到达现场)."""
    assert _stats("己市电梯\n本报讯 己市维保队伍赶到现场平均用时12.5分钟，现场解困平均用时"
                  "3.7分钟；庚区到场救援平均用时10.6分钟，平均救援耗时6分钟；辛区救援人员"
                  "平均11分钟到达现场。\n") == [
        ("arrival_minutes", "lift", 12.5, "分钟"), ("rescue_minutes", "lift", 3.7, "分钟"),
        ("arrival_minutes", "lift", 10.6, "分钟"), ("rescue_minutes", "lift", 6, "分钟"),
        ("arrival_minutes", "lift", 11, "分钟")]


def test_an_average_time_is_a_level_and_its_fall_a_change() -> None:
    """An average time is a level (no basis); its fall from a year before in minutes is the
    metric with ``basis: change``; a level it fell to (缩短至) stays a level."""
    stats = _report("壬市电梯\n本报讯 壬市平台今年平均到达时间比上年缩短1.2分钟，平均到场时间缩短至"
                    "11分钟，平均救援时间4.2分钟。\n")["special_equipment"]["stats"]
    assert [(s["metric"], s["value"], s["basis"]) for s in stats] == [
        ("arrival_minutes", 1.2, "change"), ("arrival_minutes", 11, None),
        ("rescue_minutes", 4.2, None)]


def test_status_and_period_as_for_every_figure() -> None:
    """The context pass gives the new figures a status and a period like any other: a year's
    count is that year's, a goal is a target of its year."""
    stats = _report("甲市电梯\n本报讯 2024年，甲市96333平台全年共接警1800次，解救被困人员410人。"
                    "到2026年，平台力争将平均到达现场时间缩短至10分钟。\n")["special_equipment"]["stats"]
    assert [(s["metric"], s["value"], s["status"], s["period"]) for s in stats] == [
        ("emergency_calls", 1800, "achieved", "2024"), ("people_freed", 410, "achieved", "2024"),
        ("arrival_minutes", 10, "target", "2026")]


def test_rates_and_time_limits_are_no_figures() -> None:
    """A count per day or per 10,000 lifts is a rate (日均, 平均每天, 每万台), and a time told
    as a limit (30分钟内到达) no average: none is read."""
    assert _stats("癸市电梯\n本报讯 癸市电梯应急处置平台日均处置困人故障15起，平均每天接警40次，"
                  "辖区每万台电梯日均困人0.8起，救援人员均在30分钟内到达现场。\n") == []


def test_no_lift_no_platform_figures() -> None:
    """A fire brigade's calls and rescues, in a report that names no lift, are no lift
    platform's figures."""
    assert _stats("甲县消防\n本报讯 甲县消防救援大队今年共接警450次，解救被困群众32人。\n") == []


def test_version_1_has_none_of_them() -> None:
    """Version 1 has no special equipment: the new figures change nothing there."""
    from qsreport.schema_v1 import as_version_1

    report = parse_bytes("甲市电梯\n本报讯 甲市96333平台全年共接警2300次，解救被困人员580人。\n"
                         .encode(), None, ParseOptions())
    v1 = to_jsonable(as_version_1(report))
    assert "special_equipment" not in v1
    assert not any(item.get("value") in (2300, 580) for item in v1["supervision"]["stats"])


def test_the_rescuers_and_other_staff_are_no_figures_of_the_platform() -> None:
    """Staff sent out (出动救援人员, 救助人员) are the rescuers, not people freed; 关人 inside 相关
    人员 is no trapping; an outreach event on consultation (咨询活动) is no call taken."""
    assert _stats("子市电梯\n本报讯 子市电梯应急处置平台本季度组织相关人员培训3次，出动救援人员260人次，"
                  "开展电梯安全咨询活动4次，设立咨询服务台2个。\n") == []


def test_reworded_freed_and_calls_still_read() -> None:
    """The same figures in other words: those freed after 救援被困 or 救出, consultations counted
    right after their word or by their calls (咨询来电)."""
    assert _stats("丑县电梯\n本报讯 丑县96333平台今年救援被困乘客75人，咨询来电44个，另有咨询"
                  "130次；电梯关人事件共19起。\n") == [
        ("people_freed", "lift", 75, "人"), ("emergency_calls", "lift", 44, "个"),
        ("emergency_calls", "lift", 130, "次"), ("trappings", "lift", 19, "起")]


def test_trappings_counted_in_ge_after_their_report() -> None:
    """Trappings counted in 个 right after a noun of the incident or its report (困人事件接报,
    困人接报), the share after one the trapping's; a call counted in 个 stays a call."""
    assert _stats("己市电梯应急处置\n本报讯 上月己市平台接到各类来电共90个；电梯困人事件接报6个，"
                  "解救被困人员8人次。其中写字楼的困人接报2个，约为三分之一。\n") == [
        ("emergency_calls", "lift", 90, "个"), ("trappings", "lift", 6, "个"),
        ("people_freed", "lift", 8, "人次"), ("trappings", "lift", 2, "个")]


def test_trappings_of_the_place_they_were_most_of() -> None:
    """The place trappings were most of, its count past the comma (困人数量最多的为写字楼，有37起):
    a trapping count; a rescue inside a time limit is none (15分钟以内赶到的有7次)."""
    assert _stats("庚县电梯应急处置\n本报讯 庚县电梯应急中心上月共处置困人故障85起。困人数量最多的为"
                  "写字楼，有37起。救援人员15分钟以内赶到的有52次。\n") == [
        ("trappings", "lift", 85, "起"), ("trappings", "lift", 37, "起")]


def test_rescues_called_by_level() -> None:
    """The rescues a platform called at each level (启动一级救援9次、二级救援2次): a trapping
    each, the level's list read on with its verb said once; a level that called none gives no
    figure of 0, and a fire brigade's drill is no rescue of lifts."""
    assert _stats("辛市电梯应急处置\n本报讯 辛市平台本月电梯困人事件接报12个。本月实施一级救援9次、"
                  "二级救援2次、三级救援0次。\n") == [
        ("trappings", "lift", 12, "个"), ("trappings", "lift", 9, "次"),
        ("trappings", "lift", 2, "次")]
    assert _stats("壬县消防\n本报讯 壬县消防大队本月开展一级救援演练3次。\n") == []
