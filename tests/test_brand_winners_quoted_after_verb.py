"""A verb of making or winning before a quoted winner is no part of the name (建成《某示范区》
等…, 培育“某公司”等…: the zone, the firm), title marks round a whole name are none of it, and a
title's words that end a quoted name listed before 等 are the name's own. Every text here is
written for the test, with made-up places and names."""

from __future__ import annotations

import pytest

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str, header: str = HEADER) -> list[str]:
    return [h["name"] for h in area_items(header + text + "\n", "brands", "honours")]


def test_a_verb_before_a_book_titled_zone_is_no_part_of_its_name() -> None:
    """建成《X》等…示范区N个: the zone X, without the verb and the title marks."""
    text = "乙市共建成《甲县茶叶标准化示范区》等市级农业标准化示范区4个。"
    assert names(text) == ["甲县茶叶标准化示范区"]


def test_a_verb_before_a_quoted_firm_is_no_part_of_its_name() -> None:
    """培育“X公司”等…试点企业N家: the firm X (试点 is one of a good-conduct title's forms)."""
    text = "丙县近年培育了“丁木业有限公司”等标准化良好行为试点企业6家。"
    assert names(text) == ["丁木业有限公司"]


def test_other_verbs_and_marks_of_the_same_shape() -> None:
    """Other verbs of making or winning, other quotation marks, a list of two, a zone quoted
    whole with its own title words (the words are its name's, not a title won)."""
    assert names("戊市先后创建了“己镇蔬菜标准化示范区”等市级农业标准化示范区3个。") == \
        ["己镇蔬菜标准化示范区"]
    assert names("辛市相继获批“壬县水产标准化示范区”、“癸县林果标准化示范区”"
                 "等2个省级农业标准化示范区。") == ["壬县水产标准化示范区", "癸县林果标准化示范区"]
    assert names("子市培育出「丑光电有限公司」等标准化良好行为企业12家。") == ["丑光电有限公司"]
    assert names("寅县今年新认定《卯县服务业标准化试点》等市级服务业标准化试点5个。") == \
        ["卯县服务业标准化试点"]
    assert names("未市建立《申县农村综合改革标准化试点》、《酉县美丽乡村标准化试点》"
                 "等国家级农村综合改革标准化试点2个。") == \
        ["申县农村综合改革标准化试点", "酉县美丽乡村标准化试点"]


@pytest.mark.xfail(strict=True, reason="打造 is read as working towards a title, not winning it")
def test_firms_built_up_as_holders_are_winners() -> None:
    """打造了“X公司”等…企业N家: firms the city built up into holders (not read yet)."""
    assert names("辰市打造了“巳食品有限公司”等标准化良好行为企业5家。") == ["巳食品有限公司"]


def test_a_standard_named_after_a_verb_of_writing_is_no_winner() -> None:
    """制定《X》等国家标准N项: a standard written, no honour."""
    assert names("甲市企业主导制定《乙产品技术规范》等国家标准5项。") == []
