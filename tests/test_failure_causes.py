"""Schema 2 keys (issue 12): a check's failures broken down by
cause, each cause's share of them (``failures_by_cause``, ``basis: share``), and the keys it
added for hand keying only (units at fault, goods found, goods sold). Nothing of them in
version 1. Every sentence here was written for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any, get_args

from qsreport.vocabulary import STAT_METRICS_LATE, STAT_METRICS_V2_ONLY, StatMetric

from .report_helpers import area_items

HEADER = "柳河市场监管\n发布日期：2022-05-10  来源：柳河日报\n"


def _causes(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["label"], s["value"], s["unit"], s["basis"])
            for s in area_items(HEADER + body, "supervision", "stats", schema)
            if s.get("metric") == "failures_by_cause"]


def test_a_share_after_the_whole_of_the_failures() -> None:
    """一是…问题占不合格总数的N%: each cause's clause up to 占, ordinals and 食品中 left out."""
    assert _causes("发现的问题主要有：一是食品中霉菌超标问题占不合格总数的28.4%；"
                   "二是防腐剂超量问题占不合格总数的19%。\n") == [
        ("霉菌超标问题", 28.4, "%", "share"), ("防腐剂超量问题", 19, "%", "share")]


def test_a_share_after_the_cause_s_own_failure_rate() -> None:
    """A clause that opens on 占 takes its cause from the clause before, its own rate left out
    of the label (and read as the failure rate it is)."""
    assert _causes("因重金属超标导致的抽检不合格率为0.6%，占不合格样品总量的11.5%。\n") == [
        ("重金属超标", 11.5, "%", "share")]


def test_a_share_after_the_whole_s_own_word_for_share() -> None:
    """在不合格样品总量中的占比(仍)达N%: the whole named first, the cause before it."""
    assert _causes("标签问题在抽检不合格样品总量中的占比仍达8.8%。\n") == [
        ("标签问题", 8.8, "%", "share")]


def test_a_list_of_causes_after_the_whole_and_a_colon() -> None:
    """Each item of the list to the sentence's end is a cause with its share."""
    assert _causes("按项目分，占抽检不合格样品总量为：微生物超标36.2%，农药残留21.05%，"
                   "质量指标不达标9%。\n") == [
        ("微生物超标", 36.2, "%", "share"), ("农药残留", 21.05, "%", "share"),
        ("质量指标不达标", 9, "%", "share")]


def test_no_share_of_what_was_sampled_nor_a_change_nor_across_a_line() -> None:
    """The whole must be the failures; a change of a share is no share; the list stops at the
    line's end."""
    for body in ("粮食制品占抽检总量的18.5%。\n",
                 "微生物问题占不合格总数的比例比上年下降3.2%。\n",
                 "占抽检不合格样品总量为：\n2021年全市抽检食品4200批次。\n"):
        assert _causes(body) == [], body


def test_version_1_has_none() -> None:
    """Version 1 never reports a cause's share."""
    assert _causes("一是霉菌超标问题占不合格总数的28.4%。\n", schema="1") == []


def test_cause_fault_and_goods_keys_are_late_and_of_version_2_only() -> None:
    """Keys that no rounds' typed key names yet: unscored where a key names none of them."""
    keys = {"failures_by_cause", "units_at_fault", "goods_found", "goods_sold_value"}
    assert keys <= set(get_args(StatMetric))
    assert keys <= STAT_METRICS_LATE and keys <= STAT_METRICS_V2_ONLY


def _found(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"])
            for s in area_items(HEADER + body, "supervision", "stats", schema)
            if s.get("metric") == "goods_found"]


def test_goods_found_bearing_a_mark_or_a_quoted_name() -> None:
    """发现 up to a count of goods in its clause, the goods bearing a mark (标有, 假冒) or a
    quoted name before the count or right after it; a further count joined by 和."""
    assert _found("执法人员在其仓库内发现标有“青山”商标的电水壶36台，当事人无法提供授权。\n") == [
        (36, "台")]
    assert _found("现场发现“白塔”牌矿泉水20箱和8箱“白塔”牌苏打水。\n") == [(20, "箱"), (8, "箱")]
    assert _found("检查中发现30袋假冒复合肥。\n") == [(30, "袋")]


def test_no_goods_found_when_seized_or_not_goods() -> None:
    """A seizure in the clause makes them goods seized; hazards, equipment and unmarked goods
    are none; version 1 has none."""
    for body in ("现场发现并查扣标有“青山”商标的电水壶36台。\n",
                 "检查中发现未办理使用登记的“甲型”设备12台。\n",
                 "在仓库内发现电水壶36台。\n"):
        assert _found(body) == [], body
    assert _found("检查中发现30袋假冒复合肥。\n", schema="1") == []


def _sold(body: str, schema: str = "2") -> list[tuple[Any, ...]]:
    return [(s["value"], s["unit"])
            for s in area_items(HEADER + body, "supervision", "stats", schema)
            if s.get("metric") == "goods_sold_value"]


def test_what_a_case_s_goods_sold_for() -> None:
    """A sales' name and its sum in 元 or 万元, in a sentence that tells a case before it."""
    assert _sold("经查，当事人共销售该批不合格插座240个，销售金额3360元。\n") == [(3360, "元")]
    assert _sold("当事人销售假冒水泵的含税销售额共计12.5万元。\n") == [(12.5, "万元")]


def test_no_sales_of_a_firm_a_year_or_a_plan() -> None:
    """A firm's or a year's turnover, a sentence of no case, and version 1 give none."""
    for body in ("当事人所在企业去年实现销售额3200万元。\n",
                 "全县名牌企业年销售额达到45亿元。\n",
                 "该店本月销售金额5000元。\n"):
        assert _sold(body) == [], body
    assert _sold("经查，当事人销售金额3360元。\n", schema="1") == []
