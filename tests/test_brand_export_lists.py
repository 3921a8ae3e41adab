"""Export brands and the lists of a programme's winners: a commerce department's export brand
titles (某省出口名牌, 某省重点培育和发展的国际知名品牌) are brand titles of category other; a
count whose title is followed by a verb of entering a list (…品牌上榜, …产品入选) or that was
chosen (评定选出) is new; a count of a sentence that opens on 至 and a year is the stock then;
earlier winners added to a list (加上去年获此殊荣的C) are named without the clause. Every text
here is written for the test, with made-up places and names."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json

HEADER = "甲市品牌工作情况\n发布日期：2021-05-12 来源：测试日报\n"


def report(text: str) -> Any:
    return report_json(HEADER + text + "\n")


def counts(text: str) -> list[tuple[str, float, str | None]]:
    return [(c["category"], c["value"], c["basis"]) for c in report(text)["brands"]["counts"]]


def honours(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"]) for h in report(text)["brands"]["honours"]]


def test_a_provinces_export_brand_is_a_brand_title_of_category_other() -> None:
    """出口名牌 under a province's or a department's name is counted like the national one."""
    assert counts("丙县6个品牌（来自6家企业）获评2019年度“浙江省出口名牌”。") == [("other", 6, "added")]
    text = "经专家审定，戊市4家企业的4个品牌入选“甲省商务厅重点培育和发展的出口名牌”。"
    assert counts(text) == [("other", 4, "added")]


def test_an_international_brand_programme_is_a_brand_title_of_category_other() -> None:
    text = "省商务厅把31个品牌认定为“福建省重点培育和发展的国际知名品牌”，它们出自31家企业。"
    assert counts(text) == [("other", 31, "added")]


def test_a_verb_of_entering_a_list_after_the_title_makes_the_count_new() -> None:
    text = "日前发布的品牌目录中，7个“乙字号”特色农产品区域公用品牌上榜。"
    assert counts(text) == [("other", 7, "added")]


def test_a_count_chosen_from_candidates_is_new() -> None:
    text = "经专家评审，最终评定选出150个具有代表性的农产品区域公用品牌。"
    assert counts(text) == [("other", 150, "added")]


def test_a_sentence_opening_on_a_year_after_zhi_counts_the_stock() -> None:
    text = "至2016年，全县的国家级名牌产品有3个，省级名牌产品有14个。"
    assert counts(text) == [("china_top_brand", 3, "total"), ("provincial_brand", 14, "total")]


def test_earlier_winners_added_to_a_list_are_named_without_their_clause() -> None:
    text = ("2020年度“丁市出口名牌企业”评选结果日前揭晓，本区有两家单位上榜。这两家单位分别是"
            "甲乙电子有限公司、丙丁机械有限公司，加上去年获此殊荣的戊己纺织有限公司，"
            "本区已有3家企业持有这一称号。")
    names = [name for name, _ in honours(text)]
    assert "戊己纺织有限公司" in names
    assert not any("获此殊荣" in name for name in names)
