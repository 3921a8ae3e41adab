"""Schema 2 keys (issue 12): the closing rate of the public's
complaints and tip-offs (``complaint_closing_rate``) and the failing products of spot checks
a bureau followed up (``failures_followed_up``). Nothing of them in version 1. Every sentence
here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY

from .report_helpers import area_items

HEADER = "松岭市场监管\n发布日期：2021-03-02  来源：松岭日报\n"
_METRICS = ("complaint_closing_rate", "failures_followed_up")


def _stats(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["metric"], s["value"], s["unit"], s["basis"], s["status"])
            for s in area_items(HEADER + body, "supervision", "stats", schema)
            if s["metric"] in _METRICS]


def _every_stat(body: str) -> list[tuple[Any, ...]]:
    """(metric, value, unit) of every supervision stat the text gives, of any metric."""
    return [(s["metric"], s["value"], s["unit"])
            for s in area_items(HEADER + body, "supervision", "stats")]


def test_a_closing_rate_after_the_complaints_it_closes() -> None:
    """办结率, 处理率 and 按时办结率 in a sentence of complaints, tip-offs or a hotline's calls."""
    assert _stats("全年共受理消费者投诉860件，办结790件，办结率91.9%。\n") == [
        ("complaint_closing_rate", 91.9, "%", None, "achieved")]
    assert _stats("12345热线转来的诉求，按期办结率为98.5%。\n") == [
        ("complaint_closing_rate", 98.5, "%", None, "achieved")]
    assert _stats("本季度受理举报120件，已处理111件，处理率为92.5%。\n")[0][:2] == (
        "complaint_closing_rate", 92.5)


def test_a_goal_for_the_closing_rate_is_a_target() -> None:
    assert _stats("到2025年，投诉举报按时办结率要达到96%。\n") == [
        ("complaint_closing_rate", 96, "%", None, "target")]


def test_other_handling_rates_are_no_closing_rate() -> None:
    """A rate of no complaint (污水处理率), another stage's (按时核查率, 初查率) and a rate
    whose number stands past a list of other rates (…办结率和…核查率分别提升…) are none."""
    for body in ("全县城镇污水处理率达到88%。\n",
                 "举报按时核查率为97%，消费投诉按时初查率为99%。\n",
                 "来电按期办结率、来信按时核查率分别较前一年提高了0.4和1.1个百分点。\n"):
        assert _stats(body) == [], body


def test_failing_products_followed_up() -> None:
    """完成…核查处置 and the count after it, in batches or tasks as written, where the words
    or the sentence name failing products or a spot check."""
    text = "今年全市食品抽检发现问题样品48批次，其中45批次已完成核查处置。\n"
    assert _stats(text) == [("failures_followed_up", 45, "批次", None, "achieved")]
    assert _every_stat(text) == [("failures_followed_up", 45, "批次")]
    assert _stats("全省完成了对抽检问题食品的核查处置任务1.6万件。\n") == [
        ("failures_followed_up", 1.6, "万件", None, "achieved")]
    assert _stats("该局完成投诉核查处置工作30件。\n") == []


def test_the_keys_are_schema_2_only_and_keyed_late() -> None:
    body = "全年受理投诉200件，办结率95%。完成问题食品的核查处置工作60件。\n"
    assert len(_stats(body)) == 2 and _stats(body, "1") == []
    assert set(_METRICS) <= STAT_METRICS_LATE <= STAT_METRICS_V2_ONLY


def test_a_follow_up_s_unit_leaves_out_more_than() -> None:
    """1.2万余件 → 1.2 万件: 万 is the unit's, 余 is not."""
    assert _stats("一年里共完成问题食品的核查处置工作1.2万余件。\n") == [
        ("failures_followed_up", 1.2, "万件", None, "achieved")]


def test_a_follow_up_counted_before_its_words() -> None:
    """其中N批次已完成核查处置: the count first, then the follow-up done."""
    text = "抽检中发现问题产品26批次，其中24批次已完成核查处置。\n"
    assert _stats(text) == [("failures_followed_up", 24, "批次", None, "achieved")]
    assert _every_stat(text) == [("failures_followed_up", 24, "批次")]
