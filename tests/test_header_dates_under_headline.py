"""A report's date from a publish line right under its headline and over its lead, where a
page's notices above them read as sentences and end the header's own reading. Every text here
is written for the test (places, sites and figures made up)."""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.segmenting.header_dates import publish_line_under_headline


def date_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.date


def test_a_browser_notice_above_the_headline() -> None:
    text = ("请升级您的浏览器\n\n"
            "您正在使用的浏览器版本过低，部分功能无法使用。建议升级到最新版本，以获得更好的浏览效果。\n\n"
            "丁县开展秋季计量器具专项检查\n\n"
            "2031-10-12\n\n"
            "  丁县市场监管局近日对全县集贸市场的电子秤开展专项检查，共检查电子秤86台，"
            "查出不合格6台。\n")
    assert date_of(text) == "2031-10-12"


def test_a_sites_line_about_itself_above_the_crumbs() -> None:
    text = ("某某质量服务网-由某某协会主办的行业资讯平台，面向全国的产品质量信息发布和投诉受理平台。"
            "欢迎各界投稿，共同关注产品质量。热线电话全天开通。\n"
            "当前位置:主页 > 资讯 > 地方动态\n\n"
            "戊市抽查儿童玩具合格率91.5%\n\n"
            "2031-06-03\n\n"
            "  戊市市场监管局日前公布儿童玩具质量抽查结果，共抽查40批次，合格率91.5%。\n")
    assert date_of(text) == "2031-06-03"


# The reader alone (the header's own reading, or the foot's, dates some of these texts).

def test_the_outlets_name_between_the_headline_and_its_time() -> None:
    text = ("请升级浏览器\n\n您的浏览器版本过旧，已不再受支持。建议您升级浏览器，以获得更好的体验。\n\n"
            "本地\n\n"
            "己县联合检查加气站 抽查结果全部合格\n\n"
            "某某报\n\n"
            "发布于 2031年04月09日 08:15\n\n"
            "【某某报讯】己县市场监管局会同应急管理局，对辖区12座加气站开展联合检查。\n")
    assert publish_line_under_headline(match_view(text)) == "2031-04-09"


def test_a_list_of_stories_each_under_its_headline_gives_none() -> None:
    text = ("本栏目内容由某某网编辑部整理。转载请注明出处。\n\n"
            "庚市抽查电线电缆产品质量\n"
            "2031-03-02\n"
            "庚市市场监管局近日对全市电线电缆生产企业开展抽查，合格率95%。\n"
            "辛县开展春季农资打假行动\n"
            "2031-03-09\n"
            "辛县市场监管局联合农业部门，对农资经营门店开展检查，查处案件2起。\n")
    assert publish_line_under_headline(match_view(text)) is None


def test_a_date_under_a_headline_but_over_no_lead_gives_none() -> None:
    text = ("本页面仅供内部参考。如有疑问请联系管理员。\n\n"
            "壬市计量器具检定收费标准\n\n"
            "2031-05-20\n\n"
            "项目\n收费\n")
    assert publish_line_under_headline(match_view(text)) is None


def test_the_same_day_under_two_headlines_is_that_day() -> None:
    text = ("本页面仅供内部参考。如有疑问请联系管理员。\n\n"
            "壬市计量器具检定收费标准公布\n"
            "2031-05-20\n"
            "壬市市场监管局公布计量器具检定收费标准，共涉及器具18类。\n")
    assert publish_line_under_headline(match_view(text)) == "2031-05-20"
