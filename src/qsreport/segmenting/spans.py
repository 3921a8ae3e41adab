"""Spans of the cleaned text: a ``Segment`` and the text's lines."""

from __future__ import annotations

from dataclasses import dataclass

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
