"""Pages whose ``<title>`` names no headline: a forum's name (and its board's) that the
breadcrumb gives too, or a template's placeholder (显示). Pages written for the test."""

from __future__ import annotations

from qsreport.html import read_html
from qsreport.segmenting.metaline import PageHead

POST = ("<p>上周末我带家人去城北新开的湿地公园走了一圈，停车方便，步道干净，孩子们玩得很开心。"
        "园里的志愿者讲解了候鸟的习性，还提醒游客不要投喂。</p>"
        "<p>唯一不足是饮水点太少，建议管理方在入口和观景台各加一处。</p>")


def _read(title: str, body: str) -> tuple[list[str], PageHead]:
    text, found = read_html(f"<html><head><title>{title}</title></head><body>{body}</body></html>")
    assert found is not None
    return text.split("\n"), found


def _forum(title: str, subject_row: str, author_row: str) -> tuple[list[str], PageHead]:
    return _read(title, (
        "<table><tr><td>嘉禾论坛 &gt; 生活版区 &gt; 周末去哪儿</td></tr>"
        "<tr><td>[精华区] 版主：[申请版主]</td></tr></table>"
        f"<table><tr><td>{subject_row}</td></tr><tr><td>{author_row}</td></tr>"
        f"<tr><td class='post'>{POST}</td></tr></table>"))


def test_a_forum_s_name_as_title_gives_way_to_the_subject_above_the_post() -> None:
    """<title> is the forum's name, the breadcrumb's first part: the subject in the cell above
    the post (the poster's name between them) is the headline."""
    lines, head = _forum("嘉禾论坛", "城北湿地公园一日游小记(原创)", "林小山")
    assert lines[0] == "城北湿地公园一日游小记(原创)"
    assert head.found is not None
    assert head.found["title"] == "the line above the article, <title> the breadcrumb's names"


def test_a_subject_label_and_an_author_time_line_are_passed_over() -> None:
    """主题：… above 作者：… 时间：…, <title> the forum's name and a placeholder (:: null)."""
    lines, head = _forum("嘉禾论坛 :: null", "主题： 城北湿地公园值得带孩子去吗？",
                         "作者：林小山 时间：2011-05-08 10:20:30")
    assert lines[0] == "城北湿地公园值得带孩子去吗？"
    assert head.date == "2011-05-08"


def test_a_title_that_is_no_part_of_the_breadcrumb_stays_the_headline() -> None:
    """A <title> naming something the breadcrumb does not (the headline itself) is kept."""
    lines, _ = _forum("湿地公园新增两处饮水点", "城北湿地公园一日游小记(原创)", "林小山")
    assert lines[0] == "湿地公园新增两处饮水点"


def test_a_title_that_is_the_breadcrumb_s_last_part_stays_the_headline() -> None:
    """A breadcrumb that ends on the headline (首页 > 动态 > 标题) does not make <title> a name."""
    lines, _ = _read("城北湿地公园新增两处饮水点", (
        "<div>首页 &gt; 园区动态 &gt; 城北湿地公园新增两处饮水点</div>"
        f"<div>本报记者 林小山 通讯员 王小河</div><div class='post'>{POST}</div>"))
    assert lines[0] == "城北湿地公园新增两处饮水点"


def test_a_placeholder_title_gives_way_to_the_article_s_first_line() -> None:
    """<title>显示</title> (a template's show page): the short line that opens the article is
    the headline, the author's name and the text under it."""
    lines, head = _read("显示", (
        "<p align='center'><strong>湿地漫步记(上)</strong></p><hr>"
        f"<p>林小山<br><br>{POST}</p>"))
    assert lines[0] == "湿地漫步记(上)"
    assert head.found is not None
    assert head.found["title"] == "the article's first line, <title> a placeholder"


def test_a_placeholder_title_over_a_sentence_gives_no_headline() -> None:
    """The article's first line is a sentence: no headline is made of it."""
    _, head = _read("显示", f"<div>{POST}</div>")
    assert not head.headline
