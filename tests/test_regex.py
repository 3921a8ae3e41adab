"""The speed-ups of the extraction rules give the answers the plain rules give.

``compile_fast`` puts a first-character lookahead in front of a pattern, and ``Doc`` finds a
pattern's matches for every sentence in one scan; both must find exactly what
``re.compile(pattern).finditer`` finds sentence by sentence.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qsreport.cleaning import match_view
from qsreport.extract import (
    Doc,
    areas,
    brands_counts,
    common,
    standards,
    supervision,
)
from qsreport.extract import figures as figure_scan
from qsreport.extract.lexicon import brand_lists
from qsreport.extract.lexicon import brands as brand_words
from qsreport.extract.lexicon import standards as standard_words
from qsreport.extract.lexicon import supervision as supervision_words
from qsreport.extract.lexicon import supervision_results as result_words
from qsreport.extract.lexicon.inspection import FACILITY_STATUS
from qsreport.numbers import PERCENT
from qsreport.pipeline import prepare
from qsreport.regex_prefilter import (
    compile_fast,
    first_chars,
    might_match,
    needle_candidates,
    needles,
    parsed_nodes,
    start_guard,
)
from qsreport.regex_triggers import needle_sets
from qsreport.segmenting import Header, Layout, Segment, segment

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?<![\d.])(?P<n>\d+)%", r"[\d]"),
    (r"(?:国家)?标准", "[国标]"),
    (r"(?:a|b?)c", "[abc]"),
    (r"[x-z]+y", "[x-z]"),
    (r"\s*%", r"[%\s]"),
    (r"(?=a)b", "[b]"),  # a lookahead is passed over: the set is wider, never narrower
    (r"a*", None),  # can match nothing: it may match anywhere
    (r"[^a]b", None),  # a negated set: any character could start it
    (r".b", None),
    (r"(a)\1", "[a]"),
    (r"[-\]^]x", r"[\-\]\^]"),
])
def test_first_chars(pattern: str, expected: str | None) -> None:
    assert first_chars(pattern) == expected


def test_compile_fast_leaves_quick_patterns_alone() -> None:
    assert compile_fast(r"[，。]").pattern == r"[，。]"
    assert compile_fast(r"合格率|采标率").pattern == r"合格率|采标率"
    assert compile_fast(r"(?:国家)?标准").pattern.startswith("(?=[国标])")


def test_start_guard_is_the_test_compile_fast_puts_in_front() -> None:
    """The guard alone, for a row written into a larger pattern: a class, lookbehinds as one
    group, or none where the engine skips ahead by itself."""
    assert start_guard(r"(?:国家)?标准") == "(?=[国标])"
    assert start_guard(r"合格率|采标率") is None
    assert start_guard(r"(?<=开始)[^x]{0,2}牌|z") == "(?:(?=[z])|(?<=开始))"
    for rule in (r"(?:国家)?标准", r"(?<=开始)[^x]{0,2}牌|z"):
        assert compile_fast(rule).pattern == f"{start_guard(rule)}(?:{rule})"


def test_compile_fast_wraps_alternatives() -> None:
    # The lookahead covers every alternative, not only the first.
    fast = compile_fast(r"(?<!x)a|(?<!y)bc")
    assert [m.group() for m in fast.finditer("a bc xa ybc")] == ["a", "bc"]


def test_compile_fast_guards_by_a_lookbehind() -> None:
    """An alternative whose first characters cannot be told but which opens with a plain
    lookbehind is guarded by that lookbehind, beside the others' first characters."""
    fast = compile_fast(r"(?<=开始)[^x]{0,2}牌|(?<=[甲乙])[^x]k|z")
    assert fast.pattern.startswith("(?:(?=[z])|(?<=[乙甲])|(?<=开始))(?:")
    text = "开始挂牌 甲丁k z 丙丁k"
    assert [m.group() for m in fast.finditer(text)] == ["挂牌", "丁k", "z"]
    # a lookbehind inside an optional part guards nothing: the pattern is left as it is
    assert compile_fast(r"(?:(?<=a)[^x])?z").pattern == r"(?:(?<=a)[^x])?z"


