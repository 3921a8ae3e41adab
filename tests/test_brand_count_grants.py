"""A brand count told with an authority's grant in its clause (批准, 核准, 予以…认定, 获批) is
of new holders, where no other word gave it a basis; a stock word still speaks first. Every
text here is written for the test, with made-up places and numbers."""

from __future__ import annotations

import pytest

from .brand_helpers import counts

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def brand_counts(text: str) -> list[tuple[str, int, str | None, str]]:
    return counts(HEADER + text + "\n")


def test_a_grant_before_the_count_makes_new_holders() -> None:
    """批准对…等N个产品实施…保护, 核准注册…商标N件: this time's grant, new."""
    text = "某局日前批准对甲县香米、乙镇蜜柚等7个特产实行地理标志产品保护。"
    assert brand_counts(text) == [("geographical_indication", 7, "added", "achieved")]
    text = "今年一季度，某局核准甲省地理标志证明商标48件。"
    assert brand_counts(text) == [("geographical_indication", 48, "added", "achieved")]


def test_a_grant_between_the_count_and_its_title_makes_new_holders() -> None:
    """对A、B…N个产品予以…认定, N个产品获批…: the grant after the number, before the title."""
    text = "某局发布公告，对丙县红枣、丁镇香菇、戊山板栗3个特产予以登记为地理标志产品。"
    assert brand_counts(text) == [("geographical_indication", 3, "added", "achieved")]
    text = "甲省5个特产获批成为地理标志产品。"
    assert brand_counts(text) == [("geographical_indication", 5, "added", "achieved")]


def test_new_sentences_of_the_family() -> None:
    """Sentences of other verbs and orders, written after the rule: a grant with 核准…为,
    准予, 核准注册 of marks, 获批 before the title."""
    text = "某部门核准甲县香米、乙镇蜜柚、丙山茶叶3个特产为地理标志产品。"
    assert brand_counts(text) == [("geographical_indication", 3, "added", "achieved")]
    text = "上半年，某局核准丙省的地理标志证明商标25件。"
    assert brand_counts(text) == [("geographical_indication", 25, "added", "achieved")]
    text = "日前，某局准予乙县红茶等2个特产以地理标志产品名义受到保护。"
    assert brand_counts(text) == [("geographical_indication", 2, "added", "achieved")]
    text = "丁市4个特产通过国家审批成为地理标志保护产品。"
    assert brand_counts(text) == [("geographical_indication", 4, "added", "achieved")]


def test_a_stock_word_speaks_before_the_grant() -> None:
    """累计批准…N个, 已获批…N个, 拥有…，均经…批准: the holders, not a grant's new ones."""
    text = "截至目前，某局累计批准丁省地理标志产品830个。"
    assert brand_counts(text) == [("geographical_indication", 830, "total", "achieved")]
    text = "甲县已获批地理标志保护产品12个。"
    assert brand_counts(text) == [("geographical_indication", 12, "total", "achieved")]
    text = "甲县现拥有地理标志产品7个，均经某部门批准。"
    assert brand_counts(text) == [("geographical_indication", 7, "total", "achieved")]


@pytest.mark.xfail(strict=True, reason="a grant in a clause of its own before the count "
                   "(经某局批准，…共N个产品获得…保护) is out of the count's reach: the stock reading wins")
def test_a_grant_in_a_clause_before_the_count() -> None:
    """经…批准，甲市共N个产品获得…保护: a known miss, kept here so that a fix shows."""
    text = "经某部门批准，甲市共8个产品获得地理标志产品保护。"
    assert brand_counts(text) == [("geographical_indication", 8, "added", "achieved")]
