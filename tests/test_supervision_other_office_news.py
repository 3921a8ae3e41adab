"""Another office's work is left out of a quality bureau's report, but a report that names no
quality bureau at all is that office's own news, and its figures are the report's. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _stats(title: str, body: str) -> list[tuple[str, float]]:
    text = f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["value"]) for s in report["supervision"]["stats"]]


def test_an_offices_own_news_keeps_its_figures() -> None:
    """丁县工商局…开展质量抽查，检查经营户36户，抽检75批次: no quality bureau named, so the
    office's check is the report's own."""
    got = _stats("丁县：玩具等9批次商品抽查不合格",
                 "丁县工商局近期在县城各超市开展玩具、箱包商品质量抽查，检查经营户36户，"
                 "抽检商品75批次，合格66批次，不合格9批次。")
    assert ("enterprises_inspected", 36) in got
    assert ("batches_sampled", 75) in got


def test_another_offices_work_in_a_bureaus_report_stays_out() -> None:
    """In a quality bureau's report, a sentence that opens on 县工商部门 is that office's."""
    got = _stats("乙县质监局开展节前检查",
                 "乙县质监局日前开展节前产品质量检查，共检查企业23家。"
                 "县工商部门共检查经营户327户。")
    assert ("enterprises_inspected", 23) in got
    assert ("enterprises_inspected", 327) not in got


def _actions(title: str, body: str) -> list[str]:
    text = f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_campaign_word_as_the_focus_of_other_work_is_no_campaign() -> None:
    """以打击…为重点: the campaign's words name the focus of the work, no campaign."""
    got = _actions("丙省公安机关通报去年工作",
                   "去年，丙省公安机关以打击制售假冒伪劣种子、化肥等犯罪活动为重点，"
                   "破获此类案件共96起。")
    assert "anti_counterfeiting" not in got


def test_a_campaign_carried_out_is_still_read() -> None:
    """开展打击制售假冒伪劣商品专项行动: a campaign carried out, not a focus."""
    got = _actions("丁县质监局开展打假行动",
                   "丁县质监局日前开展打击制售假冒伪劣商品专项行动，共查处案件8起。")
    assert got