def test_compile_fast_guards_by_lookbehinds_that_stand_alone() -> None:
    """Alternatives that are only lookbehinds, before a part whose first characters cannot
    be told, guard the pattern too: a match starts only where one of them holds."""
    rule = r"(?:(?<=开展)|(?<=启动))(?![了的])[^，]{2,6}?行动|专项检查"
    fast = compile_fast(rule)
    assert fast.pattern.startswith("(?:(?=[专])|(?<=启动)|(?<=开展))(?:")
    text = "甲县开展春季打假行动，乙区启动了清查行动，丙市组织专项检查"
    found = [m.group() for m in fast.finditer(text)]
    assert found == [m.group() for m in re.finditer(rule, text)] == ["春季打假行动", "专项检查"]
    # such a group inside an optional part still guards nothing
    optional = r"(?:(?:(?<=开展)|(?<=启动))[^，]{2,6}?)?突击检查"
    assert compile_fast(optional).pattern == optional


def test_compile_fast_tries_many_lookbehinds_after_their_last_characters() -> None:
    """Past four lookbehinds, the guard first tests the character before a position against
    their last characters, then the lookbehinds themselves: the same matches as the rule."""
    rule = (r"(?:(?<=开展)|(?<=开展了)|(?<=启动)|(?<=推进)|(?<=实施)|(?<=[甲乙]))"
            r"[^，。]{2,6}?行动|专项检查")
    fast = compile_fast(rule)
    assert fast.pattern.startswith(
        "(?:(?=[专])|(?<=[乙了动展施甲进])(?:(?<=[乙甲])|(?<=启动)|(?<=实施)|(?<=开展)|"
        "(?<=开展了)|(?<=推进)))(?:")
    text = "丙县开展春季清查行动，丁区推进夏季护苗行动，戊市又了秋季巡查行动，甲冬季行动，各地组织专项检查"
    found = [m.group() for m in fast.finditer(text)]
    assert found == [m.group() for m in re.finditer(rule, text)]
    assert found == ["春季清查行动", "夏季护苗行动", "冬季行动", "专项检查"]


def test_an_empty_lookbehind_among_many_is_no_character_to_test() -> None:
    """An empty lookbehind (``(?<=)``) holds everywhere: among more than four it gives no
    last character to test first, and the fast rule still finds what the rule finds."""
    rule = (r"(?:(?<=开展)|(?<=开展了)|(?<=启动)|(?<=推进)|(?<=实施)|(?<=))"
            r"[^，。]{2,6}?行动|专项检查")
    text = "丙县开展春季清查行动，丁区推进夏季护苗行动，各地组织专项检查"
    assert [m.group() for m in compile_fast(rule).finditer(text)] \
        == [m.group() for m in re.finditer(rule, text)]


def _rules() -> list[re.Pattern[str]]:
    """Every compiled rule of every module of the extract package (its lexicons included),
    each once: a module added later is checked without being named here."""
    import qsreport.extract as package

    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        module = importlib.import_module(info.name)
        found |= {id(v): v for v in vars(module).values() if isinstance(v, re.Pattern)}
    return [*found.values(), PERCENT]


def _sample_views() -> list[str]:
    views = []
    for path in sorted((SAMPLES / "corpus").glob("*.txt"))[:12]:
        views.append(match_view(prepare(path.read_bytes()).cleaned.text))
    return views


def test_every_rule_finds_what_the_plain_pattern_finds() -> None:
    views = _sample_views()
    for rule in _rules():
        plain = _plain(rule)
        for view in views:
            assert [m.span() for m in rule.finditer(view)] == \
                [m.span() for m in plain.finditer(view)], rule.pattern[:60]


