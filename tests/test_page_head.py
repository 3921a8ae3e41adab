"""A page's header from its structure: headline, date, publisher, where each came from; and the
body reader's handling of forms, stray end tags and comment blocks. Pages written for the test.
"""

from __future__ import annotations

from qsreport import parse
from qsreport.html import read_html
from qsreport.pipeline import prepare
from qsreport.segmenting.metaline import PageHead

ARTICLE = ("<p>今年以来，市质监局深入实施质量强市战略，全市新增中国名牌产品3个、省名牌产品12个，"
           "企业参与制定国家标准8项，各项工作取得明显成效。</p>"
           "<p>下一步，市质监局将继续加大品牌培育力度，推动更多企业争创名牌。</p>")


def page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_the_headline_is_the_heading_the_title_holds_not_a_logo_or_breadcrumb() -> None:
    report = parse(page(
        "<title>品牌建设再上新台阶，全市新增名牌15个_嘉禾市质监局网站</title>",
        "<h1 class='logo'>嘉禾市质监局网站</h1><h1 class='path'>新闻中心</h1>"
        "<div class='main'><h1>品牌建设再上新台阶，全市新增名牌15个</h1>"
        f"<div class='info'>发布时间：2015-08-21 09:30 来源：嘉禾日报</div>{ARTICLE}</div>"
        "<div class='side'><h3>热门文章</h3><ul><li><a href='/1'>一则别的新闻</a></li></ul></div>"))
    assert report.meta.title == "品牌建设再上新台阶，全市新增名牌15个"
    assert report.meta.date == "2015-08-21"
    assert report.meta.source == "嘉禾日报"
    assert report.meta.found["title"] == "<h1> inside <title>"
    assert report.meta.found["date"] == "publish line"


def test_a_headline_with_commas_and_marks_still_leads_to_the_publish_line() -> None:
    """A comma, ！ or ？ in a headline no longer stops the header: the date below is read."""
    report = parse(page(
        "<title>查处案件38起！打假专项行动成效显著？ - 某某网</title>",
        "<div class='article'><h2 class='article-title'>查处案件38起！打假专项行动成效显著？</h2>"
        f"<p>2019-06-15 08:18 某某晚报</p>{ARTICLE}</div>"))
    assert report.meta.title == "查处案件38起！打假专项行动成效显著？"
    assert (report.meta.date, report.meta.source) == ("2019-06-15", "某某晚报")


def test_the_title_without_a_heading_drops_the_site_name_on_either_side() -> None:
    report = parse(page("<title>质监动态--全市标准化工作会议召开</title>",
                        f"<div class='content'>{ARTICLE}</div>"))
    assert report.meta.title == "全市标准化工作会议召开"
    assert report.meta.found["title"] == "<title>"


def test_a_date_only_in_meta_tags_is_read_and_said_so() -> None:
    report = parse(page(
        "<title>全市开展计量器具专项检查 - 某某网</title>"
        "<meta name='publishdate' content='2018-04-09'>"
        "<meta name='source' content='某某市场导报'>",
        f"<div class='content'><h1>全市开展计量器具专项检查</h1>{ARTICLE}</div>"))
    assert report.meta.date == "2018-04-09"
    assert report.meta.found["date"] == "<meta publishdate>"
    assert report.meta.source == "某某市场导报"


def test_a_date_in_prose_does_not_hide_the_publish_line() -> None:
    report = parse(page(
        "<title>质量工作会议召开_某某网</title>",
        "<div><h1>质量工作会议召开</h1><div>2020年03月02日 10:00 来源：某某日报</div></div>"
        "<div class='content'><p>2020年2月28日，全市质量工作会议召开，会议总结了去年工作。</p>"
        f"{ARTICLE}</div>"))
    assert report.meta.date == "2020-03-02"
    assert report.meta.source == "某某日报"


def test_an_article_inside_a_form_is_kept() -> None:
    text = prepare(page("<title>通知</title>",
                        f"<form name='main'><div class='content'>{ARTICLE}</div></form>"
                        "<div class='foot'>主办单位：某某局</div>")).cleaned.text
    assert "全市新增中国名牌产品3个" in text


def test_a_stray_end_tag_mid_page_does_not_lose_the_rest() -> None:
    markup = ("<html><head><title>公报</title></head><body><div class='nav'>首页 | 简 | 繁</div>"
              "</body></html>\n"
              f"<div class='content'>{ARTICLE}</div></body></html>").encode()
    assert "全市新增中国名牌产品3个" in prepare(markup).cleaned.text


