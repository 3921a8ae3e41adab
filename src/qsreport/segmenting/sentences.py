"""The body's structure: section headings, sentences and enumerated items, as spans of the
cleaned text."""

from __future__ import annotations

import bisect
import itertools

from .. import regex_cache as rx
from ..chars import HAN
from .spans import Segment

# A section heading on a line of its own: short, no sentence punctuation; or two four-to-six
# character phrases (up to eight) separated by a space glued onto the end of a paragraph.
_HEADING_LINE = rx.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部章节])?"
    rf"(?:{HAN}|[“”\"、 ]){{4,24}}$"
)
# Group 1 is the heading. The full stop before it is matched, not looked behind at, so that the
# engine can skip from one full stop to the next instead of trying every position.
_GLUED_HEADING = rx.compile(rf"[。！？]({HAN}{{4,8}} {HAN}{{4,8}})$")
_PAIRED = rx.compile(rf"^{HAN}{{4,8}} {HAN}{{4,8}}$")
_NUMBERED = rx.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
_CLAUSE_STOP = rx.compile(r"[，,。：:；;]")


def find_sections(text: str, view: str, lines: list[Segment]) -> list[tuple[str, Segment]]:
    """Headings among the body's ``lines``, and the span each covers."""
    headings: list[Segment] = []
    for line in lines:
        line_view = view[line.start:line.end]
        # Both glued and paired headings hold a space: most lines need no regex for them.
        glued = _GLUED_HEADING.search(line_view) if " " in line_view else None
        if glued:
            headings.append(Segment(line.start + glued.start(1), line.start + glued.end(1)))
        elif (" " in line_view and _PAIRED.match(line_view)) or (
            # The cheapest test first; all three must hold.
            _NUMBERED.match(line_view) and _HEADING_LINE.match(line_view)
            and not _CLAUSE_STOP.search(line_view)
        ):
            headings.append(Segment(line.start, line.end))
    return [(text[h.start:h.end], h) for h in headings]


# A run of full stops and the closing quotes after it, or a line break. Written to start with a
# set of characters, so the engine skips ahead to the next candidate in C: the first character
# is a full stop or a line break; after a line break (the look-behind) the match ends there.
# An ASCII ? right before a Latin letter is a damaged character with its pinyin (冷链?zhǔn),
# not a question mark.
_SENTENCE_END = rx.compile(
    r"(?:[。！？!\n]|\?(?![A-Za-z\u00c0-\u024f]))(?:(?<=\n)|[。！？!?]*[”’\"」』)）]*)")


MAX_SENTENCE = 500  # the longest sentence in the samples is 173 characters
_SOFT_BREAK = rx.compile(r"[，,；;、]")


def split_sentences(text: str, start: int, end: int, cuts: list[int]) -> list[Segment]:
    """Sentences between start and end, also cut at ``cuts`` (sorted: glued headings).

    A "sentence" longer than MAX_SENTENCE characters (a page with no full stops) is cut at its
    last comma before the limit, so that work per sentence, and each evidence string, stay
    bounded however the input is written."""
    bounds = cuts[bisect.bisect_right(cuts, start):bisect.bisect_left(cuts, end)]
    next_bound = 0
    spans: list[tuple[int, int]] = []  # (start, end): Segments are made for the trimmed ones only
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        while next_bound < len(bounds) and bounds[next_bound] <= stop:
            cut = bounds[next_bound]
            next_bound += 1
            if cut > cursor:
                spans.append((cursor, cut))
                cursor = cut
        if stop > cursor:
            spans.append((cursor, stop))
        cursor = stop
    if cursor < end:
        spans.append((cursor, end))
    trimmed = []
    for span in spans:
        pieces = _bounded_spans(text, *span) if span[1] - span[0] > MAX_SENTENCE else (span,)
        for s, e in pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                trimmed.append(Segment(s, e))
    return trimmed


def _bounded_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most MAX_SENTENCE characters, at commas where
    it can, as (start, end) pairs."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        last = None
        for match in _SOFT_BREAK.finditer(text, start + MAX_SENTENCE // 2, limit):
            last = match
        stop = last.end() if last else limit
        pieces.append((start, stop))
        start = stop
    pieces.append((start, end))
    return pieces


_ENUMERATION = (r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|"
                r"第[一二三四五六七八九十]+[，,、]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")
# An item starts after a full stop, semicolon or line break.
_ENUMERATOR = rx.compile(rf"(?<=[。；;！\n]){_ENUMERATION}")
# The same, the stop matched rather than looked behind at, the item in group 1: a pattern that
# starts with a set of characters lets the engine skip from one stop to the next instead of
# trying every position. It finds the same items, as no item ends with a stop (one match
# never holds the stop before the next).
_AFTER_STOP = rx.compile(rf"[。；;！\n]({_ENUMERATION})")
_ITEM_MARK = rx.compile(r"[一二三四五六七八九十(（]")  # every item holds one


def split_items(view: str, paragraph: Segment) -> list[Segment]:
    """A paragraph's enumerated items (一是…二是…), or the paragraph itself."""
    if _ITEM_MARK.search(view, paragraph.start, paragraph.end) is None:
        return [paragraph]  # a third of paragraphs: no numeral, no parenthesis, no item
    # _ENUMERATOR.finditer(view, paragraph.start, paragraph.end) but faster. Only a stop just
    # before the paragraph is out of _AFTER_STOP's reach: an item there is not kept, but the
    # search goes on after it.
    first = _ENUMERATOR.match(view, paragraph.start, paragraph.end)
    position = first.end() if first else paragraph.start
    starts = [m.start(1) for m in _AFTER_STOP.finditer(view, position, paragraph.end)]
    starts = [s for s in starts if s > paragraph.start]
    if not starts:
        return [paragraph]
    bounds = [paragraph.start, *starts, paragraph.end]
    return [Segment(a, b) for a, b in itertools.pairwise(bounds) if b > a]