def _plain(rule: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, without the ``(?=[...])(?:…)`` (or ``(?:(?=[...])|(?<=…))(?:…)``)
    compile_fast put around it."""
    added = re.match(r"\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", rule.pattern) or re.match(
        r"\(\?:\(\?=\[(?:\\.|[^\]\\])*\]\)(?:\|\(\?<=(?:\\.|\[(?:\\.|[^\]\\])*\]|[^)\\\[|])*\))+\)"
        r"\(\?:", rule.pattern)
    if added is None:
        return rule
    return re.compile(rule.pattern[added.end():-1])


_ALPHABET = "0123456789.,%百分之八十一两个项家批次起元万国家标准合格率抽查了，。、\n第和 "


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.sampled_from(range(5)))
def test_fast_rule_equals_plain_on_any_text(text: str, which: int) -> None:
    rules = [supervision._FIGURE, brands_counts._FIGURE, standards._FIGURE, PERCENT,
             standard_words.STANDARD_LEVEL]
    rule = rules[which]
    plain = _plain(rule)
    assert plain.pattern != rule.pattern
    assert [m.group() for m in rule.finditer(text)] == [m.group() for m in plain.finditer(text)]


def _doc(text: str, cuts: list[int]) -> Doc:
    """A document whose sentences end where ``cuts`` says (as the length cap can cut them)."""
    bounds = [0, *cuts, len(text)]
    sentences = [Segment(a, b) for a, b in pairwise(bounds) if a < b]
    return Doc(text, text, Layout(Header(), sentences=sentences))


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.lists(st.integers(0, 80), max_size=6))
def test_one_scan_per_document_equals_a_scan_per_sentence(text: str, cuts: list[int]) -> None:
    doc = _doc(text, sorted({c for c in cuts if 0 < c < len(text)}))
    for rule in (PERCENT, supervision._FIGURE, result_words.PASS_RATE):
        grouped = doc.matches_by_sentence(rule)
        for sentence, matches in zip(doc.layout.sentences, grouped, strict=True):
            expected = rule.finditer(doc.view, sentence.start, sentence.end)
            assert [m.span() for m in matches] == [m.span() for m in expected]


def test_a_match_across_a_sentence_cut_is_found_sentence_by_sentence() -> None:
    text = "合格率达到百分之八十五点五，抽查120批次"
    cut = text.index("十")  # a cut inside 百分之八十五: the first sentence reads 百分之八
    doc = _doc(text, [cut])
    first, _ = doc.matches_by_sentence(PERCENT)
    assert [m.group() for m in first] == ["百分之八"]


def test_grouped_figures_and_terms_match_the_range_lookups() -> None:
    for view in _sample_views():
        layout = segment(view, view)
        doc = Doc(view, view, layout)
        for sentence, figures in zip(layout.sentences,
                                     doc.figures_by_sentence(supervision._FIGURE), strict=True):
            assert figures == doc.figures(supervision._FIGURE, sentence.start, sentence.end)
        for sentence, terms in zip(layout.sentences, doc.brand_terms_by_sentence(), strict=True):
            assert [m.span() for m in terms] == \
                [m.span() for m in doc.brand_terms(sentence.start, sentence.end)]


@pytest.mark.parametrize("bounds", [[], [(3, 8)], [(0, 4), (10, 14)]])
def test_matches_outside_every_sentence_are_nobodys(bounds: list[tuple[int, int]]) -> None:
    # Text before, between and after the sentences (a header, a heading) holds matches too.
    text = "合格率95%，抽查120批次，合格率96%"
    doc = Doc(text, text, Layout(Header(), sentences=[Segment(a, b) for a, b in bounds]))
    for rule in (PERCENT, supervision._FIGURE):
        grouped = doc.matches_by_sentence(rule)
        assert [[m.span() for m in ms] for ms in grouped] == [
            [m.span() for m in rule.finditer(text, a, b)] for a, b in bounds]


def test_sparse_scans_give_the_per_sentence_matches() -> None:
    """Scanning only the sentences that hold a needle gives each sentence's own matches, also
    where a needle found across a sentence's edge hides one that starts inside it."""
    rule = re.compile("建成|成立")
    text = "甲建成立乙"  # 建成 spans the edge; 成立, in the second sentence, starts inside it
    doc = Doc(text, text, Layout(Header(), sentences=[Segment(0, 2), Segment(2, 5)]))
    assert [[m.span() for m in ms] for ms in doc.matches_by_sentence(rule, sparse=True)] == [
        [], [(2, 4)]]
    view = "该中心已建成。乙站挂牌。丙所正在建设中，明年投入使用。没有别的。"
    for status in (FACILITY_STATUS, rule):
        sparse = Doc(view, view, segment(view, view)).matches_by_sentence(status, sparse=True)
        whole = Doc(view, view, segment(view, view)).matches_by_sentence(status)
        assert [[m.span() for m in ms] for ms in sparse] == \
            [[m.span() for m in ms] for ms in whole]
        assert any(sparse)


def test_sparse_scans_with_many_needles_in_a_sentence_still_see_the_edge() -> None:
    """Needles standing many to a sentence send it to its scan once, and a needle after them
    that crosses the sentence's edge still sends the next sentence to a scan of its own."""
    rule = re.compile("建成|成立")
    text = "建成，建成，建成立乙"  # the third 建成 spans the edge; 成立 starts inside it
    bounds = [(0, 7), (7, 10)]
    doc = Doc(text, text, Layout(Header(), sentences=[Segment(a, b) for a, b in bounds]))
    assert [[m.span() for m in ms] for ms in doc.matches_by_sentence(rule, sparse=True)] == [
        [m.span() for m in rule.finditer(text, a, b)] for a, b in bounds] == [
        [(0, 2), (3, 5)], [(7, 9)]]


# -- figures tried only where a run of number characters starts -------------------------------

_NUMBER_ALPHABET = "0123456789,.点 \n一二两三十百千万亿多余第个件项家批次克元吨公斤人份部和"


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.text(alphabet=_NUMBER_ALPHABET, max_size=40), st.sampled_from(range(3)))
def test_figures_tried_at_run_starts_equal_the_full_scan(text: str, which: int) -> None:
    rule = [supervision._FIGURE, brands_counts._FIGURE, standards._FIGURE][which]
    starts = figure_scan.figure_starts()
    found = figure_scan._matches_at(rule, text, [m.start() for m in starts.finditer(text)])
    assert [m.span() for m in found] == [m.span() for m in rule.finditer(text)]