def test_a_stray_end_tag_in_capitals_is_found_in_the_bytes_too() -> None:
    """A page read from its UTF-8 bytes looks for stray end tags there first, case-blind:
    </BODY></HTML > mid-page is taken out as </body></html> is, and the text after it kept."""
    markup = ("<html><head><title>公报</title></head><body><div class='nav'>首页 | 栏目</div>"
              "</BODY></HTML >\n"
              f"<div class='content'>{ARTICLE}</div></body></html>")
    assert "全市新增中国名牌产品3个" in prepare(markup.encode()).cleaned.text
    assert read_html(markup, markup.encode()) == read_html(markup)


def test_a_long_comment_block_does_not_win_over_a_short_article() -> None:
    comments = "".join("<div class='comment-item'><p>这是读者留言，说的是别的事情，而且写得比较长一些。</p></div>"
                       for _ in range(30))
    text = prepare(page("<title>通知</title>",
                        f"<div class='content'>{ARTICLE}</div>"
                        f"<div class='comment-list'>{comments}</div>")).cleaned.text
    assert "全市新增中国名牌产品3个" in text
    assert "读者留言" not in text


def test_a_government_page_s_publish_date_outranks_its_date_of_writing() -> None:
    """Disclosure pages list labels and values in a table, each on its own line."""
    table = ("<table class='meta'><tr><td>发文机关：</td><td>某某市人民政府</td></tr>"
             "<tr><td>成文日期：</td><td>2021年03月02日</td></tr>"
             "<tr><td>发布日期：</td><td>2021年03月05日</td></tr></table>")
    report = parse(page("<title>关于加强质量工作的通知_某某市人民政府</title>",
                        f"{table}<div class='content'><h1>关于加强质量工作的通知</h1>"
                        f"<p>2021年03月02日</p>{ARTICLE}</div>"))
    assert report.meta.date == "2021-03-05"


def test_a_publish_line_glued_to_the_headline_is_read() -> None:
    report = parse(page("<title>全市抽查电动车产品 - 某某网</title>",
                        "<div class='article'><span class='title'>全市抽查电动车产品</span> <span>2018-07-02 "
                        f"09:15 某某网[整理]</span> {ARTICLE}</div>"))
    assert (report.meta.date, report.meta.source) == ("2018-07-02", "某某网")


# --- families from real pages (2026-12-05): pages written for the test ---------------------------

def _read(head: str, body: str) -> tuple[list[str], PageHead]:
    text, found = read_html(page(head, body).decode())
    assert found is not None
    return text.split("\n"), found


def test_an_e_paper_s_headline_cell_and_issue_day_beat_a_title_that_names_the_paper() -> None:
    """<title> is only the paper's name; the headline is the cell above the article with the
    reporters' names between, the day is the issue's, printed above it; the paper publishes."""
    lines, head = _read(
        "<title>--嘉禾晚报</title>",
        "<table><tr><td>2016年03月09日 星期三</td></tr><tr><td>放大 缩小 默认</td></tr>"
        "<tr><td class='font01'>城南新区三座桥梁同日通车</td></tr><tr><td>李四 王五</td></tr>"
        f"<tr><td class='font6'>{ARTICLE}</td></tr></table>")
    assert lines[0] == "城南新区三座桥梁同日通车"
    assert (head.date, head.source) == ("2016-03-09", "嘉禾晚报")


def test_a_wire_story_in_an_e_paper_keeps_the_agency_not_the_paper() -> None:
    """A story that opens with a wire dateline (某某社某地5月6日电) is not given the paper."""
    _, head = _read(
        "<title>嘉禾日报数字报刊</title>",
        "<table><tr><td class='bt1'>边境口岸货运量创新高</td></tr><tr><td>赵六</td></tr>"
        "<tr><td class='font6'><p>新华社南宁5月6日电 今年前四个月，口岸进出境货物同比增长两成，"
        "通关效率继续提高，各项指标稳中有升。</p>"
        "<p>下一步，口岸将继续推进通关便利化改革，提升服务水平。</p></td></tr></table>")
    assert head.source is None


def test_a_publish_line_set_as_a_heading_is_no_headline() -> None:
    """【发布时间】… in an <h3> between the headline and the text: the <h1> above is the headline
    when <title> is the site's name, and the <h3> gives the date."""
    lines, head = _read(
        "<title>嘉禾市国家税务局门户网站</title>",
        "<div>欢迎访问嘉禾市国家税务局网站</div><h1>城东分局开展纳税服务进企业活动</h1>"
        f"<h3>【发布时间】：2013年04月12日</h3><div class='content'>{ARTICLE}</div>"
        "<div>Copyright 嘉禾市国家税务局门户网站</div>")
    assert lines[0] == "城东分局开展纳税服务进企业活动"
    assert head.date == "2013-04-12"


