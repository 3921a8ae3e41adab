"""A publisher named only in the body: a byline crediting a paper and its app together (某某日报·
某某客户端记者 王某), under the headline or at the foot, and a wire's dispatch a paper prints
(据某某社某地电). Pages and reports written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.segmenting import segment

from .page_helpers import page

LEAD = "<p>青禾市今年新建改建农村公路三百公里，沿线二十个乡镇通上了公交。</p>"
MORE = "<p>市交通运输局表示，明年还将新建公路二百公里。</p><p>沿线村民出行时间平均缩短一半。</p>"


def _source(body: str) -> str | None:
    markup = page("<title>青禾农村公路通到家门口_青禾在线</title>",
                  f"<div class='article'><h1>青禾农村公路通到家门口</h1>"
                  f"<p class='info'>2023-06-18 09:30</p>{body}</div>")
    return parse(markup.encode()).meta.source


@pytest.mark.parametrize(
    ("byline", "source"),
    [
        ("青禾云·青禾晚报记者 林一/文", "青禾晚报"),  # the paper, though its app comes first
        ("青禾日报·青禾客户端记者 林一 通讯员 王二", "青禾日报"),
        ("青禾网·青禾客户端记者 林一", "青禾网"),  # no paper: the first name
    ],
)
def test_a_byline_joining_a_paper_and_its_app_names_the_paper(byline: str, source: str) -> None:
    assert _source(f"<p>{byline}</p>{LEAD}{MORE}") == source


def test_the_joined_byline_at_the_foot_names_the_paper() -> None:
    """整合 某某日报·某某客户端记者 王某 closing a round-up credits the paper."""
    assert _source(f"{LEAD}{MORE}<p>整合 青禾日报·青禾客户端记者 林一</p>") == "青禾日报"


def test_a_reporter_told_in_prose_is_no_byline() -> None:
    """某某告诉某某网·某某晚报记者，… is a sentence of the story, not a byline: the paper it
    names is no publisher (the site's own name in <title> is, as the last resort)."""
    told = "<p>村民王大姐告诉青禾云·青禾晚报记者，公交通了以后进城方便多了。</p>"
    assert _source(f"{LEAD}{told}{MORE}") == "青禾在线"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        ("据青禾社临川电（记者 林一）青禾市今年新建农村公路三百公里。", "青禾社"),
        ("据青禾社电 青禾市今年新建农村公路三百公里。", "青禾社"),
        ("据青禾新闻社临川6月17日电 青禾市今年新建农村公路三百公里。", "青禾新闻社"),
        ("青禾县农民合作社电商销售额今年翻了一番。", None),  # 电商, not a dispatch
    ],
)
def test_a_paper_printing_a_wire_s_dispatch_names_the_wire(lead: str, source: str | None) -> None:
    text = f"青禾农村公路通到家门口\n{lead}\n"
    assert segment(text, match_view(text)).header.source == source
