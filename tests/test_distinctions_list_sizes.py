"""Distinction counts in shapes real reports use: a list's size in brackets after its title,
a stock created or being created (创(在)建) broken down by level, projects approved to start
(立项) being built, and the work of creating that counts nothing. Every text here is written
for the test, with made-up places and firms."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def stats(text: str) -> list[tuple[str, str, float, str]]:
    return [(s["metric"], s["distinction"], s["value"], s["unit"])
            for s in area_items(HEADER + text + "\n", "distinctions", "stats")
            if s["status"] == "achieved"]


def test_a_lists_size_in_brackets_after_its_title_counts_its_winners() -> None:
    text = ("2022年乙市市长质量奖获奖名单\n一、乙市市长质量奖(共3个)\n甲乙机械有限公司\n"
            "丙丁电子有限公司\n戊己食品有限公司\n二、乙市市长质量奖提名奖（共2家）\n"
            "庚辛纺织有限公司\n壬癸包装有限公司\n")
    assert stats(text) == [("awarded", "quality_award", 3, "个"),
                           ("awarded", "quality_award", 2, "家")]
    assert stats("丙市老字号名单（共计5家）") == [("awarded", "time_honoured_brand", 5, "家")]
    assert stats("二、县级农业标准化示范基地（合计4个）") == [
        ("awarded", "standardization_pilot", 4, "个")]


def test_a_bracketed_count_of_other_work_is_no_lists_size() -> None:
    """Firms a check went through, or firms a phrase describes, counted in brackets."""
    assert stats("对全市标准化示范区内的企业开展检查（共12家），发现问题3个。") == []
    assert stats("参加本届市长质量奖评审的企业（共15家）已全部完成现场答辩。") == []


def test_a_stock_created_or_being_created_is_held_level_by_level() -> None:
    text = "丙县创(在)建的茶叶标准化示范区，截至去年底有市级27家、省级6家、国家级1家。"
    assert stats(text) == [("awarded", "standardization_pilot", value, "家")
                           for value in (27, 6, 1)]
    assert stats("丁镇目前创（在）建电商服务标准化试点单位4家。") == [
        ("awarded", "standardization_pilot", 4, "家")]


def test_projects_approved_to_start_are_being_built() -> None:
    text = "今年丙市共有11个冷链物流标准化试点项目获批立项，将于两年内建成。"
    assert stats(text) == [("building", "standardization_pilot", 11, "个")]
    assert stats("丁区的2个柑橘标准化示范区项目由省局批准立项，创建期三年。") == [
        ("building", "standardization_pilot", 2, "个")]


def test_the_work_of_creating_counts_nothing() -> None:
    text = "两年来的创建过程里，“戊己蘑菇标准化示范区”等6个示范区台账清楚。"
    assert stats(text) == []


def test_the_noun_pair_of_setting_and_applying_standards_is_no_verb_of_building() -> None:
    text = ("座谈会上，大家围绕示范区标准的制定与实施交流了做法，"
            "认为戊己蘑菇标准化示范区等6个示范区成效明显。")
    assert stats(text) == []
    assert stats("今年乙县实施茶园标准化示范区项目4个。") == [
        ("building", "standardization_pilot", 4, "个")]


def test_firms_and_persons_listed_with_a_stop_share_the_award_after_them() -> None:
    assert stats("乙县迄今共有7家企业、3名个人摘得市长质量奖。") == [
        ("awarded", "quality_award", 7, "家"), ("awarded", "quality_award", 3, "名")]


def test_entering_the_front_runners_list_is_holding_the_title() -> None:
    """A front-runners' list (企标“领跑者”) that a firm or its standard enters (入围) is the
    list published: its entries hold the title, no shortlist."""
    text = "乙区召开标准化工作会议。会议总结了去年工作。乙区的4家物流企业入围了今年的企标“领跑者”。"
    assert stats(text) == [("front_runners", "any", 4, "家")]
    text = "丙省今年公布的企标“领跑者”名单里，本市有7家企业的9项企标入围。"
    assert stats(text) == [("front_runners", "any", 7, "家"), ("front_runners", "any", 9, "项")]


def test_entering_another_list_is_still_a_shortlist() -> None:
    text = "乙区召开质量工作会议。会议总结了去年工作。经评审，乙市有8家企业入围省长质量奖。"
    assert stats(text) == []
