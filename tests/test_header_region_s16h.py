"""The region of a report's header: not a place inside a person's name that a 来源 line gives
(来源：王瑞金 is an author, not a publisher named after 瑞金)."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str) -> tuple[str | None, str | None]:
    meta = parse(text.encode("utf-8")).meta
    return meta.region, meta.source


def test_a_persons_name_on_the_source_line_is_no_publisher() -> None:
    text = ("计量所拓展检定业务\n"
            "日期：2008-05-06\n"
            "作者:\n"
            "来源:李瑞金\n"
            "点击:210\n"
            "今年以来，泰安市计量测试所主动上门服务，为企业检定了900余台件计量器具。\n")
    assert meta_of(text) == ("泰安市", None)


def test_another_persons_name_with_a_county_in_it() -> None:
    text = ("开展加油机专项检查\n"
            "日期：2012-03-15\n"
            "来源:张义乌\n"
            "阅读:88\n"
            "近日，湖州市质监局对辖区加油站开展专项检查，共检查加油机120台。\n")
    assert meta_of(text) == ("湖州市", None)
