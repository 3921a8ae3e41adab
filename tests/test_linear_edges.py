"""The readings made linear (tests/test_linear_families.py) at the edges of their windows: at
every position of texts built so that a word of applying, a shortlist, a decision, a step
passed whose comma is followed by a long run of blanks, a longest place name or a county's
short name falls just inside, on and just past each bound, the answer is the whole text's;
and the facilities' key index holds every pair same_facility holds, for keys that end one
another at the lengths its rule turns on. Texts written for the test, made-up names."""

from __future__ import annotations

import itertools

import pytest

from qsreport.cleaning import match_view
from qsreport.extract.brands_honours_checks import not_won_yet
from qsreport.extract.brands_not_won import NotWonBefore
from qsreport.extract.brands_titles import PlacesNamed
from qsreport.extract.inspection_same import KeyIndex, same_facility
from qsreport.places import find_places
from qsreport.places.index import _index

_PLAIN = "质量"  # (a word none of the patterns reads)
# A step passed (its 申报 is no application once the decision after the comma is read) whose
# comma the decision follows after blanks: 199 of them stay under the run that sends the
# reading back to the whole text, 200 and more reach it
_STEP = "经企业申报、专家评审等程序，"


def _steps(blanks: str) -> str:
    return _STEP + blanks + "认定"


_WORDS = ["申报", "拟", "公示", "公示期满", "决定授予", "确认了", "入围", "入围奖", "经公示无异议",
          "公示、审定", "推荐", _steps(""), _steps(" " * 199), _steps(" " * 200),
          _steps("\n" * 120 + "\u3000" * 79), _steps(" " * 260),
          # (the patterns' longest reaches: an applicant's product that won after all, a
          # publicity past, a publicity with a later step)
          "乙公司申报的纺织产品经过多轮严格的质量检测和用户评价后正式成为", "经专家委员会认真复核公示",
          "公示、专家组复核与委员会全体会议审定"]


@pytest.mark.parametrize("first", range(0, len(_WORDS), 2))
def test_the_text_before_every_position_reads_as_the_whole_text(first: int) -> None:
    """Two words of the test 120 to 420 characters apart after the report's opening, and a
    third after them: at every position past the opening, NotWonBefore gives what
    not_won_yet gives on all the text before it."""
    for second, gap in zip(range(len(_WORDS)), itertools.cycle([120, 151, 299, 420])):
        third = _WORDS[(first + 2 * second + 1) % len(_WORDS)]
        view = match_view(_PLAIN * 1000 + _WORDS[first] + _PLAIN * (gap // 2)
                          + _WORDS[second] + _PLAIN * 20 + third + _PLAIN * 160)
        before = NotWonBefore(view)
        for at in range(1990, len(view) + 1):
            assert before.before(at) == not_won_yet(view[:at]), (first, second, at)


def _names() -> tuple[list[str], list[str]]:
    """The index's longest names, and short names that count only before a place's context."""
    names = _index()[0]
    longest = sorted(names, key=lambda name: (-len(name), name))[:12]
    short = sorted(name for name, entry in names.items() if entry & 1)[:12]
    return longest, short


def test_the_last_place_at_every_position_is_the_scans_from_the_start() -> None:
    """Longest names, short names with and without the words that make them places, and names
    written inside one another, side by side: at every position, the last place of each kind
    PlacesNamed gives is the last find_places reads in all the text before it."""
    longest, short = _names()
    parts = [_PLAIN * 1000]
    for n, name in enumerate(longest + short):
        parts += [name, ["质监局", "", "企业", "：", "县", "市", "区"][n % 7],
                  short[n % len(short)], "该县", _PLAIN * (n % 9)]
    view = match_view("".join(parts))
    named = PlacesNamed(view)
    for at in range(2000, len(view) + 1):
        mentions = find_places(view, 0, at)
        for kind in "县市区":
            kept = [(m.start, m.end) for m in mentions if view.endswith(kind, m.start, m.end)]
            assert named.last(at, kind) == (kept[-1] if kept else None), (at, kind)


# Keys that end one another at the lengths same_facility turns on: 4 and 5 characters opening
# on 省市县区 or not, 6 and more; the host place in brackets at the end, in the middle, on both
# keys, and a key that is another's without its brackets.
_KEYS = ["县质检所", "甲县质检所", "乙甲县质检所", "质检中心", "纺织质检中心", "甲纺织质检中心",
         "市纺织质检中心", "区检测站", "丙区检测站", "检测站", "省检验院", "丁省检验院", "省检验院(甲省)",
         "丁省检验院（乙市）", "国家纺织质检中心", "国家纺织质检中心（江西）", "甲市国家纺织质检中心",
         "国家纺织质检中心(戊省)", "纺织质检中心(江西)", "国家(江西)纺织质检中心", "市检测站", "戊市检测站",
         "某(乙市)县质检所", "乙市县质检所", "县质检所（丙县）", "质检所", "纺织质检中心"]


def test_the_key_index_holds_every_pair_of_one_facility() -> None:
    """Every key added in turn, in two orders: the first key same_facility holds to be the
    same facility as each key is the one KeyIndex gives; and again once each key has been
    changed to the next one and back."""
    for keys in (list(_KEYS), list(reversed(_KEYS))):
        index = KeyIndex()
        for at, key in enumerate(keys):
            index.add(at, key)
        for query in _KEYS:
            expected = next((at for at, key in enumerate(keys) if same_facility(key, query)), None)
            assert index.first_same(keys, query) == expected, query
        for at in range(len(keys)):
            old = keys[at]
            index.remove(at, old)
            keys[at] = _KEYS[(at + 1) % len(_KEYS)]
            index.add(at, keys[at])
            for query in _KEYS:
                expected = next((n for n, key in enumerate(keys) if same_facility(key, query)),
                                None)
                assert index.first_same(keys, query) == expected, (at, query)
