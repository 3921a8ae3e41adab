"""上榜 before a title is a verb of winning it, as 入选 and 荣登 are: 甲、乙等3个品牌上榜“某某”
names both as the title's winners, with or without a comma before the verb. A shortlist or a
hope after it wins nothing, and a headline's column name (某某观察丨…) is never a winner's.
Every text here is written for the test, with made-up places and names."""

from __future__ import annotations

from dataclasses import replace

from qsreport.extract.brands_honours_guards import guarded
from qsreport.models import BrandHonour

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2031-05-10 来源：测试日报\n"


def honours(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["status"]) for h in area_items(HEADER + text + "\n", "brands", "honours")]


def test_a_run_of_names_listed_before_the_title_wins_it() -> None:
    wanted = [("丙岭新材料", "achieved"), ("丁河化工", "achieved"), ("戊岭石榴", "achieved")]
    assert honours("丙岭新材料、丁河化工、戊岭石榴等3个品牌，上榜“好品山东”品牌。") == wanted
    assert honours("丙岭新材料、丁河化工、戊岭石榴等3个品牌上榜“好品山东”品牌。") == wanted


def test_one_name_listed_before_the_title_wins_it() -> None:
    assert honours("丁岭茶上榜“某省十大农业品牌”。") == [("丁岭茶", "achieved")]


def test_a_shortlist_or_a_hope_wins_nothing() -> None:
    assert honours("丁岭茶上榜“某省十大农业品牌”候选名单。") == []
    assert honours("丁岭茶有望上榜“某省十大农业品牌”。") == []


def test_a_place_with_a_count_is_no_winner() -> None:
    assert honours("甲市27个产品上榜首批“好品山东”。") == []


_WON = BrandHonour(name="甲", honour="好品山东", category="other", span=(0, 1), evidence="甲")


def test_a_headlines_column_name_is_no_winner() -> None:
    candidates = [replace(_WON, name=name) for name in ("某报观察丨乙岛", "专题丨丙县", "丁岭茶")]
    assert [h.name for h in guarded(candidates)] == ["丁岭茶"]
