"""Where a page's region is not: a place inside a programme's title in the headline, a Chinese
city's name inside a foreign state's in a story from abroad, and the place a portal prints
beside its account's publisher (pages written for the test)."""

from __future__ import annotations

import pytest

from qsreport import parse


def page_region(head: str, body: str) -> str | None:
    markup = f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    return parse(markup.encode()).meta.region


STORY = ("<p>节目由青禾电影台制作，每期邀请两位嘉宾讲述自己与电影的故事，首期嘉宾是一位老放映员和一位年轻导演。"
         "</p><p>节目组表示，新一季还将走进片场和影院，记录幕后工作者的日常。</p>")


def test_a_place_inside_a_programme_s_title_in_the_headline_is_no_region() -> None:
    """《某地影人》 in the headline names a programme, not where the news is."""
    assert page_region("<title>《午夜会客厅》之《杭州影人》下周起播出</title>",
                       f"<h1>《午夜会客厅》之《杭州影人》下周起播出</h1>{STORY}") is None


def test_a_headline_s_place_outside_a_work_s_title_is_still_the_region() -> None:
    """The rule reads the quotation marks: a place before them stays the region."""
    assert page_region("<title>杭州推出《午夜会客厅》新一季</title>",
                       f"<h1>杭州推出《午夜会客厅》新一季</h1>{STORY}") == "杭州"


def test_a_story_from_abroad_takes_no_city_from_a_foreign_state_s_name() -> None:
    """A headline about a country abroad: 该市 and 全州 are that country's, and 达州 inside
    佛罗里达州 is no Chinese city."""
    body = ("<p>美国佛罗里达州多个城市近日出台新规，要求居民在室内公共场所佩戴口罩。该市市长在采访中表示，"
            "这项规定将持续到下月底。</p><p>佛罗里达州卫生部门称，全州新增病例连续三天上升。</p>")
    assert page_region("<title>美国多州出台口罩新规</title>",
                       f"<h1>美国多州出台口罩新规</h1>{body}") is None


def test_a_chinese_city_s_own_news_still_takes_its_kind_from_its_words() -> None:
    """Without a headline abroad, 该市 still says the kind of place the report is about."""
    body = ("<p>达州市质监局近日组织开展电梯安全专项检查，共检查电梯120台。该市将持续加强对住宅小区电梯的"
            "日常监管。</p>")
    assert page_region("<title>电梯安全专项检查启动</title>",
                       f"<h1>电梯安全专项检查启动</h1>{body}") == "达州市"


@pytest.mark.parametrize("paper", ["青禾网-杭州青年报", "杭州日报"])
def test_the_place_a_portal_prints_beside_a_city_paper_is_not_where_the_story_is(
        paper: str) -> None:
    """来源: 某某青年报 甲地 (the account's place, as a portal prints it) on a story that
    names another city: the paper's city is not the region."""
    body = (f"<div class='info'>2024-05-13 09:16:04　来源: {paper} 杭州 举报</div>"
            "<div class='story'><p>记者近日走访南京市郊的几个村庄，发现不少村子设起了停车道闸，按月收费。"
            "</p><p>村民表示，收费标准应当公开，收来的钱应当用于村里的道路维护。</p></div>")
    region = page_region("<title>村里停车收费引热议</title>",
                         f"<h1>村里停车收费引热议</h1>{body}")
    assert region != "杭州"


VILLAGES = ("<p>记者近日走访天津郊区的几个村庄，发现村口设起了停车道闸。天津不少村子近年引入物业管理。</p>"
            "<p>在西青区的一个村子，道闸按月收费；西青区另一个村子则按次收费，村民意见不一。</p>")


def test_a_municipality_named_twice_with_its_district_twice_is_the_region() -> None:
    """天津 twice and 西青区 twice, none three times: the municipality, counted with its
    district, is the most named."""
    assert page_region("<title>村里停车收费引热议</title>",
                       f"<h1>村里停车收费引热议</h1>{VILLAGES}") == "天津"


def test_a_province_is_not_counted_with_its_cities() -> None:
    """A province named twice and one of its cities twice gives no region by that count: a
    province's report names its cities."""
    body = ("<p>记者近日走访四川的几个村庄，发现村口设起了停车道闸。四川不少村子近年引入物业管理。</p>"
            "<p>在绵阳市的一个村子，道闸按月收费；绵阳市另一个村子则按次收费，村民意见不一。</p>")
    assert page_region("<title>村里停车收费引热议</title>",
                       f"<h1>村里停车收费引热议</h1>{body}") is None
