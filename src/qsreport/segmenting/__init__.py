"""Cleaned text → structure: the header (title, region, date, source), sections, paragraphs,
sentences and enumerated items. Everything carries offsets into the cleaned text.

``header`` reads the header, ``sentences`` the body's sections, sentences and items, ``metaline``
publish lines; ``spans`` holds the ``Segment`` they all return.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .header import Header, read_header
from .metaline import PageHead
from .related import without_related
from .sentences import MAX_SENTENCE, find_sections, split_items, split_sentences
from .spans import Segment, lines_from

__all__ = [
    "MAX_SENTENCE",
    "Header",
    "Layout",
    "Segment",
    "find_sections",
    "read_header",
    "segment",
    "split_items",
    "split_sentences",
]


@dataclass
class Layout:
    """A cleaned report's header, sections, paragraphs, sentences and list items."""

    header: Header
    sections: list[tuple[str, Segment]] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    items: list[Segment] = field(default_factory=list)


def segment(text: str, view: str, page: PageHead | None = None) -> Layout:
    """The layout of a cleaned report (``page``: what a web page's structure gave)."""
    header = read_header(text, view, page)
    # (a list of other stories' headlines is the page's, as the header's lines are)
    paragraphs = without_related(view, lines_from(text, header.end))
    sections = find_sections(text, view, paragraphs)
    cuts = [seg.start for _, seg in sections]
    # A title states figures too (我市32个产品入选…); repeats of the body are dropped later.
    sentences: list[Segment] = [header.title_line] if header.title_line else []
    items: list[Segment] = []
    echoes = _title_parts(view, header.title_line)
    for number, paragraph in enumerate(paragraphs):
        if number < _ECHO_LINES and view[paragraph.start:paragraph.end].strip() in echoes:
            continue  # the headline's parts printed again, one a line: read with the headline
        sentences.extend(split_sentences(text, paragraph.start, paragraph.end, cuts))
        items.extend(split_items(view, paragraph))
    return Layout(header, sections, paragraphs, sentences, items)


_ECHO_LINES = 4  # the first body lines that may print the headline's parts again


def _title_parts(view: str, title: Segment | None) -> set[str]:
    """The parts of a two-part headline (甲名单出炉 乙公司两款产品上榜), which a page prints
    again one a line above its article: each part's line says only what the headline says.
    A headline that is one part gives none (its line printed again is the article's own)."""
    if title is None:
        return set()
    parts = view[title.start:title.end].split()
    return {part for part in parts if len(part) >= 4} if len(parts) > 1 else set()
