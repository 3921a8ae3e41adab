"""A pager printed in the article's block (上一页 | 下一页, [上一篇] [下一篇], 返回目录) is no line
of the report, above it or under it. Pages and lines written for the test."""

from __future__ import annotations

import pytest

from qsreport.html.pager import drop_pagers

from .page_helpers import page, read

TEXT = ["青石县今年新修水渠十二公里，灌溉面积扩大到三万亩。",
        "县水利局表示，明年还将改造老旧泵站八座，让更多农田旱涝保收。"]


@pytest.mark.parametrize(
    "pager",
    ["上一页 下一页", "[上一篇] [下一篇]", "返回目录", "返目录\ue5e5下一页",
     "第1页/共3页 << 上一页 | 下一页 >>", "|<<123下一页>>|"],
)
def test_a_pager_line_is_dropped(pager: str) -> None:
    assert drop_pagers([pager, *TEXT, pager]) == TEXT


@pytest.mark.parametrize(
    "line",
    ["上一篇：青石县新修水渠十二公里",  # names the story it links to: the tail's to judge
     "请看下一页的表格，列出了各乡镇的水渠长度。",  # a sentence of the report
     "1 2 3"],  # digits alone: a table's row, not a pager
)
def test_other_lines_stay(line: str) -> None:
    assert drop_pagers([*TEXT, line]) == [*TEXT, line]


def test_a_book_pages_pager_is_left_out_of_the_page_text() -> None:
    markup = page("<title>水渠修到田边</title>",
                  "<div class='content'><h1>水渠修到田边</h1><p>返回目录</p>"
                  + "".join(f"<p>{line}</p>" for line in TEXT) + "<p>返回目录 | 下一页</p></div>")
    lines, _ = read(markup)
    assert lines == ["水渠修到田边", *TEXT]
