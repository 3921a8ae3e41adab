"""A page's header from its structure: headline, date, publisher, where each came from; and the
body reader's handling of forms, stray end tags and comment blocks. Pages written for the test.
"""

from __future__ import annotations

from qsreport import parse
from qsreport.pipeline import prepare

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
