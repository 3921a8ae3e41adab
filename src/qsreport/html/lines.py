"""The lines of a run of a page's parse events, as the header reader reads them: a label
alone on its line joined to its value, a date printed as a calendar leaf joined into one."""

from __future__ import annotations

import re

from ..cleaning import match_view
from .page import Page, tidy

_DAY = re.compile(r"0?[1-9]|[12]\d|3[01]")
_MONTH = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.])\s*(?P<m>0?[1-9]|1[0-2])\s*月?")
_LABEL_ONLY = re.compile(r"\s*[\w ]{1,8}\s*[:：]\s*")


def page_lines(page: Page, start: int, end: int) -> list[str]:
    """The text of a run of parse events, dropped elements included (a headline and its
    publish line often sit in a <header>), scripts and styles not."""
    return tidy("".join(page.lines[start:end])).split("\n")


def label_joined(lines: list[str]) -> list[str]:
    """A label alone on its line (发布日期：) joined to the value on the next line."""
    joined: list[str] = []
    for line in lines:
        # (A label ends in a colon, which the match view keeps: look only at such lines.)
        if joined and (":" in (last := joined[-1]) or "：" in last) \
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
        day = _DAY.fullmatch(pair[0]) or _DAY.fullmatch(pair[1])
        month = _MONTH.fullmatch(pair[1]) or _MONTH.fullmatch(pair[0])
        if day and month and {day.string, month.string} == set(pair):
            joined[-1] = f"{month['y']}年{month['m']}月{day[0]}日"
        else:
            joined.append(line)
    return joined
