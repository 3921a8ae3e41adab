"""The rule tables and the shortcuts taken when running them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.cleaning import match_view
from qsreport.extract.lexicon import Vocabulary
from qsreport.extract.lexicon import brands as brand_words
from qsreport.extract.lexicon import inspection as inspection_words
from qsreport.extract.lexicon import standards as standard_words
from qsreport.extract.lexicon import supervision_actions as action_words
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


def _unguarded(table: Vocabulary, suffix: str = "") -> re.Pattern[str]:
    """The table's alternation without the tests of each row's first characters."""
    body = "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(table.rows))
    return re.compile(f"(?:{body}){suffix}")


_TABLES = [(brand_words._BRANDS, ""), (inspection_words._STATUSES, ""),
           (action_words._ACTIONS, ""), (standard_words._LEVELS, standard_words._LEVELS._suffix)]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_rows_tested_by_their_first_characters_match_as_the_rows_do() -> None:
    """Each row of a table, tried only where its first characters stand, gives the matches
    and the rows the plain alternation gives, over every sample report."""
    views = [match_view(prepare(path.read_bytes()).cleaned.text) for path in REPORTS]
    for table, suffix in _TABLES:
        plain = _unguarded(table, suffix)
        assert table.pattern.pattern.count("(?=[") > plain.pattern.count("(?=[")
        for view in views:
            assert _found(table.pattern, view) == _found(plain, view)


@given(st.lists(st.one_of(_pieces, st.sampled_from(
    ["获得", "“", "”", "乙县", "老字号", "称号", "质量奖", "示范区", "标准化", "第三批", "湖南", "名品",
     "先进单位", "8件", "被", "认定", "。", "开展", "专项整治", "打假", "停产", "国家标准"])),
    max_size=30).map("".join))
def test_guarded_rows_agree_on_any_mixture(text: str) -> None:
    """The same holds for arbitrary runs of the tables' words."""
    for table, suffix in _TABLES:
        assert _found(table.pattern, text) == _found(_unguarded(table, suffix), text)


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


def test_a_giver_s_verb_after_bei_is_no_decision() -> None:
    """GIVEN_BY looks for 被 behind its verb from the verb's end, which holds only while every
    verb is two characters: the verbs found are those a lookbehind before them finds."""
    import re

    from qsreport.extract.lexicon.brand_lists import GIVEN_BY, GIVEN_VERBS

    assert {len(verb) for verb in GIVEN_VERBS} == {2}
    before = re.compile(r"(?<!被)(?:" + "|".join(GIVEN_VERBS) + r")了?")
    for text in ("市政府认定了甲公司", "乙厂被认定为名牌", "被授予", "认定", "丙县表彰被命名的单位，确认了",
                 "被被评定了", "1被确定"):
        assert [m.span() for m in GIVEN_BY.finditer(text)] == \
            [m.span() for m in before.finditer(text)], text
