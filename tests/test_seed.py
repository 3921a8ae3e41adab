"""The seed report, end to end: every fact its README lists, in three encodings/scripts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qsreport.cleaning import match_view
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes

from .conftest import SEED


def simp(text: str | None) -> str:
    """Compare strings across scripts: the match view folds script and width."""
    return match_view(text or "")


def facts(report: dict[str, Any]) -> dict[str, Any]:
    """The seed README's facts, in a script-independent form."""
    return {
        "meta": (simp(report["meta"]["region"]), simp(report["meta"]["title"]),
                 report["meta"]["date"], simp(report["meta"]["source"]),
                 simp(report["meta"]["category"])),
        "sections": [simp(s["heading"]) for s in report["sections"]],
        "brand_counts": [(c["category"], simp(c["label"]), c["value"], simp(c["unit"]), c["basis"])
                         for c in report["brands"]["counts"]],
        "honours": [(simp(h["name"]), simp(h["honour"]), h["category"])
                    for h in report["brands"]["honours"]],
        "standards": [(c["level"], c["role"], c["value"], simp(c["unit"]))
                      for c in report["standards"]["counts"]],
        "rates": [(r["value"], r["target"], [simp(s) for s in r["scope"]])
                  for r in report["standards"]["rates"]],
        "actions": [(a["kind"], [simp(t) for t in a["targets"]])
                    for a in report["supervision"]["actions"]],
        "stats": [(s["metric"], s["value"], simp(s["unit"])) for s in report["supervision"]["stats"]],
        "facilities": [(simp(f["name"]), f["status"]) for f in report["inspection"]["facilities"]],
    }


EXPECTED = {
    "meta": ("金华", "质量安全监管显成效", "2008-03-30", "网络", "其他"),
    "sections": ["实施品牌战略 引领质量安全", "加强标准化工作 提升质量安全",
                 "加强全过程监管 保障质量安全", "加强检验检测 服务质量安全"],
    "brand_counts": [("china_top_brand", "中国名牌产品", 22, "个", "total"),
                     ("inspection_exempt", "国家免检产品", 63, "个", "total"),
                     ("provincial_brand", "浙江名牌", 99, "个", "total")],
    "honours": [("永康五金", "浙江区域名牌", "regional_brand"),
                ("浙江恒风交通运输股份有限公司", "服务业浙江名牌", "provincial_brand")],
    "standards": [("national", "drafted", 61, "项"), ("industry", "drafted", 56, "项"),
                  ("local", "drafted", 138, "项"), ("international", "adopted", 319, "项")],
    "rates": [(100, False, ["水泥", "电动工具"]), (80, True, [])],
    "actions": [
        ("law_enforcement", []),
        ("special_rectification", ["玩具", "服装", "汽车配件", "絮用纤维制品", "家具", "五金饰品",
                                   "涂料", "油漆", "装饰票", "洗涤用品"]),
        ("anti_counterfeiting", ["食品", "许可证产品", "三C认证产品"]),
        ("long_term_mechanism", ["标准实施关", "原材料进货关", "生产过程质量控制关",
                                 "产品出厂检验关", "产品售后服务关"]),
    ],
    # (schema 2: the kinds of product its rectification targets, 等10类…产品的集中整治)
    "stats": [("categories_targeted", 10, "类")],
    "facilities": [("义乌国家日用轻工产品监督检验中心", "under_construction"),
                   ("市本级食品检测工程", "completed"), ("市质检院", "accredited"),
                   ("义乌局", "accredited")],
}


def test_seed_gives_every_fact_its_readme_lists(seed_bytes: bytes) -> None:
    """The original file (UTF-8, traditional, pinyin glued on) yields exactly the README's facts."""
    report = to_jsonable(parse_bytes(seed_bytes, None))
    assert facts(report) == EXPECTED
    assert report["source"]["pinyin_removed"] == 232
    assert report["source"]["script"] == "traditional"


def test_seed_in_simplified_gb18030_gives_the_same_facts(seed_simplified_gb18030: bytes) -> None:
    """Converted to simplified script (OpenCC) and encoded as GB18030, nothing changes."""
    report = to_jsonable(parse_bytes(seed_simplified_gb18030, None))
    assert report["source"]["encoding"] == "gb18030"
    assert report["source"]["script"] == "simplified"
    assert facts(report) == EXPECTED


def test_seed_as_big5_without_pinyin_gives_the_same_facts(seed_traditional_big5: bytes) -> None:
    """Traditional text without pinyin, in Big5, gives the same facts and no pinyin count."""
    report = to_jsonable(parse_bytes(seed_traditional_big5, None))
    assert report["source"]["encoding"] in {"cp950", "big5", "big5hkscs"}
    assert report["source"]["pinyin_removed"] == 0
    assert facts(report) == EXPECTED


def test_golden_file_pins_the_whole_output(seed_bytes: bytes) -> None:
    """Any change to the seed's JSON output, spans and sentences included, shows up here."""
    golden = json.loads((SEED.parent / (SEED.stem + ".expected.json")).read_text("utf-8"))
    report = to_jsonable(parse_bytes(seed_bytes, None))
    assert report == golden


@pytest.mark.parametrize("variant", ["seed_bytes", "seed_simplified_gb18030",
                                     "seed_traditional_big5"])
def test_every_span_points_into_its_evidence(variant: str, request: pytest.FixtureRequest) -> None:
    """Each item's span lies inside the cleaned text and inside the sentence quoted as evidence."""
    from qsreport.pipeline import prepare

    data = request.getfixturevalue(variant)
    text = prepare(data).cleaned.text
    report = to_jsonable(parse_bytes(data, None))
    items = [*report["brands"]["counts"], *report["brands"]["honours"],
             *report["standards"]["counts"], *report["standards"]["rates"],
             *report["supervision"]["actions"], *report["inspection"]["facilities"]]
    assert items
    for item in items:
        start, end = item["span"]
        assert 0 <= start < end <= len(text)
        sentence_start = text.find(item["evidence"])
        assert sentence_start >= 0
        assert sentence_start <= start and end <= sentence_start + len(item["evidence"])


def test_nothing_is_invented_for_supervision_statistics(seed_bytes: bytes) -> None:
    """The seed states no enforcement figures, so none come out (years and 十七大 are not stats):
    its one supervision figure is the kinds of product its rectification targets (schema 2)."""
    report = parse_bytes(seed_bytes, None)
    assert [(s.metric, s.value) for s in report.supervision.stats] == [("categories_targeted", 10)]
    assert report.warnings == []
