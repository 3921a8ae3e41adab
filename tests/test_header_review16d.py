"""Near misses of the late date readers and the region's new rules (review of session 16's
header work): each once gave a wrong date or region where none, or the right one, was due."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


def test_an_epapers_issue_date_outranks_a_day_in_its_body() -> None:
    text = ("某某晚报 第B3版 上一版 下一版\n"
            "2019年4月23日 星期二\n"
            "甲市开展世界读书日质量宣传\n"
            "本报4月22日讯 昨日，甲市质监局在广场设点宣传。\n"
            "两年前的同一天（2017年4月22日），该局也在此设过咨询台。\n")
    assert meta_of(text).date == "2019-04-23"
