"""Money put up for an inspection body, its purpose told after the sum (…用于检验所搬迁,
…经费投入到检测仪器更新, …拨付到实验室账户), money spent on a body (斥资…新建…实验室) and
money its building received (基地建设…获得…资金支持) are the body's investment; a sum put up
for other work is not. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _money(body: str) -> list[tuple[str, str, float]]:
    text = f"本地新闻\n发布时间：2031-06-12  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["metric"], s["body"], s["value"]) for s in report["capacity"]["stats"]]


def test_a_sum_raised_for_a_body_is_its_investment() -> None:
    """筹集…用于检验所搬迁: the institute's."""
    assert ("investment", "institution", 250) in _money(
        "戊县产品质量检验所明年迁往新区，县里为此筹集了250万元用于检验所搬迁。")


def test_a_sum_put_into_instruments_is_invested() -> None:
    """…经费投入到检测仪器更新: invested, in a report about a provincial centre."""
    assert ("investment", "provincial_centre", 650) in _money(
        "乙省饲料质量监督检验中心设在庚市。该中心本年度有650万元经费投入到检测仪器更新。")


def test_a_sum_paid_into_a_laboratorys_account_is_invested() -> None:
    """…已拨付到实验室账户: the laboratory's."""
    assert ("investment", "laboratory", 120) in _money(
        "壬区食品快检实验室开始装修，首期款项中有120万元已拨付到实验室账户。")


def test_money_a_bases_building_received_is_invested() -> None:
    """检测基地建设先后获得…资金支持: the base's."""
    assert ("investment", "base", 90) in _money(
        "癸市检测基地去年奠基，检测基地建设先后获得省局90万元资金支持。")


def test_money_spent_on_a_laboratory_is_the_laboratorys() -> None:
    """斥资…新建…实验室: the laboratory named after the sum, not the institute that spent it."""
    assert ("investment", "laboratory", 1200) in _money(
        "丁县质检所斥资1200万元新建一座纤维检验实验室。")


def test_a_sum_put_up_for_rewards_is_no_investment() -> None:
    """拿出…奖励…: a reward, in a report that names a centre."""
    stats = _money("壬市检测中心本月挂牌。市政府今年拿出300万元奖励获得质量奖的企业。")
    assert not [s for s in stats if s[0] == "investment"]
