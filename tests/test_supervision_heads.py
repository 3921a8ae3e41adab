"""Supervision stats: bare counted nouns whose activity the sentence's head names once (在抽检中，
甲县12家生产企业15批次产品；乙区…), and the guards a careful reader keeps (a plan, a threshold,
a comparison, a result, other work's head, another area's units, a new line)."""

from __future__ import annotations

from typing import Any

from qsreport.extract.lexicon.supervision_heads import ACTIVITIES, ROWS

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked("某市质量工作通报\n发布日期：2020-12-18  来源：测试日报\n" + body + "\n",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_every_row_names_a_known_activity() -> None:
    """The table's rows each belong to an activity the table defines."""
    names = {activity.name for activity in ACTIVITIES}
    assert all(row.activity in names for row in ROWS)


def test_firms_and_batches_under_a_spot_check_head_are_sampled() -> None:
    """在全年的抽检中 heads a ；-list of places, each with N家…企业 and M批次: firms the check went
    through and batches it sampled, the failures after 其中 read as before."""
    stats = _stats("2020年，甲市市场监管局组织开展工业产品质量监督抽查。在全年的抽检中，甲县12家"
                   "生产企业15批次塑料管材产品，其中2批次不合格；乙区6家经销企业8批次电线电缆"
                   "产品，全部合格。")
    assert ("enterprises_inspected", 12, "家") in stats
    assert ("batches_sampled", 15, "批次") in stats
    assert ("batches_failed", 2, "批次") in stats
    assert ("enterprises_inspected", 6, "家") in stats
    assert ("batches_sampled", 8, "批次") in stats


def test_traders_under_an_inspection_head_are_inspected() -> None:
    """在…检查中 heads places each with its traders named before the count (经营户N户, 作坊N家):
    each is a firm the check went through; so too the last item of a 、-list after places."""
    stats = _stats("在今年的节前检查中，丙镇粮油经营户27户，丁镇食品加工作坊9家。")
    assert ("enterprises_inspected", 27, "户") in stats
    assert ("enterprises_inspected", 9, "家") in stats
    stats = _stats("节日期间，丙县分局出动执法人员40人次、检查大型商场3家、农贸市场2家、"
                   "食品加工作坊9家。")
    assert ("enterprises_inspected", 9, "家") in stats


def test_a_sentence_going_on_with_the_head_of_the_one_before() -> None:
    """A sentence opening on 其中 goes on with the check its sentence before names."""
    stats = _stats("今年丁区共完成食品抽检800批次。其中蔬菜类500批次，不合格4批次；水产类"
                   "300批次，不合格2批次。")
    assert ("batches_sampled", 300, "批次") in stats


def test_a_planned_figure_under_a_head_is_not_done() -> None:
    """计划 in the head's clause: the batches are a plan, not a sample taken."""
    assert ("batches_sampled", 60, "批次") not in _stats(
        "下半年戊县计划开展化肥产品抽检，己镇30家经销企业60批次化肥。")


def test_a_comparison_or_a_result_is_not_a_sample() -> None:
    """比上年的N批次 compares; 检出不合格产品N批次 and 符合要求的N批次 are results."""
    stats = _stats("今年庚市共完成抽检950批次，比上年的720批次增加230批次。")
    assert ("batches_sampled", 720, "批次") not in stats
    stats = _stats("在本次抽检中，符合标准要求的产品共88批次。")
    assert ("batches_sampled", 88, "批次") not in stats


def test_other_work_ends_the_head() -> None:
    """A new head (建立, 受理投诉) ends the scope: the figures after it are not the check's."""
    stats = _stats("辛区开展食品抽检200批次；对35家批发企业建立追溯档案。")
    assert ("enterprises_inspected", 35, "家") not in stats
    stats = _stats("全年受理投诉举报120件，办结110件。")
    assert ("cases", 110, "件") not in stats


def test_another_areas_units_are_left_to_it() -> None:
    """电梯使用单位N家 under 检查: special equipment's users, not supervision's firms."""
    assert _stats("在今年的节前检查中，丙镇电梯使用单位14家，丁镇锅炉使用单位5家。") == []


def test_a_head_never_crosses_a_line() -> None:
    """A heading line over a paragraph: its check does not scope the figures under it."""
    stats = _stats("一、开展产品抽检\n癸县12家生产企业15批次产品。")
    assert ("batches_sampled", 15, "批次") not in stats


def test_some_of_the_firms_before_with_a_fault_are_not_inspected_again() -> None:
    """其中N家企业存在…: a part of the firms checked, found at fault, not more firms checked."""
    assert _stats("在本次检查中，子县食品经营户40户，其中6户存在无证经营行为。") == [
        ("enterprises_inspected", 40, "户")]


def test_a_part_in_brackets_after_a_total_is_not_read_again() -> None:
    """在…抽检中，N家(其中…A家，…B家): the bracket's parts split the total, none is added."""
    stats = _stats("在本次抽检中，丑县企业50家(其中生产企业30家，销售企业20家)。")
    assert ("enterprises_inspected", 20, "家") not in stats


def test_a_breakdown_of_the_failures_is_no_sample() -> None:
    """在不合格的N批次中，有M批次… breaks the failures down by cause: neither the causes' counts
    nor a limit missed (达不到, 超过) is a batch sampled."""
    stats = _stats("今年辛市开展桶装水监督抽查。在不合格的30批次产品中，有12批次产品菌落总数"
                   "超标，有9批次产品标签达不到标准要求，有5批次产品电导率超过规定限值。")
    assert [s for s in stats if s[0] == "batches_sampled"] == []
    stats = _stats("今年辛市开展桶装水监督抽查。在抽查中不符合产品标准规定要求的30批次产品中，有"
                   "12批次产品菌落总数超标，有6批次产品钠、钾等指标达不到明示要求。")
    assert ("batches_sampled", 6, "批次") not in stats
    stats = _stats("今年壬县开展饮料产品抽检，癸镇14家生产企业20批次产品，3批次电导率超过限值。")
    assert ("batches_sampled", 20, "批次") in stats
    assert ("batches_failed", 3, "批次") in stats
