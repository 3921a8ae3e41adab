"""A demonstration zone's extent told in more words than 面积 and 带动: its model households
(示范户N户), farmers drawn in by one word (带农, 联农带农), the area it plants after a verb of
planting and its crops (种植甲、乙N亩), a level reached with 高达, 多达 or 突破, and a base or
park of the zone (示范基地, 示范园) in a sentence after the one that names the zone. Every text
here is written for the test, with made-up places and numbers."""

from __future__ import annotations

from .report_helpers import picked

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def zone(text: str) -> list[tuple[object, ...]]:
    return picked(HEADER + text + "\n", "distinctions", "stats",
                  ("metric", "distinction", "value", "unit"))


def test_model_households_and_an_area_planted() -> None:
    """示范户N户 and 种植甲、乙N亩 in the zone's sentence."""
    text = "甲县药材标准化示范区目前有示范户1800户，今年种植白芍、黄芪2600亩。"
    assert zone(text) == [("zone_households", "standardization_pilot", 1800, "户"),
                          ("zone_area", "standardization_pilot", 2600, "亩")]


def test_farmers_drawn_in_by_one_word_after_a_base_named_in_the_next_sentence() -> None:
    """带农 joins verb and farmers; 示范基地 reads a sentence that does not name the zone."""
    text = ("乙县山茶农业标准化示范区以茶叶为重点。该区建有核心示范基地900亩，"
            "共联农带农730户。")
    assert zone(text) == [("zone_area", "standardization_pilot", 900, "亩"),
                          ("zone_households", "standardization_pilot", 730, "户")]


def test_other_forms_of_the_same_figures() -> None:
    """Five sentences of other words: 现有示范户, 多达, 栽培, 示范园, 突破."""
    assert zone("丙县柑橘标准化示范区现有示范户650户，核心区面积多达3200亩。") == [
        ("zone_households", "standardization_pilot", 650, "户"),
        ("zone_area", "standardization_pilot", 3200, "亩")]
    assert zone("丁县稻米标准化示范区已联农带农4200余户。") == [
        ("zone_households", "standardization_pilot", 4200, "户")]
    assert zone("戊县标准化示范区高标准栽培猕猴桃、葡萄1.2万亩。") == [
        ("zone_area", "standardization_pilot", 1.2, "万亩")]
    assert zone("己县标准化示范区建设有序推进。该区现有连片示范园800亩。") == [
        ("zone_area", "standardization_pilot", 800, "亩")]
    assert zone("庚县蔬菜标准化示范区总面积突破5000公顷。") == [
        ("zone_area", "standardization_pilot", 5000, "公顷")]


def test_no_zone_or_a_whole_county_gives_no_zone_figure() -> None:
    """带农 with no zone in the text; a whole county's planting in a zone's sentence."""
    assert zone("甲合作社累计带农300户。") == []
    assert zone("辛县蔬菜标准化示范区运转良好，全县种植蔬菜20万亩。") == []


def test_an_area_that_grew_is_read_at_its_level_now_only() -> None:
    """种植面积从N亩扩大到M亩: the planting verb opens the area's own words; only M counts."""
    assert zone("壬县梨园标准化示范区种植面积从400亩扩大到1500亩。") == [
        ("zone_area", "standardization_pilot", 1500, "亩")]
