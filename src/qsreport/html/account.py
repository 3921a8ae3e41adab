"""The account a platform's article comes from: a self-media page (企鹅号, 头条号, 澎湃号, 百家号)
prints the account's name by the headline (above the article or at the top of its block), with a follow button under it (某某 / 关注) or the
platform's mark glued to it (某某企鹅号); its publish line, if any, names only the platform
(来源：某某新闻·某某号). The account is the article's publisher.
"""

from __future__ import annotations

import re

from .head import Head
from .lines import page_lines
from .node import Node
from .page import Page

# A platform's kind of account: its mark beside an account's name, or its name in a publish line.
_PLATFORM = re.compile(r"(?:企鹅|头条|百家|大风|网易|搜狐|澎湃|一点|新浪看点|凤凰)号")
_FOLLOW = re.compile(r"[+＋]?\s*(?:关注|订阅)(?:TA|他|她|我)?")
# An account's name: a few words, no sentence, no date, no count.
_NAME = re.compile(r"[\w·•\-]{2,16}")
_NOT_NAME = re.compile(r"\d{2}|分享|评论|登录|首页|客户端|原创|作者")
_REACH = 120  # parse events above the article where the name is looked for
_LINES = 14  # lines above the article where the name is looked for, at most
_INSIDE = 40  # parse events of the article's block where it is looked for too
_PARAGRAPH = 30  # characters of the article's first paragraph, at least


def account_source(page: Page, head: Head, article: Node) -> None:
    """Sets ``head``'s publisher to the account's name when it has none or only a platform's."""
    if head.source is not None and not _PLATFORM.search(head.source):
        return
    start = head.anchor if head.anchor is not None and head.anchor < article.start \
        else max(0, article.start - _REACH)
    lines = [line.strip() for line in page_lines(page, start, article.start) if line.strip()]
    lines = lines[-_LINES:]
    # (The article's block may hold its header: its lines down to the first paragraph.)
    for line in page_lines(page, article.start, min(article.end, article.start + _INSIDE)):
        if len(line) >= _PARAGRAPH:
            break
        if line.strip():
            lines.append(line.strip())
    for at, line in enumerate(lines):
        name = None
        if at + 1 < len(lines) and _FOLLOW.fullmatch(lines[at + 1]):
            name, where = line, "the account's name above its follow button"
        elif (mark := _PLATFORM.search(line)) is not None and mark.end() == len(line) \
                and mark.start() > 0:
            name, where = line[:mark.start()].strip(), "the account's name beside the platform's mark"
        if name and _NAME.fullmatch(name) and not _NOT_NAME.search(name) \
                and name not in head.title:
            head.source, head.found["source"] = name, where
            return