# Every figure pattern the areas make (their modules imported above), and their units' letters.
areas()
_FIGURE_RULES = list(figure_scan._UNIT_LEADS)
_UNIT_ALPHABET = _NUMBER_ALPHABET + "台套辆只起处名米平方%亩座所户张条块种吨瓶箱"


@settings(max_examples=400, derandomize=True, deadline=None)
@given(st.text(alphabet=_UNIT_ALPHABET, max_size=40), st.sampled_from(range(len(_FIGURE_RULES))))
def test_figures_tried_only_where_their_units_can_begin_equal_the_full_scan(
        text: str, which: int) -> None:
    """A start is skipped for a pattern none of whose units begins in the run's tail there:
    the figures found are those of a scan of the whole text, for every figure pattern."""
    rule = _FIGURE_RULES[which]
    starts, masks = figure_scan.scan_starts(text)
    found = figure_scan._matches_at(rule, text, starts, masks)
    assert [m.span() for m in found] == [m.span() for m in rule.finditer(text)]


@pytest.mark.parametrize("text", ["三千克", "5万千克", "1,250个", "八十七点六项", "92.4 万元",
                                  "第3个", "12,34个", "两千克和一千克", "3.5批次"])
def test_figures_from_run_starts_on_the_tricky_shapes(text: str) -> None:
    """A number that goes on past its run (1,250; 92.4; 八十七点六) or ends inside it (三 of
    三千克) is still found where its run starts."""
    for rule in (supervision._FIGURE, brands_counts._FIGURE, standards._FIGURE):
        starts = [m.start() for m in figure_scan.figure_starts().finditer(text)]
        found = figure_scan._matches_at(rule, text, starts)
        assert [m.span() for m in found] == [m.span() for m in rule.finditer(text)]
    for rule in _FIGURE_RULES:
        found = figure_scan._matches_at(rule, text, *figure_scan.scan_starts(text))
        assert [m.span() for m in found] == [m.span() for m in rule.finditer(text)]
    assert [f.unit for f in common.find_figures(supervision._FIGURE, "三千克", 0, 3)] == ["千克"]


