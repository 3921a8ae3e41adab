"""Divisions made after the gazetteer's data was drawn (places/since.py): found as places and
as a report's region under their new names, while the old names stay places and the words
some new names begin (钱塘江, 上党课) stay words. Every text here is written for the test."""

from __future__ import annotations

from qsreport.places.gazetteer import ROWS
from qsreport.places.index import LEVELS
from qsreport.places.since import SINCE

from .region_helpers import about, region


def _rows(text: str) -> list[list[str]]:
    return [line.split("|") for line in text.splitlines() if line]


def test_new_districts_are_a_reports_region() -> None:
    """Districts made from counties or cut from other districts (钱塘区, 鄠邑区, 郫都区, 梁平区),
    a county made a city (横州市) and a prefecture renamed (那曲市) name their bureaus by the new
    names: each is the region of a report whose bureau it is."""
    for place in ("钱塘区", "鄠邑区", "郫都区", "梁平区", "横州市", "那曲市", "蓬莱区"):
        text = (f"电梯安全检查\n{place}市场监督管理局上周检查了辖区电梯73台，"
                "发现隐患5处，已责令整改。\n")
        assert region(text) == place


def test_new_district_after_its_city_is_a_place() -> None:
    """A new district written after its city (西安市鄠邑区) is two places, the district last;
    its short name (鄠邑) is one too."""
    assert about("西安市鄠邑区市场监管局开展计量检查") == ["西安市", "鄠邑区"]
    assert about("成都郫都开展计量检查") == ["成都", "郫都"]


def test_old_names_stay_places() -> None:
    """A county renamed keeps its row: a report of before the change (户县, 临安市) still names
    a place, beside the new name."""
    assert about("户县质监局开展检查") == ["户县"]
    assert about("临安市质监局开展检查") == ["临安市"]
    assert about("临安区市场监管局开展检查") == ["临安区"]


def test_words_a_new_name_begins_are_no_places() -> None:
    """钱塘江 (the river) and 上党课 (attend a party lecture) hold a new district's first two
    characters; the district counts only written in full."""
    assert about("钱塘江两岸的企业开展质量提升活动") == []
    assert about("全局党员集中上党课后开展检查") == []
    assert about("长治市上党区市场监管局开展检查") == ["长治市", "上党区"]


def test_rows_are_well_formed() -> None:
    """Each row has the gazetteer's six fields, a known level, a six-digit code, a short name of
    two characters at least, a province of the gazetteer and, where it has one, a prefecture of
    that province; no full name is written twice in one province."""
    gazetteer = _rows(ROWS)
    provinces = {row[1] for row in gazetteer if row[2] == "province"}
    prefectures = {(row[4], row[1]) for row in gazetteer if row[2] == "prefecture"}
    since = _rows(SINCE)
    prefectures |= {(row[4], row[1].removesuffix("市")) for row in since
                    if row[2] == "prefecture"}
    seen: set[tuple[str, str]] = set()
    for row in since:
        assert len(row) == 6, row
        full, short, level, adcode, province, prefecture = row
        assert level in LEVELS and len(adcode) == 6 and adcode.isdigit(), row
        assert len(short) >= 2 and province in provinces, row
        assert not prefecture or (province, prefecture) in prefectures, row
        assert (province, full) not in seen, row
        seen.add((province, full))

