"""Schema 2: a plan's goals are targets however they are worded, when the plan says so by
its shape: a heading of goals over them, or a deadline whose year the page dropped (到年，).
Every text here is written for the test."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items

UNDATED = "某局关于推进标准化工作的意见\n"


def standards(text: str, field: str) -> list[dict[str, Any]]:
    return area_items(UNDATED + text, "standards", field)


def test_figures_under_a_heading_of_goals_are_targets() -> None:
    """一、工作目标 then a paragraph of counts: each count is a goal, and a rate's flag says so."""
    text = ("各县区人民政府：\n现就加强甲省标准化工作提出如下意见。\n一、工作目标\n"
            "五年内，全省新制定地方标准150项、行业标准60项，重点企业采标率达到75%以上。\n"
            "二、主要措施\n加强组织领导。\n")
    counts = standards(text, "counts")
    assert {c["value"] for c in counts} >= {150, 60}
    assert all(c["status"] == "target" for c in counts)
    rates = standards(text, "rates")
    assert [(r["value"], r["status"], r["target"]) for r in rates] == [(75, "target", True)]


def test_a_numbered_heading_of_main_goals_in_brackets_works_too() -> None:
    """（一）主要目标 and its colon: the same section of goals."""
    text = "一、总体要求\n（一）主要目标：\n到期末，乙市制修订地方标准40项。\n（二）基本原则\n坚持市场主导。\n"
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts] == [(40, "target")]


def test_the_next_heading_ends_the_goals() -> None:
    """A count told under the heading after the goals is work done, not a goal."""
    text = ("一、工作目标\n建成标准体系。\n二、工作进展\n"
            "丙县去年制定地方标准12项。\n")
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts] == [(12, "achieved")]


def test_a_heading_that_reports_goals_met_is_no_plan() -> None:
    """一、目标完成情况: the heading is not the whole goals' heading, its counts are done."""
    text = "一、目标完成情况\n丁市制定地方标准18项。\n"
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts] == [(18, "achieved")]


def test_a_sentence_under_the_goals_that_tells_work_done_stays_achieved() -> None:
    """目前…已: background under the heading of goals is no goal."""
    text = "一、发展目标\n目前全省已制定地方标准300项。\n"
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts] == [(300, "achieved")]


def test_a_deadline_without_its_year_makes_goals() -> None:
    """到年，… with the year's digits missing: the figures after it in its sentence are goals."""
    text = "《意见》明确，到年，戊市企业主导制定国家标准30项以上，产品采标率达到88%以上。\n"
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts] == [(30, "target")]
    rates = standards(text, "rates")
    assert [(r["value"], r["target"]) for r in rates] == [(88, True)]


def test_a_blank_deadline_reaches_no_further_than_its_sentence() -> None:
    """The next sentence's work done (去年…) is no goal of the blank deadline before it."""
    text = ("《规划》提出，到年，庚市主导制定国家标准30项以上。"
            "庚市去年制定地方标准12项，参与制定行业标准4项。\n")
    counts = standards(text, "counts")
    assert [(c["value"], c["status"]) for c in counts if c["value"] in (30, 12)] == [
        (30, "target"), (12, "achieved")]
