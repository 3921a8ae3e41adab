"""Pages titled by a short name of their own: a person's profile and a school's introduction on
the site that keeps them. The headline is the name ``<title>`` opens on (or closes on) beside the
site's name, printed at the article, not the section's name a menu holds; and a person's profile
names no region, neither the site's place nor the places of the person's life. Pages written
for the test, with invented people and stories."""

from __future__ import annotations

from qsreport import parse

from .page_helpers import page, read

MENU = ("<ul class='side'><li><a href='../a/index.htm'><div class='title'>专业带头人</div></a></li>"
        "<li><a class='cur' href='index.htm'><div class='title'>骨干教师</div></a></li>"
        "<li><a href='../c/index.htm'><div class='title'>青年教师</div></a></li></ul>")
BIOGRAPHY = ("<p>{name}，{facts}，长期从事声乐教学与舞台实践，先后执教本科、高职多门课程，"
             "指导学生在各类比赛中获奖多次。</p>"
             "<p>近年来主持教学改革课题两项，出版教材一部，多次应邀赴外地讲学。</p>")


def _profile(title: str, name: str, facts: str, name_tag: str = "div class='title big'",
             menu: str = MENU) -> str:
    close = name_tag.split()[0]
    return page(f"<meta charset='utf-8'><title>{title}</title>",
                f"<div class='nav'>{menu}</div><div class='main'><{name_tag}>{name}</{close}>"
                f"<h3>个人简介</h3><div class='article'>{BIOGRAPHY.format(name=name, facts=facts)}"
                "</div></div><div class='foot'>版权所有：浙江大学</div>")


def _meta(markup: str) -> tuple[str | None, str | None]:
    meta = parse(markup.encode()).meta
    return meta.title, meta.region


def test_a_short_name_that_opens_title_beside_the_site_is_the_headline() -> None:
    """名字-栏目-学校: the name printed above the text, not the section a menu item names, nor
    the site's name."""
    lines, head = read(_profile("甄文澜-骨干教师-浙江大学", "甄文澜", "女，1975年生于某地"))
    assert lines[0] == "甄文澜"
    two = _profile("林溪_浙江大学", "林溪", "男，声乐教师", name_tag="h1")
    assert read(two)[0][0] == "林溪"
    assert head.found is not None and "inside <title>" in head.found["title"]


def test_the_name_may_close_title_after_the_site_and_the_section() -> None:
    """学校|栏目|名字, the order some templates use: the name at the article."""
    lines, _ = read(_profile("浙江大学|骨干教师|甄文澜", "甄文澜", "男，1968年出生"))
    assert lines[0] == "甄文澜"


def test_a_short_heading_away_from_the_article_or_beside_no_site_name_is_no_headline() -> None:
    """A two-character caption in a sidebar, far from the text, is not taken for the page's
    name; nor a short heading whose <title> names no site beside it."""
    far = page("<meta charset='utf-8'><title>新闻-浙江大学</title>",
               "<div class='side'><h2>新闻</h2><ul><li><a href='1.htm'>某某学院举办校园开放日活动</a></li>"
               "<li><a href='2.htm'>某某学院召开教学工作会议</a></li></ul><p>更多</p><p>联系我们</p>"
               "<p>电话：0000-1234567</p><p>地址：某某路1号</p><p>邮编：000000</p></div>"
               "<div class='article'><h2>某某学院举办校园开放日活动</h2>"
               "<p>6月1日，某某学院举办校园开放日活动，数百名家长和学生来校参观，了解专业设置。</p></div>")
    assert read(far)[0][0] != "新闻"
    no_site = _profile("甄文澜-骨干教师", "甄文澜", "女，1975年生于某地")
    assert read(no_site)[0][0] != "甄文澜"


