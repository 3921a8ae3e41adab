"""A list of counted firms and places that one check after the list governs: 对8家甲企业、
3家乙超市进行了检查, 赴2家工厂、6家市场开展突击检查, 在甲、乙等5个市9家销售企业、3家生产企业
抽检某产品18批次. Each item's own noun says whether it counts firms or places; what the
objects hold (their instruments), special equipment's users, a visit that is no check and two
counts side by side with no list between are none of it. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"甲市开展专项检查\n发布时间：2031-04-05  来源：测试日报\n{body}",
                  "supervision", "stats", ("metric", "value"))


def test_a_list_after_dui_with_commas_takes_the_check_after_it() -> None:
    """对8家酱油生产企业，2家糕点作坊，5家大型商场进行了检查: each item by its noun."""
    got = _stats("截至目前，该局对8家酱油生产企业，2家糕点作坊，5家大型商场进行了检查。")
    assert got == [("enterprises_inspected", 8), ("enterprises_inspected", 2),
                   ("places_inspected", 5)]


def test_a_list_after_a_verb_of_going_takes_the_check_after_it() -> None:
    """赴2家线缆制造企业、6家建材市场、9家灯具零售门店进行突击检查."""
    got = _stats("乙县局分别赴2家线缆制造企业、6家建材市场、9家灯具零售门店进行突击检查。")
    assert got == [("enterprises_inspected", 2), ("places_inspected", 6),
                   ("places_inspected", 9)]


def test_firms_after_the_places_a_sampling_was_done_in() -> None:
    """在甲市、乙市等5个市9家销售企业、3家生产企业抽查…18批次: the firms are inspected, the
    batches sampled; a lone count after 在 far from it too."""
    got = _stats("本次在甲市、乙市等5个市9家销售企业、3家生产企业抽检电暖器产品18批次。"
                 "本次在丙市等3个市11家销售企业抽查电热水壶产品13批次。")
    assert got == [("places_covered", 5), ("enterprises_inspected", 9),
                   ("enterprises_inspected", 3), ("batches_sampled", 18),
                   ("places_covered", 3), ("enterprises_inspected", 11),
                   ("batches_sampled", 13)]


def test_items_joined_by_a_word_go_on_with_the_list() -> None:
    """对12家化工企业与5家加油站实施了专项执法检查: 与 joins the two items."""
    got = _stats("检查组对12家化工企业与5家加油站实施了专项执法检查，发现隐患9处。")
    assert got[:2] == [("enterprises_inspected", 12), ("places_inspected", 5)]


def test_what_the_objects_hold_is_checked_not_the_objects() -> None:
    """对6家单位、4个站开展计量器具核查: the instruments are checked (metrology's)."""
    got = _stats("今年将对6家重点用能单位、4个加油站开展能源计量器具核查。")
    assert ("enterprises_inspected", 6) not in got
    assert ("places_inspected", 4) not in got


def test_a_visit_to_firms_is_no_check_of_them() -> None:
    """深入30余家企业、5个园区进行走访指导: visits that guide, no firms inspected."""
    got = _stats("该局深入30余家企业、5个园区进行走访指导。")
    assert ("enterprises_inspected", 30) not in got


def test_two_counts_side_by_side_are_no_list() -> None:
    """对17家企业42个批次的样品实施了抽样送检: the firms' batches, no list of two objects."""
    got = _stats("目前已对17家毛衫企业42个批次的样品实施了抽样送检。")
    assert ("enterprises_inspected", 42) not in got
    assert ("enterprises_inspected", 17) not in got


def test_other_verbs_orders_and_units_of_the_family() -> None:
    """Sentences written after the rule, in the family's other forms (前往, 走进, 在…抽检,
    家次, 与): all read."""
    assert _stats("执法人员前往6家饲料生产厂、9家兽药经营户和4家农资超市开展了拉网式排查。") == [
        ("enterprises_inspected", 6), ("enterprises_inspected", 9), ("places_inspected", 4)]
    assert _stats("稽查队员走进3家商场、8家服装专卖店、2家鞋业公司进行暗访。") == [
        ("places_inspected", 3), ("places_inspected", 8), ("enterprises_inspected", 2)]
    assert _stats("该局在丁县等4个县区21家家具企业及7家建材市场抽检木制家具30批次。") == [
        ("places_covered", 4), ("enterprises_inspected", 21), ("places_inspected", 7),
        ("batches_sampled", 30)]
    assert _stats("分局对辖区26家次眼镜店、15家次医院进行了突击检查。") == [
        ("places_inspected", 26), ("places_inspected", 15)]
