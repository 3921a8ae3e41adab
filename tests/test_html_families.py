"""Page families the page reader learnt from real pages, each pinned by a page written for the
test: where the headline, the date and the publisher are, and what is left out of the
article. Read at the page reader's level (``read_html``): the text's first line is the
headline, the PageHead carries the date, the publisher and where each was found.
"""

from __future__ import annotations

from qsreport import parse
from qsreport.html import read_html
from qsreport.segmenting.metaline import read_meta_line

from .page_helpers import page, read

ARTICLE = ("<p>今年以来，市质监局深入实施质量强市战略，全市新增中国名牌产品3个、省名牌产品12个，"
           "企业参与制定国家标准8项，各项工作取得明显成效。</p>"
           "<p>下一步，市质监局将继续加大品牌培育力度，推动更多企业争创名牌。</p>")


# --- the headline ------------------------------------------------------------------------------


def test_the_line_above_the_publish_line_is_the_headline_when_title_is_the_site_s_name() -> None:
    """<title> holds only the column and the site; the headline is a plain line printed just
    above its labelled publish line."""
    lines, head = read(page(
        "<title>工作动态--嘉禾市质量技术监督局</title>",
        "<div class='nav'><a href='/'>首页</a> - <a href='/news'>工作动态</a></div>"
        "<div class='bt-line'>嘉禾市召开全市计量工作会议部署全年任务</div>"
        f"<div>发布时间：2016-05-18 来源：嘉禾市质监局</div><div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "嘉禾市召开全市计量工作会议部署全年任务"
    assert head.found is not None and head.found["title"].startswith("the line above")
    assert (head.date, head.source) == ("2016-05-18", "嘉禾市质监局")


def test_a_site_name_printed_just_above_the_headline_keeps_title_s_headline() -> None:
    """When the line above the publish line is a subtitle and <title>'s headline is printed
    just above it, <title>'s headline stands."""
    lines, _ = read(page(
        "<title>全市开展电梯安全大检查_嘉禾网</title>",
        "<div>全市开展电梯安全大检查</div><div>重点检查住宅小区和商场在用电梯的维保记录</div>"
        f"<div>发布时间：2016-05-18 来源：嘉禾日报</div><div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "全市开展电梯安全大检查"


def test_a_headline_with_a_hyphen_is_not_cut_where_title_has_no_site_name() -> None:
    """1-10月… : the heading that is all of <title> stands whole when it sits above the
    publish line, though <title>'s separators would cut it."""
    lines, _ = read(page(
        "<title>1-10月嘉禾县规上工业产值稳步增长</title>",
        "<div class='info'><p class='title'>1-10月嘉禾县规上工业产值稳步增长</p>"
        f"<div>发布日期：2016-11-22 信息来源：县统计局</div></div><div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "1-10月嘉禾县规上工业产值稳步增长"


def test_a_page_without_title_takes_the_headline_above_its_publish_line() -> None:
    lines, head = read(page(
        "",
        "<table><tr><td><b>嘉禾质监局查处一批不合格电线电缆</b></td></tr>"
        "<tr><td>http://www.jiahe-news.com/ 　 2005-07-18 13:03:17</td></tr></table>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "嘉禾质监局查处一批不合格电线电缆"
    assert head.date == "2005-07-18"


def test_a_subtitle_printed_under_the_headline_joins_it() -> None:
    """<title> is 主标题——副标题_网站; the page prints the subtitle, dash and all, on its own line:
    the dash is the headline's, not a separator before the site's name."""
    lines, _ = read(page(
        "<title>以质量提升助推高质量发展——热烈祝贺全市质量大会召开_嘉禾市人民政府</title>",
        "<div class='hd'><p>以质量提升助推高质量发展</p><p>——热烈祝贺全市质量大会召开</p></div>"
        f"<div class='main'>{ARTICLE}<p>来源：嘉禾日报</p></div>"))
    assert lines[0] == "以质量提升助推高质量发展——热烈祝贺全市质量大会召开"


def test_a_hidden_copy_of_the_whole_title_does_not_hide_the_publish_line() -> None:
    """A share widget at the foot repeats <title>, site's name and all: the printed headline
    (<title> without the site's name) is the anchor, and its publish line is read."""
    lines, head = read(page(
        "<title>全市标准化工作再上新台阶-嘉禾网</title>",
        "<div class='h-title'>全市标准化工作再上新台阶</div>"
        "<div class='h-info'><span>2020-02-19 20:29:58</span><span>来源：嘉禾日报</span></div>"
        f"<div class='main'>{ARTICLE}</div>" + "<div class='links'><a href='/a'>首页</a></div>" * 300
        + "<div class='share-title' style='display:none'>全市标准化工作再上新台阶-嘉禾网</div>"))
    assert lines[0] == "全市标准化工作再上新台阶"
    assert (head.date, head.source) == ("2020-02-19", "嘉禾日报")


# --- the date and the publisher ----------------------------------------------------------------


def test_a_publish_line_without_its_year_takes_it_from_a_meta_date_of_the_same_day() -> None:
    _, head = read(page(
        "<title>全市抽查电动自行车_嘉禾号</title><meta itemprop='dateUpdate' content='2019-10-08 12:00:57'>",
        "<div class='article-title'>全市抽查电动自行车</div><div>嘉禾质量观察</div>"
        f"<div>发布时间：<span>10-08</span><span>12:00</span></div><div class='main'>{ARTICLE}</div>"))
    assert head.date == "2019-10-08"
    assert head.found is not None and "<meta dateupdate>'s year" in head.found["date"]


def test_a_year_is_not_borrowed_from_a_meta_date_of_another_day() -> None:
    """Precision first: a <meta> date that is not the publish line's day gives no year."""
    _, head = read(page(
        "<title>全市抽查电动自行车_嘉禾号</title><meta itemprop='dateModified' content='2019-12-29 22:31:02'>",
        "<div class='article-title'>全市抽查电动自行车</div>"
        f"<div>发布时间：10-08 12:00</div><div class='main'>{ARTICLE}</div>"))
    assert head.date is None


def test_a_wechat_article_s_date_and_account_come_from_its_script() -> None:
    """WeChat prints 昨天; its script holds the time (seconds since 1970) and the account."""
    _, head = read(page(
        "<title>嘉禾质监开展计量宣传</title><meta property='og:site_name' content='微信公众平台'>"
        "<meta property='og:title' content='嘉禾质监开展计量宣传'>",
        "<h2 class='rich_media_title'>嘉禾质监开展计量宣传</h2><em id='publish_time'>昨天</em>"
        f"<div class='rich_media_content'>{ARTICLE}</div>"
        '<script>var nickname = "嘉禾质监";\nvar ct = "1581517074";</script>'))
    assert head.date == "2020-02-12"  # 22:17 in Beijing
    assert head.source == "嘉禾质监"


def test_a_bare_date_after_the_report_s_first_paragraph_is_not_its_date() -> None:
    """A list of other items after the report prints a bare date under each: not the page's."""
    _, head = read(page(
        "<title>嘉禾市召开质量工作会议_嘉禾网</title>",
        "<h1>嘉禾市召开质量工作会议</h1>"
        "<div class='main'><p>今年以来，市质监局深入实施质量强市战略，全市新增中国名牌产品3个，"
        "企业参与制定国家标准8项，各项工作取得明显成效。</p></div>"
        "<div class='more'><p>嘉禾市开展计量器具专项检查</p><p>2020年01月18日</p></div>"))
    assert head.date is None


def test_a_timed_publish_line_after_a_caption_is_still_read() -> None:
    _, head = read(page(
        "<title>嘉禾市召开质量工作会议_嘉禾网</title>",
        "<h1>嘉禾市召开质量工作会议</h1>"
        "<p>图为会议现场，全市各相关单位负责人出席，副市长主持会议。</p>"
        f"<p>2019-09-08 11:42:03</p><div class='main'>{ARTICLE}</div>"))
    assert head.date == "2019-09-08"


# --- what is left out of the article -----------------------------------------------------------


def test_a_comment_thread_inside_the_main_column_is_left_out_of_the_article() -> None:
    """The main column holds the report and a long comment thread: the comments count for
    nothing, the report's own block is chosen, and nothing of the thread is kept."""
    comments = "".join(f"<div class='comment-item'><p>网友{n}：这是读者留言，说的是别的事情，"
                       "而且写得比较长一些，比正文还长。</p></div>" for n in range(40))
    text, _ = read_html(page(
        "<title>通知</title>",
        f"<div class='main-column'><div class='txt'>{ARTICLE}</div>"
        f"<div id='comments-container'>{comments}</div></div>"))
    assert "全市新增中国名牌产品3个" in text
    assert "读者留言" not in text


def test_a_block_of_related_headlines_inside_the_article_is_left_out() -> None:
    related = "".join(f"<li><a href='/{n}'>嘉禾市第{n}次质量工作例会召开</a></li>" for n in range(8))
    text, _ = read_html(page(
        "<title>通知</title>",
        f"<div class='content'>{ARTICLE * 3}<div class='img-special'><ul>{related}</ul></div></div>"))
    assert "全市新增中国名牌产品3个" in text
    assert "质量工作例会" not in text


# --- the publisher on a publish line -----------------------------------------------------------


def test_a_publisher_in_brackets_after_its_label_is_read_without_them() -> None:
    for line in ("2005年3月11日12:12 来源：[ 嘉禾日报 ]", "来源：[嘉禾日报] 2005-03-11", "来源：【嘉禾日报】"):
        found = read_meta_line(line)
        assert found.source is not None and line[slice(*found.source)] == "嘉禾日报", line


def test_a_periodical_named_in_title_marks_after_the_date_is_the_publisher() -> None:
    line = "http://www.jiahe-news.net 2005年03月21日 11:21 《嘉禾质量周刊》"
    found = read_meta_line(line)
    assert found.source is not None and line[slice(*found.source)] == "嘉禾质量周刊"


def test_the_tail_of_a_web_address_is_no_publisher() -> None:
    """http://www.example.com 2005-03-06: 'com' stands where a publisher would, but is none."""
    found = read_meta_line("http://www.jiahe-news.com/ 　 2005-03-06 16:21:09")
    assert found.date == "2005-03-06" and found.source is None


def test_a_reprint_s_own_date_is_its_labelled_release_not_the_paper_s_edition() -> None:
    """A university's news site reprints a paper's article: 来源 names the paper and its
    edition date, 发稿时间 the page's own; the page's own is the date."""
    _, head = read(page(
        "<title>嘉禾晚报：校园里的读书节--媒体看嘉禾</title>",
        "<h2>嘉禾晚报：校园里的读书节</h2><div>来源：</div><div>嘉禾晚报 2016年4月2日5版</div>"
        f"<div>发稿时间：</div><div>2016-04-06 09:30</div><div class='main'>{ARTICLE}</div>"))
    assert (head.date, head.source) == ("2016-04-06", "嘉禾晚报")


def test_a_reprint_whose_source_is_only_an_edition_takes_the_outlet_from_its_headline() -> None:
    """来源 gives only the edition (2016年4月2日 第5版): the publisher is the outlet that leads
    the headline (某某晚报：…), not the page number."""
    _, head = read(page(
        "<title>嘉禾晚报：校园里的读书节--媒体看嘉禾</title>",
        "<h2>嘉禾晚报：校园里的读书节</h2><div>来源：</div><div>2016年4月2日 第5版</div>"
        f"<div>发稿时间：</div><div>2016-04-06 09:30</div><div class='main'>{ARTICLE}</div>"))
    assert (head.date, head.source) == ("2016-04-06", "嘉禾晚报")
    assert head.found is not None and head.found["source"] == "headline's 媒体名： prefix"


def test_a_person_leading_the_headline_is_no_publisher() -> None:
    _, head = read(page(
        "<title>张某某：谈谈读书这件事</title>",
        f"<h1>张某某：谈谈读书这件事</h1><div>2016-04-06 09:30</div><div class='main'>{ARTICLE}</div>"))
    assert head.source is None


def test_a_blog_s_date_in_a_chinese_locale_is_the_date_and_its_category_no_publisher() -> None:
    """A blog prints its post's category, then the date as 十月 3rd, 2011; the byline's
    periodical (作者：《某某》记者) is the publisher."""
    lines, head = read(page(
        "<title>嘉禾集团的人才培养 | 某某官方博客</title>",
        "<div class='post'><h2><a href='/1.html'>嘉禾集团的人才培养</a></h2>"
        "<span class='post-cat'><a href='/cat'>行业观察</a></span> "
        "<span class='post-calendar'>十月 3rd, 2011</span>"
        "<div class='post-content'><p>作者：《嘉禾商业周刊》记者 王某某</p>"
        f"{ARTICLE}</div></div>"))
    assert (head.date, head.source) == ("2011-10-03", None)
    report = parse("\n".join(lines).encode())
    assert (report.meta.date, report.meta.source) == ("2011-10-03", "嘉禾商业周刊")


def test_the_deepest_place_of_a_breadcrumb_is_the_region_when_the_title_names_none() -> None:
    """A procurement site files its notices under 市 > 县 > 公告: the county is where the
    notice is from; a breadcrumb part that only holds a place's name (某某新闻网) is no place."""
    crumbs = ("<div class='position'>您当前位置： 承德市 &gt; 丰宁县 &gt; 采购公告 &gt; 中标公告</div>"
              "<div class='tt'>2022年乡镇卫生院设备采购中标结果公示</div><div>发布时间：2021-10-11</div>")
    notice = ("<div class='main'><p>一、项目名称：乡镇卫生院设备采购项目，本项目共采购心电图机六台，"
              "已于近日完成评审，现将中标结果公告如下。</p><p>二、中标金额：十六万元。</p></div>")
    report = parse(page("<title>中标公告详细页面</title>", crumbs + notice).encode())
    assert report.meta.region == "丰宁县"
    assert report.meta.found["region"] == "breadcrumb"
    site = crumbs.replace("承德市 &gt; 丰宁县", "嘉禾新闻网 &gt; 新闻资讯")
    assert parse(page("<title>中标公告详细页面</title>", site + notice).encode()).meta.region is None


def test_an_outlet_named_on_its_own_line_above_the_time_is_the_publisher() -> None:
    """A byline block prints the outlet's name, then the time on the line under it."""
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家_嘉禾新闻</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div class='author'><div>播报文章</div>"
        "<div>嘉禾新闻网</div><div>2024-05-20 13:09</div></div>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert (head.date, head.source) == ("2024-05-20", "嘉禾新闻网")


# --- learnt from the sixth page set ------------------------------------------------------------


def test_a_hyphen_inside_a_latin_name_does_not_cut_the_headline_out_of_title() -> None:
    """A heading that is all of og:title is cut at <title>'s separators: the hyphen of Robo-7
    joins a name, not one; a hyphen between two Latin words (GPU-JHT 站名) still parts one."""
    lines, _ = read(page(
        "<title>Robo-7 机械臂精度首超人工，嘉禾科创园量产在即 - 嘉禾科技</title>"
        "<meta property='og:title' content='Robo-7 机械臂精度首超人工，嘉禾科创园量产在即'>",
        f"<div class='main'><h1>Robo-7 机械臂精度首超人工，嘉禾科创园量产在即</h1>{ARTICLE}</div>"))
    assert lines[0] == "Robo-7 机械臂精度首超人工，嘉禾科创园量产在即"
    lines, _ = read(page("<title>嘉禾科创园新建三条产线投产GPU-JHT 嘉禾科技</title>",
                         f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "嘉禾科创园新建三条产线投产GPU"


def test_a_publish_line_that_writes_its_date_in_english_is_read() -> None:
    """发布于 某栏目 · 3 分钟阅读 · Mar 9, 2024: the English date dates the page, and the reading
    time beside it is no publisher."""
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家 - 某某资讯</title>",
        "<h1>嘉禾市新增托育机构十二家</h1>"
        "<div class='meta'>发布于 本地新闻 · 3 分钟阅读 · Mar 9, 2024</div>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert (head.date, head.source) == ("2024-03-09", None)
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家 - 某某资讯</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div>发布时间：9 September 2024</div>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert head.date == "2024-09-09"
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家 - 某某资讯</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div class='main'><p>今年以来，嘉禾市卫健委新建托育机构十二家，"
        "新增托位八百余个，全市普惠托位占比超过六成。</p><p>Mar 9, 2024</p>"
        f"{ARTICLE}</div>"))
    assert head.date is None  # a bare date under the lead is a caption's, in English too


def test_a_credit_at_the_foot_names_the_publisher_over_the_reposting_account() -> None:
    """某某的朋友们 · 2024年06月02日 tops a reprint whose foot credits 本文来自微信公众号“嘉禾观察”:
    the credit is the publisher; with no name at the top, an unquoted credit alone on its
    line (本文来自嘉禾早报) is read from its own string."""
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div>某某的朋友们 · 2024年06月02日 10:15</div>"
        f"<div class='main'>{ARTICLE}<p>本文来自微信公众号“嘉禾观察”，作者：王某，经授权发布。</p></div>"))
    assert (head.date, head.source) == ("2024-06-02", "嘉禾观察")
    assert head.found is not None and head.found["source"] == "the credit at the article's foot"
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div>2024-06-02</div>"
        f"<div class='main'>{ARTICLE}</div><h4>本文来自嘉禾早报</h4><button>扫码查看</button>"))
    assert head.source == "嘉禾早报"


def test_a_credit_that_is_a_disclaimer_or_a_prompt_names_no_publisher() -> None:
    """本文来自某某客户端自媒体，不代表… and 本文来自某某，更多资讯请下载… are not credits."""
    for foot in ("本文来自嘉禾新闻客户端自媒体，不代表本站的观点和立场。",
                 "本文来自嘉禾早报，更多原创资讯请下载客户端"):
        _, head = read(page(
            "<title>嘉禾市新增托育机构十二家</title>",
            "<h1>嘉禾市新增托育机构十二家</h1><div>2024-06-02 10:15</div>"
            f"<div class='main'>{ARTICLE}<p>{foot}</p></div>"))
        assert head.source is None


def test_a_labelled_source_after_the_article_is_the_publisher_when_the_top_names_none() -> None:
    """The time alone under the headline; 编辑：… 来源：某某报 in a table after the text."""
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家</title>",
        "<h1>嘉禾市新增托育机构十二家</h1><div>2024-06-02 10:15:31</div>"
        f"<div class='main'>{ARTICLE}</div>"
        "<table><tr><td>编辑： 李某</td><td>来源： 嘉禾商报</td></tr></table>"))
    assert head.source == "嘉禾商报"


def test_a_byline_of_reporter_and_outlet_above_the_time_names_the_outlet() -> None:
    """王某某/嘉禾青年报 (or 某某社 alone) on the line above the time: the outlet publishes."""
    for byline, outlet in (("王某某/嘉禾青年报", "嘉禾青年报"), ("嘉禾通讯社", "嘉禾通讯社")):
        _, head = read(page(
            "<title>嘉禾市新增托育机构十二家_某某新闻</title>",
            f"<h1>嘉禾市新增托育机构十二家</h1><div class='about'><p>{byline}</p>"
            f"<p>2024-05-20 13:09</p></div><div class='main'>{ARTICLE}</div>"))
        assert head.source == outlet


def test_a_digest_s_name_and_its_lead_item_s_head_joined_in_title_are_the_headline() -> None:
    """<title> 嘉禾晨报：第一条消息 - 站名; the page prints 嘉禾晨报 large and the item's head in
    the text: the headline is <title>'s, and 嘉禾晨报 is no outlet that prints it."""
    lines, head = read(page(
        "<title>嘉禾晨报：嘉禾科创园新建三条产线投产 - 某某站</title>",
        "<div class='header'><div class='title'>嘉禾晨报</div></div>"
        "<div class='main'><h2>今日要闻</h2><h3><span class='itemTitle'>"
        f"嘉禾科创园新建三条产线投产</span></h3>{ARTICLE}</div>"))
    assert lines[0] == "嘉禾晨报：嘉禾科创园新建三条产线投产"
    assert head.source is None


def test_a_name_alone_between_the_headline_and_a_labelled_publish_time_is_the_publisher() -> None:
    """标题 / 某某账号 / 发布时间：06-02 10:15: an account's post names its account there; a
    line that is a label or a date is no name, and an unlabelled time keeps its own rule."""
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家</title>",
        "<div class='art'><h2 class='title'>嘉禾市新增托育机构十二家</h2><div>嘉禾小记者</div>"
        f"<div>发布时间：2024-06-02 10:15</div></div><div class='main'>{ARTICLE}</div>"))
    assert head.source == "嘉禾小记者"
    _, head = read(page(
        "<title>嘉禾市新增托育机构十二家</title>",
        "<div class='art'><h2 class='title'>嘉禾市新增托育机构十二家</h2><div>嘉禾小记者</div>"
        f"<div>2024-06-02 10:15</div></div><div class='main'>{ARTICLE}</div>"))
    assert head.source is None
