"""The gazetteer and the region a report is about. Texts written for the test."""

from __future__ import annotations

import pytest

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.places import find_places
from qsreport.places.gazetteer import ROWS, SOURCE


def names(text: str) -> list[str]:
    view = match_view(text)
    return [text[m.start:m.end] for m in find_places(view)]


def test_the_gazetteer_holds_every_level_with_its_source_noted() -> None:
    rows = [line.split("|") for line in ROWS.splitlines() if line]
    levels = {row[2] for row in rows}
    assert levels == {"province", "prefecture", "county"}
    assert len(rows) > 3000
    assert SOURCE[:3] == ("cpca", "0.5.5", "MIT")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("甘肃省张掖市质监局", ["甘肃省", "张掖市"]),
        ("黔东南州台江县", ["黔东南", "台江县"]),  # an autonomous prefecture's short name
        ("河北省張家口市質量技術監督局", ["河北省", "張家口市"]),  # traditional script
        ("乌鲁木齐市", ["乌鲁木齐市"]),  # one name, not 乌鲁木齐 + 市
        ("温岭：今年新增名牌", ["温岭"]),  # a county's short name before a colon
        ("加强合作，维护和平，东方红", []),  # county short names that are common words
        ("阿里巴巴与新华书店", []),
        ("承德市丰宁县政府采购中心", ["承德市", "丰宁县"]),  # an autonomous county as often written
    ],
)
def test_places_are_found_by_full_name_and_safe_short_name(text: str, found: list[str]) -> None:
    assert names(text) == found


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def test_the_region_is_the_place_the_title_names_not_an_honour_or_a_qualifier() -> None:
    assert region("张掖市新增省名牌产品5个\n今年全市共有5个产品获评。\n") == "张掖市"
    assert region("我市9个产品获评甘肃名牌产品\n来源：张掖日报\n今年全市共有9个产品获评。\n") == "张掖"
    assert region("国家某某产品质量监督检验中心（甘肃）通过验收\n该中心通过验收。\n") is None


def test_the_region_from_the_publisher_then_the_body() -> None:
    assert region("全市标准化工作会议召开\n发布日期：2014-05-06 信息来源：曲靖市质量技术监督局\n"
                  "会议总结了去年工作。\n") == "曲靖市"
    assert region("标准化工作会议召开\n会议指出，我市标准化工作取得新进展，铜陵市企业参与制定国家标准3项。\n"
                  ) == "铜陵市"
    assert region("质量工作座谈会召开\n座谈会上，延边州质监局介绍了经验。\n") == "延边"
    assert region("质量工作座谈会召开\n座谈会上，延边朝鲜族自治州质监局介绍了经验。\n") == "延边朝鲜族自治州"


def test_a_story_filed_from_a_city_is_not_about_it() -> None:
    text = ("国家出台质量提升新举措\n新华社北京3月5日电 国务院日前印发意见，部署全国质量提升工作。"
            "意见要求各地加强质量基础设施建设，北京、上海等地要先行先试。\n")
    assert region(text) is None
    report = parse(text.encode())
    assert "region" not in report.meta.found


def test_an_office_and_a_surname_are_not_a_place() -> None:
    """副市长沙某某 is the vice-mayor Sha, not 长沙."""
    text = ("质量提升行动启动\n这项工作由分管副市长沙某某牵头，市质监局具体承办。"
            "我市还印发了《嘉峪关市质量提升行动方案》。\n")
    assert region(text) == "嘉峪关市"


def test_a_campus_s_east_and_west_areas_are_no_districts() -> None:
    """东区 and 西区 are a district's full names and everyday words (a campus's areas, a
    canteen's); they are not read as places."""
    assert names("西区食堂和东区食堂今天起延长供餐时间") == []
    text = ("后勤服务再升级\n西区食堂本周推出新菜品，西区食堂还延长了供餐时间，"
            "西区食堂的师生反映良好。东区食堂下月跟进。\n")
    assert region(text) is None


def test_a_district_named_like_its_university_is_the_university() -> None:
    """A county's short name that the text also writes as a school's (嘉禾 beside 嘉禾大学) is
    the school; a publisher named after it (嘉禾新闻网) says no place."""
    assert names("南开新闻网讯 南开大学举行校友会") == []
    text = ("专家学者来校讲学\n来源：通州新闻网\n通州新闻网讯 通州大学昨日举行学术报告会，"
            "来自各地的学者到场交流。\n")
    assert region(text) is None


def test_a_school_named_after_a_province_does_not_count_in_the_body() -> None:
    """山东大学 in a biography names a school: three mentions of it do not make the story
    about 山东."""
    text = ("三位摄影师的影像展揭幕\n影像展共陈列照片六十幅。摄影师甲毕业于山东大学，摄影师乙"
            "任教于山东大学，摄影师丙曾在山东大学访学，三人多年前相识于一次采风。\n")
    assert region(text) is None


def test_a_national_headline_takes_no_place_from_its_publisher_or_the_body_count() -> None:
    """A headline about the whole country (中国…, 我国…) is not about the province its
    publisher or its body names most; an organisation named after the country is no such
    headline."""
    national = ("学者谈我国县域养老服务怎样补短板\n来源：浙江日报\n学者认为，浙江的做法可供参考，"
                "浙江的社区食堂办得早，浙江的护理补贴也较完善。\n")
    assert region(national) is None
    organisation = ("中国某某大学食堂改造项目招标公告\n来源：营运部\n项目地点：北京市海淀区，"
                    "投标人须在北京设有服务网点，开标地点在北京。\n")
    assert region(organisation) == "北京市"


def test_the_kept_index_gives_each_pair_the_lengths_of_its_names_longest_first() -> None:
    """The flat form the index is kept in (pairs and bit masks) reads back as, for the first
    two characters of every name, the lengths of the names starting with them, longest first."""
    from qsreport.places.finder import _index, _lengths

    names, _rows, masks, _firsts = _index()
    expected: dict[str, set[int]] = {}
    for name in names:
        expected.setdefault(name[:2], set()).add(len(name))
    assert {pair: _lengths(mask) for pair, mask in masks.items()} == \
        {pair: tuple(sorted(found, reverse=True)) for pair, found in expected.items()}
    assert _lengths(0) == ()