# -- needles: a text without them is not scanned ------------------------------------------------

# Every rule with needles worked out from its pattern, with them.
_NEEDLED = [(rule, needles(rule)) for rule in _rules() if needles(rule)]


def test_needles_are_found_for_the_rules_that_had_them_by_hand() -> None:
    """The rules whose needles were once kept by hand get them from their patterns now."""
    for rule in (PERCENT, brand_words.CONTEXT_VERB, standard_words.RATE_LABEL,
                 supervision_words.ACTION_KIND, brand_lists.LIST_INTRO, brand_words.ACTIVE_AWARD):
        assert needles(rule), rule.pattern[:40]
    assert needles(re.compile("(?:国家)?标准|规范")) == ("标准", "规范")
    assert needles(re.compile("a?b*")) == ()


def test_needles_and_needle_sets_choose_among_the_sets_of_one_walk() -> None:
    """needles takes, of the sets needle_candidates finds (in the pattern's order), the first
    whose shortest needle is longest, with fewest the first of those with the fewest needles;
    needle_sets keeps every set that tells something. Alternatives give one set per pick."""
    pattern = re.compile("(?:甲乙|丙丁)x(戊己)")

    def longest(words: frozenset[str]) -> int:
        return -min(map(len, words))

    assert needle_candidates(parsed_nodes(pattern.pattern), (longest,)) == [
        frozenset({"甲乙", "丙丁"}), frozenset({"x"}), frozenset({"戊己"})]
    assert needles(pattern) == ("丙丁", "甲乙")
    assert needles(pattern, fewest=True) == ("戊己",)
    assert needle_sets(pattern) == (("戊己",), ("丙丁", "甲乙"), ("x",))
    # each alternative's set by the pick: its longest-shortest one, or of those its fewest
    alternatives = re.compile("(?:庚辛壬|癸)x|(?:甲乙|丙丁)x戊己")
    assert needles(alternatives) == ("x戊己", "庚辛壬", "癸")
    assert needles(alternatives, fewest=True) == ("x", "x戊己")


def test_every_match_in_the_corpus_holds_a_needle() -> None:
    views = [match_view(prepare(p.read_bytes()).cleaned.text)
             for p in sorted((SAMPLES / "corpus").glob("*.txt"))]
    for rule, wanted in _NEEDLED:
        for view in views:
            for match in rule.finditer(view):
                assert any(n in match.group() for n in wanted), (rule.pattern[:40], match)


def _holds_a_needle(rule: re.Pattern[str], wanted: tuple[str, ...]) -> Callable[[], None]:
    """The property test of one rule, built afresh for each: one hypothesis test run for a
    thousand parameters chains its settings a level a run, past Python's recursion limit."""
    # Texts made of the pattern's own characters, so that matches are common.
    alphabet = sorted({c for c in rule.pattern if not c.isascii()} | set("0123%"))

    @settings(max_examples=60, derandomize=True, deadline=None)
    @given(data=st.data())
    def holds(data: st.DataObject) -> None:
        text = data.draw(st.text(alphabet=alphabet, max_size=30))
        for match in rule.finditer(text):
            assert any(n in match.group() for n in wanted), match

    return holds


@pytest.mark.parametrize("which", range(len(_NEEDLED)))
def test_every_match_holds_a_needle(which: int) -> None:
    _holds_a_needle(*_NEEDLED[which])()


