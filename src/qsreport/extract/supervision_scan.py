"""Supervision campaigns: where the campaign words of a stretch of text stand, found by trying
the campaign table only where one of its words can start.

The campaign table (``ACTION_KIND``) has rows that may start on any Chinese character (a name
written after 开展, a slogan's words before 行动), so the regex engine cannot skip ahead and
tries every position of the text, each costing a test of the table's many lookbehinds. But
every match holds one of a few literal strings (its *anchors*) at a known distance from its
start: 专项整治 at its start, 行动 two to fifteen characters on, or 开展 written just before it
(a lookbehind). :func:`anchors` works those out from the pattern itself; one scan for all of
them tells the few starts where a match is possible, and the table is tried there alone, in
text order. :func:`kind_matches` gives exactly the matches of
``ACTION_KIND.finditer(view, start, end)``: each start skipped is one where no match can be.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .. import regex_cache
from ..regex_prefilter import case_blind
from ..regex_program import parser as _sre  # the parser behind re.compile
from .lexicon.supervision_actions import ACTION_KIND

Anchor = tuple[str, int, int]
"""A string every match of a part holds (or has just before it), and the least and most
characters from the match's start to where the string starts (negative: before the start)."""

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
# An anchor further than this from the start is no help (an unbounded repeat before it).
_FAR = 200


def anchors(pattern: str, flags: int = 0) -> tuple[Anchor, ...]:
    """Anchors of which every match of ``pattern`` holds one (each where it says); empty when
    some match need hold none that can be told, or a match can be empty."""
    parsed = _sre.parse(pattern, flags)
    if parsed.getwidth()[0] == 0 or parsed.state.flags & re.IGNORECASE:
        return ()  # (a case-blind pattern's letters are no literal text)
    found = _anchors(list(parsed), parsed.state)
    return tuple(found) if found else ()


def _anchors(sequence: list[tuple[Any, Any]], state: Any) -> list[Anchor] | None:
    """The cheapest set of anchors every match of the parsed ``sequence`` holds one of: a run
    of its literal characters, a lookbehind's literal text, or the anchors of a part it always
    matches (each offset by the widths of the parts before it); None when there is none.
    (The strings a match holds wherever, for a gate: :func:`..regex_triggers.needle_sets`.)"""
    best: list[Anchor] | None = None

    def consider(candidate: list[Anchor] | None) -> None:
        nonlocal best
        if candidate and all(-_FAR < low <= high < _FAR for _, low, high in candidate) \
                and (best is None or _cost(candidate) < _cost(best)):
            best = candidate

    low = high = 0  # the least and most characters matched before the node at hand
    run: list[str] = []
    run_at = (0, 0)
    for node in sequence:
        op, argument = node
        name = str(op)
        if name == "LITERAL":
            if not run:
                run_at = (low, high)
            run.append(chr(argument))
            low, high = low + 1, high + 1
            continue
        if run:
            consider([("".join(run), *run_at)])
            run = []
        inner: list[Anchor] | None = None
        if name == "ASSERT" and argument[0] == -1:  # a lookbehind of plain text
            body = list(argument[1])
            if body and all(str(part) == "LITERAL" for part, _ in body):
                text = "".join(chr(code) for _, code in body)
                inner = [(text, -len(text), -len(text))]
        elif name == "SUBPATTERN" and not case_blind(argument):
            inner = _anchors(list(argument[-1]), state)
        elif name == "BRANCH":
            parts = [_anchors(list(branch), state) for branch in argument[1]]
            if all(parts):
                inner = [anchor for part in parts if part for anchor in part]
        elif name in _REPEATS and argument[0] >= 1:
            inner = _anchors(list(argument[2]), state)  # (its first time)
        if inner is not None:
            consider([(text, first + low, last + high) for text, first, last in inner])
        least, most = _sre.SubPattern(state, [node]).getwidth()
        low, high = low + least, min(high + most, _FAR)
    if run:
        consider([("".join(run), *run_at)])
    return best


def _cost(candidate: list[Anchor]) -> float:
    """What scanning for a set of anchors costs, roughly: the starts each occurrence leaves
    to try, short strings occurring more often (one character most: a quote, a common word)."""
    return sum((high - low + 1) / len(text) ** 2 * (10 if len(text) == 1 else 1)
               for text, low, high in candidate)


def _table(found: tuple[Anchor, ...]
           ) -> tuple[dict[str, tuple[tuple[int, ...], tuple[int, ...]]], int]:
    """For each anchor the scan can find at ``at``: where it puts a match's start, less
    ``at`` (by its own spans and those of every anchor written inside it: the scan takes the
    first and longest anchor at each place), and where inside it an anchor may begin that
    runs on past its end (tried again there, one by one); and how far before a stretch an
    anchor (a lookbehind's) may stand."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for text, low, high in found:
        spans.setdefault(text, []).append((low, high))
    table = {text: (
        tuple(sorted({start for at in range(len(text)) for other in spans
                      if text.startswith(other, at)
                      for low, high in spans[other] for start in range(at - high, at - low + 1)})),
        tuple(at for at in range(1, len(text)) if any(
            len(other) > len(text) - at and other.startswith(text[at:]) for other in spans)))
        for text in spans}
    before = max((-low for spans_ in spans.values() for low, _ in spans_), default=0)
    return table, before


class AnchoredScan:
    """``pattern.finditer`` over a stretch, the pattern tried only at the starts its
    :func:`anchors` allow (when it has some; else over every start, as finditer does)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        # (parsing the pattern again and laying out the anchors' table costs tens of
        # milliseconds: the table is kept, as compiled patterns are)
        found, self._before = regex_cache.derived(
            "anchored", pattern.pattern, pattern.flags,
            lambda: _table(anchors(pattern.pattern, pattern.flags)), __file__)
        self._found: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = found
        self._scan = regex_cache.compile(
            "|".join(map(re.escape, sorted(found, key=len, reverse=True)))) if found else None

    def finditer(self, view: str, start: int, end: int) -> Iterator[re.Match[str]]:
        if self._scan is None:
            yield from self.pattern.finditer(view, start, end)
            return
        possible: set[int] = set()  # where a match may start
        known, scan = self._found, self._scan
        for found in scan.finditer(view, max(0, start - self._before), end):
            at = found.start()
            starts, inner = known[found.group()]
            possible.update(map(at.__add__, starts))
            for offset in inner:
                hidden = scan.match(view, at + offset, end)
                if hidden is not None:
                    possible.update(map((at + offset).__add__, known[hidden.group()][0]))
        match_at = self.pattern.match
        after = start  # the end of the last match (no match overlaps it)
        for at in sorted(possible):
            if after <= at < end:
                match = match_at(view, at, end)
                if match is not None:
                    yield match
                    after = match.end()


_SCAN = AnchoredScan(ACTION_KIND)


def kind_matches(view: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``ACTION_KIND`` in ``view[start:end]``, in order, without overlaps."""
    return _SCAN.finditer(view, start, end)
