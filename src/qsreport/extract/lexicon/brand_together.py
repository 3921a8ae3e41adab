"""Titles counted together (brands_counts_basis.py): a title closing a list of levels, two
levels glued, or a title joined to another with one count after both is category other."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# --- Count words: a title closing a list of levels (levels counted together) ---
# 国家、省、市名牌产品44件, 省、市著名商标9件: the title of the last level closes a list of
# levels, and the count is of all of them together (what stands just before the title).
# (Two bare levels, or the state's: 甲省、乙市名牌产品 lists places, not levels.)
# (省、市名牌N个: a province's and a city's titles together, unless 全省 is the place)
# (省市名牌N个: the two levels glued, where 省 stands alone — after a mark, a verb of holding
# or a count word — not a province's name, 某省, nor 全省: 全省市名牌 stays a city's title)
LEVELS_LISTED = compile_fast(r"(?:(?:国家|中国|省|市|县)级?[、和及与]){2,}$|(?:国家|中国|(?<![全本我该])省)级?[、和及与]$|"
                             r"(?:^|(?<=[、，,；;：:（(“「\s有获得和及与]))省$")
# A title joined to the title before it (省名牌产品和省著名商标20个, 省名牌或优质产品): the count
# after the two is of both together, other; not counts told each in turn (分别, 各).
TITLE_JOINED = rx.compile(r"[和及与或]$")
EACH_IN_TURN = rx.compile(r"分别|各")
