"""A winner's name never begins or ends on a word that ties its sentence together: a pointer
opening a sentence (这是…), a bracketed note (…(某县)项目), a connective or an adverb carrying
the sentence on (…而且, …皆). Such a reading is a piece of a clause, and names no one. Every
text here is written for the test, with made-up places and names."""

from __future__ import annotations

from dataclasses import replace

from qsreport.extract.brands_honours_guards import guarded
from qsreport.models import BrandHonour

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2021-05-10 来源：测试日报\n"


def names(text: str) -> list[str]:
    return [h["name"] for h in area_items(HEADER + text + "\n", "brands", "honours")]


_WON = BrandHonour(name="甲", honour="十佳品牌", category="other", span=(0, 1), evidence="甲")


def kept(*candidates: str) -> list[str]:
    return [h.name for h in guarded([replace(_WON, name=name) for name in candidates])]


def test_a_connective_after_the_name_is_a_clause_read_across() -> None:
    text = "乙县的丙岭蜂蜜销路一直很好，丙岭蜂蜜而且还获评某省十大农业品牌。"
    assert "丙岭蜂蜜而且" not in names(text)
    assert kept("丙岭蜂蜜而且", "丙河米并且", "新锐品牌皆", "两家企业均", "丁县亦") == []


def test_a_pointer_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = ("甲市日前获批筹建国家地理标志产品保护示范区。这也是继丙县、戊县两个"
            "国家地理标志产品保护示范区建成之后，本省获批的第三家。")
    assert not [name for name in names(text) if name.startswith("这")]
    assert kept("这是继丁县", "这也是戊镇", "此为己村") == []


def test_a_bracketed_note_opens_no_name() -> None:
    text = ("经过三年建设，农业综合标准化示范县(辛县)项目日前成为本市首个通过验收的"
            "国家农业综合标准化示范县。")
    assert names(text) == []
    assert kept("(庚县)项目", "（辛乡）基地") == []


def test_names_that_merely_hold_such_characters_stay() -> None:
    # 都 ends towns' names; 这 or 均 inside a name, and a note after a name, are its own
    assert kept("甲都", "壬均食品有限公司", "癸县(东区)茶园", "子这牌") == [
        "甲都", "壬均食品有限公司", "癸县(东区)茶园", "子这牌"]
    assert names("甲都区获评国家农产品质量安全县。") == ["甲都区"]
