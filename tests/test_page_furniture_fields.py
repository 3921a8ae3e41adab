"""A page's header read past markup the parser splits, an event's field table and a platform's
column prefix; and the furniture a page prints in or under the article that readers do not
count as the article: scan prompts, browser notices, the staff's names, a periodical's
subscription data and profile, help lines. Pages and lines written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.html.furniture import drop_tool_lines, is_tool_line
from qsreport.html.page import read_page
from qsreport.html.tail import trim_tail

from .page_helpers import page, read

STORY = ("<div class='main'><p>近日，县市场监管局组织开展秋季农贸市场计量器具专项检查，共检查市场十二家，"
         "检定电子秤四百一十台。</p><p>检查中发现部分商户使用未经检定的计量器具，执法人员当场责令整改，"
         "并对三家商户立案调查。</p></div>")
BODY = ["青石县召开食品安全工作会议，部署夏季专项检查。",
        "会议通报了上半年全县食品抽检情况，不合格样品较去年同期减少三成。",
        "会议要求各乡镇市场监管所加强对农村集市的巡查，守住不发生系统性风险的底线。"]


def test_a_heading_the_parser_empties_still_gives_the_headline() -> None:
    """<h1><p>标题</p></h1>: the parser closes the heading at the paragraph, which then stands
    after an empty heading; that paragraph, held in <title>, is the headline, not a line of
    the story above the publish line."""
    lines, head = read(page(
        "<title>青石县秋季计量检查启动_工作动态_青石县人民政府</title>",
        "<h1>\n  <p>青石县秋季计量检查启动</p>\n</h1>"
        "<div><p>人员名单 甲单位负责人、乙单位负责人张某某</p><p>来源：县市场监管局</p></div>" + STORY))
    assert lines[0] == "青石县秋季计量检查启动"
    assert head.found is not None and head.found["title"] == "<h1> inside <title>"


def test_an_empty_logo_heading_takes_no_text_from_after_it() -> None:
    """A heading that holds an element (a logo's image) is not an emptied one: the paragraph
    after it is not read as its text; the emptied heading's is."""
    logo = read_page(page("<title>青石县人民政府</title>",
                          "<h1><a href='/'><img src='logo.png'></a></h1><p>青石县秋季计量检查启动</p>"))
    emptied = read_page(page("<title>青石县人民政府</title>", "<h1> <p>青石县秋季计量检查启动</p></h1>"))
    assert logo is not None and emptied is not None
    assert logo.headings[0].moved_text() == ""
    assert emptied.headings[0].moved_text() == "青石县秋季计量检查启动"


EVENT = ("<h1>青石县第三届农产品展销会</h1><div class='info'>"
         "<dl><dt>区域：</dt><dd>{area}</dd></dl><dl><dt>开始时间：</dt><dd>2024-10-11</dd></dl>"
         "<dl><dt>地点：</dt><dd>县会展中心</dd></dl><dl><dt>结束时间：</dt><dd>2024-10-13</dd></dl>"
         "<dl><dt>来源：</dt><dd>县农业农村局</dd></dl></div>")


def test_an_events_times_are_not_its_publish_date_and_its_area_field_is_its_place() -> None:
    """An event page's field table: 开始时间 and 结束时间 are the event's, not when the page was
    published (the page's <meta> date is taken instead); 来源 is its publisher; 区域 names the
    place the page is about, as a breadcrumb's place does, before the publisher's."""
    head_tags = ("<meta charset='utf-8'><title>青石县第三届农产品展销会_活动_某市政府网</title>"
                 "<meta name='PubDate' content='2024-09-20 10:00'>")
    markup = page(head_tags, EVENT.format(area="萧山区") + STORY)
    _, head = read(markup)
    assert head.date == "2024-09-20" and head.source == "县农业农村局"
    assert parse(markup.encode()).meta.region == "萧山区"


def test_a_labelled_publish_time_still_dates_the_page_and_a_non_place_area_is_no_region() -> None:
    """发布时间 is the page's own time, whatever event fields stand near it; an area field that
    names no place (区域：线上) gives no region."""
    markup = page("<meta charset='utf-8'><title>青石县第三届农产品展销会_活动</title>",
                  EVENT.format(area="线上") + "<p>发布时间：2024-09-21</p>" + STORY)
    _, head = read(markup)
    assert head.date == "2024-09-21"
    assert head.crumbs == ()


WECHAT = ("<meta property='og:site_name' content='微信公众平台'>"
          "<meta property='og:title' content='{title}'><title></title>")


def test_a_wechat_articles_column_prefix_is_kept_and_its_account_read_from_htmldecode() -> None:
    """A WeChat article's headline is what its author wrote, column and all (栏目｜标题): no
    site's name to cut. Newer pages write the account's name as htmlDecode("…")."""
    title = "乡村观察｜青石县三个村子的秋收账本"
    lines, head = read(page(
        WECHAT.format(title=title),
        f"<h1 class='rich_media_title'>{title}</h1>{STORY}"
        "<script>var nickname = htmlDecode(\"青石乡土周刊\");\nvar ct = \"1727000000\";</script>"))
    assert lines[0] == title
    assert head.source == "青石乡土周刊"


def test_another_sites_meta_title_still_loses_the_sites_name() -> None:
    """A page (not a platform's) whose heading is its og:title, the site's name after a bar,
    and whose <title> is empty: the site's name is still cut."""
    lines, _ = read(page(
        "<meta property='og:title' content='青石县三个村子的秋收账本｜青石新闻网'><title></title>",
        "<h1>青石县三个村子的秋收账本｜青石新闻网</h1><p>2024-09-22 08:00</p>" + STORY))
    assert lines[0] == "青石县三个村子的秋收账本"


def test_scan_prompts_and_browser_notices_are_dropped_wherever_they_stand() -> None:
    """A scan-to-phone or scan-to-share prompt and a browser notice are the page's tools, in
    the middle of the article's block as at its foot."""
    tools = ["手机扫一扫打开此页", "请用微信扫描二维码，在手机上阅读本文",
             "用微信扫一扫，点击右上角按钮，将本文分享给您的好友或朋友圈。",
             "您的浏览器版本过低，请升级后访问", "为获得更好的浏览体验，建议升级浏览器后访问"]
    for tool in tools:
        assert is_tool_line(tool), tool
    assert drop_tool_lines([BODY[0], *tools, *BODY[1:]]) == BODY


def test_a_sentence_that_asks_readers_to_scan_a_code_stays() -> None:
    """The report's own advice to scan a code to look a result up, or a story about browsers,
    is not a tool line."""
    lines = ["消费者可扫一扫商品包装上的二维码，查询该批次产品的抽检结果。",
             "扫码查询检测结果",
             "该浏览器新版本于上月发布，修复了多项安全漏洞。"]
    assert drop_tool_lines(lines) == lines


def test_the_staffs_names_at_the_foot_are_furniture() -> None:
    """Editors', checkers' and reporters' names at the foot, a code beside a name, several
    fields on one line or bracketed, are no part of the article."""
    staff = ["（记者 钱某某 通讯员 孙某）", "编辑：周某 审核：吴某某 校对：郑某",
             "责任编辑：冯某某（QS017）", "编　辑：陈　某"]
    assert trim_tail([*BODY, *staff]) == BODY


def test_a_last_sentence_about_the_editors_stays() -> None:
    """A sentence of the report that names an editor is no line of names."""
    lines = [*BODY, "编辑部表示，将继续跟踪报道此事进展。"]
    assert trim_tail(lines) == lines


def test_a_periodicals_subscription_data_and_profile_end_the_article() -> None:
    """A magazine's prompt to subscribe, its serial and postal numbers, its reader's mailbox,
    its reprint notice and, under 关于我们, its profile are not the story's."""
    foot = ["更多阅读，欢迎订阅", "欢迎订阅纸本期刊", "国内统一刊号：CN00-0000/C", "邮发代号：00—000",
            "读者服务邮箱：reader@example.com", "转载须知：",
            "【原创文章】本刊原创文章，欢迎个人转发分享，未经允许禁止转载。", "关于我们",
            "《青石乡土》周刊创刊于二〇〇一年，每周一出版，是一本以乡村报道为主的综合性刊物。",
            "本刊坚持贴近基层、服务农民的办刊方向，深受读者喜爱。"]
    assert trim_tail([*BODY, *foot]) == BODY


def test_a_help_line_under_a_sad_story_is_furniture_and_a_complaint_line_is_not() -> None:
    """A psychological help line printed under a story is the site's box; the report's own
    last line telling consumers where to complain stays."""
    help_line = "如果你或身边的人正遭受情绪困扰，请拨打心理援助热线：000-0000-0000"
    assert trim_tail([*BODY, help_line]) == BODY
    for last in ("消费者如发现问题，可拨打12315投诉举报热线反映。",
                 "下一步，县局将保障群众生命财产安全，开通全天候举报热线。"):
        assert trim_tail([*BODY, last]) == [*BODY, last]
