"""Places of figures and the report's region, the thirteenth session's mending: laboratories a
place built or counts are the place's, a day's dateline ends at its 电 or 讯, the province
before such a dateline is the dateline's, a title line dropped as page furniture takes its
region with it, and every place of a meeting's venue is no region. Every text here is
written for the test."""

from __future__ import annotations

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.extract.context_place import sentence_places
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes
from qsreport.places import find_places
from qsreport.places.finder import is_about


def about(text: str) -> list[str]:
    """The place names of ``text`` that can say where a report or a figure is."""
    view = match_view(text)
    return [view[m.start:m.end] for m in find_places(view) if is_about(view, m)]


def kept(text: str) -> list[str]:
    """The place names of ``text`` that can be a figure's place (none that opens a name)."""
    view = match_view(text)
    return [view[m.start:m.end] for m in sentence_places(view, 0, len(view))]


def places(text: str) -> list[tuple[float, str | None]]:
    report = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(item["value"], item["place"])
            for area in ("supervision", "brands", "metrology", "distinctions", "capacity",
                         "special_equipment", "standards")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item]


def test_laboratories_a_place_built_or_holds_are_its_figures() -> None:
    """甲市新建重点实验室N个, 乙市拥有…实验室N个, 丙市获批…实验室N家: the place built, holds
    or had approved the laboratories it counts, so the figure is the place's."""
    text = ("甲省市场监管局通报检验检测工作\n"
            "去年，宁波市新建重点实验室7个，台州市新建检测中心2个。\n")
    assert places(text) == [(7, "宁波市"), (2, "台州市")]
    assert places("丙省通报\n今年，绍兴市拥有省级重点实验室6个。\n") == [(6, "绍兴市")]
    assert places("丁省通报\n去年，金华市获批省级实验室2家。\n") == [(2, "金华市")]
    assert places("乙省通报\n目前，衢州市已建成实验室9家。\n") == [(9, "衢州市")]


def test_laboratories_counted_right_after_the_word_are_the_place_s() -> None:
    """嘉兴市重点实验室11个: a count right after 实验室 counts the place's laboratories; a
    laboratory's own name (丙地纺织品实验室项目, 丁地棉花实验室为补充) still opens on a place
    that is no figure's."""
    assert kept("截至年底，嘉兴市重点实验室11个") == ["嘉兴市"]
    assert kept("丽水市省级实验室达到5家") == ["丽水市"]
    assert kept("省里启动兰州纺织品实验室项目") == []
    assert kept("以乌鲁木齐棉花实验室为补充") == []
