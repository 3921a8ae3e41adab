"""Three regions a page's own words hide: the city of a school whose site a story naming no
place is on (from a table of universities, or the place the school's name opens on, in the
footer's owner line); a post and a family name before a given name that is a county's short
name (副秘书长李安吉: a person, not 安吉); and a party that goes to work in another province
(某市专家团赴某省某州开展…: where it works, not its home). Pages and texts written for the test,
with invented people and stories."""

from __future__ import annotations

from qsreport import parse

from .region_helpers import about, region

STORY = ("<p>本站讯 为帮助新生尽快适应大学生活，学院于上周组织新生代表走进图书馆和实验中心，"
         "老师们逐一讲解借阅流程和实验安全须知，同学们认真记录、踊跃提问。</p>"
         "<p>活动负责人表示，今后将把入学参观办成每学期的固定环节。</p>")


def _school_page(footer: str, publish: str = "发布者：某某 发布时间：2031-03-09") -> str:
    return ("<html><head><meta charset='utf-8'><title>某某学院组织新生参观图书馆</title></head>"
            "<body><div class='article'><h1>某某学院组织新生参观图书馆</h1>"
            f"<p>{publish}</p><div class='content'>{STORY}</div></div>"
            f"<div class='foot'>{footer}</div></body></html>")


def _page_region(markup: str) -> str | None:
    return parse(markup.encode()).meta.region


def test_a_school_named_after_no_place_gives_its_city_from_the_table() -> None:
    """版权所有 or Copyright before a listed university's name: the city it stands in."""
    assert _page_region(_school_page("版权所有©东南大学 地址：某某路2号")) == "南京市"
    assert _page_region(_school_page("Copyright 中国矿业大学 2031 All Rights Reserved")) == "徐州市"


def test_a_national_academy_of_the_arts_gives_its_city_from_the_table() -> None:
    """The academies named after the country or the centre, and a school attached to one
    (某学院附属中学): the city each stands in; one named after its city needs no row."""
    assert _page_region(_school_page("Copyrights 2031 中国美术学院附属某某实验学校")) == "杭州市"
    assert _page_region(_school_page("版权所有：中央戏剧学院")) == "北京市"
    assert _page_region(_school_page("版权所有：中国音乐学院 地址：某某路1号")) == "北京市"
    assert _page_region(_school_page("版权所有：上海戏剧学院")) == "上海市"


def test_a_school_whose_name_opens_on_a_city_or_county_gives_that_place() -> None:
    """A footer's school named after its city (某市大学) or county: that place, unlisted."""
    assert _page_region(_school_page("Copyright 温州大学 某某实验教学中心")) == "温州市"
    assert _page_region(_school_page("版权所有：绍兴文理学院")) == "绍兴市"


def test_no_school_city_for_a_province_s_school_a_firm_or_an_outlet_s_story() -> None:
    """A school named after a province (不在表中的某省大学) says no city; a footer naming no
    school says nothing; a story an outlet published is not the school's own."""
    assert _page_region(_school_page("版权所有：河南理工学院")) is None
    assert _page_region(_school_page("版权所有：温州某某软件公司")) is None
    assert _page_region(_school_page("Copyright 温州大学",
                                     publish="来源：某某日报 发布时间：2031-03-09")) is None


def test_a_post_and_a_family_name_before_a_county_s_short_name_make_a_person() -> None:
    """副主席兼秘书长李安吉, 会长周长乐, 校长吴永和: a person's name, no place; the county
    written elsewhere still is one."""
    assert "安吉" not in about("某书法协会副主席兼秘书长李安吉出席书画展开幕式")
    assert "长乐" not in about("某商会会长周长乐参加座谈")
    assert "永和" not in about("实验小学校长吴永和主持会议")
    assert region("某协会秘书长李安吉参加乙镇书画活动\n近日，乙镇开展书画活动。\n") != "安吉"


def test_a_county_after_a_post_with_no_family_name_between_is_still_a_place() -> None:
    """秘书长率队赴安吉: the county itself, read as before."""
    assert "安吉" in about("协会秘书长率队赴安吉考察竹产业")
    assert region("安吉县组织电梯隐患排查\n近日，安吉县组织了一轮电梯隐患排查。\n") == "安吉县"


def test_a_party_going_to_work_in_another_province_gives_where_it_works() -> None:
    """某市专家团赴某省某州开展…: the place it goes to, not its home."""
    assert region("杭州市医疗专家团赴贵州黔东南开展义诊活动\n近日，医疗专家团抵达当地开展义诊。\n") \
        == "黔东南"
    assert region("宁波市工作队前往四川凉山开展技术帮扶\n近日，工作队到达当地。\n") == "凉山"


def test_a_party_going_inside_its_own_province_or_going_nowhere_keeps_its_home() -> None:
    """A visit inside the party's own province, a party that goes to no named place, or one
    that goes to learn, is its own place's news, as before."""
    assert region("宁波市工作组赴象山县检查电梯\n近日，工作组检查了电梯。\n") == "宁波市"
    assert region("杭州市专家团赴外地开展交流\n近日，专家团开展交流。\n") == "杭州市"
    assert region("杭州市考察团赴贵州学习考察\n近日，考察团一行抵达当地。\n") == "杭州市"
