"""The learned tagger reads no names from a sentence that says none of them won anything: a
run of examples closed by an ellipsis, a mark that is only the subject of some work. A sentence
with a word of winning, holding, listing or granting (or a title set right before a quoted
name) is still read. Every text here is written for the test, with made-up places and names."""

from __future__ import annotations

import pytest

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_a_run_of_examples_closed_by_an_ellipsis_names_no_winner() -> None:
    """A、B、C……这些地理标志产品…: products shown as examples, with no word of winning."""
    assert names("甲山白茶、乙河大枣、丙岭香菇……这些地理标志产品是本地农业的名片。") == []
    assert names("说起癸湾蜜橘、子山板栗、丑溪茶油……很多人都会想到这片土地上的地理标志产品。") == []


def test_a_mark_named_as_the_subject_of_work_is_no_winner() -> None:
    """加强“X”地理标志证明商标的管理: the mark is what the work is about; the name before the
    title only qualifies the mark."""
    assert names("丁市将持续加强“甲山白茶”地理标志证明商标的使用管理。") == []


def test_news_heard_is_no_win() -> None:
    """据悉 and 获悉 hold 获 but say nothing was won."""
    assert names("记者获悉，丁市将持续加强“甲山白茶”地理标志证明商标的使用管理。") == []


def test_a_title_before_a_quoted_name_still_names_its_holder() -> None:
    """地理标志保护产品“X”的…: the title describes the name, which holds it."""
    assert names("地理标志保护产品“甲山白茶”的种植面积已达2万亩。") == ["甲山白茶"]


def test_words_of_listing_joining_and_granting_keep_the_names() -> None:
    """纳入…名录, 加入…行列, 予以…认定: the names won, though no verb of HONOUR_VERB stands."""
    assert names("戊县的甲山白茶、乙河大枣被纳入地理标志产品名录。") == ["甲山白茶", "乙河大枣"]
    assert names("据悉，甲山白茶、乙河大枣已加入国家地理标志保护产品的行列。") == \
        ["甲山白茶", "乙河大枣"]
    assert names("国家知识产权局日前发布公告，对甲山白茶、乙河大枣2个产品予以地理标志产品认定。") == \
        ["甲山白茶", "乙河大枣"]
    assert names("甲山白茶、乙河大枣、丙岭香菇等3个产品获得国家地理标志产品保护。") == \
        ["甲山白茶", "乙河大枣", "丙岭香菇"]


def test_products_sent_to_a_show_are_no_winners() -> None:
    """组织A、B、C参加…展销活动: taking part, no winner (the near miss of a list and a title)."""
    assert names("巳市组织午山葡萄、未川蜂蜜、申岭核桃3个产品参加地理标志产品展销活动。") == []


def test_a_review_passed_is_no_grant_yet() -> None:
    """顺利通过…技术审查: the review is passed, the protection not yet granted (a shortlist at
    most, never achieved)."""
    text = "经专家审查，午山葡萄、未川蜂蜜顺利通过地理标志产品保护技术审查。"
    items = area_items(HEADER + text + "\n", "brands", "honours")
    assert [h["name"] for h in items if h["status"] == "achieved"] == []


@pytest.mark.xfail(strict=True, reason="成为 is a word of winning whatever follows it: the focus "
                   "of a show's hall is read as the title its name holds")
def test_the_focus_of_a_show_is_no_title() -> None:
    """成为…展区的焦点: products on show, though 成为 stands before a title's words."""
    assert names("在今年的农博会上，寅县的卯岭黑茶、辰河腊肉成为中国驰名商标展区的焦点。") == []


@pytest.mark.xfail(strict=True, reason="the tagger marks no name in this list, and no rule reads "
                   "a list put on a provincial catalogue of protected products")
def test_a_list_put_on_a_catalogue_wins() -> None:
    """已列入…保护名录: the three products won (the guard lets the sentence through)."""
    assert names("酉县酉江米粉、戌山笋干和亥岭山茶油已列入第二批省级地理标志产品保护名录。") == \
        ["酉江米粉", "戌山笋干", "亥岭山茶油"]
