"""Scans that skip ahead find what a plain scan finds: the place finder's two-character start
scan, the campaign scan near its needles, and the context pass's time and status words.
Texts written for the test, and the views of the samples."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from qsreport.cleaning import match_view
from qsreport.extract.context_period import _YEAR
from qsreport.extract.lexicon.context import ACHIEVED, DONE, SINCE, STATUS_WORDS
from qsreport.extract.lexicon.supervision_actions import ACTION_KIND
from qsreport.extract.supervision_scan import AnchoredScan, anchors, kind_matches
from qsreport.pipeline import ParseOptions, prepare
from qsreport.places import find_places
from qsreport.places.index import _COUNTY_CONTEXT, _index, _lengths
from qsreport.regex_prefilter import compile_fast, needles
from qsreport.regex_triggers import holds_needles, needle_sets

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

TEXTS = [
    "丙县质监局开展了春季农资打假专项行动，随后启动了“计量惠民进社区”活动，又组织集中整治，"
    "并开展执法检查和专项抽查，对辖区加油站开展监督抽查12次。",
    "开展打假打假打假专项行动专项整治专项治理，部署安全检查、隐患排查治理和质量万里行。",
    "丁市、戊县和己区：甲省乙市丙县质监局在永康市召开会议，温岭、义乌两地企业参加。",
    "2012年以来，全市累计新增名牌12个；三年来共有8个产品被评为省名牌，力争2015年再新增5个，"
    "计划申报6个，已通过初审3个。",
    "",
    "行动",
]


@cache
def _views() -> list[str]:
    paths = sorted([*SAMPLES.glob("**/*.txt"), *SAMPLES.glob("**/*.html")])
    return [match_view(prepare(p.read_bytes(), ParseOptions()).cleaned.text) for p in paths]


def _every_view() -> list[str]:
    return [match_view(text) for text in TEXTS] + _views()


def test_the_campaign_scan_finds_what_a_whole_scan_finds() -> None:
    """kind_matches, trying starts near the needles only, gives ACTION_KIND.finditer's matches,
    over whole texts and over stretches cut at any place."""
    for view in _every_view():
        bounds = [(0, len(view))] + [(start, min(len(view), start + 37))
                                     for start in range(0, len(view), 29)]
        for start, end in bounds:
            expected = [m.span() for m in ACTION_KIND.finditer(view, start, end)]
            assert [m.span() for m in kind_matches(view, start, end)] == expected


def _places_everywhere(view: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """find_places with no scan: every position tried in turn."""
    names, rows, masks, _starts = _index()
    found = []
    at = start
    while at < end:
        for length in _lengths(masks.get(view[at:at + 2], 0)):
            entry = names.get(view[at:at + length]) if at + length <= end else None
            if entry is None or (entry & 1 and not _COUNTY_CONTEXT.match(view, at + length)):
                continue
            found.append((at, at + length, rows[entry >> 1]))
            at += length
            break
        else:
            at += 1
    return found


def test_the_place_scan_finds_what_trying_every_position_finds() -> None:
    """The scan for a name's first two characters skips only positions where no name starts,
    a stretch's end included (a name cut by it is none)."""
    for view in _every_view():
        bounds = [(0, len(view))] + [(start, min(len(view), start + 23))
                                     for start in range(0, len(view), 17)]
        for start, end in bounds:
            found = [(m.start, m.end, m.place.adcode) for m in find_places(view, start, end)]
            assert found == [(s, e, row.split("|")[3])
                             for s, e, row in _places_everywhere(view, start, end)]


@pytest.mark.parametrize("pattern", [_YEAR, ACHIEVED, DONE, SINCE,
                                     *(p for _, p in STATUS_WORDS)])
def test_the_context_words_skip_ahead_to_the_same_matches(pattern: re.Pattern[str]) -> None:
    """The context pass's whole-text scans, compiled to skip ahead, match as the plain
    pattern does."""
    bare = re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", pattern.pattern, flags=re.S)
    plain = re.compile(bare)
    for view in _every_view():
        assert [m.span() for m in pattern.finditer(view)] == \
            [m.span() for m in plain.finditer(view)]


