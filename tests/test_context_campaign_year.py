"""Schema 2's period from a year glued after a campaign's name (“某某行动2031”): the campaign's
year dates the figures it reaches, as 2031年 would, unless the campaign's own sentence tells
its dates as a span before the name. Every text here is written for the test."""

from __future__ import annotations

from .report_helpers import periods


def test_a_campaign_s_glued_year_dates_its_figures() -> None:
    """在“清风行动2031”中，…检查…: the campaign's year, in an undated report."""
    text = ("执法简讯\n"
            "在“清风行动2031”中，甲市执法人员检查经营户5000户，查办案件300件。\n")
    assert periods(text, "supervision").get(300) == "2031"


def test_a_campaign_s_dates_told_before_its_name_give_the_span() -> None:
    """从2030年11月到2031年2月，…组织“护农行动2031”，…: the span its sentence tells."""
    text = ("执法简讯\n"
            "从2030年11月到2031年2月，乙县组织“护农行动2031”，其间立案250件，罚没款80万元。\n")
    assert periods(text, "supervision").get(250) == "2030-2031"
