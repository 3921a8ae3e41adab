"""Standards: a count written after the standards it names (《甲》、《乙》等N项), with words
between the count and its level, and a deed told after an aim in the same sentence. Every
text here is written for the test, with made-up places, titles and numbers."""

from __future__ import annotations

from .report_helpers import area_items


def _counts(body: str) -> list[tuple[str, str, float, str]]:
    text = "某县标准化工作简报\n发布日期：2019-07-15  来源：测试日报\n" + body + "\n"
    return [(c["level"], c["role"], c["value"], c["status"])
            for c in area_items(text, "standards", "counts")]


def test_titles_closed_by_deng_before_the_count_keep_the_deed_of_wancheng() -> None:
    """完成了《甲》等两项…地方标准的制定: the titles closed by 等 sit between 完成 and the count,
    so the noun 制定 after the level is still the deed done."""
    assert _counts("去年，甲县质监局牵头完成了《某某蜂蜜生产技术规范》等两项市级地方标准的制定工作。") == [
        ("local", "drafted", 2, "achieved")]
    assert _counts("该中心组织完成了《丁镇腊肉加工规范》等3项省级地方标准的修订。") == [
        ("local", "drafted", 3, "achieved")]


def test_a_quoted_series_name_between_the_count_and_its_level_is_no_gap() -> None:
    """4项新一批“某某优品”团体标准: the series' name in quotes (with 新一批, 首批) stands
    between the count and the level it counts."""
    assert _counts("县食品协会日前发布了《乙山红茶》《丙河米粉》等4项新一批“乙山优质农品”团体标准。") == [
        ("group", "drafted", 4, "achieved")]
    assert _counts("全县企业参与起草了5项首批“丙地精工制造”团体标准。") == [
        ("group", "drafted", 5, "achieved")]


def test_a_quoted_name_does_not_join_a_count_to_a_level_across_a_number() -> None:
    """The name's span holds no digit or comma: a later figure keeps its own level."""
    assert _counts("甲县今年参与编写了3项“某某精品”标准，此外还有地方标准4项已完成发布。") == [
        ("local", "drafted", 4, "achieved")]


def test_a_deed_with_wancheng_le_after_an_aim_is_achieved() -> None:
    """努力扩大…，组织完成了3项地方标准的编制: the aim's reach ends at 完成了; an aim with
    nothing done after it (争取制定…) still counts nothing achieved."""
    assert _counts("本年度乙县质监局努力扩大地方标准的覆盖面，组织完成了《戊村茶油》、《己岭笋干》"
                   "2项省级地方标准的编制和报批。") == [("local", "drafted", 2, "achieved")]
    assert _counts("今年县局努力提高标准化水平，争取年内制定3项地方标准。") == []
