"""Patterns tried only just before their anchor word (regex_prefilter.finditer_near) find what a
scan of the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from qsreport.extract import brands_honours_products as counted
from qsreport.regex_prefilter import finditer_near

_FIRMS_ALPHABET = "等0123456789一二三两十百家企业单位公司组织的个件项产品商标荣获被评为，、A"


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(alphabet=_FIRMS_ALPHABET, max_size=60), st.booleans())
def test_firm_counts_tried_before_their_word_equal_the_full_scan(text: str, won: bool) -> None:
    """The counted firms' patterns, tried only in the six places before each 家企业 (家单位, …),
    give the matches of a scan of every position."""
    rule = counted._FIRMS_WON if won else counted._COUNTED
    near = finditer_near(rule, counted._FIRMS_WORD, counted._BEFORE_FIRMS_WORD, text)
    assert [m.span() for m in near] == [m.span() for m in rule.finditer(text)]


def test_matches_next_to_each_other_are_all_found() -> None:
    """A match ending where the next one's window begins, and two anchors inside one window,
    are found as finditer finds them."""
    rule = re.compile(r"等?\d{1,3}家企业")
    anchor = re.compile("家企业")
    for text in ("12家企业3家企业等45家企业", "1家企业家企业2家企业", "999家企业", "家企业", ""):
        found = [m.span() for m in finditer_near(rule, anchor, 4, text)]
        assert found == [m.span() for m in rule.finditer(text)]


def test_a_pattern_not_reaching_its_anchor_is_not_tried_elsewhere() -> None:
    """Positions beyond the reach before an anchor are not tried: the caller's promise that no
    match starts there is what makes the scan short."""
    rule = re.compile(r"\d+家企业")
    text = "共123456家企业"
    assert [m.group() for m in finditer_near(rule, re.compile("家企业"), 3, text)] == ["456家企业"]
