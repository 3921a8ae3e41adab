"""A page's publish line that glues its 来源 to the next field's label (来源：某某网作者：王某,
来源：某某学院发布时间：…): the name before the label is the publisher. Pages written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse

from .page_helpers import page

BODY = ("<p>青禾市今年新建改建农村公路三百公里，沿线二十个乡镇通上了公交。</p>"
        "<p>市交通运输局表示，明年还将新建公路二百公里，沿线村民出行时间平均缩短一半。</p>")


def _meta(info: str) -> tuple[str | None, str | None]:
    markup = page("<title>青禾农村公路通到家门口</title>",
                  f"<div class='article'><h1>青禾农村公路通到家门口</h1>"
                  f"<p class='info'>{info}</p>{BODY}</div>")
    meta = parse(markup.encode()).meta
    return meta.date, meta.source


@pytest.mark.parametrize(
    ("info", "source"),
    [
        ("2023-06-18 09:30:12来源： 青禾在线作者：林一,王二", "青禾在线"),
        ("2023-06-18 09:30来源：青禾晚报网作者：林一责任编辑：王二", "青禾晚报网"),
        ("来源：青禾之窗责编：林一 2023-06-18", "青禾之窗"),
        ("2023-06-18 09:30 来源：青禾日报 作者：林一", "青禾日报"),  # spaced, as before
        ("作者：林一来源：青禾学院发布时间：2023-06-18", "青禾学院"),  # the publish time's label
        ("来源：青禾之窗发布日期：2023-06-18 09:30", "青禾之窗"),
    ],
)
def test_a_source_glued_to_the_next_label_names_the_publisher(info: str, source: str) -> None:
    assert _meta(info) == ("2023-06-18", source)


def test_an_empty_source_before_a_label_names_none() -> None:
    """来源：作者：林一 — the 来源 is empty, not the label after it."""
    assert _meta("2023-06-18 09:30 来源：作者：林一") == ("2023-06-18", None)


def test_a_publisher_whose_name_holds_a_label_s_word_keeps_it() -> None:
    """来源：青禾新闻发布中心 — 发布 with no time label and colon after it is the name's own."""
    assert _meta("来源：青禾新闻发布中心 2023-06-18 09:30") == ("2023-06-18", "青禾新闻发布中心")
