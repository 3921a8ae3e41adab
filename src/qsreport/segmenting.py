"""Cleaned text → structure: the header (title, region, date, source), sections, paragraphs,
sentences and enumerated items. Everything carries offsets into the cleaned text.

Rules match on the match view (simplified, half-width); strings are cut from the cleaned text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from .chars import HAN
from .numbers import to_number
from .places import PLACES


@dataclass(frozen=True)
class Segment:
    start: int
    end: int


@dataclass
class Header:
    title: str | None = None
    region: str | None = None
    date: str | None = None
    source: str | None = None
    category: str | None = None
    end: int = 0  # where the body starts
    title_line: Segment | None = None  # the title's line: its figures count too


@dataclass
class Layout:
    header: Header
    sections: list[tuple[str, Segment]] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    sentences: list[Segment] = field(default_factory=list)
    items: list[Segment] = field(default_factory=list)


_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*"
    r"(?P<d>\d{1,2})(?!\d)"
)
_SOURCE = re.compile(r"(?:信息)?(?:来源|来自|出处|稿源)\s*[:：]\s*(?P<src>[^\s|｜]{1,30})")
_DATE_LABEL = re.compile(r"(?:发布|更新|发表|录入)?(?:日期|时间)\s*[:：]")
_TITLE_SHAPE = re.compile(rf"^(?P<region>{HAN}{{2,8}})\s*[:：]\s*(?P<title>.+?)"
                          rf"(?:-(?P<category>{HAN}{{2,6}}))?$")
_HEADER_LINES = 4


def _date_of(match: re.Match[str]) -> str | None:
    parts = [to_number(match[k]) for k in ("y", "m", "d")]
    if any(not isinstance(p, int) for p in parts):
        return None
    year, month, day = (int(p) for p in parts)  # type: ignore[arg-type]
    if 1 <= month <= 12 and 1 <= day <= 31:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


_LINE = re.compile(r"[^\n]+")


def _lines(text: str, start: int = 0) -> list[Segment]:
    """The non-empty lines of ``text`` from ``start`` on."""
    return [Segment(*match.span()) for match in _LINE.finditer(text, start)]


_FULL_STOP = re.compile(r"[。！？]")
_TITLE_STOP = re.compile(r"[。！？，,]")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}")
_PUBLISHER = re.compile(rf"{HAN}{{2,12}}")


def _is_meta_line(view: str) -> bool:
    """A line that holds only dates, sources, counters: no sentence punctuation, short."""
    if len(view) > 80 or _FULL_STOP.search(view):
        return False
    return bool(_DATE.search(view) or _SOURCE.search(view) or _DATE_LABEL.search(view))


def read_header(text: str, view: str) -> Header:
    """Title, region, category, date and publisher from the first lines of the report."""
    header = Header()
    lines = [Segment(*match.span())
             for match in itertools.islice(_LINE.finditer(text), _HEADER_LINES)]
    body_start = 0
    for index, line in enumerate(lines):
        line_view = view[line.start:line.end]
        if _BREADCRUMB.search(line_view) and len(line_view) <= 60 and header.title is None:
            body_start = line.end  # 首页 > 质监动态 > 工作信息
            continue
        if _is_meta_line(line_view):
            date = _DATE.search(line_view)
            if date and header.date is None:
                header.date = _date_of(date)
            source = _SOURCE.search(line_view)
            if source and header.source is None:
                header.source = text[line.start + source.start("src"):line.start + source.end("src")]
            elif date and header.source is None:
                # The seed's shape: "2008-03-30 網絡" — the publisher follows the date.
                rest = line_view[date.end():].split()
                rest = [w for w in rest if not _CLOCK.match(w)]
                if rest and _PUBLISHER.fullmatch(rest[0]):
                    offset = line_view.index(rest[0], date.end())
                    header.source = text[line.start + offset:line.start + offset + len(rest[0])]
            body_start = line.end
        elif header.title is None and index <= 2 and len(line_view) <= 60 \
                and not _TITLE_STOP.search(line_view):
            title = text[line.start:line.end].strip()
            shaped = _TITLE_SHAPE.match(title)
            if shaped and len(shaped["region"]) <= 6:
                header.region = shaped["region"]
                header.title = shaped["title"].strip()
                header.category = shaped["category"]
            else:
                header.title = title
            header.title_line = line
            body_start = line.end
        else:
            break
    header.end = body_start
    if header.date is None:
        header.date = _signature_date(text, view)
    if header.region is None:
        header.region = _first_place(text, view, header)
    return header


_BREADCRUMB = re.compile(r"\S\s*[>»›]\s*\S.*[>»›]|^(?:首页|当前位置|您的位置|当前位置)")
_SIGNATURE_DATE = re.compile(
    r"^(?P<y>(?:19|20)\d{2}|[一二〇零○][〇零○一二三四五六七八九]{3})\s*年\s*"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$"
)


def _signature_date(text: str, view: str) -> str | None:
    """A work summary's date stands alone on one of its last lines, under the signature."""
    for line in _lines(text)[-3:]:
        match = _SIGNATURE_DATE.match(view[line.start:line.end].strip())
        if match:
            return _date_of(match)
    return None


