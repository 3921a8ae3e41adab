"""Where a page's publish line may stand, line by line: the lines below the headline that may
hold it (a bare date after the first line of prose is a list item's or a caption's), and the
lines above the one taken, past the other lines of its block (信息来源：… over the date).
Read by :mod:`.head`.
"""

from __future__ import annotations

import re

from ..cleaning import match_view
from ..segmenting.metaline import (
    DATE_HAN,
    DATE_LABEL,
    MAX_META_LINE,
    SOURCE,
    is_bare_date,
    more_han_than,
)
from .lines import english_dates
from .page import HAN

_PROSE = re.compile(r"[。，；]")
_DIGIT = re.compile(r"\d")
_PROSE_HAN = 25  # Han characters in a line of prose, at least
_ABOVE_LINES = 3  # lines above the publish line kept, to tell a headline from a site's name


def header_lines(lines: list[str], title: str) -> list[str]:
    """The lines below the headline where its publish line may be: after the first line of
    prose (the report, or a lead) a bare date is a list item's or a caption's, not the page's;
    a labelled or timed one may still be."""
    title = _squeeze(title)
    for index, line in enumerate(lines):
        if len(HAN.findall(line)) >= _PROSE_HAN and _PROSE.search(line) \
                and not (title and _squeeze(line).startswith(title)):
            # (A line with no digit is no date, nor one with Han beside a date's 年月日: its
            # view is not made.)
            return lines[:index] + [line for line in lines[index:] if not _DIGIT.search(line)
                                    or more_han_than(line, DATE_HAN)
                                    or not is_bare_date(english_dates(match_view(line)))]
    return lines


def _squeeze(text: str) -> str:
    return "".join(text.split())


def lines_above(line: str, after: list[str], before: list[str]) -> list[str]:
    """The lines above ``line`` (the one nearest the anchor of that text), nearest first."""
    if line in after:
        at = after.index(line)
        above = (before[-_ABOVE_LINES - 2:] + after[:at])[::-1]
    elif line in before:
        at = len(before) - 1 - before[::-1].index(line)
        above = before[max(0, at - _ABOVE_LINES - 2):at][::-1]
    else:
        return []
    # The other lines of a publish block (信息来源：… over the date) stand between it and the
    # headline.
    skipped = 0
    while skipped < 2 and skipped < len(above) and len(above[skipped]) <= MAX_META_LINE \
            and _in_publish_block(match_view(above[skipped])):
        skipped += 1
    return above[skipped:skipped + _ABOVE_LINES]


def _in_publish_block(view: str) -> bool:
    """A labelled line (信息来源：…, 发布时间：…) or a bare date, as a publish block stacks them."""
    return bool(SOURCE.search(view) or DATE_LABEL.search(view)) or is_bare_date(view)
