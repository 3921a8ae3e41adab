"""Brand counts of a city's own best-products programme and of a batch: a quoted short name
ending 好品, 优品 or 精品 before 品牌 is a brand programme (category other); a count right
after a batch's number (首批60个), or after a batch's list named in its sentence, is the
batch's size, new. Every text here is written for the test, with made-up places and names."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items, report_json

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def counts(text: str) -> list[tuple[str, float, str | None]]:
    return [(c["category"], c["value"], c["basis"])
            for c in area_items(HEADER + text + "\n", "brands", "counts")]


def test_a_first_batch_of_a_city_programme_is_new() -> None:
    assert counts("丁市首批34个“丁优品”质量公共品牌今天亮相。") == [("other", 34, "added")]
    assert counts("丁市第二批共19个“丁精品”品牌昨日揭牌。") == [("other", 19, "added")]


def test_a_batch_list_named_before_its_count_gives_the_batch_size() -> None:
    text = "丁市第三批“丁好品”品牌名单今日出炉，涵盖52个“丁好品”品牌。"
    assert counts(text) == [("other", 52, "added")]


def test_a_programme_held_is_still_a_stock() -> None:
    assert counts("至今，戊市累计有41个产品获评“戊好品”品牌。") == [("other", 41, "total")]
    assert counts("丁市已有第一批12个产品获得省名牌产品称号。") == [("provincial_brand", 12, "total")]


def test_a_national_farm_brand_catalogue_is_a_programme_of_category_other() -> None:
    assert counts("至今，丙县已有4个农产品列入“中国农业品牌目录”。") == [("other", 4, "total")]


def test_a_national_titles_china_names_no_place() -> None:
    """中国 in a title (中国消费名品, 中国农业品牌目录, 中国质量奖) is the title's, not the
    country's: a county's count of it is the county's."""
    for text in ("今年乙县2个品牌入选中国消费名品名单。", "今年乙县有2个农产品入选中国农业品牌目录。"):
        data: Any = report_json(HEADER + text + "\n")
        assert len(data["brands"]["counts"]) == 1
        assert data["brands"]["counts"][0]["place"] != "全国"
    data = report_json(HEADER + "今年乙县共有2家单位荣获中国质量奖提名奖。\n")
    assert len(data["distinctions"]["stats"]) == 1
    assert data["distinctions"]["stats"][0]["place"] != "全国"


def test_shops_honoured_under_a_best_products_name_are_no_brands() -> None:
    """A quoted …精品 name before 品牌商户 or 门店 honours merchants, not brands."""
    assert counts("甲市组织开展“放心消费”精品示范街创建，评出“诚信精品”品牌商户20家。") == []
    assert counts("乙县今年评出“乙优品”品牌门店15家。") == []
    # (the programme's own brands are still counted)
    assert counts("乙县首批15个“乙优品”品牌今天发布。") == [("other", 15, "added")]
