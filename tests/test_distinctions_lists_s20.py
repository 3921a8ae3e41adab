"""Distinction counts in shapes real reports use: a list's size in brackets after its title,
a stock created or being created (创(在)建) broken down by level, projects approved to start
(立项) being built, and the work of creating that counts nothing. Every text here is written
for the test, with made-up places and firms."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def stats(text: str) -> list[tuple[str, str, float, str]]:
    data: Any = to_jsonable(parse_bytes((HEADER + text + "\n").encode("utf-8"), None))
    return [(s["metric"], s["distinction"], s["value"], s["unit"])
            for s in data["distinctions"]["stats"] if s["status"] == "achieved"]


def test_a_lists_size_in_brackets_after_its_title_counts_its_winners() -> None:
    text = ("2022年乙市市长质量奖获奖名单\n一、乙市市长质量奖(共3个)\n甲乙机械有限公司\n"
            "丙丁电子有限公司\n戊己食品有限公司\n二、乙市市长质量奖提名奖（共2家）\n"
            "庚辛纺织有限公司\n壬癸包装有限公司\n")
    assert stats(text) == [("awarded", "quality_award", 3, "个"),
                           ("awarded", "quality_award", 2, "家")]
    assert stats("丙市老字号名单（共计5家）") == [("awarded", "time_honoured_brand", 5, "家")]


def test_a_stock_created_or_being_created_is_held_level_by_level() -> None:
    text = "至今全县共创(在)建茶叶标准化示范区有国家级3家,省级7家,市级20家。"
    assert stats(text) == [("awarded", "standardization_pilot", value, "家")
                           for value in (3, 7, 20)]
    assert stats("眼下全区创（在）建物流业标准化试点单位6家。") == [
        ("awarded", "standardization_pilot", 6, "家")]


def test_projects_approved_to_start_are_being_built() -> None:
    text = "经自主申报、专家组评审，“甲乙仓储配送标准化试点”等15个项目获批立项。"
    assert stats(text) == [("building", "standardization_pilot", 15, "个")]
    assert stats("今年乙县有3个茶园标准化示范区项目批准立项，创建期为两年。") == [
        ("building", "standardization_pilot", 3, "个")]


def test_the_work_of_creating_counts_nothing() -> None:
    text = "历时三年的创建工作中，“丙丁茶叶标准化示范区”等8个示范区管理有序。"
    assert stats(text) == []


def test_the_noun_pair_of_setting_and_applying_standards_is_no_verb_of_building() -> None:
    text = ("评审组对示范区标准的制定与实施、档案管理等进行了考察,认为:历时三年的创建工作中,"
            "“乙丙茶园标准化示范区”等9个示范区项目机构健全,制度完善。")
    assert stats(text) == []
    assert stats("今年乙县实施茶园标准化示范区项目4个。") == [
        ("building", "standardization_pilot", 4, "个")]


def test_firms_and_persons_listed_with_a_stop_share_the_award_after_them() -> None:
    assert stats("目前，全市6家企业、2名个人获省长质量奖提名奖。") == [
        ("awarded", "quality_award", 6, "家"), ("awarded", "quality_award", 2, "名")]


def test_entering_the_front_runners_list_is_holding_the_title() -> None:
    """A front-runners' list (企标“领跑者”) that a firm or its standard enters (入围) is the
    list published: its entries hold the title, no shortlist."""
    text = "乙区召开标准化工作会议。会议总结了去年工作。此外，6家检测公司入围企标“领跑者”榜。"
    assert stats(text) == [("front_runners", "any", 6, "家")]
    text = ("某大会发布了第二批企标“领跑者”名单，涉及30个产品类别，"
            "共有41家企业的56项企标入围。")
    # (the list's 30 categories are its own figure, list_categories)
    assert stats(text) == [("list_categories", "any", 30, "个产品类别"),
                           ("front_runners", "any", 41, "家"), ("front_runners", "any", 56, "项")]


def test_entering_another_list_is_still_a_shortlist() -> None:
    text = "乙区召开质量工作会议。会议总结了去年工作。经评审，乙市有8家企业入围省长质量奖。"
    assert stats(text) == []
