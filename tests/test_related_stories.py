"""A list of other stories saved with a page's text (a heading such as 相关新闻 or 【延伸阅读】 and
the headlines under it) is page furniture: none of its figures is the report's."""

from __future__ import annotations

import pytest

from qsreport.cleaning import clean, match_view
from qsreport.segmenting import segment
from qsreport.segmenting.related import is_related_heading
from qsreport.segmenting.spans import Segment

from .report_helpers import picked

_HEAD = "甲市开展电动自行车质量抽检\n2021年3月2日 来源：甲市日报\n"
_LEAD = "甲市市场监管局近日对辖区电动自行车开展质量抽检，共抽检40批次，合格36批次。\n"
_OWN = [("batches_sampled", 40, "批次"), ("batches_passed", 36, "批次")]
_FIELDS = ("metric", "value", "unit")


def _heading(line: str) -> bool:
    view = match_view(line)
    return is_related_heading(view, Segment(0, len(view)))


@pytest.mark.parametrize("line", [
    "延伸阅读", "相关新闻：", "推荐阅读:", "热点推荐", "相关链接", "更多新闻>>", "▲相关阅读",
    "相关新闻 更多>>", "新闻推荐", "【延伸阅读】丙市抽检电热毯12批次", "相关阅读：丁县查处问题灯具",
    "相關閱讀：", "【延伸閱讀】丙市抽檢暖風機", "相關連結", "熱點推薦",
])
def test_headings_of_a_list_of_other_stories(line: str) -> None:
    """The heading alone, bracketed, with a link to more or with a headline after its mark, in
    either script."""
    assert _heading(line)


@pytest.mark.parametrize("line", [
    "相关报道称，乙县今年共抽检化肥14批次。",
    "相关新闻发布会上，某局通报了抽检结果",
    "延伸阅读让读者了解更多",
    "相关阅读：乙县今年共抽检农药9批次，合格8批次。",
])
def test_a_sentence_that_opens_on_the_words_is_no_heading(line: str) -> None:
    """A sentence that opens on the words, or tells its news after the heading's colon to a
    full stop, is body text."""
    assert not _heading(line)


def test_the_headlines_under_the_heading_are_no_paragraphs() -> None:
    """The heading and the headlines under it are left out of the body's paragraphs, up to
    the text's end."""
    text = clean(_HEAD + _LEAD + "延伸阅读\n丙市抽检电热毯12批次 3批次不合格\n丁县查处问题灯具200件\n").text
    layout = segment(text, match_view(text))
    assert [text[p.start:p.end] for p in layout.paragraphs] == [_LEAD.strip()]


def test_no_figure_of_a_list_of_other_stories() -> None:
    """The headlines' counts are other stories': only the report's own are read."""
    text = _HEAD + _LEAD + "延伸阅读\n丙市抽检电热毯12批次 3批次不合格\n丁县查处问题灯具200件\n"
    assert picked(text, "supervision", "stats", _FIELDS) == _OWN


def test_headlines_glued_to_their_headings_in_traditional_script() -> None:
    """A traditional page's 【延伸閱讀】 lines, each with its headline, and the lines under
    them, are furniture too."""
    text = ("甲市開展暖風機質量抽檢\n2021年3月2日 來源：甲市日報\n"
            "甲市市場監管局近日對暖風機開展質量抽檢，共抽檢25批次，合格22批次。\n"
            "【延伸閱讀】丙市抽檢電熱毯 7款不合格\n【延伸閱讀】丁縣抽檢頭盔 9款標示不符\n"
            "相關新聞\n戊區查獲問題玩具300件\n")
    assert picked(text, "supervision", "stats", _FIELDS) == [
        ("batches_sampled", 25, "批次"), ("batches_passed", 22, "批次")]


def test_a_heading_over_a_paragraph_of_the_report_goes_alone() -> None:
    """A heading that opens a real section (相关链接 over a paragraph of prose) ends at that
    paragraph: its figures are the report's."""
    text = (_HEAD + _LEAD + "相关链接\n乙县去年也对电动自行车做过抽检，共抽检18批次，合格15批次。\n"
            "下一步，该局将继续加强监管。\n")
    assert picked(text, "supervision", "stats", _FIELDS) == [
        *_OWN, ("batches_sampled", 18, "批次"), ("batches_passed", 15, "批次")]


def test_a_body_sentence_that_mentions_related_news_keeps_its_figures() -> None:
    """A sentence of the report that opens on 相关报道 is no heading, nor the line after it
    a headline."""
    text = (_HEAD + _LEAD + "相关报道称，乙县今年共抽检电动自行车14批次，合格11批次。\n"
            "丙县抽检头盔9批次\n")
    assert picked(text, "supervision", "stats", _FIELDS) == [
        *_OWN, ("batches_sampled", 14, "批次"), ("batches_passed", 11, "批次"),
        ("batches_sampled", 9, "批次")]
