"""A spot check's results told after its counts: a breakdown after the failed (or passed)
batches keeps their reading (不合格8批次，其中汽油5批次、柴油3批次); firms and batches whose
clause closes on the verdict (14家企业的32批次产品合格) are results, not what the check went
through; and a rate per head or per year (5.2批次/千人) is no count. Invented reports, parsed
end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _stats(body: str) -> list[tuple[str, float]]:
    text = f"甲市公布检验结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(s["metric"], s["value"]) for s in report["supervision"]["stats"]]


def test_a_breakdown_of_the_failed_batches_is_failed_batches() -> None:
    """不合格8批次，其中汽油5批次、柴油3批次: the failures broken down, not batches sampled."""
    got = _stats("甲市局共抽检车用汽柴油300个批次，不合格8批次，其中汽油5批次、柴油3批次。")
    assert got == [("batches_sampled", 300), ("batches_failed", 8), ("batches_failed", 5),
                   ("batches_failed", 3)]


def test_a_breakdown_of_the_passed_batches_is_passed_batches() -> None:
    """合格52批次，其中复合肥30批次、尿素22批次: the passes broken down."""
    got = _stats("乙县抽检化肥60批次，合格52批次，其中复合肥30批次、尿素22批次。")
    assert got == [("batches_sampled", 60), ("batches_passed", 52), ("batches_passed", 30),
                   ("batches_passed", 22)]


def test_a_breakdown_of_the_sampled_batches_stays_sampled() -> None:
    """共抽检60批次，其中复合肥30批次、尿素30批次: the sample broken down, as before."""
    got = _stats("丙县共抽检化肥60批次，其中复合肥30批次、尿素30批次，合格52批次。")
    assert got == [("batches_sampled", 60), ("batches_sampled", 30), ("batches_sampled", 30),
                   ("batches_passed", 52)]


def test_firms_and_batches_whose_clause_closes_on_passing_are_results() -> None:
    """14家企业的32批次产品合格: passed batches; the 14 firms are no firms inspected."""
    got = _stats("此次抽查了丁市27家企业的童装50批次产品，14家企业的32批次产品合格。")
    assert got == [("enterprises_inspected", 27), ("batches_sampled", 50),
                   ("batches_passed", 32)]


def test_batches_whose_clause_closes_on_passing_after_their_goods_are_passed() -> None:
    """13家企业的40批次的玩具合格: the goods named between the count and the verdict."""
    got = _stats("戊县抽查了25家企业的玩具58批次，13家企业的40批次的玩具合格。")
    assert got == [("enterprises_inspected", 25), ("batches_sampled", 58),
                   ("batches_passed", 40)]


def test_a_rate_per_thousand_people_is_no_count() -> None:
    """抽检量达到5.2批次/千人: a rate per head, no batches sampled."""
    got = _stats("全市共完成抽检16000批次，抽检量达到5.2批次/千人。")
    assert got == [("batches_sampled", 16000)]


def test_staff_counted_per_time_keep_their_unit() -> None:
    """出动执法人员120人/次: the unit 人/次, no rate per head."""
    got = _stats("己县出动执法人员120人/次，检查企业30家。")
    assert got == [("personnel_deployed", 120), ("enterprises_inspected", 30)]
