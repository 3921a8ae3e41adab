"""Schema 2 keys (issue 12): the supervision system's own bodies and
staff (``supervisory_bodies``, ``supervisory_staff``), and rules for keys that had none:
``inspections_made``, ``goods_kinds``, ``firms_graded``, metrology's ``instruments_sealed``, and
failing batches dealt with by law (``failures_followed_up``). Every sentence here was written for
these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StatMetric

from .report_helpers import report_json

HEADER = "某地市场监管\n发布日期：2022-05-10  来源：测试日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return report_json(HEADER + body + "\n", schema)


def _stats(body: str, metric: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"]) for s in _report(body)["supervision"]["stats"]
            if s["metric"] == metric]


def _sealed(body: str) -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"], s["instrument"]) for s in _report(body)["metrology"]["stats"]
            if s["metric"] == "instruments_sealed"]


def test_new_keys_are_late_and_of_version_2_only() -> None:
    keys = {"supervisory_bodies", "supervisory_staff"}
    assert keys <= set(get_args(StatMetric))
    assert keys <= STAT_METRICS_LATE and keys <= STAT_METRICS_V2_ONLY


def test_bodies_and_each_level_of_their_list() -> None:
    body = "到去年底，丙省的特种设备安全监察机构达到110个，其中省级1个、市级14个、县级95个。"
    assert _stats(body, "supervisory_bodies") == [(110, "个"), (1, "个"), (14, "个"), (95, "个")]
    # a list whose total is left blank: the levels still
    assert _stats("乙省在各地建起的锅炉压力容器安全监察机构个，其中，省级1个，市级16个。",
                  "supervisory_bodies") == [(1, "个"), (16, "个")]


def test_staff_of_the_system_not_staff_sent_out() -> None:
    assert _stats("戊省在岗的特种设备安全监察人员为1500人，比上年多了一成。",
                  "supervisory_staff") == [(1500, "人")]
    assert _stats("丁市燃气报警中心配备了6名处置专员，夜里轮流值守。",
                  "supervisory_staff") == [(6, "名")]
    assert _stats("按新的编制方案，壬县局稽查人力增加6人达36人。", "supervisory_staff") == [
        (6, "人"), (36, "人")]
    # inspectors sent out on a campaign, or taking part in it, are none of the system's own
    assert _stats("甲市出动执法人员200人，另有稽查人员50名参加。", "supervisory_staff") == []
    assert _stats("这期业务培训共有稽查人员70名参加。", "supervisory_staff") == []


def test_checks_counted_by_the_time() -> None:
    assert _stats("一季度，乙区局对校园周边小食店巡查150余次，与邻区开展协作执法6次。",
                  "inspections_made") == [(150, "次"), (6, "次")]
    assert _stats("庚市局今年对全市游乐设施进行了2,400次安全巡检。",
                  "inspections_made") == [(2400, "次")]
    # people and firms counted by the visit, and a campaign's checks, are not
    assert _stats("出动巡查人员90人次，检查经营户400家次。", "inspections_made") == []
    assert _stats("该局今年组织专项监督检查5次。", "inspections_made") == []


def test_checks_counted_with_a_bound_or_as_the_ones_a_find_was_made_in() -> None:
    """进行逾400次巡查 (a bound before the count) and 在512次巡查中检获… (the checks a find was
    made in) count checks made; a count in Chinese numerals with 多 stays unread."""
    assert _stats("某署过去两年就电动滑板车进行逾400次巡查，检控3名零售商。",
                  "inspections_made") == [(400, "次")]
    assert _stats("这批玩具都是某署上半年在512次巡查中检获的货品。",
                  "inspections_made") == [(512, "次")]
    assert _stats("某署上半年巡查六百多次，发现多款玩具不合规格。", "inspections_made") == []


def test_kinds_of_goods_seized_or_destroyed() -> None:
    assert _stats("丙县局在城郊集中销毁假冒伪劣食品5大类、70个品种。", "goods_kinds") == [
        (5, "大类"), (70, "个")]
    assert _stats("辛县局共查获假冒农药15箱、伪造标签40余种。", "goods_kinds") == [(40, "种")]
    assert _stats("壬市把收缴的假冒日用品集中销毁，品种达50多个。", "goods_kinds") == [
        (50, "个")]
    # kinds a campaign targets are not
    assert _stats("明年该局将重点检查10类产品。", "goods_kinds") == []


def test_firms_a_rating_graded() -> None:
    assert _stats("癸县今年组织30家企业进行计量升级，3家被评为一级计量企业，"
                  "8家被评为二级计量企业。", "firms_graded") == [(30, "家"), (3, "家"), (8, "家")]
    assert _stats("丁市向社会公示某某公司等14家AA类企业，接受群众监督。", "firms_graded") == [(14, "家")]
    assert _stats("庚区已对800家食堂和餐馆开展了量化分级，其中评为A级的餐饮单位90家。",
                  "firms_graded") == [(800, "家"), (90, "家")]


def test_failing_batches_dealt_with_by_law() -> None:
    assert _stats("该局今年查出不合格产品45批次，对18批不合格的农资依法作了处置。",
                  "failures_followed_up") == [(18, "批")]


def test_instruments_sealed() -> None:
    assert _sealed("辛县计量所给辖区60台加油机安装了铅封。") == [(60, "台", "fuel_dispenser")]
    assert _sealed("截至月底，庚县城区的9家加油站都装上了封缄。") == [
        (9, "家", "fuel_dispenser")]
    assert _sealed("壬县局查看了辖区7家加油站，其中26台加油机已开启防作弊功能。") == [
        (26, "台", "fuel_dispenser")]
    assert _sealed("癸县计量人员上门服务，为两家加油站的加油机加铅封10组。") == [
        (10, "组", "fuel_dispenser")]
    # seals broken and instruments sealed up are no seals fitted
    assert _sealed("执法人员查封了被私拆铅封的加油机2台。") == []
    assert _sealed("某某加油站擅自拆开原有封缄，又私自加铅封3组，已被立案查处。") == []


def test_staff_still_planned_is_a_target() -> None:
    statuses = [(s["value"], s["status"]) for s in _report(
        "壬县局来年稽查人员将增6人达30人；目前安全监察人员共有24人。")["supervision"]["stats"]
        if s["metric"] == "supervisory_staff"]
    assert statuses == [(6, "target"), (30, "target"), (24, "achieved")]
    # a plan followed is no plan ahead
    assert [s["status"] for s in _report("按计划，癸市配备稽查人员18名。")["supervision"]["stats"]
            if s["metric"] == "supervisory_staff"] == ["achieved"]
