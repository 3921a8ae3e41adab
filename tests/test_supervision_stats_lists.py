"""Supervision stats: long objects before a check named after them, workshops in a list of firms,
and breakdowns in brackets after a total."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked("某市质量工作通报\n发布日期：2015-06-18  来源：测试日报\n" + body + "\n",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_batches_of_a_long_object_before_the_check_are_sampled() -> None:
    """对 a long list of products and N家企业的M批次 then 进行了监督检验: the batches are sampled,
    however far the 对 stands before them in the clause."""
    first = _stats("甲区质监局日前发布通报，共对电动工具配件、儿童玩具、电热毯、家用插座等"
                   "57家企业的83批次样品做了监督检验。")
    assert ("enterprises_inspected", 57, "家") in first
    assert ("batches_sampled", 83, "批次") in first
    second = _stats("本次抽查共对丙县、丁县、戊县、己县等四个县区146家在产企业的"
                    "188批次产品开展了监督抽查，检验合格180批次。")
    assert ("batches_sampled", 188, "批次") in second


def test_batches_with_no_check_after_them_stay_unread() -> None:
    """The same long object with no check after its batches (only their origin) gives none."""
    stats = _stats("据统计，来自电动工具配件、儿童玩具、电热毯、家用插座等行业的57家企业的"
                   "83批次产品销往省外。")
    assert ("batches_sampled", 83, "批次") not in stats


def test_workshops_listed_after_the_firms_a_check_went_through_are_inspected() -> None:
    """检查…企业N家，小作坊M家: the workshops are one more item of the check's list."""
    assert ("enterprises_inspected", 45, "户") in _stats("乙县共排查获证企业120户，食品小作坊45户。")
    assert ("enterprises_inspected", 17, "家") in _stats(
        "节前执法人员检查糕点加工企业36家，家庭作坊17家，未发现违法添加。")


def test_firms_of_a_list_found_at_fault_are_not_inspected() -> None:
    """…，小企业N家存在问题: what became of some of the firms, not a further item checked."""
    assert _stats("检查食品生产企业320家，其中小企业95家存在问题。") == [
        ("enterprises_inspected", 320, "家")]


def test_a_bracketed_breakdown_after_a_total_adds_nothing() -> None:
    """N家（其中…A家，…B家）: the parts split the total; the batches after the bracket still count."""
    assert _stats("本季度共抽查了120家(其中生产企业80家，销售企业40家)企业的300批次产品。") == [
        ("enterprises_inspected", 120, "家"), ("batches_sampled", 300, "批次")]
    assert _stats("共检查食品企业86家（包括生产企业50家和餐饮企业36家），责令整改9家。") == [
        ("enterprises_inspected", 86, "家"), ("firms_ordered", 9, "家")]


def test_a_breakdown_in_clauses_of_its_own_is_still_read() -> None:
    """其中 in a clause, not a bracket, keeps its parts (the keys' convention for breakdowns)."""
    assert ("enterprises_inspected", 30, "家") in _stats("共抽查企业50家，其中生产企业30家，销售企业20家。")


def test_testing_bodies_a_check_went_through_are_inspected() -> None:
    """检验检测机构 (and 检验机构) whose work a check went through count as firms inspected."""
    assert ("enterprises_inspected", 28, "家") in _stats(
        "今年乙市共抽取28家检验检测机构开展检查，已责令其中5家限期改正。")
    assert ("enterprises_inspected", 15, "家") in _stats("上半年共检查社会检验机构15家，未见违规出具报告。")


def test_other_institutions_checked_stay_no_firms() -> None:
    """Clinics and other institutions (医疗机构) checked for their instruments are no firms."""
    assert ("enterprises_inspected", 15, "家") not in _stats("共检查医疗机构15家，检定血压计60台。")


def test_samples_counted_in_ge_after_the_verb_that_took_them_are_sampled() -> None:
    """抽取N个样品, and 抽查了…的N个样本 (the places they came from between): samples taken, in
    个, with the verb before their count."""
    assert ("batches_sampled", 64, "个") in _stats(
        "此次质量抽检，执法人员在全区共抽取64个样品，合格率为92.2%。")
    assert ("batches_sampled", 18, "个") in _stats(
        "检查组抽查了7家农资店的18个样本，送法定检验机构检验。")


def test_samples_a_result_picks_out_are_not_the_samples_taken() -> None:
    """抽检不合格的N个样品, 抽查中发现的N个样品: what the check found, not what it took."""
    stats = _stats("对抽检不合格的5个样品，该局已责令经营者下架。")
    assert all(metric != "batches_sampled" for metric, _, _ in stats)
    stats = _stats("抽查中发现问题的3个样品已移交稽查部门。")
    assert all(metric != "batches_sampled" for metric, _, _ in stats)
