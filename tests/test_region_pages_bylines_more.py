"""Five more stories for each of the byline's and the roll's rules, written after the rules in
other forms (other brackets, orders, scripts, a longer roll) to check they hold beyond the
first tests (pages written for the test, with made-up people and events)."""

from __future__ import annotations

import pytest

from qsreport import parse


def page_region(title: str, body: str) -> str | None:
    markup = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
              f"<h1>{title}</h1><p class='info'>2025-06-02 08:00</p>"
              f"<div class='story'>{body}</div></body></html>")
    return parse(markup.encode()).meta.region


TAIL = "<p>主辦單位表示，明年將擴大舉辦，並邀請更多學校參與。</p>"


@pytest.mark.parametrize(("story", "region"), [
    ("<p>［記者黃某／屏東報導］屏東縣一所國小昨天舉辦科學營，吸引百名學童參加。</p>" + TAIL, "屏東縣"),
    ("<p>苗栗縣一所國小昨天舉辦科學營，百名學童參加。</p>" + TAIL + "<p>（記者吳某／苗栗報導）</p>", "苗栗縣"),
    ("<p>【記者許某、蔡某／彰化報導】彰化縣一所國小昨天舉辦科學營。</p>" + TAIL, "彰化縣"),
    ("<p>记者郑某/南投报道</p><p>南投县一所小学昨天举办科学营，吸引百名学童参加。</p>" + TAIL, "南投县"),
    ("<p>（中央社記者簡某基隆2日電）一所國小昨天舉辦科學營，基隆市府到場致意。</p>" + TAIL, "基隆"),
])
def test_five_more_bylines_and_datelines(story: str, region: str) -> None:
    """Other brackets, a credit on its own closing line, two reporters, simplified script, an
    agency's dateline with its reporter: the place filed from, named in the story."""
    assert page_region("國小科學營", story) == region


ASKED = "<p>{lead}</p><p>专家建议，尽快出台统一的国家标准，规范市场秩序。</p>"


@pytest.mark.parametrize("lead", [
    "记者日前致电工业和信息化部、国家市场监督管理总局、江苏省南京市市场监督管理局、中国标准化研究院，各方均表示正在调研。",
    "截至发稿，国家发改委、生态环境部、广州市市场监管局均未回复采访。",
    "本报记者联系了国家卫健委、中国疾控中心、成都市武侯区市场监管局、中国营养学会等机构，答复不一。",
    "对此，商务部、海关总署、厦门市市场监督管理局、国家认监委、中国检验认证集团均未作出正面回应。",
    "记者先后联系合肥市市场监管局、国家市场监督管理总局、交通运输部，对方均称尚在研究。",
])
def test_five_more_rolls_of_mostly_national_bodies(lead: str) -> None:
    """Other verbs of asking, the local office first, last or between, a roll of five: none."""
    assert page_region("新型充电设备标准迟迟未出", ASKED.format(lead=lead)) is None
