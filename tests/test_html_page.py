"""The page reader's walk over lxml's tree: what it keeps of a page and how, on the shapes of
markup where a tree built in C and bs4's reading could part ways. Pages written for the test.
"""

from __future__ import annotations

from qsreport import parse
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


def test_a_block_s_attributes_are_all_kept_unless_a_name_is_refused() -> None:
    """Plain names: every attribute, as lxml's mapping gives them; a name lxml refuses (or would
    read as namespaced): only the ones the reading asks for, style not among them."""
    page = read_page(f"<html><body><div class='main' id='a' style='color:red'>{REPORT}</div>"
                     f"<div class='side'\x03x='1' style='display:none'>{REPORT}</div>"
                     f"<div class='box' {{ns}}k='2'>{REPORT}</div></body></html>")
    assert page is not None
    plain, refused, braced = page.named["div"]
    assert plain.attrib == {"class": "main", "id": "a", "style": "color:red"}
    assert refused.attrib == {"class": "side"}
    assert braced.get("class") == ["box"]


def test_a_block_s_attribute_read_alone_is_what_its_mapping_holds() -> None:
    """``attribute`` (lxml's lookup, no mapping built) gives what ``attrib`` gives, also for a
    name the element lacks and for style on an element whose other name lxml refuses."""
    markup = (f"<html><body><div class='main' id='a' style='color:red'>{REPORT}</div>"
              f"<div class='side'\x03x='1' style='display:none'>{REPORT}</div>"
              f"<div class='box' {{ns}}k='2'>{REPORT}</div></body></html>")
    alone, mapped = read_page(markup), read_page(markup)
    assert alone is not None and mapped is not None
    for key in ("class", "id", "style", "title"):
        read = [node.attribute(key) for node in alone.named["div"]]
        assert read == [node.attrib.get(key) for node in mapped.named["div"]]
    assert [node.attribute("style") for node in alone.named["div"]] == ["color:red", None, None]


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


def _page(title: str, headline: str, publish: str, body: str, footer: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{headline}</h1>"
            f"<div>{publish}</div><div class='content'><p>{body}</p></div>"
            f"<div class='footer'>{footer}</div></body></html>")


def test_an_office_named_by_level_takes_the_place_of_the_site_s_owner() -> None:
    """省某某厅 in the headline: the province the footer's 版权所有 line names."""
    markup = _page("信息正文", "省水利厅部署汛前检查工作",
                   "发布时间：2019-04-02 来源：办公室",
                   "近日，省水利厅印发通知，要求各地在五月前完成水库和堤防的汛前检查。" * 2,
                   "版权所有：甘肃省水利厅 地址：某某路8号")
    _, head = read_html(markup)
    assert head is not None and head.crumbs[0] == "甘肃省"
    assert parse(markup.encode()).meta.region == "甘肃省"


def test_a_university_s_own_page_is_in_the_school_s_city() -> None:
    """A page of a school's news site, published by a unit of the school: the school's city;
    one reprinted from another outlet that does not name the school: none."""
    own = _page("学生合唱团获奖--南开要闻", "学生合唱团在全国比赛中获一等奖",
                "来源：团委 发稿时间：2018-05-06",
                "学生合唱团近日在全国大学生艺术展演中获得一等奖，二十名团员参加了比赛。" * 2,
                "校园网页由南开大学网络编辑部负责维护")
    assert parse(own.encode()).meta.region == "天津市"
    reprint = own.replace("来源：团委", "来源：某某晚报").replace("学生合唱团获奖--南开要闻", "媒体报道")
    _, head = read_html(reprint)
    assert head is not None and "天津市" not in head.crumbs


