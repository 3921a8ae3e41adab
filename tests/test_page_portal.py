"""A government portal's page: the place whose government runs the site (its name in <title>,
the footer's 主办 or 版权所有 line) as the region of a story that names no place of its own,
and of one told from Hong Kong, Macau or abroad; not from a ministry's site, a paper's, or an
organiser the story itself names. Also the headline under a kicker where <title> and a logo
heading are only the portal's name, a province's paper whose lead opens on one of its cities,
and a publish line's tools. Pages written for the test, with invented stories."""

from __future__ import annotations

from qsreport import parse

from .page_helpers import page

STORY = ("<p>5月8日上午，社区文化活动室举办邻里书画交流活动，二十余名居民和志愿者到场，"
         "现场挥毫泼墨、互赠作品，气氛热烈。</p>"
         "<p>活动负责人表示，今后将每月举办一次，让更多居民参与社区文化生活。</p>")


def _portal_page(title: str, headline: str, story: str, footer: str = "",
                 publish: str = "发布时间：2031-05-09 09:30 来源：街道办事处") -> str:
    return page(f"<meta charset='utf-8'><title>{title}</title>",
                f"<div class='article'><h1>{headline}</h1><p>{publish}</p>"
                f"<div class='content'>{story}</div></div><div class='foot'>{footer}</div>")


def _region(markup: str) -> str | None:
    return parse(markup.encode()).meta.region


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
