"""What every extractor shares: the document it reads, sentences and clauses, and figures."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any, NamedTuple

from .._regex import compile_fast
from ..numbers import ARABIC_NUMBER, CHINESE_NUMBER, CN_CHARS, to_number
from ..segmenting import Layout, Segment

CLAUSE_STOP = re.compile(r"[，,；;。]")  # where a 分别 list's numbers end
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?\n]")
PUNCT = re.compile(r"[，,；;：:。！？!?、\n]")


@dataclass
class Doc:
    """A cleaned report as the extractors see it."""

    text: str  # the cleaned text: what spans point into and strings are cut from
    view: str  # the match view: same length, simplified, half-width
    layout: Layout
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        sentences = self.layout.sentences
        self._starts = [s.start for s in sentences]
        # Sentences in order, none overlapping: what lets one scan serve them all.
        self._ordered = all(a.end <= b.start for a, b in pairwise(sentences))
        self._brand_terms: list[re.Match[str]] | None = None
        self._brand_starts: list[int] = []
        self._breaks: list[int] | None = None
        self._heading_starts: list[int] | None = None
        self._figures: dict[re.Pattern[str], tuple[list[int], list[Figure]]] = {}
        self._per_sentence: dict[object, list[list[Any]]] = {}

    def figures_by_sentence(self, pattern: re.Pattern[str]) -> list[list[Figure]]:
        """``figures(pattern, s.start, s.end)`` for every sentence ``s``, in order."""
        key = ("figures", pattern)
        if key not in self._per_sentence:
            if not self._ordered:
                groups = [self.figures(pattern, s.start, s.end) for s in self.layout.sentences]
            else:
                self.figures(pattern, 0, 0)  # the whole-text scan, once
                _, found = self._figures[pattern]
                groups = self._group(found, [(f.start, f.end) for f in found])
            self._per_sentence[key] = groups
        return self._per_sentence[key]

    def brand_terms_by_sentence(self) -> list[list[re.Match[str]]]:
        """``brand_terms(s.start, s.end)`` for every sentence ``s``, in order."""
        key = "brand_terms"
        if key not in self._per_sentence:
            if not self._ordered:
                groups = [self.brand_terms(s.start, s.end) for s in self.layout.sentences]
            else:
                self.brand_terms(0, 0)  # the whole-text search, once
                terms = self._brand_terms or []
                groups = self._group(terms, [m.span() for m in terms])
            self._per_sentence[key] = groups
        return self._per_sentence[key]

    def matches_by_sentence(self, pattern: re.Pattern[str]) -> list[list[re.Match[str]]]:
        """``list(pattern.finditer(view, s.start, s.end))`` for every sentence ``s``, in order,
        from one scan of the whole view.

        Only for patterns with no lookahead or end anchor (what follows a match must not
        change it). A match found across a sentence's edge sends the sentences it touches to
        scans of their own, so the answer is always the per-sentence one.
        """
        if pattern not in self._per_sentence:
            sentences = self.layout.sentences
            if not self._ordered:
                groups = [list(pattern.finditer(self.view, s.start, s.end)) for s in sentences]
            else:
                found = list(pattern.finditer(self.view))
                groups = self._group(found, [m.span() for m in found], rescan=pattern)
            self._per_sentence[pattern] = groups
        return self._per_sentence[pattern]

    def _group(
        self, items: list[Any], spans: list[tuple[int, int]], rescan: re.Pattern[str] | None = None
    ) -> list[list[Any]]:
        """``items`` (in text order, with their spans) sorted into the sentences holding them
        whole. With ``rescan``, a sentence that an item only partly overlaps is found again
        by scanning it alone."""
        sentences = self.layout.sentences
        groups: list[list[Any]] = [[] for _ in sentences]
        stray: set[int] = set()
        for item, (start, end) in zip(items, spans, strict=True):
            index = bisect.bisect_right(self._starts, start) - 1
            if index >= 0 and end <= sentences[index].end and start < sentences[index].end:
                groups[index].append(item)
            elif rescan is not None:
                # The sentences this item touches, if any: each is scanned again alone.
                last = bisect.bisect_left(self._starts, end) - 1
                stray.update(range(max(index, 0), last + 1))
        for index in stray:
            if rescan is not None:
                sentence = sentences[index]
                groups[index] = list(rescan.finditer(self.view, sentence.start, sentence.end))
        return groups

    def figures(self, pattern: re.Pattern[str], start: int, end: int) -> list[Figure]:
        """The figures of ``pattern`` in ``view[start:end]`` (found once per document; a
        figure never spans a sentence end, so a whole-text scan finds the same ones)."""
        if pattern not in self._figures:
            found = find_figures(pattern, self.view, 0, len(self.view))
            self._figures[pattern] = ([f.start for f in found], found)
        starts, found = self._figures[pattern]
        low, high = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [f for f in found[low:high] if f.end <= end]

    def brand_terms(self, start: int, end: int) -> list[re.Match[str]]:
        """The brand titles named in ``view[start:end]`` (found once per document)."""
        if self._brand_terms is None:
            from .lexicon import find_brand_terms

            self._brand_terms = find_brand_terms(self.view)
            self._brand_starts = [m.start() for m in self._brand_terms]
        low = bisect.bisect_left(self._brand_starts, start)
        high = bisect.bisect_left(self._brand_starts, end)
        return [m for m in self._brand_terms[low:high] if m.end() <= end]

    def sentence_at(self, pos: int) -> Segment:
        """The sentence holding position ``pos``."""
        index = bisect.bisect_right(self._starts, pos) - 1
        if index >= 0 and self.layout.sentences[index].end > pos:
            return self.layout.sentences[index]
        return Segment(pos, pos)

    def evidence(self, segment: Segment) -> str:
        return self.text[segment.start:segment.end]

    def sentences(self) -> Iterator[tuple[Segment, str]]:
        """Each sentence with its match view."""
        for sentence in self.layout.sentences:
            yield sentence, self.view[sentence.start:sentence.end]

    def clause_start(self, pos: int, floor: int) -> int:
        """Where the clause holding ``pos`` starts (not before ``floor``): just after the last
        clause break at or before ``pos``. A bisect over the breaks, found once, so that many
        figures in one long clause do not each walk back over it."""
        if self._breaks is None:
            self._breaks = [m.end() for m in CLAUSE_BREAK.finditer(self.view)]
        index = bisect.bisect_right(self._breaks, pos) - 1
        return max(floor, self._breaks[index]) if index >= 0 else floor

    def in_heading(self, pos: int) -> bool:
        """Whether ``pos`` lies in a section heading."""
        if self._heading_starts is None:
            self._heading_starts = [seg.start for _, seg in self.layout.sections]
        index = bisect.bisect_right(self._heading_starts, pos) - 1
        return index >= 0 and pos < self.layout.sections[index][1].end


class Figure(NamedTuple):
    """A number with a unit: ``22个``, ``1850万元``, ``92.4%`` (a tuple: thousands are made
    per document, and a tuple is the cheapest record to build)."""

    value: int | float
    scale: str  # 万, 亿 or ""
    unit: str  # as matched in the view, without the scale
    start: int
    end: int
    unit_start: int  # where the scale (or, without one, the unit) begins


def figure_pattern(units: str) -> re.Pattern[str]:
    """Numbers followed by one of ``units`` (an alternation), optionally scaled by 万/亿."""
    return compile_fast(
        rf"(?<![\d.第])(?<!\d\d\d,)(?<![{CN_CHARS}])"
        rf"(?P<num>{ARABIC_NUMBER}|{CHINESE_NUMBER})\s?(?P<scale>多万|余万|万|亿)?"
        rf"(?P<more>余|多)?\s?(?P<unit>{units})"
    )


_WORDY_UNITS = frozenset({"个", "批", "起", "次", "家", "人", "批次", "处", "场", "轮"})


def find_figures(pattern: re.Pattern[str], view: str, start: int, end: int) -> list[Figure]:
    figures = []
    for match in pattern.finditer(view, start, end):
        value = to_number(match["num"])
        if value is None:
            continue
        if match["num"] in {"一", "两"} and not match["scale"] and match["unit"] in _WORDY_UNITS:
            # 一批, 一个, 两个体系, 查获一起: a word, not a figure (两项国家标准 is one).
            continue
        scale = (match["scale"] or "").replace("多", "").replace("余", "")
        unit_start = match.start("scale") if match["scale"] else match.start("unit")
        figures.append(
            Figure(value, scale, match["unit"], match.start(), match.end(), unit_start)
        )
    return figures


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
