"""A newspaper group is an outlet, not a firm that reposts news: its place still counts."""

from __future__ import annotations

from qsreport import parse


def region_of(text: str) -> str | None:
    return parse(text.encode("utf-8")).meta.region


def test_a_newspaper_groups_place_is_the_reports() -> None:
    text = ("来源：泰州日报报业集团\n"
            "加强起重机械安全检查\n"
            "近日，市质监局组织人员对起重机械使用单位开展安全大检查。\n")
    assert region_of(text) is not None and "泰州" in region_of(text)


def test_a_broadcasting_groups_place_is_the_reports() -> None:
    text = ("来源：湖州广电传媒集团\n"
            "集贸市场秤具专项检查\n"
            "日前，市质监局对集贸市场在用的电子秤逐台进行了专项检查。\n")
    assert region_of(text) is not None and "湖州" in region_of(text)


def test_the_counties_a_common_word_names() -> None:
    from qsreport.places.index import counties_by_short_word
    assert "和平县" in {place.name for place in counties_by_short_word("和平")}
    assert counties_by_short_word("甲乙") == ()