def _first_place(text: str, view: str, header: Header) -> str | None:
    """The first city or county the title names, else the body's first."""
    for start, end in ((0, header.end), (header.end, min(len(view), header.end + 600))):
        best: tuple[int, int] | None = None
        for match in PLACES.finditer(view, start, end):
            if best is None or match.start() < best[0]:
                best = (match.start(), match.end())
            break
        if best:
            return text[best[0]:best[1]]
    return None


# A section heading on a line of its own: short, no sentence punctuation; or two four-to-six
# character phrases (up to eight) separated by a space glued onto the end of a paragraph.
_HEADING_LINE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部章节])?"
    rf"(?:{HAN}|[“”\"、 ]){{4,24}}$"
)
# Group 1 is the heading. The full stop before it is matched, not looked behind at, so that the
# engine can skip from one full stop to the next instead of trying every position.
_GLUED_HEADING = re.compile(rf"[。！？]({HAN}{{4,8}} {HAN}{{4,8}})$")
_PAIRED = re.compile(rf"^{HAN}{{4,8}} {HAN}{{4,8}}$")
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
_CLAUSE_STOP = re.compile(r"[，,。：:；;]")


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
_SENTENCE_END = re.compile(r"[。！？!?\n](?:(?<=\n)|[。！？!?]*[”’\"」』)）]*)")


MAX_SENTENCE = 500  # the longest sentence in the samples is 173 characters
_SOFT_BREAK = re.compile(r"[，,；;、]")


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
_ENUMERATOR = re.compile(rf"(?<=[。；;！\n]){_ENUMERATION}")
# The same, the stop matched rather than looked behind at, the item in group 1: a pattern that
# starts with a set of characters lets the engine skip from one stop to the next instead of
# trying every position. It finds the same items, as no item ends with a stop (one match
# never holds the stop before the next).
_AFTER_STOP = re.compile(rf"[。；;！\n]({_ENUMERATION})")
_ITEM_MARK = re.compile(r"[一二三四五六七八九十(（]")  # every item holds one


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


def segment(text: str, view: str) -> Layout:
    """The layout of a cleaned report."""
    header = read_header(text, view)
    paragraphs = _lines(text, header.end)
    sections = find_sections(text, view, paragraphs)
    cuts = [seg.start for _, seg in sections]
    # A title states figures too (我市32个产品入选…); repeats of the body are dropped later.
    sentences: list[Segment] = [header.title_line] if header.title_line else []
    items: list[Segment] = []
    for paragraph in paragraphs:
        sentences.extend(split_sentences(text, paragraph.start, paragraph.end, cuts))
        items.extend(split_items(view, paragraph))
    return Layout(header, sections, paragraphs, sentences, items)
