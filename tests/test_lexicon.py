"""The rule tables and the shortcuts taken when running them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import match_view
from qsreport.extract.lexicon.brands import BRAND_TERM, brand_category, find_brand_terms
from qsreport.pipeline import prepare

from .conftest import SAMPLES

REPORTS = sorted(p for p in SAMPLES.rglob("*") if p.suffix in {".txt", ".html"}
                 and not p.name.endswith(".expected.json"))


def _spans(matches: list) -> list[tuple[int, int]]:  # type: ignore[type-arg]
    return [(m.start(), m.end()) for m in matches]


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
def test_anchored_search_finds_what_a_whole_text_scan_finds(path: Path) -> None:
    """Looking for brand titles only near their anchor words misses none and adds none."""
    view = match_view(prepare(path.read_bytes()).cleaned.text)
    assert _spans(find_brand_terms(view)) == _spans(list(BRAND_TERM.finditer(view)))


_pieces = st.sampled_from(["浙江", "省", "名牌", "产品", "中国", "驰名商标", "区域", "服务业", "金华市",
                           "著名商标", "免检", "地理标志保护产品", "，", "现有", "22个", "的", "市"])


@given(st.lists(_pieces, max_size=30).map("".join))
def test_anchored_search_agrees_on_any_mixture(text: str) -> None:
    """The same holds for arbitrary runs of title fragments."""
    assert _spans(find_brand_terms(text)) == _spans(list(BRAND_TERM.finditer(text)))


@pytest.mark.parametrize(("words", "category"), [
    ("中国名牌产品", "china_top_brand"), ("中国驰名商标", "china_well_known_trademark"),
    ("国家免检产品", "inspection_exempt"), ("服务业浙江名牌", "provincial_brand"),
    ("江苏省名牌产品", "provincial_brand"), ("浙江省著名商标", "provincial_famous_trademark"),
    ("浙江区域名牌", "regional_brand"), ("金华名牌产品", "municipal_brand"),
    ("地理标志保护产品", "geographical_indication"), ("湖州市著名商标", "other"),
])
def test_contract_vocabulary(words: str, category: str) -> None:
    """Each phrase CONTRACT.md lists maps to its category key."""
    match = BRAND_TERM.fullmatch(words)
    assert match is not None and brand_category(match) == category