def test_the_tag_count_stops_early_yet_agrees_with_a_full_count() -> None:
    """A page past MAX_TAGS ``<`` is read flat; the count stops once the answer is sure, and
    gives what counting every ``<`` gives, wherever the ``<`` stand and however many."""
    from qsreport.html import MAX_TAGS, _too_many_tags

    for tags in (0, MAX_TAGS - 1, MAX_TAGS, MAX_TAGS + 1, 3 * MAX_TAGS):
        for text in (0, 1, 70_000):
            for markup in ("<" * tags + "字" * text, "字" * text + "<" * tags,
                           ("<" + "字" * (text // max(tags, 1))) * tags):
                assert _too_many_tags(markup) == (markup.count("<") > MAX_TAGS)


def test_headings_read_their_attributes_when_asked() -> None:
    """A heading's Node reads its element's attributes only when asked, and gives them all."""
    page = read_page("<html><body><h1 class='main-title' data-n='7'>某县质量公报</h1></body></html>")
    assert page is not None
    heading = page.headings[0]
    assert heading.attribute("class") == "main-title"
    assert heading.attrib == {"class": "main-title", "data-n": "7"}


def test_a_comment_adds_its_tail_in_place_and_ends_the_elements_before_it() -> None:
    """A comment or processing instruction is no element: its tail is read where it stands,
    and a block that closed before it has ended there (its measures hold nothing after)."""
    markup = ("<html><body><div class='box'><p>甲乙丙丁</p><!-- 注 -->戊己<?pi x?>庚辛</div>"
              "<!-- 尾 --><div class='box'>壬癸子丑寅</div></body></html>")
    page = read_page(markup)
    assert page is not None
    first, second = page.named["div"]
    assert (first.han, second.han) == (8, 5)
    assert "注" not in "".join(page.lines) and "尾" not in "".join(page.lines)
    assert page.text_of(first) == "甲乙丙丁戊己庚辛"  # (a block breaks the line at its start)
    assert first.end <= second.start


def test_a_page_read_from_its_utf8_bytes_is_the_page_read_from_its_text() -> None:
    """The bytes a page's text was decoded from are parsed as UTF-8 whatever its <meta> says,
    and give the same page as the text; the text alone is parsed when the reading changed it."""
    markup = (f"<html><head><meta charset='gb2312'><title>公报</title></head><body>"
              f"<div class='content'><p>{REPORT}</p><!-- 注 --></div></body></html>")
    as_text, as_bytes = read_page(markup), read_page(markup, markup.encode("utf-8"))
    assert as_text is not None and as_bytes is not None
    assert as_bytes.lines == as_text.lines and as_bytes.title == as_text.title == "公报"
    # A stray </html> mid-page is cut out of the text, which is then read instead of the bytes.
    stray = markup.replace("</div>", "</div></html>", 1) + "<div>尾页</div></html>"
    cut, whole = read_page(stray, stray.encode("utf-8")), read_page(stray)
    assert cut is not None and whole is not None and cut.lines == whole.lines


def test_running_han_counts_each_string_whatever_it_holds() -> None:
    """The running totals match a count string by string, with characters beyond the BMP and
    lone surrogates (the separator's own high byte) among the strings."""
    from itertools import accumulate

    from qsreport.html.hancount import han_count, running_han

    for shown in ([], ["abc"], ["", "质量", ""], ["a", "抽查合格", "x\U00020000y区", "县"],
                  ["\udfff", "检验\u07ff\u0700", "批次"], ["ab", "cd"], ["\u4e00\u9fff\u4dff\ua000"]):
        assert running_han(shown) == [0, *accumulate(map(han_count, shown))], shown


def test_a_string_handed_over_in_pieces_is_one_string() -> None:
    """libxml2 hands a text over in pieces (at each character reference): joined, it is the
    one string a tree holds, stripped and spaced as one."""
    markup = f"<html><body><div class='main'><p>  甲&amp;乙 {REPORT}&#12290;丙  </p></div></body></html>"
    page = read_page(markup)
    assert page is not None
    assert page.strings(0, len(page)) == f"甲&乙 {REPORT}。丙"


def test_white_space_outside_the_document_adds_no_string() -> None:
    """White space before ``<html>`` and after its end has no place in a tree: the page reads
    the same without it."""
    body = f"<html><head><title>公报</title></head><body><div><p>{REPORT}</p></div></body></html>"
    bare, spaced = read_page(body), read_page(f"\n  \n{body}\n\n  ")
    assert bare is not None and spaced is not None
    assert spaced.lines == bare.lines and spaced.title == bare.title == "公报"
