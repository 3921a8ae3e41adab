"""A list of protected products closed by its count, as a notice writes it: the count bare or
told as the total (共, 共计, 合计), the giver's verb before or after the title, and a county
before a product's bare kind (某县黑枣) kept as the product's name. Every text here is made
up for the test, places and products invented."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_a_bare_count_and_the_givers_verb_before_the_title() -> None:
    """对A、B、C3个特产依法予以…认定: all three listed products won."""
    text = "某局日前发布公告，对甲县红枣、乙县香菇、丙县甘蓝3个特产依法予以国家地理标志产品的认定。"
    assert names(text) == ["甲县红枣", "乙县香菇", "丙县甘蓝"]


def test_a_list_closed_by_its_total() -> None:
    """A、B、C共3个产品: the last name keeps no 共."""
    text = "上月，丁县红枣、戊县香菇、己县甘蓝共3个特产获准地理标志产品登记保护。"
    assert names(text) == ["丁县红枣", "戊县香菇", "己县甘蓝"]


def test_products_before_experts_then_approved_keep_their_county() -> None:
    """组织专家对A、B、C共3个…开展审核，合格后予以批准: the county stays in the
    first name when only a bare kind of product follows it."""
    text = ("某局组织专家对庚县黑枣、辛县黄酒、壬县辣椒共3个地理标志产品的申请开展审核，"
            "审核合格后予以批准并公告。")
    assert names(text) == ["庚县黑枣", "辛县黄酒", "壬县辣椒"]


def test_a_list_only_checked_names_no_winner() -> None:
    """对A、B、C3个产品开展抽查: the count and 对 without a grant names no winner."""
    text = "某局对甲县红枣、乙县香菇、丙县甘蓝3个产品开展地理标志产品专项检查。"
    assert names(text) == []


def test_places_closed_by_their_total_name_no_winner() -> None:
    """甲县、乙县共2个县…: places counted, no product's winners."""
    text = "上月，丑县、寅县共2个县获准地理标志产品登记保护。"
    assert names(text) == []


def test_five_new_sentences_of_the_list_family() -> None:
    """The generality check: other verbs, orders and units of the family, written after the
    rules, each with the names they should give."""
    cases = [
        ("某局对丑县木耳、寅县板栗2个品种依法给予地理标志产品的保护。", ["丑县木耳", "寅县板栗"]),
        ("某局决定对卯县茶油、辰县蜂蜜、巳县莲藕共计3个特产予以地理标志产品认定和保护。",
         ["卯县茶油", "辰县蜂蜜", "巳县莲藕"]),
        ("午县香米、未县蜜柚、申县板鸭合计3个特产获批地理标志保护产品称号。",
         ["午县香米", "未县蜜柚", "申县板鸭"]),
        ("某局对酉县核桃、戌县柿饼2个产品的保护申请予以受理。", []),
        ("亥县枸杞、甲镇香瓜、乙乡黄牛共3个产品拟申报国家地理标志保护产品。", []),
    ]
    got = [names(text) for text, _ in cases]
    assert got == [want for _, want in cases]