def test_a_placeholder_title_and_a_page_clock_give_way_to_the_publish_block() -> None:
    """<title> 信息正文 names no headline, and the page's clock (日期 星期X) is the day it was
    saved: the headline stands above the publish block (信息来源 over a bare date)."""
    lines, head = _read(
        "<title>信息正文</title>",
        "<div>2014年06月20日 星期五 访问2048次</div><div>当前位置 &gt; 工作动态</div>"
        "<div>省财政下达专项资金支持职业教育</div><div>信息来源：科教处</div>"
        f"<div>2014-05-11</div><div class='content'>{ARTICLE}</div>")
    assert lines[0] == "省财政下达专项资金支持职业教育"
    assert (head.date, head.source) == ("2014-05-11", "科教处")


def test_a_bracketed_title_gives_its_headline_and_a_counter_is_none() -> None:
    """<title> 站名[标题]: the headline is the bracket's; a hit counter printed above the publish
    line (点击浏览数:88次) does not replace it."""
    lines, head = _read(
        "<title>嘉禾市市场监督管理局[城西市场监管所开展节前食品安全检查]</title>",
        "<div>您现在所在的位置: 首页 &gt; 最新动态</div><div>城西市场监管所开展节前食品安全检查</div>"
        f"<div>点击浏览数:88次</div><div>发布时间：2017-1-20</div><div class='c'>{ARTICLE}</div>")
    assert lines[0] == "城西市场监管所开展节前食品安全检查"
    assert head.date == "2017-01-20"


def test_an_outlet_leading_title_is_the_publisher_and_not_part_of_the_headline() -> None:
    """A reprint whose headline is only in <title>, as 某某网:标题."""
    lines, head = _read(
        "<title>嘉禾经济网:城北蔬菜基地建设进展顺利</title>",
        f"<div>【字体：大 中 小】 发布日期：2013-10-14</div><div class='content'>{ARTICLE}</div>")
    assert lines[0] == "城北蔬菜基地建设进展顺利"
    assert head.source == "嘉禾经济网"


def test_a_publish_time_with_two_digits_of_the_year_is_read() -> None:
    """09年10月31日 09:04 beside the site's address."""
    _, head = _read(
        "<title>城区新建公园三处 - 某某房产网</title>",
        "<div class='article'><h1>城区新建公园三处</h1>"
        f"<div>www.example.cn 11年05月07日 10:15 某某房产网</div>{ARTICLE}</div>")
    assert head.date == "2011-05-07"


def test_a_paper_named_beside_the_headline_in_title_is_the_publisher() -> None:
    """标题·某某都市报·某某在线, no 来源 on the page."""
    _, head = _read(
        "<title>城南新区三座桥梁同日通车·嘉禾都市报·嘉禾在线</title>",
        f"<div class='article'><h2 class='title'>城南新区三座桥梁同日通车</h2>"
        f"<div>2012-09-03</div>{ARTICLE}</div>")
    assert head.source == "嘉禾都市报"


def test_furniture_at_the_foot_of_the_article_is_left_out() -> None:
    """QR captions, a follow prompt, a reprint notice and the captions of the blocks below end
    the article's block; the report's own sentence naming a 微信 account stays."""
    text = prepare(page(
        "<title>全市开展计量器具专项检查 - 某某网</title>",
        f"<div class='content'><h1>全市开展计量器具专项检查</h1>{ARTICLE}"
        "<p>市民可通过市质监局官方微信反映问题，相关线索将及时核查。</p>"
        "<p>某某大学官方微信</p><p>扫一扫在手机打开当前页</p>"
        "<p>本网站新闻版权归某某网所有，转载请注明出处。</p><p>相关新闻</p><p>网友评议</p></div>")
    ).cleaned.text
    assert "官方微信反映问题" in text
    for furniture in ("某某大学官方微信", "扫一扫", "版权归", "相关新闻", "网友评议"):
        assert furniture not in text


def test_han_is_counted_as_a_regex_counts_it() -> None:
    """The walk's Han count (UTF-16 high bytes) agrees with [\\u4e00-\\u9fff] on mixed text:
    ASCII, extension A (㐀), astral characters, lone surrogates."""
    import re

    from qsreport.html.page import han_count

    for text in ("", "abc", "质监局2019年", "㐀䶵一龥鿿", "𠀀𪚥 表情😀 字", "a\ud800b中", "ｱ①〇"):
        assert han_count(text) == len(re.findall(r"[\u4e00-\u9fff]", text))


