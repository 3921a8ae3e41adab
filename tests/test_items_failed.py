"""A spot check's test items found failing (schema 2, issue 12: ``items_failed``): counted
after 其中 or a finding verb with their noun (其中2项指标不合格), after the words for them (不合格
项目3个), or after 有 in a sentence of test items (16项安全指标中，有3项不合格); not batches or
standards failing, and nothing in version 1. Every sentence here was written for these tests
(made-up places and numbers)."""

from __future__ import annotations

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.schema_v1 import as_version_1

from .report_helpers import area_items


def _stats(text: str) -> list[tuple[str, float, str]]:
    return [(s["metric"], s["value"], s["unit"]) for s in area_items(text, "supervision", "stats")]


def test_items_failed_counted_before_their_noun() -> None:
    assert ("items_failed", 2, "项") in _stats(
        "甲市玩具抽查\n本报讯 甲市局抽查玩具30批次，检测小零件等16项指标，其中2项指标不合格。\n")
    assert ("items_failed", 2, "项") in _stats(
        "丁市抽查\n本报讯 丁市抽检童装20批次，检测纤维含量等5项指标，发现2项指标不符合标准要求。\n")


def test_items_failed_after_their_words() -> None:
    assert _stats("乙县抽查\n本报讯 乙县局抽检电热水器12批次，共检验38个项目，不合格项目3个。\n") == [
        ("batches_sampled", 12, "批次"), ("items_tested", 38, "个"), ("items_failed", 3, "个")]


def test_items_failed_after_you_among_the_items_tested() -> None:
    assert _stats("丙市抽查\n本报讯 丙市本次抽查的16项安全指标中，有3项不合格。\n") == [
        ("items_tested", 16, "项"), ("items_failed", 3, "项")]


def test_batches_and_standards_failing_are_no_items() -> None:
    """Batches failing keep their metric; standards failing and a body's capacity are no
    test items."""
    assert ("batches_failed", 4, "批次") in _stats(
        "戊县抽查\n本报讯 戊县抽检化肥40批次，检验了总养分等8个项目，不合格4批次。\n")
    assert not any(metric == "items_failed" for metric, _, _ in _stats(
        "己市标准\n本报讯 己市共清理标准20项，有3项不合格标准被废止。\n"))
    assert not any(metric == "items_failed" for metric, _, _ in _stats(
        "庚县质检所\n本报讯 庚县质检所具备300项参数的检测能力，其中2项参数不合格的设备已送修。\n"))


def test_version_1_leaves_items_failed_out() -> None:
    report = parse_bytes("甲市玩具抽查\n本报讯 甲市局抽查玩具30批次，检测小零件等16项指标，其中2项指标"
                         "不合格。\n".encode(), None, ParseOptions())
    v1 = to_jsonable(as_version_1(report))
    assert not any(item["value"] == 2 for item in v1["supervision"]["stats"])


def test_items_counted_item_by_sample_keep_their_unit() -> None:
    """项次 (an item counted once per sample) is a unit of its own, never 项: the failing items
    and the problems a check found keep it."""
    assert ("items_failed", 21, "项次") in _stats(
        "乙县抽查\n本报讯 乙县局抽检电热水器12批次，不合格项目21项次，主要为输入功率。\n")
    assert ("problems_found", 12, "项次") in _stats(
        "丙县检查\n本报讯 丙县局检查企业40家，发现问题隐患12项次。\n")


def test_projects_under_construction_are_no_test_items() -> None:
    """项目 of works being built are projects: failing ones are no test items; the same
    sentence shape over a product's indicators still is."""
    assert not any(metric == "items_failed" for metric, _, _ in _stats(
        "建筑工程检查\n本报讯 甲县检测站对在建工程项目开展质量检测，检查项目20个，其中3个项目"
        "不符合设计要求。\n"))
    assert ("items_failed", 3, "个") in _stats(
        "抽查结果\n本报讯 甲县抽检电饭锅25批次，检测绝缘电阻等15个参数，其中3个检测参数不合格。\n")
