"""Schema 2 keys of the twenty-fifth session (issue 12): the supervision system's own bodies and
staff (``supervisory_bodies``, ``supervisory_staff``), and rules for keys that had none:
``inspections_made``, ``goods_kinds``, ``firms_graded``, metrology's ``instruments_sealed``, and
failing batches dealt with by law (``failures_followed_up``). Every sentence here was written for
these tests (made-up places, firms and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StatMetric

HEADER = "柳河市场监管\n发布日期：2022-05-10  来源：柳河日报\n"


def _report(body: str, schema: str = "2") -> dict[str, Any]:
    return to_jsonable(parse_bytes((HEADER + body + "\n").encode(), None,
                                   ParseOptions(schema=schema)))


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
    body = "丙省共设置特种设备安全监察机构85个，其中省级1个、市级12个、县级72个。"
    assert _stats(body, "supervisory_bodies") == [(85, "个"), (1, "个"), (12, "个"), (72, "个")]
    # a list whose total is left blank: the levels still
    assert _stats("全省设置各级特种设备安全监察机构个，其中，省级1个、市级9个。",
                  "supervisory_bodies") == [(1, "个"), (9, "个")]


def test_staff_of_the_system_not_staff_sent_out() -> None:
    assert _stats("全省特种设备安全监察人员共计960人。", "supervisory_staff") == [(960, "人")]
    assert _stats("丁市应急处置平台配备8名处置专员，24小时受理求救。",
                  "supervisory_staff") == [(8, "名")]
    assert _stats("乙市卫生局明年稽查人力将增5人达40人。", "supervisory_staff") == [
        (5, "人"), (40, "人")]
    # inspectors sent out on a campaign, or taking part in it, are none of the system's own
    assert _stats("甲市出动执法人员300人，稽查人员120名参加。", "supervisory_staff") == []
    assert _stats("本次培训共有稽查人员45名参加。", "supervisory_staff") == []


def test_checks_counted_by_the_time() -> None:
    assert _stats("今年以来，甲县局对农贸市场巡查310余次，开展协作执法12次。",
                  "inspections_made") == [(310, "次"), (12, "次")]
    assert _stats("庚市局全年共进行1,200次电梯的巡查。", "inspections_made") == [(1200, "次")]
    # people and firms counted by the visit, and a campaign's checks, are not
    assert _stats("出动巡查人员120人次，检查经营户300家次。", "inspections_made") == []
    assert _stats("该局组织专项监督检查4次。", "inspections_made") == []


def test_kinds_of_goods_seized_or_destroyed() -> None:
    assert _stats("乙市局集中销毁侵权商品8大类、120个品种，货值30万元。", "goods_kinds") == [
        (8, "大类"), (120, "个")]
    assert _stats("辛县局共查获假冒化肥20吨、伪造包装袋30余种。", "goods_kinds") == [(30, "种")]
    assert _stats("壬市集中销毁一批假冒商品，品种达60多个，货值80万元。", "goods_kinds") == [
        (60, "个")]
    # kinds a campaign targets are not
    assert _stats("今年重点检查12类产品。", "goods_kinds") == []


def test_firms_a_rating_graded() -> None:
    assert _stats("对全区40个企业进行计量升级工作，其中，2个企业定为一级计量企业，"
                  "9个企业定为二级计量企业。", "firms_graded") == [(40, "个"), (2, "个"), (9, "个")]
    assert _stats("癸省质监局公布了甲公司等25家AA类企业名单。", "firms_graded") == [(25, "家")]
    assert _stats("己区对1200家餐饮服务单位实施了动态分级评定，评为A级的单位120家。",
                  "firms_graded") == [(1200, "家"), (120, "家")]


def test_failing_batches_dealt_with_by_law() -> None:
    assert _stats("共检出不合格商品300批次，对30批不合格的建材产品依法进行了处理。",
                  "failures_followed_up") == [(30, "批")]


def test_instruments_sealed() -> None:
    assert _sealed("乙县对全县46台加油机加装了防作弊铅封。") == [(46, "台", "fuel_dispenser")]
    assert _sealed("记者获悉，甲市市区内12家加油站已全部装上了封缄防作弊装置。") == [
        (12, "家", "fuel_dispenser")]
    assert _sealed("该局对县内5家加油站20台在用加油机进行了检查，对具备条件的18台加油机启动防作弊功能。") == [
        (18, "台", "fuel_dispenser")]
    assert _sealed("共抽查加油站3个，检查加油机12台，免费加铅封6组，未发现作弊行为。") == [
        (6, "组", "fuel_dispenser")]
    # seals broken and instruments sealed up are no seals fitted
    assert _sealed("执法人员查封了私拆铅封的加油机3台。") == []


def test_staff_still_planned_is_a_target() -> None:
    statuses = [(s["value"], s["status"]) for s in _report(
        "壬县局来年稽查人员将增6人达30人；目前安全监察人员共有24人。")["supervision"]["stats"]
        if s["metric"] == "supervisory_staff"]
    assert statuses == [(6, "target"), (30, "target"), (24, "achieved")]
    # a plan followed is no plan ahead
    assert [s["status"] for s in _report("按计划，癸市配备稽查人员18名。")["supervision"]["stats"]
            if s["metric"] == "supervisory_staff"] == ["achieved"]
