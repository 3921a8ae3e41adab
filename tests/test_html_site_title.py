"""Page families of issue 13's second round, each pinned by a page or a text written for the
test: a ``<title>`` that is only the site's or the blog's name, a headline printed whole with a
column's name before it, a date printed as a calendar leaf, a byline's author taken for the
publisher, and a place inside a person's name.
"""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.html import read_html
from qsreport.places import find_places
from qsreport.places.finder import is_about
from qsreport.segmenting.metaline import read_meta_line

from .test_html_families import page, read

ARTICLE = ("<p>今年以来，县市场监管局深入推进计量惠民行动，共检定集贸市场电子秤1260台，"
           "抽查定量包装商品85批次，合格率达到97.6%。</p>"
           "<p>下一步，县市场监管局将继续加强民生计量监督，守好群众的“菜篮子”。</p>")


def test_a_title_that_is_the_site_s_name_gives_way_to_the_heading_above_the_article() -> None:
    """<title> is the site's name (…网) and a title-classed cell stands right above the
    article: that cell is the headline."""
    lines, head = read(page(
        "<title>青禾新闻网_(动态)</title>",
        "<table><tr><td class='nav'><a href='/'>首页</a></td></tr>"
        "<tr><td class='bt_title'>青禾县计量惠民行动走进集贸市场</td></tr>"
        f"<tr><td><div class='bt_content'>{ARTICLE}</div></td></tr></table>"))
    assert lines[0] == "青禾县计量惠民行动走进集贸市场"
    assert head.found is not None and "site's name" in head.found["title"]


def test_a_title_that_opens_the_h5_headline_is_the_institute_s_name() -> None:
    """<title> is an institute's name and the <h5> above the article opens with it; the day
    and the month printed apart (a calendar leaf) are one date."""
    lines, head = read(page(
        "<title>青禾县农业科学研究所</title>",
        "<div class='box'><h5>青禾县农业科学研究所召开春季生产工作会议</h5>"
        "<div class='data'><div class='day'>09</div><div class='year'>2023年03月</div></div>"
        f"<div class='doc'>{ARTICLE}</div></div>"))
    assert lines[0] == "青禾县农业科学研究所召开春季生产工作会议"
    assert head.date == "2023-03-09"


def test_a_short_title_that_is_a_headline_stands() -> None:
    """A short <title> that is no site's name (not printed elsewhere, no site ending) keeps
    its place before a heading above the article."""
    lines, _ = read(page(
        "<title>秤准了吗</title>",
        f"<div class='title'>青禾县市场监管局开展集贸市场计量检查</div><div>{ARTICLE}</div>"))
    assert lines[0] == "秤准了吗"


def test_a_blog_s_single_h1_gives_way_to_the_post_s_heading() -> None:
    """No <title>; the page's one <h1> is the blog's name (…的博客), printed again in the
    sidebar; the <h2> at the top of the article is the headline."""
    lines, _ = read(page(
        "",
        "<h1>qinghe的博客</h1><div class='entity'><h2>菜市场的秤该由谁来管？</h2>"
        f"{ARTICLE}</div><div class='side'>qinghe的博客</div>"))
    assert lines[0] == "菜市场的秤该由谁来管？"


def test_a_headline_printed_whole_with_its_column_s_name_is_kept_whole() -> None:
    """<title> is 栏目名 | 标题 and the page prints exactly that above its publish line: the
    printed line is the headline, column's name and all."""
    lines, _ = read(page(
        "<title>县长这一周 | 计量惠民走进菜市场，秤准心也安</title>",
        "<ul><li><a href='/a'>要闻</a></li><li><a href='/b'>民生</a></li></ul>"
        "<div class='tit2'>县长这一周 | 计量惠民走进菜市场，秤准心也安</div>"
        f"<div class='time'><span>2023-03-12 09:30:15</span></div><div class='box-text'>{ARTICLE}</div>"))
    assert lines[0] == "县长这一周 | 计量惠民走进菜市场，秤准心也安"


