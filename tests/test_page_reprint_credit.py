"""A reprint on a portal: a widget's caption (推荐阅读) dropped into the story's text, and the
paper it was taken from credited alone on a line at its foot (转自《某某报》). Pages and lines
written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.html.tail import trim_tail

from .page_helpers import page

STORY = ["青禾市今年共抽查食品样品两千批次，总体合格率达到百分之九十七。",
         "抽查发现的问题主要集中在微生物超标和食品添加剂超范围使用。",
         "市市场监管局已对不合格产品的生产者依法立案查处。",
         "下一步，该局将加大对校园周边小作坊的抽查力度。它还将公布每季度的抽查结果。"]


def test_a_caption_over_a_paragraph_of_the_story_goes_alone() -> None:
    """推荐阅读 with a paragraph of two sentences under it: the caption goes, the story stays."""
    assert trim_tail([*STORY[:3], "推荐阅读", STORY[3]]) == STORY


def test_a_related_heading_over_headlines_still_ends_the_article() -> None:
    headlines = ["青禾市启动秋季农资打假行动", "东湖镇开展电梯安全检查。"]
    assert trim_tail([*STORY, "推荐阅读", *headlines]) == STORY


def test_a_paper_credited_alone_at_the_foot_is_the_publisher() -> None:
    """来源：转载文章 under the headline names nobody; 转自《某某报》 at the foot names the paper."""
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    markup = page("<title>青禾食品抽检合格率达九成七</title>",
                  f"<div class='art'><h1>青禾食品抽检合格率达九成七</h1>"
                  f"<p>2005-01-06 08:13 来源：转载文章</p>{paragraphs}<p>转自《青禾晨报》</p></div>")
    assert parse(markup.encode()).meta.source == "青禾晨报"


def test_a_book_named_in_a_sentence_at_the_foot_is_no_credit() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in STORY)
    markup = page("<title>青禾食品抽检合格率达九成七</title>",
                  f"<div class='art'><h1>青禾食品抽检合格率达九成七</h1><p>2005-01-06 08:13</p>"
                  f"{paragraphs}<p>文中数据摘自《青禾统计年鉴》，与市局公布的数字一致。</p></div>")
    assert parse(markup.encode()).meta.source is None