def test_a_page_that_prints_no_date_takes_the_day_its_address_files_it_under() -> None:
    """The canonical address's /2021-03-04/ when nothing on the page dates it; an address
    that gives only the month dates nothing."""
    body = f"<div class='content'><h1>城区新建公园三处</h1>{ARTICLE}</div>"
    _, head = _read("<title>城区新建公园三处 - 某某网</title><link rel='canonical' "
                    "href='http://news.example.cn/c/2021-03-04/doc-abc123.shtml'>", body)
    assert (head.date, head.found["date"] if head.found else None) == ("2021-03-04", "the page's address")
    _, head = _read("<title>城区新建公园三处 - 某某网</title><link rel='canonical' "
                    "href='http://news.example.cn/news/202103/1220000.shtml'>", body)
    assert head.date is None


def test_a_weekday_publish_line_with_its_time_is_no_page_clock() -> None:
    """2019年05月02日 星期四 10:20 来源：… is the publish line, though it names the weekday."""
    _, head = _read(
        "<title>城区新建公园三处 - 某某网</title>",
        "<div class='article'><h1>城区新建公园三处</h1>"
        f"<div>2019年05月02日 星期四 10:20 来源：某某晚报</div>{ARTICLE}</div>")
    assert (head.date, head.source) == ("2019-05-02", "某某晚报")


def test_a_year_in_brackets_after_a_headline_is_not_taken_for_it() -> None:
    """<title> 标题[2019]: the bracket is the year, not the headline."""
    lines, _ = _read("<title>关于开展计量器具专项检查的通知[2019]</title>",
                     f"<div class='content'>{ARTICLE}</div>")
    assert lines[0] == "关于开展计量器具专项检查的通知[2019]"


def test_a_foreign_name_s_middle_dot_does_not_cut_a_headline_read_from_title() -> None:
    """约翰·某某 in a <title>-only headline stays whole; the dot parts a paper's name elsewhere."""
    lines, _ = _read("<title>约翰·史密斯访问嘉禾市科技园区 - 某某网</title>",
                     f"<div class='content'>{ARTICLE}</div>")
    assert lines[0] == "约翰·史密斯访问嘉禾市科技园区"


def test_a_source_line_or_a_sentence_at_the_foot_is_no_furniture() -> None:
    """来源：某某客户端 and the report's own last sentence about 版权 stay; a notice goes."""
    from qsreport.html.tail import trim_tail

    lines = ["正文第一段。", "全市查处侵犯版权所有人权益案件12起。", "来源：嘉禾日报客户端",
             "本网站新闻版权归某某网所有，转载请注明出处。", "扫一扫在手机打开当前页"]
    assert trim_tail(lines) == lines[:3]


def test_the_site_s_own_name_beside_the_time_gives_way_to_the_foot_s_source() -> None:
    """2013-10-08 17:50 某某都市网 (the site, as <title> names it); 来源：某某新闻社 after the text."""
    _, head = _read(
        "<title>城区新建公园三处-嘉禾都市网-本地资讯</title>",
        "<div class='article'><h1>城区新建公园三处</h1>"
        f"<div>2013-10-08 17:50:54 嘉禾都市网</div>{ARTICLE}</div>"
        "<div>编辑：某某 来源：某某新闻社</div>")
    assert head.source == "某某新闻社"


def test_a_column_beside_the_time_gives_way_to_the_outlet_s_own_line() -> None:
    """中国某某新闻网 / 2013-11-4 12:02 经验交流: the column is no publisher."""
    _, head = _read(
        "<title>城区新建公园三处-某某新闻网</title>",
        "<div class='article'><div>城区新建公园三处</div><div>嘉禾行业新闻网</div>"
        f"<div>2013-11-4 12:02:09 经验交流</div>{ARTICLE}</div>")
    assert head.source == "嘉禾行业新闻网"


def test_a_publish_line_date_whose_day_and_month_could_swap_follows_the_meta_date() -> None:
    """06/02/2022 reads as June 2 month first; a page whose <meta> says 2022-02-06 prints its
    day first, and the meta settles it. With no meta, or a meta of another day, the line stands."""
    body = ("<div class='article'><h1>乙市开展眼镜店计量检查</h1>"
            f"<p class='info'>发表时间：  06/02/2022 - 13:48</p>{ARTICLE}</div>")
    report = parse(page("<title>乙市开展眼镜店计量检查</title>"
                        "<meta property='article:published_time' content='2022-02-06T13:48:00+01:00'>",
                        body))
    assert report.meta.date == "2022-02-06"
    assert report.meta.found["date"].startswith("publish line read day first")
    alone = parse(page("<title>乙市开展眼镜店计量检查</title>", body))
    assert alone.meta.date == "2022-06-02"
    other = parse(page("<title>乙市开展眼镜店计量检查</title>"
                       "<meta property='article:published_time' content='2022-06-03T08:00:00'>", body))
    assert other.meta.date == "2022-06-02"