def test_a_labelled_date_under_the_article_s_tags_completes_a_publisher_line() -> None:
    """来源 under the headline and 时间：… a few lines down (after the article's tags): the
    labelled date is the publish date."""
    _, head = read(page(
        "<title>青禾科普-辟谣</title>",
        "<div class='rumor-title'>电子秤放久了会自己变不准吗？</div>"
        "<div class='rumor-info'><span>来源： 青禾科普</span></div>"
        f"<div class='content'>{ARTICLE}</div><div>计量 电子秤</div><div>所属分类：生活</div>"
        "<div>辟谣</div><span class='span_time'>时间：2021-06-04 10:12</span>"))
    assert (head.date, head.source) == ("2021-06-04", "青禾科普")


BYLINE_PAGE = page(
    "<title>青禾县计量检查合格率创新高 - 青禾观察网</title>",
    "<h1>青禾县计量检查合格率创新高</h1><div class='info'>苏晓2023-03-12 17:35</div>"
    "<div class='main'><p>青禾观察网 苏晓/文 今年以来，县市场监管局深入推进计量惠民行动，"
    "共检定集贸市场电子秤1260台，合格率达到97.6%。</p>"
    "<p>下一步，县市场监管局将继续加强民生计量监督。</p></div>")


def test_a_byline_author_glued_to_the_date_is_no_publisher() -> None:
    """苏晓2023-03-12 is the author and the date: the publisher is the name before the author
    in the body's byline (青禾观察网 苏晓/文)."""
    meta = parse(BYLINE_PAGE.encode()).meta
    assert (meta.date, meta.source) == ("2023-03-12", "青禾观察网")


def test_an_author_with_no_byline_leaves_the_publisher_empty() -> None:
    """A person's name and no byline to find the publisher in: no publisher rather than the
    author."""
    markup = BYLINE_PAGE.replace("青禾观察网 苏晓/文 ", "")
    meta = parse(markup.encode()).meta
    assert (meta.date, meta.source) == ("2023-03-12", None)


def test_a_place_inside_a_person_s_name_is_no_region() -> None:
    """肖建华：… opens with a person's name whose given name is a county's short name: no
    region, nor is one after 记者; the place opening a 地名：标题 title still is."""
    for text, about in (("肖建华：计量是市场信任的基础", False), ("记者王建华/摄", False),
                        ("建华区：计量惠民走进集贸市场", True)):
        view = match_view(text)
        mentions = find_places(view)
        assert mentions, text
        assert is_about(view, mentions[0]) is about, text


def test_a_hidden_block_of_keywords_is_never_the_article() -> None:
    """A block the page hides (style display:none) holding more Chinese than the article —
    keywords for search engines — is not read; the article is."""
    spam = " ".join(f"关键词{n}号 热门搜索{n}" for n in range(300))
    text, _ = read_html(page("<title>青禾县计量惠民行动走进集贸市场</title>",
                             f"<div class='post-body'>{ARTICLE}</div>"
                             f"<div style='display: none'>{spam}</div>"))
    assert "电子秤1260台" in text and "关键词" not in text


def test_an_old_table_page_s_article_beats_its_footer_despite_the_link_cells_beside_it() -> None:
    """A table-laid page whose article cell also holds cells of headline links outscores the
    copyright notice below it: the link cells count for nothing, not against it."""
    links = "".join(f"<a href='/n{n}'>青禾县第{n}期便民服务活动圆满结束</a><br>" for n in range(20))
    notice = ("本网所有内容均由合作方根据协议提供，如果您发现本网转载了您拥有著作权的作品，"
              "请您发送电子邮件与我们联系。")
    text, _ = read_html(page(
        "<title>青禾县计量惠民行动走进集贸市场--青禾新闻</title>",
        "<table><tr><td width='580'><b>青禾县计量惠民行动走进集贸市场</b>"
        "<table><tr><td class='ygg'>2005-04-05 06:40更新 来源：转载文章</td></tr></table>"
        f"{ARTICLE}<table><tr><td>{links}</td></tr></table></td></tr></table>"
        f"<table><tr><td class='sbody'>{notice}</td></tr></table>"))
    assert "电子秤1260台" in text and "合作方根据协议" not in text


def test_a_repost_label_names_no_publisher() -> None:
    """来源：转载文章 (reposted) gives the date and no publisher; 来源：本站原创 is a name."""
    found = read_meta_line("2005-04-05 06:40更新 来源：转载文章")
    assert (found.date, found.source) == ("2005-04-05", None)
    assert read_meta_line("来源：网络").source is None
    assert read_meta_line("来源：本站原创").source is not None


