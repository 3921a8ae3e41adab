"""The region of a county's report that writes its own office as 县市场监管局 (or itself as 我县)
and its county's name only elsewhere: in its outlet's name (某某新闻网讯) or a withheld firm's
(某某某足浴店): that county, where the text names no other place (issue 12's context, the
twentieth session)."""

from __future__ import annotations

from typing import Any

from qsreport.cleaning import match_view
from qsreport.places.own_county import unnamed_own_county
from tests.region_helpers import region


def test_the_county_of_the_outlet_whose_story_names_only_its_county_s_office() -> None:
    text = ("县市场监管局开展超市节前检查\n"
            "云和新闻网讯（通讯员 叶某）本周，县市场监管局走访城区36家超市，查看节日食品的"
            "进货台账，当场督促整改问题4个。\n")
    assert region(text) == "云和"


def test_the_county_of_a_withheld_firm_in_the_county_s_own_report() -> None:
    text = ("县市场监管局抓好三项重点\n"
            "1至9月，县市场监管局共办结案件64件，收缴罚没款41万元；"
            "磐安某养生馆就因夸大宣传被处罚款1.5万元。\n")
    assert region(text) == "磐安"


def test_no_county_where_two_are_named() -> None:
    text = ("县市场监管局开展检查\n"
            "近日，县市场监管局检查了永嘉某超市和平阳某商场，发现过期食品12件。\n")
    view = match_view(text)
    assert unnamed_own_county(view, view.index("\n") + 1) is None


def test_no_county_where_the_one_place_named_is_a_city() -> None:
    text = ("县市场监管局开展检查\n"
            "近日，县市场监管局对温州某公司生产的电线进行抽检，抽检10批次。\n")
    view = match_view(text)
    assert unnamed_own_county(view, view.index("\n") + 1) is None


def test_an_office_that_bears_its_county_s_name_keeps_it() -> None:
    text = ("庆元县市场监管局开展检查\n"
            "近日，庆元县市场监管局对全县28家药店开展检查，发现问题5个。\n")
    assert region(text) == "庆元县"


def test_a_text_without_the_character_xian_is_not_scanned(monkeypatch: Any) -> None:
    """Every unnamed county's office holds 县 or an office's word (市场监管局…): a text without
    them is never scanned for it (the words are read from the pattern itself)."""
    from qsreport.places import own_county

    scans: list[int] = []
    unnamed = own_county._UNNAMED

    class _Counting:
        def __getattr__(self, name: str) -> Any:  # (its words, read from the pattern)
            return getattr(unnamed, name)

        def search(self, *args: Any) -> Any:
            scans.append(1)
            return unnamed.search(*args)

    monkeypatch.setattr(own_county, "_UNNAMED", _Counting())
    view = match_view("市场监管局开展检查\n近日，市局检查了城区超市，发现过期食品12件。\n")
    assert unnamed_own_county(view, view.index("\n") + 1) is None
    assert scans == []
    view = match_view("县市场监管局开展检查\n近日，县市场监管局检查了超市。\n")
    unnamed_own_county(view, view.index("\n") + 1)
    assert scans == [1]
