"""Campaign families read by ``supervision_actions`` (wave 10): a title led by 自 (since) or
by a verb (按, 做好, 落实) keeps only its name, and a campaign told again shorter, a qualifier
left out, is the same campaign. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.extract.supervision_actions_names import same_campaign

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2031-11-21  来源：测试晚报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_campaign_led_by_since_is_not_counted_again() -> None:
    """自专项整治行动开始: a back reference to the campaign named before, not a second one."""
    got = _actions("丁区整治农贸市场电子秤",
                   "今年3月起，丁区市场监管局在辖区开展了农贸市场电子秤专项整治行动。"
                   "自专项整治行动开始至6月底，该局共检查摊位400余个，查扣作弊电子秤31台。")
    assert [k for k, _ in got].count("special_rectification") == 1
    assert all(not title.startswith("自") for _, title in got)


def test_a_title_does_not_take_the_verb_before_it() -> None:
    """按…行动方案 and 做好…整治: the verb before a campaign's name is no part of it."""
    got = _actions("戊县部署燃气安全工作",
                   "戊县市场监管局表示，下一步将按液化气钢瓶集中整治行动方案的要求加强监管，"
                   "并认真做好燃气灶具专项排查整治的收尾工作。")
    assert all(not title.startswith(("按", "做好")) for _, title in got)


def test_a_title_does_not_take_the_verb_that_issues_its_plan() -> None:
    """制定并印发…行动方案, 出台…整治方案: issuing a campaign's plan is no part of its name, and
    the campaign so named again, a qualifier left out, is the one carried out."""
    got = _actions("己市推进燃气具整治",
                   "今年4月以来，己市在全市开展燃气灶具质量隐患专项整治行动，查处案件9起。"
                   "其间，市局制定并印发燃气灶具隐患专项整治行动实施方案，明确分工。")
    assert got == [("special_rectification", "燃气灶具质量隐患专项整治行动")]
    got = _actions("庚县整治电动车头盔市场",
                   "庚县市场监管局开展头盔质量专项整治行动以来，检查门店80家。"
                   "该局还出台头盔专项整治行动方案，细化措施。")
    assert [kind for kind, _ in got] == ["special_rectification"]
    assert all(not title.startswith(("印发", "制定", "出台")) for _, title in got)


def test_a_campaign_told_again_shorter_is_one() -> None:
    """A second mention that leaves a qualifier out between the lead and the head word."""
    assert same_campaign("肉品质量安全整治", "肉品安全整治")
    assert same_campaign("燃气锅炉排查整治", "燃气锅炉整治")
    assert same_campaign("农资质量提升", "农资品牌质量提升")


def test_campaigns_of_other_subjects_stay_apart() -> None:
    """Near miss: other leads or other head words name other campaigns."""
    assert not same_campaign("肉品安全整治", "乳品安全整治")
    assert not same_campaign("燃气锅炉整治", "燃气锅炉检验")