def test_markup_left_in_a_publish_line_names_no_publisher() -> None:
    """A page that prints its own markup after the labels (作者： size="3" 来源： size="3") names
    no publisher there; a publisher written after the label is still read."""
    found = read_meta_line('作者： size="3" 来源： size="3" 发布日期： 3/8/2006 10:12:40 AM')
    assert (found.date, found.source) == ("2006-03-08", None)
    line = "来源：青禾日报 发布日期：2006-03-08"
    found = read_meta_line(line)
    assert found.source is not None and line[slice(*found.source)] == "青禾日报"


def test_an_e_paper_s_issue_date_comes_from_its_founder_properties() -> None:
    """An e-paper page with no publish line: its date is the <founder-date> its publishing
    system writes in a comment at the foot."""
    _, head = read(page("<title>青禾县计量惠民行动走进集贸市场--青禾报</title>",
                        f"<div class='dContents'>{ARTICLE}</div>")
                   + "<!--mpproperty <founder-date>\n2021-11-06\n</founder-date> -->")
    assert head.date == "2021-11-06"
    assert head.found is not None and "founder" in head.found["date"]


def test_a_page_s_headline_keeps_its_place_prefix_and_gives_the_region() -> None:
    """A page prints 地名：标题 as its headline: the title stays whole and the place is the
    region."""
    meta = parse(page("<title>嘉兴：计量惠民走进集贸市场</title>",
                      f"<h1>嘉兴：计量惠民走进集贸市场</h1><div class='main'>{ARTICLE}</div>")
                 .encode()).meta
    assert (meta.title, meta.region) == ("嘉兴：计量惠民走进集贸市场", "嘉兴")


def test_a_listing_s_label_with_its_column_drops_the_place_from_the_title() -> None:
    """地名:标题-类别 is a listing's label (place, headline, column), not a printed headline:
    the title is the middle part, the place the region and the column the category."""
    label = "嘉兴:计量惠民走进集贸市场-其他"
    meta = parse(page(f"<title>{label}</title>",
                      f"<h1>{label}</h1><p>2023-03-12 来源：嘉兴日报</p><div>{ARTICLE}</div>")
                 .encode()).meta
    assert (meta.title, meta.region, meta.category) == ("计量惠民走进集贸市场", "嘉兴", "其他")


def test_a_title_that_is_a_breadcrumb_gives_way_to_the_line_under_the_page_s_breadcrumb() -> None:
    """<title> is 某某网>栏目 and the headline is a plain line between the page's breadcrumb and
    the article: that line is the headline; without a breadcrumb above it, it is not."""
    crumb = "<div>您的位置：主页&gt;教育&gt;院校招生</div>"
    headline = "<div>青禾艺术学院2019年本科招生简章</div>"
    table = f"<table><tr><td>{ARTICLE}</td></tr></table>"
    lines, head = read(page("<title>青禾艺术网>教育</title>", crumb + headline + table))
    assert lines[0] == "青禾艺术学院2019年本科招生简章"
    assert head.found is not None and head.found["title"].startswith("the line under the breadcrumb")
    lines, _ = read(page("<title>青禾艺术网>教育</title>", "<div>本站推荐</div>" + headline + table))
    assert lines[0] != "青禾艺术学院2019年本科招生简章"


def test_a_headline_whose_document_number_is_its_own_second_line_is_read_whole() -> None:
    """The heading prints 某某公开表 and, after a line break inside it, its number; the <meta>
    title gives both as one: the headline is that whole. A number in a block of its own under
    the heading (a document's number field) is no part of the headline."""
    head_tags = ("<title>青禾市监管局</title>"
                 "<meta name='ArticleTitle' content='青禾市监管局行政处罚信息公开表(青罚决字〔2024〕7号)'>")
    rest = f"<div>发布时间：2024-07-12</div><div class='main'>{ARTICLE}</div>"
    lines, _ = read(page(head_tags, "<div class='title'>青禾市监管局行政处罚信息公开表<br>"
                                    "(青罚决字〔2024〕7号)</div>" + rest))
    assert "".join(lines[0].split()) == "青禾市监管局行政处罚信息公开表(青罚决字〔2024〕7号)"
    lines, _ = read(page(head_tags, "<div class='title'>青禾市监管局行政处罚信息公开表</div>"
                                    "<div>青罚决字〔2024〕7号</div>" + rest))
    assert lines[0] == "青禾市监管局行政处罚信息公开表"
