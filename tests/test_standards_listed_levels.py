"""Standards: level words whose 标准 is left to the last of a list pair in order with 分别."""

from __future__ import annotations

from .report_helpers import report_json


def _counts(body: str) -> list[tuple[str, str, float]]:
    text = "某市质量工作通报\n发布日期：2014-04-08  来源：测试日报\n" + body + "\n"
    report = report_json(text)
    return [(c["level"], c["role"], c["value"]) for c in report["standards"]["counts"]]


def test_a_respectively_list_gives_each_listed_level_its_figure() -> None:
    """国际、国家标准…分别达到A、B: A international, B national (and three levels, three figures)."""
    assert _counts("截至去年底，全省企业牵头起草国际、国家标准已分别有35项、812项。") == [
        ("international", "drafted", 35), ("national", "drafted", 812)]
    assert _counts("全市企业累计主持制定国家、行业标准分别为46项和120项，均居全省前列。") == [
        ("national", "drafted", 46), ("industry", "drafted", 120)]
    assert _counts("全区企业参与制定行业、地方和团体标准分别为8项、15项、21项。") == [
        ("industry", "drafted", 8), ("local", "drafted", 15), ("group", "drafted", 21)]


def test_one_figure_for_a_list_of_levels_counts_none_of_them() -> None:
    """With one figure for the list, the levels are counted together: no level's count (the
    answer keys write such a figure among the report's other figures, levels combined)."""
    assert _counts("今年主导制定国际、国家标准12项。") == []
    assert _counts("全市已制定行业和地方标准52项。") == []
    assert _counts("乙区各企业先后参加行业、地方、团体、国家标准起草7项。") == []
    assert _counts("丙区企业近年来参加了16项国际、行业和国家标准的修订工作。") == []


def test_a_list_of_levels_with_each_or_its_own_figures_still_counts() -> None:
    """各 gives every listed level the figure; levels each written with 标准 keep theirs."""
    assert _counts("研究中心牵头起草国家、行业和地方标准各4项。") == [
        ("industry", "drafted", 4), ("local", "drafted", 4), ("national", "drafted", 4)]
    assert _counts("丙市企业主导制定国家标准17项、行业标准23项。") == [
        ("national", "drafted", 17), ("industry", "drafted", 23)]
    assert _counts("全县企业采用国际标准和国外先进标准88项。") == [
        ("international", "adopted", 88)]
