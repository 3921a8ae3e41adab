"""Shops of every kind are places a check went through, whatever they sell (文具店, 药店,
零售店铺), and so are the fairs of the countryside (集市); places counted by the visit in 个次
keep that unit, and shops counted in 间 (Hong Kong's and Macau's word) are places too. A shop
online (网店) is none. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str, fields: tuple[str, ...] = ("metric", "value")) -> list[tuple[Any, ...]]:
    return picked(f"甲县开展专项检查\n发布时间：2031-05-06  来源：测试日报\n{body}",
                  "supervision", "stats", fields)


def test_a_breakdown_into_shops_counts_places_by_the_visit() -> None:
    """其中…经营户30户次、书店20户次、超市50户次，集市6个次: the traders are firms, the shops
    and the fair places, each in its own unit."""
    got = _stats("共检查经营户130户次，其中饰品经营户30户次、书店20户次、超市50户次，乡镇集市6个次。",
                 ("metric", "value", "unit"))
    assert got == [("enterprises_inspected", 130, "户次"), ("enterprises_inspected", 30, "户次"),
                   ("places_inspected", 20, "户次"), ("places_inspected", 50, "户次"),
                   ("places_inspected", 6, "个次")]


def test_shops_named_after_the_count_are_places() -> None:
    """检查了14家药店: a shop of any trade, named after its count, is a place."""
    assert _stats("乙镇所执法人员检查了14家药店，未发现过期药品。") == [("places_inspected", 14)]


def test_shops_counted_in_jian_are_places() -> None:
    """巡查了23间零售店铺 (Hong Kong's and Macau's count of shops)."""
    got = _stats("海关人员上周在某区巡查了23间零售店铺，检获可疑电筒90支。",
                 ("metric", "value", "unit"))
    assert ("places_inspected", 23, "间") in got


def test_a_shop_online_is_no_place() -> None:
    """巡查网店、网站500个次: online shops are no places a check went through."""
    got = _stats("今年以来巡查网店、网站500个次，责令整改3家。")
    assert ("places_inspected", 500) not in got


def test_other_forms_of_the_family() -> None:
    """Sentences written after the rule: shops in 家次 after a market, a fair in 个次 after 其中,
    shops named after the count, 间 in Hong Kong's words, a convenience store."""
    assert _stats("巡查农贸市场8个、文具店15家次、母婴店6家次。") == [
        ("places_inspected", 8), ("places_inspected", 15), ("places_inspected", 6)]
    got = _stats("共检查各类经营场所90户次，其中五金店40户次、农村集市5个次。",
                 ("metric", "value", "unit"))
    assert got[1:] == [("places_inspected", 40, "户次"), ("places_inspected", 5, "个次")]
    assert ("places_inspected", 17) in _stats("检查了17家眼镜店和4个乡镇集市。")
    assert ("places_inspected", 12, "间") in _stats("海关在某区巡查了12间玩具店，检获可疑玩具80件。",
                                                    ("metric", "value", "unit"))
    assert _stats("执法人员突击检查了9家便利店。") == [("places_inspected", 9)]
