"""The lines of a run of a page's parse events, as the header reader reads them: a label
alone on its line joined to its value, a date printed as a calendar leaf joined into one; the
breadcrumb among them, and their match views; a page's clock told from a publish line; and
the date in a publisher's block."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..cleaning import match_view
from ..segmenting.metaline import (
    CRUMB_SEPARATOR,
    MAX_META_LINE,
    crumb_parts,
    is_publish_line,
    read_meta_line,
)
from .page import Page
from .publine import is_event_time
from .tidy import tidy_lines

_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.])\s*(?P<m>0?[1-9]|1[0-2])\s*月?")
_LABEL_ONLY = re.compile(r"\s*[\w ]{1,8}\s*[:：]\s*")
_LABEL_ONLY_CHARACTERS = 9  # what _LABEL_ONLY holds beside white space, at most: 8 and a colon
_CRUMB_LINES = 12  # lines above the headline read for its breadcrumb
# A page's clock (2013年11月27日 星期三): the day the page was saved, unless nothing else dates it.
_CLOCK = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]")
# What a publish line has beside its day that a page's clock has not: a time, a label.
_NOT_CLOCK = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}|[:：]")
# A date written in English on a publish line: Apr 22, 2025, April 2nd 2025, 22 Apr. 2025.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = (r"(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_ENGLISH_DATES = (
    re.compile(rf"(?<![A-Za-z0-9])(?P<mon>{_MONTH_NAME})\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?"
               r"\s+(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(rf"(?<![A-Za-z0-9.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_NAME}),?"
               r"\s+(?P<y>(?:19|20)\d{2})(?!\d)"),
)
_ENGLISH_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z.]*\s*\d")
_BLOCK_LINES, _BLOCK_CELL = 3, 16  # a publisher's block: its lines, a cell's characters


def page_lines(page: Page, start: int, end: int) -> list[str]:
    """The text of a run of parse events, dropped elements included (a headline and its
    publish line often sit in a <header>), scripts and styles not."""
    return tidy_lines("".join(page.lines[start:end])) or [""]


def label_joined(lines: list[str]) -> list[str]:
    """A label alone on its line (发布日期：) joined to the value on the next line."""
    joined: list[str] = []
    for line in lines:
        # (A label ends in a colon, which the match view keeps, and has at most nine characters
        # beside white space, which the view keeps in place too: only such lines are viewed.)
        if joined and (":" in (last := joined[-1]) or "：" in last) \
                and len("".join(last.split())) <= _LABEL_ONLY_CHARACTERS \
                and _LABEL_ONLY.fullmatch(match_view(last)):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def day_joined(lines: list[str]) -> list[str]:
    """A date printed as a calendar leaf, the day in large type on a line of its own and the
    month on the next (21 / 2024年02月, or the other way round), joined into one date."""
    joined: list[str] = []
    for line in lines:
        pair = (joined[-1].strip() if joined else "", line.strip())
        if len(pair[0]) > 2 and len(pair[1]) > 2:  # neither is a day (_DAY: two digits at most)
            joined.append(line)
            continue
        day = _DAY.fullmatch(pair[0]) or _DAY.fullmatch(pair[1])
        month = _MONTH.fullmatch(pair[1]) or _MONTH.fullmatch(pair[0])
        if day and month and {day.string, month.string} == set(pair):
            joined[-1] = f"{month['y']}年{month['m']}月{day[0]}日"
        else:
            joined.append(line)
    return joined


def breadcrumb(lines: list[str]) -> tuple[str, ...]:
    """The parts of the breadcrumb nearest the end of ``lines`` (您当前位置： 首页 > 新闻 > 正文),
    without its label; none when no line there reads as one."""
    for line in reversed(lines[-_CRUMB_LINES:]):
        if len(line) <= MAX_META_LINE and CRUMB_SEPARATOR.search(line) \
                and (parts := crumb_parts(line)):
            return parts
    return ()


def line_views(lines: list[str]) -> Callable[[str], str]:
    """The match view of each of ``lines``, made in one call (the view keeps every character
    in its place, line breaks too), English dates written as numbers: a line's view, or one
    made for a line not among them."""
    made = match_view("\n".join(lines)).split("\n")
    views = dict(zip(lines, made, strict=True)) if len(made) == len(lines) else {}
    if _ENGLISH_HINT.search("\n".join(made)):
        views = {line: english_dates(view) for line, view in views.items()}
    return lambda line: views.get(line) or english_dates(match_view(line))


def english_dates(view: str) -> str:
    """``view`` with each date written in English (Apr 22, 2025; 22 April 2025) rewritten as
    2025-4-22, padded with spaces to the same length: every other character stays in place."""
    if not _ENGLISH_HINT.search(view):
        return view
    for pattern in _ENGLISH_DATES:
        view = pattern.sub(_as_number, view)
    return view


def _as_number(found: re.Match[str]) -> str:
    month = _MONTHS.index(found["mon"][:3].lower()) + 1
    return f"{found['y']}-{month}-{int(found['d'])}".ljust(len(found[0]))


def is_clock(line: str) -> bool:
    """A page's clock (2013年11月27日 星期三, a visit counter beside it), not a publish line
    (2019年05月02日 星期四 10:20 来源：…)."""
    clock = _CLOCK.search(line)
    return clock is not None and not _NOT_CLOCK.search(line[:clock.start()] + line[clock.end():])


def dated_beside(line: str, lines: list[str]) -> str | None:
    """A date printed in a cell of the publisher's block (2016-11-11 / 浏览（83） / 来源：某报):
    the nearest publish line with a date within _BLOCK_LINES of ``line``, with only short
    cells (a counter, an empty label) between."""
    if line not in lines:
        return None  # (a publish line glued to the headline's line)
    at = lines.index(line)
    for step in (-1, 1):
        for other in lines[at + step::step][:_BLOCK_LINES] if step > 0 or at else []:
            view = match_view(other)
            if len(other) <= MAX_META_LINE and is_publish_line(view) and not is_clock(other) \
                    and not is_event_time(view) and read_meta_line(view).date:
                return other
            if len(other) > _BLOCK_CELL:
                break
    return None
