"""``any_of``: one call of the engine for a rule's test of truth over several patterns gives the
answer the chain of calls gave (``a.search(s) or b.search(s)``), at a place and in a range."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qsreport.extract import (
    brands_honours_back,
    brands_honours_checks,
    brands_honours_guards,
    brands_won,
)
from qsreport.extract.learned import winners
from qsreport.regex_prefilter import any_of

# Patterns of the shapes the rules combine: anchored at either end, with lookbehinds, with a
# class first, with named groups.
_PARTS = (
    re.compile(r"(?:累计|共计|共)$"),
    re.compile(r"^(?:希望|鼓励|由.{2,}?注册的)"),
    re.compile(r"(?<=\w\w)(?:要以?|应当?)$"),
    re.compile(r"[，,；;。]"),
    re.compile(r"\d"),
    re.compile(r"(?P<verb>获得|荣获)[^，]{0,4}?称号"),
)
_ALPHABET = "累计共希望鼓励由甲乙注册的要以应当，,；。0123获得荣称号某厂"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=16), st.integers(0, 16), st.integers(0, 16))
def test_any_of_answers_as_the_chain_of_calls_does(text: str, start: int, end: int) -> None:
    combined = any_of(*_PARTS)
    for method in ("search", "match", "fullmatch"):
        chained = any(getattr(p, method)(text, start, end) for p in _PARTS)
        assert (getattr(combined, method)(text, start, end) is not None) == chained, method


def test_any_of_refuses_back_references_and_mixed_flags() -> None:
    for pattern in (r"(甲)\1", r"(?P<x>乙)(?P=x)", r"(丙)?(?(1)丁|戊)"):
        with pytest.raises(ValueError):
            any_of(re.compile(pattern), re.compile("己"))
    with pytest.raises(ValueError):
        any_of(re.compile("甲", re.IGNORECASE), re.compile("乙"))


@pytest.mark.parametrize("text", [
    "某县领导", "鼓励企业", "全市共", "我们为工厂获奖", "甲乙厂", "某市甲乙食品有限公司",
    "大力推进", "使其成为", "2016年", "某牌，", "甲乙和", "本报讯今年",
    "这两家企业是：", "其中商超领域评出的有：", "上述产品为：",
])
def test_the_rules_combined_tests_answer_as_their_parts(text: str) -> None:
    """Each combination the brand rules use, beside the chain it stands for."""
    combos = [
        (brands_honours_guards._NO_WINNER, (brands_honours_guards._ATTENDEE,
                                            brands_honours_guards._NOT_A_NAME,
                                            brands_honours_guards._TALLY,
                                            brands_honours_guards._CLAUSE)),
        (brands_honours_checks._NO_NAME_OR_CLAUSE, (brands_honours_checks._NO_NAME,
                                                    brands_honours_checks._CLAUSE_WORDS)),
        (brands_won.GAP_BREAK, (brands_won.PUNCT, brands_won.DIGIT)),
        (winners._NOT_A_WINNERS_NAME, (winners.NOT_A_NAME, winners.HONOUR_VERB,
                                       winners._GIVING, winners._RANKING, winners._PERSON,
                                       winners._SENT)),
        (winners._NOT_WON_WORDS, (winners.APPLIED_FOR, winners.GOAL, winners._AHEAD,
                                  winners._SENT_UP)),
        (winners._NO_TITLE_AFTER, (winners.TITLE_IN_A_NAME, winners.NOT_A_HOLDER,
                                   winners._FIELDS_AFTER, winners._WORK_AFTER)),
        (brands_honours_back._POINTS_BACK, (brands_honours_back.SECTOR_NAMED_BACK,
                                            brands_honours_back.HOLDERS_NAMED_BACK)),
    ]
    for combined, parts in combos:
        for start in range(len(text) + 1):
            assert (combined.search(text, start) is not None) == \
                any(p.search(text, start) for p in parts)
            assert (combined.match(text, start) is not None) == \
                any(p.match(text, start) for p in parts)
