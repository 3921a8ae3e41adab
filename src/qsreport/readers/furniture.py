"""Page furniture of paginated text: running headers and footers, page numbers.

A PDF's pages each repeat a header line and a footer line, often with the page's number in
it. :func:`strip_page_furniture` drops, from the few lines at the top and the bottom of each
page, those that recur on most pages (digits counted as one) and those that are nothing but
a page number ("- 3 -", "第3页", "3/12", "Page 3 of 12"). Lines are never joined here.
"""

from __future__ import annotations

import re
from collections import Counter

# How many lines at each edge of a page can be furniture.
EDGE_LINES = 2
# Only Arabic digits are made alike: "一是…" and "二是…" opening two pages are text.
_DIGITS = re.compile(r"[0-9０-９]+")
_SPACES = re.compile(r"\s+")
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~\s]*[0-9０-９]+[-—–－~\s]*"
    r"|第\s*[0-9０-９一二三四五六七八九十百〇零]+\s*[页頁]"
    r"(?:\s*[,，/、]?\s*共\s*[0-9０-９一二三四五六七八九十百〇零]+\s*[页頁])?"
    r"|共\s*[0-9０-９]+\s*[页頁]\s*[,，/、]?\s*第\s*[0-9０-９]+\s*[页頁]"
    r"|[0-9０-９]+\s*/\s*[0-9０-９]+"
    r"|(?i:page)\s*[0-9]+(?:\s*(?i:of)\s*[0-9]+)?)$"
)


def strip_page_furniture(pages: list[list[str]]) -> tuple[list[list[str]], dict[str, int]]:
    """``pages`` (each a list of lines) without their running headers, footers and page
    numbers, and how many lines of each kind were dropped.

    Furniture is peeled from each edge of a page inwards, at most :data:`EDGE_LINES` lines,
    stopping at the first line that is text: a number in the middle of a page is a figure.
    """
    quorum = max(2, (len(pages) + 1) // 2) if len(pages) > 1 else len(pages) + 1
    top = Counter(_shape(line) for page in pages for line in _edge(page, top=True))
    bottom = Counter(_shape(line) for page in pages for line in _edge(page, top=False))
    dropped: Counter[str] = Counter()
    kept_pages = []
    for page in pages:
        body = [index for index, line in enumerate(page) if line.strip()]
        furniture = set()
        for indexes, seen, kind in ((body, top, "running_headers"),
                                    (body[::-1], bottom, "running_footers")):
            for index in indexes[:EDGE_LINES]:
                if index in furniture:
                    continue
                line = page[index]
                if _PAGE_NUMBER.match(line.strip()):
                    dropped["page_numbers"] += 1
                elif seen[_shape(line)] >= quorum:
                    dropped[kind] += 1
                else:
                    break
                furniture.add(index)
        kept_pages.append([line for index, line in enumerate(page) if index not in furniture])
    return kept_pages, dict(dropped)


def _edge(page: list[str], top: bool) -> set[str]:
    lines = [line for line in page if line.strip()]
    return set(lines[:EDGE_LINES] if top else lines[-EDGE_LINES:])


def _shape(line: str) -> str:
    """A line with its numbers made alike and its spaces removed, so "第 3 页" matches "第 4 页"."""
    return _DIGITS.sub("#", _SPACES.sub("", line))
