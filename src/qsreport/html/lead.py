"""The lead a page prints between its headline and the article block: a summary (导语, 简介)
or the opening paragraph set in a block of its own, under the publish line.

Only a run of prose lines (sentences, many Han characters) standing right above the article
is taken, and only when the headline is an element above the article with few lines between
them: a page whose headline stands far from its text (menus, lists between) gives none.
"""

from __future__ import annotations

import re

from .lines import page_lines
from .page import HAN, Node, Page
from .tail import is_tail_furniture

_PROSE_HAN = 25  # Han characters in a lead's line, at least
_SENTENCE = re.compile(r"[。！？]")
_BETWEEN = 12  # lines between the headline and the article, at most
# What a blog's or an account's header prints about its author, not about the article.
_ABOUT_AUTHOR = re.compile(r"\s*(?:功能介绍|账号简介|公众号简介|作者简介|博主简介|微信号)")


def lead_lines(page: Page, anchor: int | None, article: Node) -> list[str]:
    """The lines of prose right above ``article`` and below the headline at ``anchor``."""
    if anchor is None or anchor >= article.start:
        return []
    lines = [line for line in page_lines(page, anchor, article.start) if line.strip()][1:]
    if len(lines) > _BETWEEN:
        return []
    run: list[str] = []
    for line in reversed(lines):
        if len(HAN.findall(line)) < _PROSE_HAN or not _SENTENCE.search(line) \
                or is_tail_furniture(line) or _ABOUT_AUTHOR.match(line):
            break
        run.append(line)
    return run[::-1]
