"""What a page prints between its headline and the article block that belongs to the report:
the subtitle right under the headline (副题), and a summary (导语, 简介) or the opening paragraph
set in a block of its own, under the publish line.

Only a run of prose lines (sentences, many Han characters) standing right above the article
is taken, and only when the headline (or, when the headline is no element, the publish line)
stands above the article with few lines between them: a page whose headline stands far from
its text (menus, lists between) gives none.
"""

from __future__ import annotations

import re

from ..cleaning import match_view
from ..segmenting.metaline import is_meta_line, is_publish_line
from .lines import page_lines
from .node import Node
from .page import HAN, Page
from .tail import is_tail_furniture

_PROSE_HAN = 25  # Han characters in a lead's line, at least
_SENTENCE = re.compile(r"[。！？]")
_BETWEEN = 12  # lines between the headline (or the publish line) and the article, at most
_PUBLISH_REACH = 200  # parse events above the article where its publish line is looked for
# What a blog's or an account's header prints about its author, not about the article.
_SUBTITLE = (8, 40)  # Han characters a subtitle has at least, and characters at most
# A byline, or an author's or outlet's name, where a subtitle would stand.
_BYLINE = re.compile(r"记者|作者|编辑|通讯员|摄影|撰稿|来源|[/|｜]")
_ABOUT_AUTHOR = re.compile(r"\s*(?:功能介绍|账号简介|公众号简介|作者简介|博主简介|微信号)")


def lead_lines(page: Page, anchor: int | None, article: Node, publish: list[str]) -> list[str]:
    """The subtitle right under the headline at ``anchor`` and the lines of prose right above
    ``article``; with no headline element, the prose between the ``publish`` line and the
    article."""
    if anchor is None:
        lines = [line for line in page_lines(page, max(1, article.start - _PUBLISH_REACH),
                                             article.start) if line.strip()]
        at = max((index for index, line in enumerate(lines) if line in publish), default=-1)
        if at < 0:
            return []
        lines, subtitle = lines[at + 1:], []
    elif anchor < article.start:
        lines = [line for line in page_lines(page, anchor, article.start) if line.strip()][1:]
        subtitle = lines[:1] if lines and _is_subtitle(lines[0], lines[1:2]) else []
    else:
        return []
    if len(lines) > _BETWEEN:
        return []
    run: list[str] = []
    for line in reversed(lines):
        if len(HAN.findall(line)) < _PROSE_HAN or not _SENTENCE.search(line) \
                or is_tail_furniture(line) or _ABOUT_AUTHOR.match(line):
            break
        run.append(line)
    return [line for line in subtitle if line not in run] + run[::-1]


def _is_subtitle(line: str, under: list[str]) -> bool:
    """Whether the line right under the headline is its subtitle (副题): headline-shaped — no
    sentence, no gap between words, no byline — with only the publish line (or the article)
    under it."""
    text = line.strip()
    if len(HAN.findall(text)) < _SUBTITLE[0] or len(text) > _SUBTITLE[1] or " " in text \
            or "\u3000" in text or _SENTENCE.search(text) or _BYLINE.search(text) \
            or is_tail_furniture(text) or is_meta_line(match_view(text)):
        return False
    return not under or is_publish_line(match_view(under[0]))
