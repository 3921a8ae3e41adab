"""The region of a report whose bureau a reworded page names word by word (市场监视办理局), of a
Hong Kong story that never writes 香港 but names the territory's own offices or laws, and of a
Taiwan story whose consumer officer (消保官) acts (the nineteenth session, issue 12's context)."""

from __future__ import annotations

from tests.region_helpers import region


def test_a_bureau_named_word_by_word_as_a_reworded_page_writes_it() -> None:
    text = ("食品抽检情况通报\n"
            "近期，宁海县市场监视办理局组织抽检糕点、酒类等6类食品150批次，合格146批次。\n")
    assert region(text) == "宁海县"


def test_a_city_before_the_reworded_bureau() -> None:
    text = ("抽检结果公布\n"
            "抽取饮料、糕点等8个大类食品90批次样品。湖州市市场监督办理局组织了此次抽检。\n")
    assert region(text) == "湖州市"


def test_hong_kong_by_its_offices_alone() -> None:
    text = ("升降機巡查結果\n"
            "機電工程署今日表示，去年共巡查升降機3200部，發現違規個案15宗。\n")
    assert region(text) == "香港"


def test_hong_kong_by_its_weights_law() -> None:
    text = ("商販涉嫌短秤被檢控\n"
            "海關人員在流浮山及北角的街市試購海產，發現四名商販涉嫌違反《度量衡條例》。\n")
    assert region(text) == "香港"


def test_a_mainland_place_keeps_its_report() -> None:
    text = ("学习交流\n"
            "近日，嘉兴市质监局派员赴港学习，了解机电工程署对电梯的巡查办法。\n")
    assert region(text) != "香港"


def test_taiwans_consumer_officer_names_the_city() -> None:
    text = ("加油機抽查結果\n"
            "(某某社記者林某某桃園市8日電)桃園市消保官今天公布抽查結果，共查驗加油機300支。\n")
    assert region(text) == "桃園市"
