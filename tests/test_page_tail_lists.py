"""The foot of an article: a list of related stories under its heading, a one-line
recommendation, a prompt to a forum, a pager, and a link back to the site glued to a line
(pages written for the test)."""

from __future__ import annotations

from qsreport.html.tail import trim_tail

from .page_helpers import page, read

BODY = ["白沙县召开质量工作会议，部署今年质量提升行动。",
        "会议通报了去年全县产品抽查情况，合格率较上年提高两个百分点。",
        "会议要求各乡镇加强对小作坊的日常监管，确保不发生区域性质量问题。"]


def test_a_related_list_under_its_heading_ends_the_article_however_long() -> None:
    """相关新闻 on a line of its own, then many stories each with a summary and a date: all
    of it goes, the report's lines stay."""
    related = []
    for day in range(1, 16):
        related += [f"东湖镇第{day}期农民培训班开班", "本期培训围绕果树管理展开。【详细】",
                    f"图片频道 2024-05-{day:02d} 09:30:00"]
    assert trim_tail([*BODY, "相关新闻", *related]) == BODY
    assert trim_tail([*BODY, "相关稿件：", *related]) == BODY


def test_a_related_heading_among_the_first_lines_is_not_cut_there() -> None:
    """A heading near the article's top is no list at its foot."""
    lines = ["推荐阅读", *BODY]
    assert trim_tail(lines) == lines


def test_a_one_line_recommendation_a_forum_prompt_and_a_pager_are_dropped() -> None:
    """推荐阅读：<a story's headline>, 进入【某某论坛】讨论 and a pager at the foot are furniture."""
    assert trim_tail([*BODY, "推荐阅读：白沙交警：六月起整治电动车违法行为"]) == BODY
    assert trim_tail([*BODY, "进入【白沙财经论坛】讨论"]) == BODY
    assert trim_tail([*BODY, "首页 | 上一页 1 下一页 | 尾页"]) == BODY


def test_a_link_back_to_the_site_glued_to_a_line_is_cut_from_it() -> None:
    """返回某某，查看更多 after the credit line, with the editor's line below it, leaves the
    credit whole."""
    lines, _ = read(page(
        "<title>白沙县召开质量工作会议_白沙网</title>",
        "<div class='story'><h1>白沙县召开质量工作会议</h1><p>2024年5月13日 10:20</p>"
        + "".join(f"<p>{line}</p>" for line in BODY[:3])
        + "<p>（本文来源：白沙日报）<a href='/'><span>返回白沙网，查看更多</span></a></p>"
        "<p>责任编辑：</p></div>"))
    assert "（本文来源：白沙日报）" in lines
    assert not any("查看更多" in line for line in lines)
    assert trim_tail([*BODY[:3], "会议号召全县上下共同努力。返回白沙网首页>>"]) \
        == [*BODY[:3], "会议号召全县上下共同努力。"]


def test_a_sentence_that_opens_on_a_back_word_is_kept() -> None:
    """返回 inside the report's own sentence is no link back (it does not end on 查看更多 or
    首页)."""
    lines = [*BODY[:3], "考察组随后返回县城，听取了工作汇报。"]
    assert trim_tail(lines) == lines


def test_the_editor_s_line_at_the_foot_goes_with_the_furniture_above_it() -> None:
    """【纠错】, a loading prompt and 责任编辑：… under them are all the page's, not the report's;
    a source's line under them, which credits the publisher, stays."""
    assert trim_tail([*BODY, "【纠错】", "正在加载", "责任编辑：林一"]) == BODY
    assert trim_tail([*BODY, "【责编：林一】"]) == BODY
    assert trim_tail([*BODY, "【纠错】", "责任编辑：林一", "来源：白沙日报"]) == [*BODY, "来源：白沙日报"]


def test_an_editor_s_sign_glued_to_the_last_paragraph_is_cut_from_it() -> None:
    """责任编辑：某某 printed on the last paragraph's line, after a space, leaves the paragraph
    whole; an editor named inside a sentence of the report stays."""
    assert trim_tail([*BODY[:2], BODY[2] + " 责任编辑：林一"]) == BODY
    assert trim_tail([*BODY[:2], BODY[2] + " （责编：林一）"]) == BODY
    told = "会上，报社责任编辑：林一介绍了专栏的安排，并请读者来信提出意见。"
    assert trim_tail([*BODY, told]) == [*BODY, told]


def test_an_investment_disclaimer_at_the_foot_is_furniture() -> None:
    """A site's notice that its pages give no investment advice (…不构成…投资建议…风险自担) ends
    no report."""
    notice = "提示：青禾财经所载内容只作一般参考，并不构成任何投资建议，读者据此操作者风险自担。"
    assert trim_tail([*BODY[:3], notice]) == BODY[:3]


def test_a_report_s_last_line_above_the_editor_s_line_stays() -> None:
    """Only furniture goes from above the editor's line: the report's own last line ends the
    run."""
    assert trim_tail(BODY) == BODY


def test_a_related_heading_above_the_report_s_first_paragraph_cuts_nothing() -> None:
    """推荐阅读 after the headline and publish lines but before any paragraph of the report (a
    sidebar inside the article's block) is no list at its foot."""
    lines = ["白沙县召开质量工作会议", "2024-05-13 10:20", "来源：白沙日报", "推荐阅读", *BODY]
    assert trim_tail(lines) == lines
