"""A government portal's page: the place whose government runs the site (its name in <title>,
the footer's 主办 or 版权所有 line) as the region of a story that names no place of its own,
and of one told from Hong Kong, Macau or abroad; not from a ministry's site, a paper's, or an
organiser the story itself names. Also the headline under a kicker where <title> and a logo
heading are only the portal's name, a province's paper whose lead opens on one of its cities,
and a publish line's tools. Pages written for the test, with invented stories."""

from __future__ import annotations

from qsreport import parse
from qsreport.html.owner import portal_place

from .page_helpers import page, read

STORY = ("<p>5月8日上午，社区文化活动室举办邻里书画交流活动，二十余名居民和志愿者到场，"
         "现场写字作画、交换作品，气氛热烈。</p>"
         "<p>活动负责人表示，今后将每月举办一次，让更多居民参与社区文化生活。</p>")


def _portal_page(title: str, headline: str, story: str, footer: str = "",
                 publish: str = "发布时间：2031-05-09 09:30 来源：街道办事处") -> str:
    return page(f"<meta charset='utf-8'><title>{title}</title>",
                f"<div class='article'><h1>{headline}</h1><p>{publish}</p>"
                f"<div class='content'>{story}</div></div><div class='foot'>{footer}</div>")


def _region(markup: str) -> str | None:
    return parse(markup.encode()).meta.region


def test_a_story_of_no_place_on_a_district_s_portal_is_the_district_s() -> None:
    """No place in the headline or the story: the district whose government's site it is, by
    the site's name in <title>, or by the footer's 主办 line when <title> is the headline."""
    named = _portal_page("邻里书画交流活动举行-浙江省绍兴市柯桥区人民政府网站",
                         "邻里书画交流活动举行", STORY)
    assert _region(named) == "浙江省绍兴市柯桥区"
    footer = _portal_page("邻里书画交流活动举行", "邻里书画交流活动举行", STORY,
                          "<p>主办：衢州市人民政府办公室 承办：衢州市大数据局</p>")
    assert _region(footer) == "衢州市"
    before = _portal_page("邻里书画交流活动举行", "邻里书画交流活动举行", STORY,
                          "<p>中共衢州市委、衢州市人民政府主办</p>")
    assert _region(before) == "衢州市"


def test_the_portal_ranks_after_the_story_s_own_place() -> None:
    """A county named in the headline, on a province's portal: the county, not the province."""
    markup = _portal_page("开化县邻里书画交流活动举行_市县动态_浙江省人民政府门户网站",
                          "开化县邻里书画交流活动举行", STORY)
    assert _region(markup) == "开化县"


def test_a_portal_s_story_told_from_hong_kong_or_macau_is_its_government_s() -> None:
    """A city's exhibition shown in Macau, a province's leader meeting guests from Hong Kong:
    the portal's place; the same story on a paper's site keeps the place it names."""
    show = ("<p>9月20日，衢州画家作品展在澳门开幕，展出作品八十余幅，吸引众多观众前来参观。</p>"
            "<p>展览将持续一周，其间还将举办两场书画交流会。</p>")
    markup = _portal_page("衢州画家作品赴澳门展出_衢州市人民政府网站",
                          "画家作品赴澳门展出", show, publish="发布时间：2031-09-21 10:00")
    assert _region(markup) == "衢州市"
    paper = _portal_page("画家作品赴澳门展出_某某新闻网", "画家作品赴澳门展出", show,
                         publish="发布时间：2031-09-21 10:00")
    assert _region(paper) != "衢州市"


def test_no_portal_place_from_a_ministry_s_a_paper_s_or_the_story_s_own_organiser() -> None:
    """A ministry's site names no place; a news site (某某网, 某某日报) is no government's; an
    organiser's line inside the story (主办单位：…) is no footer."""
    assert portal_place("", "通知标题 - 中华人民共和国某某部政府门户网站", "通知标题", "") is None
    assert portal_place("", "标题_衢州日报", "标题", "") is None
    story = "主办单位：衢州市人民政府办公室 承办单位：某某大学"
    markup = f"<div><p>{story}</p></div>"
    assert portal_place(markup, "标题", "标题", story) is None
    assert portal_place(markup, "标题", "标题", "") == "衢州市"