def test_might_match_answers_as_a_test_of_each_needle_does() -> None:
    """A rule of many needles is tested by one scan for all of them: the same answer as
    ``needle in text`` for each, with one needle anywhere in the text, and with none."""
    many = [(rule, wanted) for rule, wanted in _NEEDLED if len(wanted) > 8]
    assert many
    for rule, wanted in many:
        for text in ("今年全区共有企业12家，比去年多3家。", "abc 123", ""):
            assert might_match(rule, text) == any(n in text for n in wanted)
        for needle in wanted:
            for text in (needle, f"甲乙{needle}", f"{needle}丙丁", f"前面写了一些{needle}后面"):
                assert might_match(rule, text) == any(n in text for n in wanted) is True


def test_a_figure_pattern_made_later_finds_its_figures_in_a_document_read_before() -> None:
    from qsreport.extract.common import figure_pattern, find_figures

    text = "抽查产品1250批次，收缴假酒300毫升。"  # no unit so far begins with 毫
    doc = _doc(text, [])
    assert [f.value for f in doc.figures(supervision._FIGURE, 0, len(text))] == [1250]
    later = figure_pattern("毫升")  # as a module imported after the document was read
    assert [f.value for f in doc.figures(later, 0, len(text))] == [300]
    assert doc.figures(later, 0, len(text)) == find_figures(later, text, 0, len(text))


def test_equal_patterns_made_apart_get_the_same_needles_and_answers() -> None:
    """Lookups keyed by the pattern object (PatternMap) give two equal patterns made apart
    the same needles, the same needle scan and, in a document, the same matches."""
    from qsreport import regex_cache

    text = "全县新增地理标志产品2个，名牌产品5个。"
    first = regex_cache.compile(r"名牌产品|地理标志产品")
    second = regex_cache.compile(r"名牌产品|地理标志产品")
    assert first is not second and first == second
    assert needles(first) == needles(second) == ("名牌产品", "地理标志产品")
    assert might_match(first, text) and might_match(second, text)
    doc = _doc(text, [])
    spans = [[m.span() for m in found] for found in doc.matches_by_sentence(first)]
    assert [[m.span() for m in found] for found in doc.matches_by_sentence(second)] == spans


def test_a_figure_pattern_asked_for_again_is_the_one_made_first() -> None:
    """figure_pattern gives back the pattern it made before for the same units: the one scan
    of where figures start knows each figure pattern by the object itself."""
    from qsreport.extract.common import figure_pattern

    assert figure_pattern(supervision.STAT_UNITS) is supervision._FIGURE
    assert figure_scan.lead_index(supervision._FIGURE) is not None
    assert figure_scan.lead_index(_compiled_apart(supervision._FIGURE)) is None


def _compiled_apart(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An equal pattern compiled apart (not the same object)."""
    return re.compile(pattern.pattern, pattern.flags)


# Pieces of the metrics' keywords (their runs of Han characters, and single characters), with
# a digit, a comma and a full stop: some look behind at a digit or end at a clause's end.
_KEYWORD_PIECES = sorted({piece for _, words, _ in supervision_words.STAT_METRICS
                          for piece in re.findall(r"[\u4e00-\u9fff]+", words)}
                         | {c for _, words, _ in supervision_words.STAT_METRICS
                            for c in words if "\u4e00" <= c <= "\u9fff"} | {"1", "，", "。"})


@settings(max_examples=300, derandomize=True, deadline=None)
@given(st.lists(st.sampled_from(_KEYWORD_PIECES), max_size=8))
def test_a_clause_without_any_keyword_holds_no_metrics_keyword(pieces: list[str]) -> None:
    """Wherever a metric's keywords match (up to the same end), the pattern of every metric's
    keywords matches too: a clause it finds nothing in gives no figure a metric from its
    keywords, so the stats reading skips that search."""
    from qsreport.extract.supervision_keywords import _METRICS, ANY_KEYWORD

    text = "".join(pieces)
    for end in range(len(text) + 1):
        for _, words, _ in _METRICS:
            for pos in range(end):
                if words.match(text, pos, end):
                    assert ANY_KEYWORD.match(text, pos, end)
