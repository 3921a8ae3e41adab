"""Page families from blind page sets, each pinned by a page written for the test: a headline
and its subtitle joined by a dash, a two-digit year on a publish line, a date in the cell
beside the publisher, a lead set apart above the article, a site's disclaimer notice."""

from __future__ import annotations

from qsreport.segmenting.metaline import read_meta_line

from .page_helpers import page, read

ARTICLE = ("<p>今年以来，县市场监管局在全县开展食品安全专项整治，共检查餐饮单位412家，"
           "责令整改问题37个，群众满意度明显提升。</p>"
           "<p>下一步，该局将继续加大抽检力度，确保全县食品安全形势稳定向好。</p>")


def test_title_whole_when_it_is_a_headline_and_its_subtitle_printed_so() -> None:
    """<title> is 主标题-副标题 with no site's name, and the page prints it whole: the
    headline is all of it, not its longer half."""
    lines, head = read(page(
        "<title>守护河湖生态环境-枫桥镇组建百人志愿巡河队伍</title>",
        "<div class='menu'><a href='/'>首页</a></div>"
        "<table><tr><td>守护河湖生态环境-枫桥镇组建百人志愿巡河队伍</td></tr></table>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "守护河湖生态环境-枫桥镇组建百人志愿巡河队伍"
    assert head.found is not None and head.found["title"].startswith("<title> whole")


def test_title_still_cut_at_a_site_or_office_name() -> None:
    """主标题-某某局: the half after the dash is an office's name, cut off as before."""
    lines, _ = read(page(
        "<title>枫桥镇组建百人志愿巡河队伍-青川县水利局</title>",
        "<table><tr><td>枫桥镇组建百人志愿巡河队伍-青川县水利局</td></tr></table>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "枫桥镇组建百人志愿巡河队伍"


def test_heading_holding_headline_and_subtitle_is_kept_whole() -> None:
    """The heading (主标题—副标题) is og:title and part of <title> after the site's and the
    column's names: the heading stands whole, its subtitle too."""
    lines, _ = read(page(
        "<title>青川县卫生服务中心-专题文章-读懂四季作息—老年人睡眠小常识</title>"
        "<meta property='og:title' content='读懂四季作息—老年人睡眠小常识'>"
        "<meta property='og:site_name' content='青川县卫生服务中心'>",
        "<div class='title'><strong>读懂四季作息—老年人睡眠小常识</strong></div>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "读懂四季作息—老年人睡眠小常识"


def test_two_digit_year_with_a_clock_on_a_labelled_publish_line() -> None:
    """09-11-21 13:34 on a line with 来源: the year is 2009; without a clock, no date."""
    line = "青川新闻网 08-03-17 09:05 【打印】 来源： 青川日报"
    assert read_meta_line(line).date == "2008-03-17"
    assert read_meta_line("来源：青川日报 03-17").date is None


def test_date_in_the_cell_beside_the_publisher() -> None:
    """A publisher's block of cells (date / counter / 来源), the date a few cells from the
    来源 line: the date is read."""
    _, head = read(page(
        "<title>全县开展食品安全专项整治-青川县</title>",
        f"<div class='main'>{ARTICLE}</div>"
        "<table><tr><td>2017-04-09</td><td>浏览（52）</td><td>来源：青川日报</td></tr>"
        "<tr><td>撰稿：</td></tr></table>"))
    assert (head.date, head.source) == ("2017-04-09", "青川日报")


def test_lead_set_apart_above_the_article_is_kept() -> None:
    """A summary in a block of its own between the publish line and the article's block is
    part of the text."""
    lead = ("县市场监管局近日通报，今年以来全县共抽检食品批次1280批，合格率达到98.6%，"
            "比去年同期提高了1.2个百分点。")
    lines, _ = read(page(
        "<title>全县食品抽检合格率稳步提升_青川网</title>",
        "<h1>全县食品抽检合格率稳步提升</h1><div>2020年6月3日 食品安全</div>"
        f"<div class='lead'><p>{lead}</p></div><div class='main'>{ARTICLE}</div>"))
    assert lead in lines
    assert lines.index(lead) < next(i for i, line in enumerate(lines) if "412家" in line)


def test_disclaimer_notice_is_never_the_article() -> None:
    """A short report loses no more to the site's long copyright and disclaimer notice, and
    a notice under the article is cut from its heading on."""
    notice = ("<div id='shengming'>青川网版权与免责声明<br>"
              + "".join(f"{n}、本站刊登的稿件均由作者授权发布，如需转用请先与编辑部书面联系，"
                        "擅自转用、改编或汇编这些稿件的单位和个人须承担由此产生的一切后果。<br>"
                        for n in range(1, 5)) + "</div>")
    lines, _ = read(page(
        "<title>全县开展食品安全专项整治_青川网</title>",
        "<h1>全县开展食品安全专项整治</h1>"
        "<div><p>县市场监管局组织检查餐饮单位412家，责令整改问题37个。</p></div>"
        f"<div><div>{notice}</div></div>"))
    assert any("412家" in line for line in lines)
    assert not any("免责声明" in line for line in lines)
    lines, _ = read(page(
        "<title>全县开展食品安全专项整治_青川网</title>",
        f"<h1>全县开展食品安全专项整治</h1><div class='main'>{ARTICLE}"
        "<p>[责任编辑 王某 ]</p><p>青川网版权与免责声明：</p><p>①</p>"
        "<p>本站自采稿件的著作权归编辑部所有，如需转用请先联系。</p></div>"))
    # (the editor's bracketed line above the notice goes too: furniture, not the article)
    assert lines[-1] == "下一步，该局将继续加大抽检力度，确保全县食品安全形势稳定向好。"
    assert not any("责任编辑" in line for line in lines)


def test_subtitle_right_under_the_headline_is_kept() -> None:
    """A subtitle line (副题) between the headline and the article, with only the article under
    it, is part of the text; a byline in its place is not taken as one."""
    lines, _ = read(page(
        "<title>青川县推进农村饮水安全工程</title>",
        "<h2>青川县推进农村饮水安全工程</h2><p class='subtitle'>今年新建集中供水站点36处</p>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert "今年新建集中供水站点36处" in lines
    lines, _ = read(page(
        "<title>青川县推进农村饮水安全工程</title>",
        "<h2>青川县推进农村饮水安全工程</h2><p>本报记者 王青山 通讯员 李川东</p>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert not any("通讯员" in line for line in lines)


def test_opening_paragraph_between_the_publish_line_and_a_wrapped_article_is_kept() -> None:
    """No headline element: the opening paragraph printed after the publish line and the font
    buttons, outside the block that wraps the rest of the article, is part of the text."""
    opening = ("农村饮水安全是一项民生工程，关系到千家万户的身体健康，也关系到乡村振兴战略"
               "能否顺利推进。")
    lines, _ = read(page(
        "<title>青川县推进农村饮水安全工程-水利-青川县政府</title>",
        "<table><tr><td>2018-03-02 10:15 稿源： 青川日报</td></tr>"
        "<tr><td>【字号：大 | 中 | 小】</td></tr>"
        f"<tr><td><p>{opening}</p><div>{ARTICLE}{ARTICLE}</div></td></tr></table>"))
    assert opening in lines


def test_disclaimer_block_inside_the_article_is_left_out() -> None:
    """A disclaimer notice set as a block inside the article's block (its heading first) is
    left out of the text; a headline that reports a firm's notice is no disclaimer."""
    lines, _ = read(page(
        "<title>全县开展食品安全专项整治_青川网</title>",
        f"<h1>全县开展食品安全专项整治</h1><div class='main'>{ARTICLE}"
        "<div class='bqsm'><div>版权与免责声明</div><div>1.本站自采稿件的著作权归编辑部所有，"
        "如需转用请先书面联系编辑部并标明出处。</div></div>"
        f"{ARTICLE}</div>"))
    assert not any("免责声明" in line or "自采稿件" in line for line in lines)
    lines, _ = read(page(
        "<title>青川某食品公司发布反侵权公告_青川网</title>",
        "<div class='main'><p>青川某食品公司发布反侵权公告</p>"
        "<p>近日，青川某食品公司就市场上出现的仿冒包装产品发布公告，提醒消费者认准正品标识，"
        "该公司已向县市场监管局反映有关情况，执法人员随即对3家门店开展检查。</p></div>"))
    assert any("仿冒包装" in line for line in lines)


def test_anti_infringement_notice_at_the_foot_is_cut() -> None:
    """反侵权公告： under a reprint, with its numbered clauses, is cut from its heading on."""
    lines, _ = read(page(
        "<title>全县开展食品安全专项整治_青川网</title>",
        f"<h1>全县开展食品安全专项整治</h1><div class='main'>{ARTICLE}<p>（青川网编辑 赵某）</p>"
        "<p>反侵权公告：</p><p>一、任何单位或个人在公开平台使用本报社作品，须事先取得书面授权。</p>"
        "<p>二、欢迎读者提供侵权线索。</p></div>"))
    assert lines[-1] == "（青川网编辑 赵某）"


def test_title_headline_and_subtitle_before_the_site_s_name() -> None:
    """<title> is 主标题-副标题_站名: without the site's name after its last separator, the
    printed headline and subtitle stand whole."""
    lines, _ = read(page(
        "<title>守护河湖生态环境-枫桥镇组建百人志愿巡河队伍_青川新闻网</title>",
        "<table><tr><td>守护河湖生态环境-枫桥镇组建百人志愿巡河队伍</td></tr></table>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "守护河湖生态环境-枫桥镇组建百人志愿巡河队伍"


def test_heading_cut_at_a_column_name_the_menu_shows() -> None:
    """A heading that is all of <title>, 标题-栏目名, where the menu shows the column's name
    on its own: the column's name is cut off as before."""
    lines, _ = read(page(
        "<title>枫桥镇组建百人志愿巡河队伍-乡镇工作动态信息</title>",
        "<div class='menu'><a href='/d'>乡镇工作动态信息</a></div>"
        "<h1>枫桥镇组建百人志愿巡河队伍-乡镇工作动态信息</h1>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert lines[0] == "枫桥镇组建百人志愿巡河队伍"


def test_byline_with_reporters_by_role_names_the_outlet() -> None:
    """某某报 记者 王某 编辑 李某 above a bare publish time: the outlet is the publisher."""
    _, head = read(page(
        "<title>全县开展食品安全专项整治</title>",
        "<div class='title'>全县开展食品安全专项整治</div>"
        "<div>青川晚报 记者 王青山 编辑 李川东</div><div>2017-05-26 02:30</div>"
        f"<div class='main'>{ARTICLE}</div>"))
    assert (head.source, head.date) == ("青川晚报", "2017-05-26")
