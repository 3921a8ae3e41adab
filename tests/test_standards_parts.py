"""Standards: a total, then its parts after 其中 — by a kind of standard's text (技术规程,
规范, 指南) in one clause or a run of them, or a bare number with no verb after it — are
counts of the total's level and role; a part still ahead or undone is none."""

from __future__ import annotations

from .report_helpers import report_json


def _counts(body: str) -> list[tuple[str, str, float]]:
    text = "某县标准化工作通报\n发布日期：2019-06-12  来源：测试日报\n" + body + "\n"
    report = report_json(text)
    return [(c["level"], c["role"], c["value"]) for c in report["standards"]["counts"]]


def test_parts_named_by_kind_of_text_after_the_total() -> None:
    """其中包括A技术规程N个，B规范M个: each a part of the total's level, clause after clause."""
    assert _counts("目前，共制修订甲县农业地方标准30个，其中包括水稻生产技术规程12个，"
                   "茶叶生产技术规程6个，畜禽养殖技术规程3个。") == [
        ("local", "drafted", 30), ("local", "drafted", 12), ("local", "drafted", 6),
        ("local", "drafted", 3)]
    assert _counts("甲县累计制定地方标准18项，其中包括茶叶种植技术规程7项、生猪养殖规范4项。") == [
        ("local", "drafted", 18), ("local", "drafted", 7), ("local", "drafted", 4)]


def test_a_bare_part_with_no_verb_after_it() -> None:
    """其中N项 then what the part is about (集中在…, 涉及…, 由…牵头): of the total's level."""
    assert _counts("乙县企业主导制定团体标准15项，其中9项集中在机械领域。") == [
        ("group", "drafted", 15), ("group", "drafted", 9)]


def test_new_sentences_of_the_family() -> None:
    """Sentences written after the rule: other kinds of text (操作指南, 管理规范), a list of
    three in separate clauses, other words after a bare part."""
    assert _counts("丙县发布市级地方标准22个，其中包括蔬菜栽培技术规程10个，水产养殖操作指南5个，"
                   "林果管理规范3个。") == [
        ("local", "drafted", 22), ("local", "drafted", 10), ("local", "drafted", 5),
        ("local", "drafted", 3)]
    assert _counts("乙市企业主导制定国家标准6项，其中4项涉及新能源领域。") == [
        ("national", "drafted", 6), ("national", "drafted", 4)]
    assert _counts("己市主导起草团体标准14项，其中8项由龙头企业牵头。") == [
        ("group", "drafted", 14), ("group", "drafted", 8)]


def test_a_part_ahead_or_undone_is_no_count() -> None:
    """其中N项正在制定, 其中N项拟立项: work ahead, not the total's deed."""
    assert _counts("乙县企业主导制定团体标准15项，其中4项正在制定。") == [("group", "drafted", 15)]
    assert _counts("戊县备案企业标准300项，其中2项拟立项修订。") == [("enterprise", "drafted", 300)]
