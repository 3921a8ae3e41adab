"""What every extractor shares: the document it reads, sentences and clauses, and figures."""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter, le
from typing import Any, TypeVar, cast

from .. import regex_cache as rx
from ..pattern_map import PatternMap
from ..regex_prefilter import might_match, needle_pattern, needles
from ..segmenting import Layout, Segment
from .figures import _UNIT_LEADS, lead_index, scan_starts
from .figures import Figure as Figure  # (these three re-exported: the rules import them here)
from .figures import figure_pattern as figure_pattern
from .figures import find_figures as find_figures

CLAUSE_STOP = rx.compile(r"[，,；;。]")  # where a 分别 list's numbers end
CLAUSE_BREAK = rx.compile(r"[，,；;：:。！？!?\n]")
CLAUSE_MARK = rx.compile(r"[，,；;：:。！？!?]")  # CLAUSE_BREAK but a line's end
CLAUSE_END = rx.compile(r"[，,；;。！？!?]")  # CLAUSE_MARK but a colon: where clause_around ends
SENTENCE_END = rx.compile(r"[。！？!?]")
PUNCT = rx.compile(r"[，,；;：:。！？!?、\n]")
LIST_JOIN = rx.compile(r"[、和及与]")  # what stands between the items of a list


# A text this long (in characters) is a big one: memory, not time, is what it runs short of.
BIG_TEXT = 1_000_000

# The group of a sentence that holds no match or figure, shared by all of them: read it,
# never add to it (callers filter into lists of their own).
_NONE: list[Any] = []


_T = TypeVar("_T")


