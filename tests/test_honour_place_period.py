"""A named winner's own place and year (schema 2): the place its sentence or its list's line
names before it, the award's year its sentence or its list's title gives; null where the text
gives neither. Sentences and names made up for these tests."""

from __future__ import annotations

import json

from qsreport import parse
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes


def _winners(text: str) -> dict[str, tuple[object, ...]]:
    report = parse(text.encode())
    return {h.name: (h.place, h.place_code, h.period) for h in report.brands.honours}


def test_a_list_by_city_lines_gives_each_winner_its_city() -> None:
    text = ("日前，2015年度浙江名牌产品名单公布。衢州市有4个产品上榜。其中，江山市的云帆牌电缆、"
            "蓝天牌空调获评浙江名牌产品；龙游县的麦香园牌面粉获评浙江名牌产品。")
    found = _winners(text)
    assert found["云帆牌电缆"] == ("江山市", "330881", "2015")
    assert found["蓝天牌空调"] == ("江山市", "330881", "2015")
    assert found["麦香园牌面粉"] == ("龙游县", "330825", "2015")


def test_a_winner_whose_sentence_names_its_county() -> None:
    text = ("品牌工作\n\n2017年3月2日\n\n2017年，全市新认定省名牌产品3个。"
            "龙游县的云帆电缆、蓝天空调荣获浙江名牌产品称号。")
    found = _winners(text)
    assert found["云帆电缆"] == ("龙游县", "330825", "2017")


def test_a_list_titled_with_an_earlier_year_dates_its_winners() -> None:
    text = ("2018年，全县新认定省名牌产品2个。\n\n据悉，在2014年度浙江名牌产品名单中，"
            "云帆牌电缆、蓝天牌空调获评浙江名牌产品。")
    assert _winners(text)["云帆牌电缆"] == (None, None, "2014")


def test_the_year_of_the_title_after_the_names() -> None:
    text = ("全市新认定名牌产品3个。\n\n其中，龙游县云帆电缆有限公司、江山市蓝天空调有限公司"
            "被评为2015年度浙江名牌。")
    assert _winners(text)["江山市蓝天空调有限公司"][2] == "2015"


def test_this_year_is_the_report_s_year() -> None:
    text = "品牌工作\n\n2019年5月3日\n\n今年，云帆牌电缆、蓝天牌空调荣获浙江名牌产品称号。"
    assert _winners(text)["云帆牌电缆"] == (None, None, "2019")


def test_no_place_nor_year_words_give_nulls() -> None:
    text = "全市企业积极争创品牌。云帆牌电缆、蓝天牌空调荣获浙江名牌产品称号。"
    assert _winners(text)["云帆牌电缆"] == (None, None, None)


def test_schema_1_writes_no_place_nor_period_of_a_winner() -> None:
    text = "今年，龙游县的云帆电缆荣获浙江名牌产品称号。".encode()
    assert parse_bytes(text, None).brands.honours[0].place == "龙游县"
    written = json.loads(json.dumps(to_jsonable(parse_bytes(text, None, ParseOptions(schema="1")))))
    honour = written["brands"]["honours"][0]
    assert honour["name"] == "云帆电缆"
    assert not {"status", "place", "period", "place_code", "place_name"} & set(honour)


def test_a_firm_named_after_its_county_is_that_county_s() -> None:
    text = ("全市新认定名牌产品3个。\n\n其中，龙游县云帆电缆有限公司、江山市蓝天空调有限公司"
            "被评为2015年度浙江名牌。")
    found = _winners(text)
    assert found["龙游县云帆电缆有限公司"] == ("龙游县", "330825", "2015")
    assert found["江山市蓝天空调有限公司"] == ("江山市", "330881", "2015")


def test_a_firm_named_after_the_report_s_own_city_is_the_report_s() -> None:
    text = ("衢州品牌工作\n\n2016年4月1日\n\n据悉，衢州市质监局日前通报，"
            "衢州云帆电缆有限公司荣获浙江名牌产品称号。")
    report = parse(text.encode())
    assert report.meta.region_code == "330800"
    assert [(h.place, h.period) for h in report.brands.honours] == [(None, None)]


def test_a_stock_s_date_is_no_award_year() -> None:
    text = ("截至2013年，全区共有省级名牌产品28个，云帆公司云帆牌电缆和蓝天公司蓝天牌空调"
            "名列其中。")
    assert all(period is None for _, _, period in _winners(text).values())


def test_last_year_s_title_after_the_name_is_counted_from_the_report_s_date() -> None:
    text = "品牌工作\n\n2019年5月3日\n\n其中，蓝天空调有限公司被评为去年服务业浙江名牌。"
    assert _winners(text)["蓝天空调有限公司"] == (None, None, "2018")
