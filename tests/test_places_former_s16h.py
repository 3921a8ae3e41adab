"""A district under the suffix it had as a county or a county-level city (崇明县, 吴江市), and a
county renamed since (苍山县): places, and so the region of a report that names them
(places/index.py, places/former.py)."""

from __future__ import annotations

from qsreport import parse
from qsreport.places import find_places


def names(text: str) -> list[str]:
    return [mention.place.name for mention in find_places(text)]


def region_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.region


def test_a_district_under_its_former_county_suffix() -> None:
    assert names("崇明县质监局组织各乡镇开展检查") == ["崇明区"]


def test_a_district_under_its_former_city_suffix() -> None:
    assert names("吴江市质监局近日通报") == ["吴江区"]


def test_a_former_suffix_before_a_plain_word_is_no_place() -> None:
    assert names("嘉定市民服务热线开通") == []
    assert names("崇明县城的新街道") == []


def test_a_short_name_before_its_market_bureau_keeps_its_span() -> None:
    found = find_places("江都市场监管局召开会议")
    assert [(m.start, m.end, m.place.name) for m in found] == [(0, 2, "江都区")]


def test_the_region_of_a_bureau_named_under_a_former_suffix() -> None:
    text = ("司炉工安全知识培训开班\n"
            "近日，江都市质监局举办培训班，邀请检验人员为80名司炉工讲授安全知识。\n")
    assert region_of(text) == "江都市"


def test_the_region_of_a_renamed_county() -> None:
    text = ("开展食品生产许可证年审\n"
            "山东省苍山县质监局近期完成了全县40家食品企业的许可证年审。\n")
    assert region_of(text) == "苍山县"
