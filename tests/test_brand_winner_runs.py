"""Named-winner families of rounds 84-88: quoted names set side by side with no mark between
them, a list made of several counted lists (products, then services), a maker's product named
whole in quotation marks, and names counted after 对 before a giver's 予以认定.
Every text here is written for the test, with made-up places and firms."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def winners(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items(HEADER + text + "\n", "brands", "honours")]


GI = "geographical_indication"


def test_quoted_names_side_by_side_before_a_count() -> None:
    """对“A”“B”“C”等3件地理标志产品予以认定: each quoted name is a winner, not only the first."""
    text = "近日，国家知识产权局对乙县“丙岭茶油”“丁河鲫鱼”“戊山板栗”等3件地理标志产品予以认定。"
    assert winners(text) == [("丙岭茶油", GI), ("丁河鲫鱼", GI), ("戊山板栗", GI)]


def test_quoted_names_parted_by_blanks_are_still_several() -> None:
    """“A” “B”(a blank between): two names, the blank no part of either."""
    text = "省里的“庚村蜜柚” “辛乡腊肉”等2个产品近日获批地理标志产品保护。"
    assert winners(text) == [("庚村蜜柚", GI), ("辛乡腊肉", GI)]


def test_counted_names_after_dui_need_the_givers_verb_after_the_title() -> None:
    """对A、B等2个地理标志产品依法予以保护 names winners; 对…等5个名牌产品开展抽查 does not."""
    text = "国家知识产权局对我区壬山羊肚菌、癸湖莲藕等2个地理标志产品依法予以保护。"
    assert winners(text) == [("壬山羊肚菌", GI), ("癸湖莲藕", GI)]
    text = "今年，市局对甲牌酱油、乙牌米醋等5个名牌产品开展了监督抽查。"
    assert winners(text) == []


def test_a_list_of_counted_lists_names_the_winners_of_each() -> None:
    """A的“甲”等12个产品、B的“乙”等3个服务项目获得…称号: the first name of each part won."""
    text = ("甲市某某钢铁有限公司的“冷轧钢板”等12个产品、乙县某某酒店有限公司的“会议接待服务”"
            "等3个服务项目获得2020年度“甲省名牌”称号。")
    assert [n for n, _ in winners(text)] == ["冷轧钢板", "会议接待服务"]


def test_a_list_of_counted_lists_with_firms_and_a_quoted_product() -> None:
    """The same shape in other words: the firms' quoted products, each part with its count."""
    text = ("经评审，丙丁电器有限公司的“多功能料理机”等5个产品、戊己物流有限公司的“城市配送”"
            "等2个服务被认定为甲省名牌。")
    assert [n for n, _ in winners(text)] == ["多功能料理机", "城市配送"]


def test_a_makers_long_quoted_product_is_named_without_its_maker() -> None:
    """某公司的“一个长的产品名”: the product, in full, not the firm and its 的 in front of it."""
    text = "甲市某某建材有限公司的“预拌干混砌筑砂浆制品”荣获2021年度甲省名牌产品称号。"
    assert [n for n, _ in winners(text)] == ["预拌干混砌筑砂浆制品"]
    text = "乙县某某食品有限公司的“低糖全麦苏打饼干系列”获评甲省名牌产品。"
    assert [n for n, _ in winners(text)] == ["低糖全麦苏打饼干系列"]


def test_the_firms_within_a_place_are_no_winner() -> None:
    """某省内(已被认定为…的企业): a place and 内 names no firm; a firm of the place still wins."""
    text = "凡丙省内已被商务部授予“中华老字号”牌匾的商家，一律纳入本省老字号名录。"
    assert winners(text) == []
    text = "凡丁市境内已获评甲省名牌产品的企业，均可申请一次性奖励。"
    assert winners(text) == []
    text = "丁县某某内衣有限公司荣获甲省名牌产品称号。"
    assert winners(text) == [("丁县某某内衣有限公司", "provincial_brand")]