def test_an_anchored_scan_finds_what_finditer_finds() -> None:
    """AnchoredScan tries a pattern only near its anchors (literal runs, a lookbehind's text,
    each at its distance from the start) and finds finditer's matches: anchors hidden inside
    a longer one, anchors before the stretch, and patterns it cannot anchor (an unbounded
    part before every literal, an empty match) scanned whole."""
    patterns = [
        r"(?<=开展)[^，。]{2,6}?行动|专项(?:检查|整治)|整治行动|治理",
        r"(?:甲|乙)?(?:市|县)质监局|(?<=“)[^”]{1,4}”活动",
        r"[^，。]*行动",  # unbounded before its literal: no anchor
        r"(?<=开展)",  # empty: scanned whole
        r"a+b|(?<=c)d{1,3}e",
    ]
    texts = ["开展春季专项整治行动，甲市质监局开展“净水”活动，又部署专项检查和专项整治治理。",
             "专项整治行动治理行动", "cdde aab ab cddde", "开展", ""]
    for source in patterns:
        pattern = re.compile(source)
        scan = AnchoredScan(pattern)
        for text in texts:
            for start in range(len(text) + 1):
                for end in range(start, len(text) + 1):
                    expected = [m.span() for m in pattern.finditer(text, start, end)]
                    assert [m.span() for m in scan.finditer(text, start, end)] == expected


def test_anchors_are_told_where_they_stand() -> None:
    """A literal run is an anchor at its distance from the start, a lookbehind's text one
    before it; a pattern that can match nothing has none."""
    assert anchors(r"(?<=开展)[^，]{2,4}行动") in ((("开展", -2, -2),), (("行动", 2, 4),))
    assert anchors(r"专项(?:检查|整治)") == (("专项", 0, 0),)
    assert anchors(r"x*行动") == ()
    assert anchors(r"(?<=开展)") == ()


@pytest.mark.parametrize("source", [r"x?(?i:abc)d", r"(?i)x?abcd", r"(?:(?i:甲abc)|乙abc)d?"])
def test_a_case_blind_part_gives_no_words_to_skip_by(source: str) -> None:
    """The words a gate looks for are literal text: letters matched whatever their case
    (``(?i:…)``, ``(?i)``) are none, or a gate would skip ``ABC`` where the rule finds it."""
    pattern = re.compile(source)
    text = "xABCd 乙ABCd 甲Abcd"
    expected = [m.span() for m in pattern.finditer(text)]
    assert expected
    assert [m.span() for m in AnchoredScan(pattern).finditer(text, 0, len(text))] == expected
    assert [m.span() for m in compile_fast(source).finditer(text)] == expected
    for words in (*needle_sets(pattern), needles(pattern), needles(pattern, fewest=True)):
        assert not words or all(any(word in match.group() for word in words)  # (none: no gate)
                                for match in pattern.finditer(text)), words


@pytest.mark.parametrize(("source", "sets"), [
    (r"(?:开展|进行)[了的]?[^，]{0,9}?(?:(?:集中|免费)检定|强制检定)",
     (("检定",), ("开展", "进行"))),  # (集中|免费 is one alternative's, 检定 both's)
    (r"(?<=开展)专项(?:检查|整治)行动", (("专项",), ("行动",), ("整治", "检查"))),
    (r"x*", ()),
])
def test_needle_sets_are_every_set_a_match_holds_one_of(source: str, sets: tuple[tuple[str, ...], ...]) -> None:
    """Each set's strings: one of them in every match (a lookbehind's text is none: it is not
    in the match); the rarest set first, a set another implies left out."""
    assert needle_sets(re.compile(source)) == sets


def test_a_stretch_lacking_one_set_holds_no_match() -> None:
    """holds_needles is False only where a set is wholly missing: then finditer finds nothing."""
    pattern = re.compile(r"(?:开展|进行)[了的]?[^，。]{0,9}?(?:(?:集中|免费)检定|强制检定)")
    text = "甲县开展了免费检定活动。乙县进行集中宣传。丙县开展检查，免费检定"
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            if not holds_needles(pattern, text, start, end):
                assert pattern.search(text, start, end) is None, (start, end)
    assert holds_needles(pattern, text, 0, 12) and not holds_needles(pattern, text, 12, 21)