@dataclass
class Doc:
    """A cleaned report as the extractors see it."""

    text: str  # the cleaned text: what spans point into and strings are cut from
    view: str  # the match view: same length, simplified, half-width
    layout: Layout
    warnings: list[str] = field(default_factory=list)
    # The schema the report is written in: version 1 reads no figure of a metric of schema 2's
    # alone in place of the figure it read before (supervision's border goods).
    schema: str = "2"

    def __post_init__(self) -> None:
        sentences = self.layout.sentences
        self._starts = [s.start for s in sentences]
        self._ends = [s.end for s in sentences]
        # Sentences in order, none overlapping: what lets one scan serve them all.
        self._ordered = all(map(le, self._ends, self._starts[1:]))
        self._brand_terms: list[re.Match[str]] | None = None
        self._brand_starts: list[int] = []
        # Where figures can start, by the scan that found them (the scan covers the figure
        # patterns made so far: one made later, by a module imported later, needs a new one);
        # kept by forget_lookups: every area's figures start from it, and it is small.
        self._figure_starts: dict[int, tuple[array[int], list[str]]] = {}
        # The ends of a one-character pattern's matches (after_last), kept alike.
        self._ends_of: PatternMap[array[int]] = PatternMap()
        self._clause_ends: array[int] | None = None  # CLAUSE_BREAK's, asked for most
        self._heading_starts: list[int] | None = None
        # What the lookups below found, by pattern (found by the pattern object: see
        # PatternMap, a pattern's hash is slow): figures, then each by sentence, matches by
        # sentence, and brand titles by sentence.
        self._figures: PatternMap[tuple[list[int], list[Figure]]] = PatternMap()
        self._figures_per_sentence: PatternMap[list[list[Figure]]] = PatternMap()
        self._per_sentence: PatternMap[list[list[re.Match[str]]]] = PatternMap()
        self._brand_terms_per_sentence: list[list[re.Match[str]]] | None = None
        self._facts: dict[str, Any] = {}  # see fact_of_report

    def forget_lookups(self) -> None:
        """Drop what the lookups below have found (each finds it again when asked): the
        extractors are done with it, and on a big report it is most of the memory held.
        (Not where figures can start, nor where clauses end: small, and every area's.)"""
        self._brand_terms = None
        self._brand_starts = []
        self._figures.clear()
        self._figures_per_sentence.clear()
        self._per_sentence.clear()
        self._brand_terms_per_sentence = None

    def figures_by_sentence(self, pattern: re.Pattern[str]) -> list[list[Figure]]:
        """``figures(pattern, s.start, s.end)`` for every sentence ``s``, in order."""
        groups = self._figures_per_sentence.get(pattern)
        if groups is None:
            groups = self._by_sentence(lambda start, end: self.figures(pattern, start, end),
                                       _figure_span)
            self._figures_per_sentence[pattern] = groups
        return groups

    def brand_terms_by_sentence(self) -> list[list[re.Match[str]]]:
        """``brand_terms(s.start, s.end)`` for every sentence ``s``, in order."""
        if self._brand_terms_per_sentence is None:
            self._brand_terms_per_sentence = self._by_sentence(self.brand_terms, re.Match.span)
        return self._brand_terms_per_sentence

    def _by_sentence(
        self, lookup: Callable[[int, int], list[Any]], span: Callable[[Any], tuple[int, int]],
    ) -> list[list[Any]]:
        """``lookup(s.start, s.end)`` for every sentence ``s``, sorted out of one lookup over
        the whole view (``lookup`` finds its items once per document)."""
        if not self._ordered:
            return [lookup(s.start, s.end) for s in self.layout.sentences]
        everything = lookup(0, len(self.view))
        return self._group(everything, [span(item) for item in everything])

    def matches_by_sentence(self, pattern: re.Pattern[str], sparse: bool = False
                            ) -> list[list[re.Match[str]]]:
        """``list(pattern.finditer(view, s.start, s.end))`` for every sentence ``s``, in order,
        from one scan of the whole view (none if the view lacks all the pattern's needles:
        :func:`might_match`). Only for patterns with no lookahead or end anchor (what follows
        a match must not change it). A match found across a sentence's edge sends the
        sentences it touches to scans of their own: the answer is the per-sentence one.

        ``sparse``: only the sentences that hold one of the pattern's needles are scanned,
        each alone (the same answer: a match in a sentence holds a needle in it) — for a
        rule slow over a whole text, its first characters common, its needles rare."""
        groups = self._per_sentence.get(pattern)
        if groups is None:
            sentences = self.layout.sentences
            view = self.view
            if not might_match(pattern, view):
                groups = [_NONE] * len(sentences)
            elif sparse and self._ordered and needles(pattern):
                groups = [_NONE] * len(sentences)
                for index in self._holding_needles(pattern):
                    sentence = sentences[index]
                    found = list(pattern.finditer(view, sentence.start, sentence.end))
                    groups[index] = found or _NONE
            elif not self._ordered:
                groups = [list(pattern.finditer(view, s.start, s.end)) for s in sentences]
            else:
                found = list(pattern.finditer(view))
                groups = self._group(found, list(map(_match_span, found)), rescan=pattern)
            self._per_sentence[pattern] = groups
        return groups

    def _holding_needles(self, pattern: re.Pattern[str]) -> list[int]:
        """The sentences (by index, in order) that may hold one of ``pattern``'s needles: each
        a needle found touches (one found across an edge may hide another starting inside
        it, in the next sentence)."""
        holding: set[int] = set()
        starts, ends = self._starts, self._ends
        # The sentence the last needle lay wholly inside: a needle inside it too touches it
        # alone, already held (a long report's % stand many to a sentence).
        low, high = 0, -1
        for found in needle_pattern(pattern).finditer(self.view):
            start, end = found.span()
            if low <= start < end <= high:
                continue
            first = max(bisect.bisect_right(starts, start) - 1, 0)
            last = bisect.bisect_right(starts, end - 1)
            holding.update(range(first, last))
            if last == first + 1:
                low, high = starts[first], ends[first]
        return sorted(holding)

    def _group(
        self, items: list[Any], spans: list[tuple[int, int]], rescan: re.Pattern[str] | None = None
    ) -> list[list[Any]]:
        """``items`` (in text order, with their spans) sorted into the sentences holding them
        whole. With ``rescan``, a sentence that an item only partly overlaps is found again
        by scanning it alone.

        A sentence holding no item gets the one shared :data:`_NONE`: most sentences hold
        none, and a list each (for every pattern, kept for the whole extraction) was most of
        a big report's peak memory."""
        sentences = self.layout.sentences
        groups: list[list[Any]] = [_NONE] * len(sentences)
        stray: set[int] = set()
        starts, ends = self._starts, self._ends
        for item, (start, end) in zip(items, spans, strict=True):
            index = bisect.bisect_right(starts, start) - 1
            if index >= 0 and end <= ends[index] and start < ends[index]:
                group = groups[index]
                if group is _NONE:
                    groups[index] = [item]
                else:
                    group.append(item)
            elif rescan is not None:
                # The sentences this item touches, if any: each is scanned again alone.
                last = bisect.bisect_left(starts, end) - 1
                stray.update(range(max(index, 0), last + 1))
        for index in stray:
            if rescan is not None:
                sentence = sentences[index]
                groups[index] = list(rescan.finditer(self.view, sentence.start, sentence.end))
        return groups

    def figures(self, pattern: re.Pattern[str], start: int, end: int) -> list[Figure]:
        """The figures of ``pattern`` in ``view[start:end]`` (found once per document; a
        figure never spans a sentence end, so a whole-text scan finds the same ones)."""
        looked_up = self._figures.get(pattern)
        if looked_up is None:
            can_start, tails = None, None
            if lead_index(pattern) is not None:
                # One scan, shared by the figure patterns made so far (their number keys it).
                scanned = self._figure_starts.get(len(_UNIT_LEADS))
                if scanned is None:
                    scanned = self._figure_starts[len(_UNIT_LEADS)] = scan_starts(self.view)
                can_start, tails = scanned
            found = find_figures(pattern, self.view, 0, len(self.view), can_start, tails)
            looked_up = self._figures[pattern] = (list(map(_figure_start, found)), found)
        starts, found = looked_up
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if end >= len(self.view):
            return found[low:high]  # every figure ends in the view
        return [f for f in found[low:high] if f.end <= end]

    def brand_terms(self, start: int, end: int) -> list[re.Match[str]]:
        """The brand titles named in ``view[start:end]`` (found once per document)."""
        if self._brand_terms is None:
            from .lexicon.brands import find_brand_terms

            self._brand_terms = find_brand_terms(self.view)
            self._brand_starts = [m.start() for m in self._brand_terms]
        low = bisect.bisect_left(self._brand_starts, start)
        high = bisect.bisect_left(self._brand_starts, end)
        return [m for m in self._brand_terms[low:high] if m.end() <= end]

    def names_brand_terms(self) -> bool:
        """Whether the document names a brand title anywhere (:meth:`brand_terms`, found
        once): a rule that reads only around a title is done at once in the many reports that
        name none (three in four: 706 of the 958 reports of rounds 70-99)."""
        if self._brand_terms is None:
            self.brand_terms(0, 0)
        return bool(self._brand_terms)

    def sentence_at(self, pos: int) -> Segment:
        """The sentence holding position ``pos``."""
        index = bisect.bisect_right(self._starts, pos) - 1
        if index >= 0 and self.layout.sentences[index].end > pos:
            return self.layout.sentences[index]
        return Segment(pos, pos)

    def sentence_before(self, sentence: Segment) -> Segment | None:
        """The sentence before ``sentence`` (whatever lies between them), or None."""
        at = bisect.bisect_left(self._starts, sentence.start)
        return self.layout.sentences[at - 1] if at > 0 else None

    def fact_of_report(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()``, worked out once for the report under ``key``: a fact of the whole
        report that a rule asks of each sentence (asked anew each time, a scan of the whole
        text per sentence makes a long report's time grow with its square)."""
        if key not in self._facts:
            self._facts[key] = compute()
        return cast(_T, self._facts[key])

    def evidence(self, segment: Segment) -> str:
        return self.text[segment.start:segment.end]

    def sentences(self) -> Iterator[tuple[Segment, str]]:
        """Each sentence with its match view."""
        for sentence in self.layout.sentences:
            yield sentence, self.view[sentence.start:sentence.end]

    def clause_start(self, pos: int, floor: int) -> int:
        """Where the clause holding ``pos`` starts (not before ``floor``): just after the last
        clause break at or before ``pos``."""
        # after_last(CLAUSE_BREAK, pos, floor) with the breaks' ends kept at hand: asked for
        # every figure of every area, the lookup of the pattern's ends cost a third of it.
        ends = self._clause_ends
        if ends is None:
            ends = self._clause_ends = self._match_ends(CLAUSE_BREAK)
        found = bisect.bisect_right(ends, pos) - 1
        return max(floor, ends[found]) if found >= 0 else floor

    def clause_around(self, start: int, end: int, sentence: Segment | None = None
                      ) -> tuple[int, int]:
        """The clause holding ``view[start:end]`` within its sentence (``sentence``, when the
        caller has it): from just after the last :data:`CLAUSE_BREAK` at or before ``start``
        to the first :data:`CLAUSE_END` from ``end`` on, else the sentence's end (a colon or a
        line's end starts a clause here, but does not end one)."""
        if sentence is None:
            sentence = self.sentence_at(start)
        stop = CLAUSE_END.search(self.view, end, sentence.end)
        return (self.clause_start(start, sentence.start),
                stop.start() if stop is not None else sentence.end)

    def after_last(self, char: re.Pattern[str], pos: int, floor: int) -> int:
        """Where the last match of ``char`` in ``view[floor:pos]`` ends, else ``floor``:
        ``max((m.end() for m in char.finditer(view, floor, pos)), default=floor)`` for a
        pattern matching one character (a set, no lookaround), by a bisect over the ends of
        all its matches (found once, kept in an array): many figures in one long line or
        clause do not each scan it from its start."""
        ends = self._match_ends(char)
        found = bisect.bisect_right(ends, pos) - 1
        return max(floor, ends[found]) if found >= 0 else floor

    def _match_ends(self, char: re.Pattern[str]) -> array[int]:
        """The ends of all matches of ``char`` in the view, in order (found once)."""
        ends = self._ends_of.get(char)
        if ends is None:
            ends = array("q", map(_match_end, char.finditer(self.view)))
            self._ends_of[char] = ends
        return ends

    def in_heading(self, pos: int) -> bool:
        """Whether ``pos`` lies in a section heading."""
        if self._heading_starts is None:
            self._heading_starts = [seg.start for _, seg in self.layout.sections]
        index = bisect.bisect_right(self._heading_starts, pos) - 1
        return index >= 0 and pos < self.layout.sections[index][1].end


class MatchIndex:
    """Matches in text order (none overlapping), looked up by position: a sentence can hold
    hundreds of titles, and a scan of them all for each figure would be quadratic."""

    def __init__(self, matches: list[re.Match[str]]) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]

    def last_ending_by(self, pos: int) -> re.Match[str] | None:
        """The last match that ends at or before ``pos``."""
        index = bisect.bisect_right(self.ends, pos) - 1
        return self.matches[index] if index >= 0 else None

    def first_starting_from(self, pos: int) -> re.Match[str] | None:
        """The first match that starts at or after ``pos``."""
        index = bisect.bisect_left(self.starts, pos)
        return self.matches[index] if index < len(self.matches) else None


_match_start = re.Match.start
_match_end = re.Match.end
_match_span = re.Match.span
_figure_start = itemgetter(3)  # a Figure's start
_figure_span = itemgetter(3, 4)  # a Figure's start and end


def in_book_title(view: str, floor: int, pos: int) -> bool:
    """Whether ``pos`` lies inside 《…》, looking back no further than ``floor``: words in a
    rule book's or a standard's title (《中国名牌产品管理办法》) state no fact."""
    opened = view.rfind("《", floor, pos)
    return opened >= 0 and view.find("》", opened, pos) < 0


def unit_as_written(doc: Doc, figure: Figure) -> str:
    """The unit with any 万/亿, in the document's own characters, % for a percent sign."""
    written = doc.text[figure.unit_start:figure.end]
    for noise in ("余", "餘", "多", " "):
        written = written.replace(noise, "")
    return written.replace("％", "%").replace("（", "(").replace("）", ")")


def nearest_word(pattern: re.Pattern[str], view: str, start: int, stop: int) -> str | None:
    """The group name of the last match of ``pattern`` in ``view[start:stop]``: the word
    nearest before ``stop`` decides (现有 → total, 采用 → adopted)."""
    last = None
    for match in pattern.finditer(view, start, stop):
        last = match
    return last.lastgroup if last else None


def stripped(view: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``view[start:end]`` without the blanks around it."""
    while start < end and view[start].isspace():
        start += 1
    while end > start and view[end - 1].isspace():
        end -= 1
    return start, end


def after_joining_word(view: str, start: int) -> int:
    """Where a list's item begins past the word joining it to the one before (和某牌阀门)."""
    # By its first character: a big report's lists ask this hundreds of thousands of times.
    first = view[start:start + 1]
    if first == "以":
        return start + 2 if view.startswith("以及", start) else start
    return start + 1 if first and first in "和及与" else start


_YEAR = rx.compile(r"(?:19|20)\d{2}年")


def told_again(doc: Doc, before: int, at: int) -> bool:
    """Whether a count at ``at`` of the value a count at ``before`` gave tells that one
    again (a headline's or a summary's figure in the body): never in the same sentence, where
    a value repeated counts another thing, nor where the two sentences name other years before
    their counts (2012年…新增…15家；2013年又新增…15家)."""
    one, other = doc.sentence_at(before), doc.sentence_at(at)
    if one is other:
        return False
    years = [[m.group() for m in _YEAR.finditer(doc.view, s.start, p)][-1:]
             for s, p in ((one, before), (other, at))]
    return not (years[0] and years[1] and years[0] != years[1])
