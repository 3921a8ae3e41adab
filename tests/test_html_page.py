"""The page reader's walk over lxml's tree: what it keeps of a page and how, on the shapes of
markup where a tree built in C and bs4's reading could part ways. Pages written for the test.
"""

from __future__ import annotations

from qsreport.html import read_html
from qsreport.html.page import read_page

REPORT = "全市新增中国名牌产品3个、省名牌产品12个，企业参与制定国家标准8项。"


def test_a_page_nested_deeper_than_a_default_tree_is_read_whole() -> None:
    """300 levels: past libxml2's default tree depth (256), within the one the reading uses."""
    markup = "<html><body>" + "<div>" * 300 + f"<p>{REPORT}</p>" + "</div>" * 300
    text, head = read_html(markup)
    assert REPORT in text
    assert head is not None  # read as a tree, not flat


def test_a_page_deeper_than_libxml2_builds_is_read_flat_with_its_text() -> None:
    markup = "<html><body>" + "<div>" * 3000 + f"<p>{REPORT}</p>"
    assert read_page(markup) is None
    text, head = read_html(markup)
    assert REPORT in text and head is None


def test_what_follows_the_closing_html_tag_is_kept_in_the_page() -> None:
    """libxml2 builds it as a second root, beside the first; bs4 read it too, outside <body>."""
    markup = (f"<html><head><title>公报</title></head><body><div class='nav'>首页</div></body></html>"
              f"<div class='content'><p>{REPORT}</p></div>")
    page = read_page(markup)
    assert page is not None
    assert REPORT in page.text_of(page.root)
    assert REPORT not in page.text_of(page.first("body"))


def test_an_attribute_name_with_a_control_character_does_not_stop_the_reading() -> None:
    """lxml refuses to hand over such an attribute; the ones the reading asks for still come."""
    markup = ("<html><head><meta name='viewport'\x01content='w'><title>公报_某某网</title>"
              "<meta name='publishdate' content='2014-08-29'></head>"
              f"<body><div class='main'\x02x='1'><p>{REPORT}</p></div></body></html>")
    text, head = read_html(markup)
    assert REPORT in text
    assert head is not None and head.date == "2014-08-29"


def test_script_text_is_kept_aside_not_read() -> None:
    page = read_page(f"<html><body><script>var ct = \"1581517074\";</script><p>{REPORT}</p></body></html>")
    assert page is not None
    assert page.scripts == ['var ct = "1581517074";']
    assert "var ct" not in page.text_of(page.root)


def test_a_block_holding_no_chinese_is_no_candidate_but_body_always_is() -> None:
    page = read_page(f"<html><body><div id='empty'>abc</div><div id='full'>{REPORT}</div></body></html>")
    assert page is not None
    assert [node.get("id") for node in page.named["div"]] == ["full"]
    assert page.first("body") is not None
