"""County short names that are also common words: 新建 (newly built) and 大关 (a mark passed)
are no places where they are words, while the district and the county stay places where the
text names them as such. Every text here is written for the test."""

from __future__ import annotations

from .region_helpers import about, places


def test_newly_built_is_no_district() -> None:
    """新建 as a verb (全县新建3家实验室, 新建、改造计量标准) is no 新建区 of 南昌; the district
    written in full, or after its city, stays a place."""
    text = "乙县积极引导企业参与实验室建设，上半年全县新建3家实验室。\n"
    assert places(text) == [(3, None)]
    assert about("今年新建、改造社会公用计量标准5项") == []
    assert about("南昌新建区质监局开展检查") == ["南昌", "新建区"]


def test_a_mark_passed_is_no_county() -> None:
    """迈过4000台大关 and 突破亿元大关 name a mark passed, not 大关县, so the figures after them keep
    the report's place; the county after its city, or written in full, stays a place."""
    text = "丙县衡器检定站今年检定集贸市场电子秤头一回迈过4000台大关，全年共4300台，比前年多出700台。\n"
    assert places(text) == [(4000, None), (4300, None), (700, None)]
    assert about("收入首次突破亿元大关") == []
    assert about("云南大关县质监局开展检查") == ["云南", "大关县"]
    assert about("昭通大关开展检查") == ["昭通", "大关"]
