"""Standardization demonstration zones and projects that passed their review: a zone named in
full passing it in an article whose headline tells that passing is a winner with no level word
or quotation marks (and a province before its county is no part of its name); a headline's zone
that the text names again only in a shorter form is the winner too; a county's 标准化推广示范
project is a demonstration title like the rest; two zones written in words (两个) passing a
review are counted, as are zones up for a review on site, a build's word before them
notwithstanding; and holders picked at the end of the steps told before them (遴选出) are
achieved, whatever those steps were. Every text here is written for the test, with made-up
places, names and numbers."""

from __future__ import annotations

from .report_helpers import area_items

DATED = "发布日期：2031-05-10 来源：测试日报\n"


def honours(text: str, headline: str = "测试报告") -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items(headline + "\n" + DATED + text + "\n", "brands", "honours")]


def zones(text: str) -> list[tuple[str, float, str, str]]:
    return [(s["metric"], s["value"], s["distinction"], s["status"])
            for s in area_items("测试报告\n" + DATED + text + "\n", "distinctions", "stats")]


def test_a_zone_the_headline_tells_passed_is_a_winner_in_its_text() -> None:
    """The headline tells the passing: the zone the text names passing it wins, bare."""
    text = "5月8日，乙县高山茶叶农业标准化示范区通过专家组考核验收。示范区面积达800亩。"
    assert honours(text, "乙县高山茶叶农业标准化示范区通过验收") == [
        ("乙县高山茶叶农业标准化示范区", "other")]


def test_with_no_such_headline_a_bare_zone_passing_names_no_winner() -> None:
    """A report's own list of its year's work keeps its bare zones unnamed, as before."""
    text = "新建省级农业标准化示范区3个，乙县高山茶叶标准化示范区通过考核验收。"
    assert honours(text) == []
    assert honours(text, "甲市质监局召开年度工作会议") == []


def test_a_province_before_the_zones_county_is_no_part_of_its_name() -> None:
    """某省某县…示范区 is the county's zone (as a protected product is the county's)."""
    text = "近日，湖北省竹山县绿色蔬菜农业标准化示范区顺利通过考核验收。"
    assert honours(text, "竹山绿色蔬菜农业标准化示范区通过验收") == [
        ("竹山县绿色蔬菜农业标准化示范区", "other")]


def test_the_headlines_zone_named_again_in_short_form_wins() -> None:
    """The text reviews the zone under a shorter name: the headline's zone is the winner;
    a zone the text never names again is none."""
    text = ("上周，某局请来五位专家，对丙公司承担的县级蜜柚产业融合标准化示范区项目进行评估验收，"
            "项目最终通过评估验收。")
    headline = "丁县蜜柚产业融合标准化示范区顺利通过评估验收"
    assert honours(text, headline) == [("丁县蜜柚产业融合标准化示范区", "other")]
    other = "上周，某局请来五位专家，对丙公司承担的项目进行评估验收，项目最终通过评估验收。"
    assert honours(other, headline) == []
    bare = "上周，某局请来五位专家，对全县农业标准化示范区项目进行评估验收。"
    assert honours(bare, "丁县农业标准化示范区通过评估验收") == []  # (the title's words alone)


def test_a_zone_still_waiting_in_the_headline_licenses_nothing() -> None:
    """A headline of a review to come tells no passing: the bare zone stays unnamed."""
    text = "乙县高山茶叶农业标准化示范区通过专家组考核验收。"
    assert honours(text, "乙县高山茶叶农业标准化示范区迎接验收") == []


def test_a_counties_standardization_extension_project_is_a_demonstration_title() -> None:
    """标准化推广示范项目: the projects a review passed, quoted after their holders, win."""
    text = ("验收组一致通过了戊合作社的“富硒大米标准化推广示范”、己农场的“设施草莓标准化推广示范”"
            "等4个项目为县级农业标准化推广示范项目。")
    assert honours(text) == [("富硒大米标准化推广示范", "other"), ("设施草莓标准化推广示范", "other")]


def test_two_zones_written_in_words_that_passed_their_review_are_counted() -> None:
    """两个…示范区通过验收: a count of 2; two still waiting are none."""
    assert zones("今年全市有两个国家级农业标准化示范区通过验收。") == [
        ("awarded", 2, "standardization_pilot", "achieved")]
    assert zones("庚区蔬菜标准化示范区等两个省级农业标准化示范区顺利通过考核验收。") == [
        ("awarded", 2, "standardization_pilot", "achieved")]
    assert zones("辛县两个农业标准化示范区待验收。") == []


def test_projects_up_for_a_review_on_site_are_counted_though_new_this_year() -> None:
    """对新立项的N个…项目进行现场验收: up for review (awarded); 立项 alone is a build."""
    assert zones("甲局派专家组对本县今年新立项的6个县级农业标准化推广示范项目逐一进行现场验收。") == [
        ("awarded", 6, "standardization_pilot", "achieved")]
    assert zones("今年新立项县级农业标准化示范项目6个。") == [
        ("building", 6, "standardization_pilot", "achieved")]


def test_holders_picked_after_the_steps_told_are_achieved() -> None:
    """经申报、推荐、…公示等环节，遴选出N项…: achieved; a list still put out for publicity, or
    one only to be picked, is not."""
    text = ("经企业申报、各地初审、专家评议和网上公示等环节，某部遴选出36项团体标准应用示范项目，"
            "现予以公布。")
    assert zones(text) == [("awarded", 36, "standardization_pilot", "achieved")]
    assert zones("某部遴选出36项团体标准应用示范项目，现予以公示。") == [
        ("awarded", 36, "standardization_pilot", "shortlisted")]
    assert zones("今年拟评出市长质量奖10家。") == [("awarded", 10, "quality_award", "target")]