def test_a_menu_item_in_title_gives_way_to_the_heading_the_article_prints() -> None:
    """栏目-学校 where the section's heading is a button in a link: the article's own heading."""
    markup = page("<meta charset='utf-8'><title>学校概况-某某艺术学校</title>",
                  "<div class='btns'><a href='/gk/index.html'><button><h3>学校概况</h3><p>ABOUT</p>"
                  "</button></a><a href='/ld/index.html'><button><h3>现任领导</h3></button></a></div>"
                  "<div class='right'><h3>某某艺术学校概况</h3><div class='text'>"
                  "<p>某某艺术学校创办于1950年，是一所以美术教育为主的中等专业学校，现有在校生八百余人。</p>"
                  "<p>学校设有绘画、设计、雕塑等专业，办学条件良好，师资力量雄厚。</p></div></div>")
    lines, head = read(markup)
    assert lines[0] == "某某艺术学校概况"
    assert head.found is not None and "a link" in head.found["title"]


def test_a_linked_headline_with_nothing_printed_at_the_article_stays() -> None:
    """A headline that is itself held in a link (a post linking to its own address), with no
    other heading at the article: still the headline."""
    markup = page("<meta charset='utf-8'><title>某某社区举办邻里节活动-某某网</title>",
                  "<div class='post'><a href='self.htm'><h2>某某社区举办邻里节活动</h2></a>"
                  "<div class='text'><p>5月9日，某某社区举办邻里节活动，三百余名居民参加，"
                  "现场设置游戏、义诊、书画等摊位。</p></div></div>")
    assert read(markup)[0][0] == "某某社区举办邻里节活动"


def test_a_person_s_profile_names_no_region() -> None:
    """A teacher's profile on a school's site: no region — not the school's city, nor the
    places the person was born or trained in; each way of giving the particulars."""
    for facts in ("女，1975年生于宁波", "生于1962年，浙江温州人", "1958年生人，籍贯：湖州",
                  "男，汉族，中共党员", "1970年5月出生于绍兴"):
        assert _meta(_profile("甄文澜-骨干教师-浙江大学", "甄文澜", facts)) == ("甄文澜", None), facts


def test_the_school_s_own_news_and_introduction_keep_the_site_s_place() -> None:
    """The same site's news story, and an introduction of a place that began in a year (始建于,
    诞生于): the school's city, as before."""
    story = page("<meta charset='utf-8'><title>某某学院举办声乐比赛-浙江大学</title>",
                 "<div class='article'><h1>某某学院举办声乐比赛</h1><p>发布时间：2031-05-09</p>"
                 "<div class='text'><p>5月8日，某某学院举办第五届声乐比赛，四十余名学生参赛，"
                 "评出一等奖三名。</p></div></div><div class='foot'>版权所有：浙江大学</div>")
    assert _meta(story)[1] == "杭州市"
    museum = page("<meta charset='utf-8'><title>某某馆-浙江大学</title>",
                  "<div class='main'><h1>某某馆</h1><div class='text'><p>某某馆诞生于1992年，"
                  "始建于校园东侧，馆藏书画三千余件，常年对师生开放。</p></div></div>"
                  "<div class='foot'>版权所有：浙江大学</div>")
    assert _meta(museum) == ("某某馆", "杭州市")


def test_other_forms_of_the_particulars_and_of_title() -> None:
    """Written after the rule, to check its reach: a month without a day, 出生于 before the
    year, the sex after a nationality, 出生在, a year in words; and <title> with spaced dashes,
    a full-width bar, doubled underscores, the site first, a long dash."""
    for facts in ("1966年12月生，江苏南通人", "出生于1971年，毕业于某某学院", "满族，女，1983年毕业于某某大学",
                  "1955年出生在上海", "生于一九六〇年，江西人"):
        assert _meta(_profile("甄文澜-骨干教师-浙江大学", "甄文澜", facts)) == ("甄文澜", None), facts
    for title in ("甄文澜 - 骨干教师 - 浙江大学", "甄文澜｜浙江大学", "甄文澜__骨干教师__浙江大学",
                  "浙江大学-甄文澜", "甄文澜—浙江大学"):
        assert read(_profile(title, "甄文澜", "声乐教师"))[0][0] == "甄文澜", title