def test_a_ministry_notice_naming_a_university_in_its_text_is_given_no_city() -> None:
    """An organiser's line in a national notice (承办单位：某地的大学) is no footer of a
    university's site."""
    notice = ("<p>各有关单位：</p>"
              "<p>为做好本年度有关宣传活动，现将有关事项通知如下。</p>"
              "<p>一、组织单位 主办单位：某某部某某司 承办单位：某某中心、复旦大学</p>"
              "<p>二、活动时间 即日起至12月底。</p>")
    markup = _portal_page("关于举办某某宣传活动的通知 - 中华人民共和国某某部政府门户网站",
                          "关于举办某某宣传活动的通知", notice,
                          publish="发布日期：2031-06-02 来源：某某部")
    assert _region(markup) is None


def test_the_headline_under_a_kicker_beats_a_logo_heading_named_like_the_portal() -> None:
    """<title> is only the portal's name and so is the logo's <h1>: the headline is the <h1> at
    the article, under its <h2> kicker, and the kicker is no headline."""
    markup = page("<meta charset='utf-8'><title>浙江省人民政府门户网站 - www.example.gov.cn</title>",
                  "<div class='logo'><h1>浙江省人民政府门户网站</h1></div>"
                  "<div class='article'><h2>全省重点工程之一</h2><h1>某某水库工程开工建设</h1>"
                  "<p>来源：某某日报 2031-10-11 08:30</p><div class='content'>"
                  "<p>10月9日，某某水库工程在施工现场举行开工仪式，标志着工程进入全面建设阶段。</p>"
                  "<p>工程建成后可新增灌溉面积五万亩，惠及沿线三个乡镇。</p></div></div>")
    lines, _ = read(markup)
    assert lines[0] == "某某水库工程开工建设"
    assert parse(markup.encode()).meta.title == "某某水库工程开工建设"


def test_a_province_s_paper_whose_lead_opens_on_one_of_its_cities_is_the_city_s() -> None:
    """浙江日报's story opening on 浙江衢州市…: the city; one that speaks of the whole province
    (全省) keeps the province."""
    lead = ("<p>浙江衢州市某某水库工程近日开工，总投资十二亿元，计划三年建成。</p>"
            "<p>工程建成后可新增灌溉面积五万亩，惠及沿线三个乡镇。</p>")
    markup = _portal_page("某某水库工程开工", "某某水库工程开工", lead,
                          publish="来源：浙江日报 2031-10-11 08:30")
    assert _region(markup) == "衢州市"
    whole = lead.replace("惠及沿线三个乡镇", "是全省今年开工的最大水利项目")
    assert _region(_portal_page("某某水库工程开工", "某某水库工程开工", whole,
                                publish="来源：浙江日报 2031-10-11 08:30")) == "浙江"


def test_a_compiled_credit_names_no_publisher_s_place() -> None:
    """来源：综合自某某网、衢州某某学院… credits the outlets a round-up was compiled from: the
    place inside one of them is not the story's."""
    markup = _portal_page("中药知识宣传月系列活动举行", "中药知识宣传月系列活动举行", STORY,
                          publish="发布时间：2031-05-09 来源：综合自某某网、衢州某某学院")
    assert _region(markup) is None


def test_a_publish_line_s_tools_are_not_kept_in_the_text() -> None:
    """字号：大中小, 分享至：, 【内容纠错】 and 【打印】 printed at the end of the publish line are
    the page's tools; the date and the publisher before them stay."""
    for tools in ("字号：大中小 分享至：", "字号： 【大 中 小】 【内容纠错】", "分享：", "【打印】【关闭】"):
        lines, head = read(_portal_page("标题", "邻里书画交流活动举行", STORY,
                                        publish=f"发布时间：2031-05-09 09:30 来源：街道办事处 {tools}"))
        assert lines[1] == "发布时间：2031-05-09 09:30 来源：街道办事处"
        assert head.source == "街道办事处"
    lines, _ = read(_portal_page("标题", "邻里书画交流活动举行", STORY,
                                 publish="发布时间：2031-05-09 09:30 作者： 大中"))
    assert lines[1] == "发布时间：2031-05-09 09:30 作者： 大中"
