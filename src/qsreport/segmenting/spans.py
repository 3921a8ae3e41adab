"""Spans of the cleaned text: a ``Segment`` and the text's lines."""

from __future__ import annotations

from dataclasses import dataclass

from .. import regex_cache as rx


# Slots: a big report has hundreds of thousands of sentences, lines and items, and each
# Segment's dict was most of the layout's memory.
@dataclass(frozen=True, slots=True)
class Segment:
    """A [start, end) span of the cleaned text."""

    start: int
    end: int


LINE = rx.compile(r"[^\n]+")


def lines_from(text: str, start: int = 0) -> list[Segment]:
    """The non-empty lines of ``text`` from ``start`` on."""
    return [Segment(*match.span()) for match in LINE.finditer(text, start)]
