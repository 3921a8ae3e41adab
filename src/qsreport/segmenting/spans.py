"""Spans of the cleaned text: a ``Segment`` and the text's lines."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from .. import regex_cache as rx


# Slots: a big report has hundreds of thousands of sentences, lines and items, and each
# Segment's dict was most of the layout's memory. Hashable as a frozen one is, but not frozen:
# a frozen class's __init__ sets each field through object.__setattr__, twice the cost of
# making a Segment otherwise (0.66 against 1.43 µs), and a parse makes one for every line,
# sentence and item. Nothing assigns to a Segment's fields.
@dataclass(slots=True, unsafe_hash=True)
class Segment:
    """A [start, end) span of the cleaned text."""

    start: int
    end: int


LINE = rx.compile(r"[^\n]+")


def lines_from(text: str, start: int = 0) -> list[Segment]:
    """The non-empty lines of ``text`` from ``start`` on."""
    return [Segment(*match.span()) for match in LINE.finditer(text, start)]


def first_lines(text: str, count: int, start: int = 0) -> list[Segment]:
    """``lines_from(text, start)[:count]``, without finding the lines after them (a rule that
    reads a text's first lines need not make a Segment for every line of a long text)."""
    return [Segment(*match.span()) for match in islice(LINE.finditer(text, start), count)]


def last_lines(text: str, count: int) -> list[Segment]:
    """``lines_from(text)[-count:]`` (``count`` > 0), found from the end of the text."""
    found: list[Segment] = []
    end = len(text)
    while end > 0 and len(found) < count:
        start = text.rfind("\n", 0, end) + 1
        if start < end:
            found.append(Segment(start, end))
        end = start - 1
    found.reverse()
    return found
