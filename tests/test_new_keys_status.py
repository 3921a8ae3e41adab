"""The status of schema 2's new keys (issue 12) from their sentence: the future's 将 before a
verb of the new keys (将表彰, 将奖励, 将评定, 将扩大) makes a goal, not a deed done; a
commendation decided (决定表彰, 予以表彰) ends a recommendation's reach. Every sentence here was
written for these tests."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _stats(text: str, area: str) -> list[tuple[str, float, str]]:
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["value"], s["status"]) for s in report[area]["stats"]]


def test_the_future_before_a_new_keys_verb_is_a_goal() -> None:
    assert _stats("甲县表彰\n本报讯 明年，甲县将表彰先进集体10个、先进个人20名。\n", "distinctions") == [
        ("commended", 10, "target"), ("commended", 20, "target")]
    assert _stats("乙区奖励\n本报讯 年底，乙区还将奖励获得市名牌的8家企业。\n", "distinctions") == [
        ("commended", 8, "target")]
    assert _stats("丙县电梯\n本报讯 丙县今年将评定二级风险电梯200台。\n", "special_equipment") == [
        ("rated", 200, "target")]


def test_the_future_of_an_object_is_no_goal() -> None:
    """将 that puts its object first (将表彰结果通报…) is no future: the count told after is
    done."""
    assert _stats("丁县表彰\n本报讯 县局已将表彰结果通报全县，共表彰先进集体5个。\n", "distinctions") == [
        ("commended", 5, "achieved")]


def test_a_commendation_decided_ends_a_recommendations_reach() -> None:
    assert _stats("戊市表彰\n本报讯 对各县区推荐的先进单位，经局务会研究，决定表彰先进单位15个。\n",
                  "distinctions") == [("commended", 15, "achieved")]
    assert _stats("己市表彰\n本报讯 经各地层层推荐，市政府予以表彰的先进个人共40名。\n",
                  "distinctions") == [("commended", 40, "achieved")]


def test_a_goals_progress_is_no_share() -> None:
    """占全年目标的90% tells how much of a plan is done: no share of a whole; a share of the
    stock in use stays one."""
    assert _stats("甲市打假\n本报讯 全市共查处案件45起，案值120万元，占全年目标的90%。\n", "supervision") == [
        ("cases", 45, "achieved"), ("goods_value", 120, "achieved")]
    assert _stats("乙县计量\n本报讯 乙县今年已检定计量器具2600台，占年度计划任务的87%。\n", "metrology") == [
        ("instruments_verified", 2600, "achieved")]
    assert _stats("丙县计量\n本报讯 丙县今年已检定计量器具2600台，占全县在用器具的87%。\n", "metrology") == [
        ("instruments_verified", 2600, "achieved"), ("instruments_verified", 87, "achieved")]


def test_those_at_a_commendation_meeting_are_not_commended() -> None:
    """Those attending a meeting of commendation are not counted as commended, whether the
    meeting is named before the count (表彰大会共有…参加) or the headline above says 表彰."""
    assert _stats("甲县表彰\n本报讯 全县共有600余名干部职工参加了表彰大会。\n", "distinctions") == []
    assert _stats("乙县\n本报讯 质量工作表彰大会共有400余名职工和企业代表参加。\n", "distinctions") == []
    assert _stats("丙县\n本报讯 表彰大会上，县政府为12家企业颁奖。\n", "distinctions") == [
        ("commended", 12, "achieved")]


def test_a_commendation_proposed_keeps_its_count_not_achieved() -> None:
    """(docs/schema.md) a commendation proposed is counted with its sentence's status (拟表彰: a
    shortlist; 拟对…给予奖励: a plan), never as achieved."""
    assert _stats("戊县\n本报讯 本次拟表彰先进集体10个、先进个人25名。\n", "distinctions") == [
        ("commended", 10, "shortlisted"), ("commended", 25, "shortlisted")]
    assert _stats("己县\n本报讯 经评审，拟对获得市名牌的6家企业给予奖励。\n", "distinctions") == [
        ("commended", 6, "target")]  # (拟 before a deed: a plan)
