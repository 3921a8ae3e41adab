"""The words the extraction rules look for, as data, one module per area (simplified script:
rules read the match view). A table maps a phrase pattern to a vocabulary key of the schema;
earlier rows win where two could match at the same place. Exclusions are rows too: what a
figure or a name is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast, needles, start_guard

# A number in digits as several tables read a figure: thousands' commas or a decimal point
# (1,200家, 3.5万家), then the 多 or 余 that may follow it (8000余种); group ``num``. A table
# whose number is written otherwise keeps a pattern of its own.
NUM_GROUPED = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:多|余)?\s*"
# ... and never the tail of a longer number: no digit, decimal point or thousands' comma right
# before it (not the 171 of 10,171 nor the 5 of 2.5).
NUM_GROUPED_ALONE = rf"(?<![\d.])(?<!\d,){NUM_GROUPED}"


class Vocabulary:
    """A table of (pattern, key) rows compiled into one alternation; earlier rows win where
    two could match at the same place. ``key(match)`` says which row matched. Compiled with
    :func:`compile_fast`: a row may start with a place name or an optional qualifier, and
    each such row has the test of its own first characters in front too, so that where the
    table is tried, a row that cannot begin there fails at once (the engine skips a row
    only when it opens on a plain character: the brand-title table's 45 rows, tried near
    their anchors, took 2.8 µs a place, 1.9 µs with the tests)."""

    def __init__(self, rows: tuple[tuple[str, str], ...], suffix: str = "") -> None:
        self.rows = rows
        self._suffix = suffix
        body = "|".join(f"{_class_guard(pattern)}(?P<v{i}>{pattern})"
                        for i, (pattern, _) in enumerate(rows))
        self.pattern = compile_fast(f"(?:{body}){suffix}")

    def key(self, match: re.Match[str]) -> str:
        return self.rows[int((match.lastgroup or "v0")[1:])][1]

    def finditer(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(text, start, end)``, the same matches (their group named
        for their row, as :meth:`key` reads it), from only the rows whose needles (literal
        words every match of the row holds: 商标 for 某市著名商标) ``text[start:end]`` holds,
        each scanned alone: the whole table tried at every place of a window cost ~1 µs a
        place, the rows that can match there being two or three of its 49.

        At each place the first row (in the table's order) that matches wins, as in the
        alternation, and the scan goes on from the end of each match found."""
        table = self._needle_table
        if table is None:
            yield from self.pattern.finditer(text, start, end)
            return
        scan, rows_of, tried_by = table
        held = 0
        for found in scan.finditer(text, start, end):
            held |= rows_of[found.group(1)]
        tried = tried_by.get(held)
        if tried is None:
            rows = self._row_patterns
            tried = tuple(rows[i] for i in range(len(rows)) if held >> i & 1)
            if len(tried_by) >= _MOST_KEPT:
                tried_by.clear()
            tried_by[held] = tried
        if len(tried) <= 1:
            if tried:
                yield from tried[0].finditer(text, start, end)
            return
        nexts = [row.search(text, start, end) for row in tried]
        while True:
            first: re.Match[str] | None = None
            for match in nexts:
                if match is not None and (first is None or match.start() < first.start()):
                    first = match  # (a tie: the earlier row's)
            if first is None:
                return
            yield first
            pos = first.end()
            for index, other in enumerate(nexts):
                if other is not None and other.start() < pos:
                    nexts[index] = tried[index].search(text, pos, end)

    @cached_property
    def _row_patterns(self) -> list[re.Pattern[str]]:
        """Each row alone, as it stands in the alternation (its group named for its row)."""
        return [compile_fast(f"{_class_guard(pattern)}(?P<v{i}>{pattern}){self._suffix}")
                for i, (pattern, _) in enumerate(self.rows)]

    @cached_property
    def _needle_table(self) -> tuple[re.Pattern[str], dict[str, int], dict[int, tuple[
            re.Pattern[str], ...]]] | None:
        """What :meth:`finditer` finds its rows by: one scan for every row's needles (at each
        place the longest that starts there), the rows each of them tells may match (as bits:
        a needle holds every shorter needle inside it, and tells their rows too), and the
        rows of each set of bits met so far. None when a row has no needles: it may match an
        empty string, which the scan by rows does not follow."""
        by_needle: dict[str, int] = {}
        for index, row in enumerate(self._row_patterns):
            found = needles(row, fewest=True)
            if not found:
                return None
            for needle in found:
                by_needle[needle] = by_needle.get(needle, 0) | 1 << index
        words = sorted(by_needle, key=lambda w: (-len(w), w))
        rows_of = {word: _union(by_needle[other] for other in words if other in word)
                   for word in words}
        # At each place that opens a needle, the longest needle there (a lookahead inside a
        # lookbehind of the first character, so that the engine skips to those places, and
        # the needles grouped by that character, so that it tries only theirs).
        by_first: dict[str, list[str]] = {}
        for word in words:
            by_first.setdefault(word[0], []).append(re.escape(word[1:]))
        longest = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})"
                           for first, rest in by_first.items())
        firsts = "".join(map(re.escape, by_first))
        scan = rx.compile(f"[{firsts}](?<=(?=({longest})).)")
        return scan, rows_of, {}


# The sets of rows :meth:`Vocabulary.finditer` keeps (a window's needles tell a few rows: a
# text meets a few dozen sets)
_MOST_KEPT = 1024


def _union(bits: Iterator[int]) -> int:
    total = 0
    for bit in bits:
        total |= bit
    return total


def _class_guard(pattern: str) -> str:
    """The test of a row's first characters (``(?=[…])``) for the front of its alternative;
    none where the engine skips the row by itself, or where the test would be lookbehinds
    (slower than a row that opens on them: a campaign table's)."""
    guard = start_guard(pattern)
    return guard if guard is not None and guard.startswith("(?=[") else ""
