"""Supervision: a headline rate that rounds the body's rate is that rate, once."""

from __future__ import annotations

from .report_helpers import report_json


def test_a_headline_rate_rounding_the_bodys_is_one_figure() -> None:
    """A headline's 97% over the body's 97.26% gives the body's rate only."""
    text = ("某县电线电缆抽检合格率达97%\n发布日期：2013-04-08  来源：测试日报\n"
            "县质监局近日公布一季度监督抽查结果，全县电线电缆产品抽检合格率达97.26%。\n")
    report = report_json(text)
    rates = [(s["metric"], s["value"]) for s in report["supervision"]["stats"]]
    assert rates == [("pass_rate", 97.26)]
