"""A headline that goes on past what the page's heading or ``<title>``'s part gives: the
subtitle ``<title>`` joins with —— and the page prints under the headline, the document number
a ``<meta>`` title gives whole and the page prints on the headline's second line, a headline
and its subtitle that ``<title>`` joins with a dash and the page prints so; and whether what
``<title>``'s separators cut off a heading is only the site's name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .fallback import TITLE_METAS, TITLE_SEPARATORS, page_metas
from .page import HAN, Page
from .sitetitle import headline_and_subtitle, is_site_like, printed_whole

if TYPE_CHECKING:
    from .head import Head

_BRACKETED = re.compile(r"[(（【\[][^()（）]{2,30}[)）】\]]")  # (某决字〔2024〕7号)
_WECHAT = "微信公众平台"  # a WeChat article's og:site_name


def subtitle(page: Page, head: Head, lines: list[str]) -> None:
    """A headline read from ``<title>`` ends where ``<title>`` goes on with ——: when the page
    prints that part as a line of its own (——副标题) under the headline, it is the headline's
    subtitle, not the site's name: 为…凝聚力量——热烈祝贺…开幕."""
    if head.found.get("title") != "<title>" or not page.title:
        return
    title = " ".join(page.title.split())
    at = title.find(head.title + "——")
    if at < 0:
        return
    rest = TITLE_SEPARATORS.split(title[at + len(head.title) + 2:], 1)[0]
    if len(HAN.findall(rest)) >= 2 and "——" + rest in lines:
        head.title = f"{head.title}——{rest}"
        head.found["title"] = "<title>, with the subtitle printed under the headline"


def number_line(page: Page, head: Head, lines: list[str]) -> None:
    """A headline printed over two lines, its document number on the second (某某公开表 /
    某决字〔2024〕7号), that a ``<meta>`` title gives whole: 某某公开表(某决字〔2024〕7号). The
    second line is the heading's own (a ``<br>`` inside it); a number in a block of its own under
    the heading (a document's red header, a field of its table) is no part of the headline."""
    if not head.title or head.title not in lines:
        return
    own = next((node.heading_text() for node in page.headings if node.start == head.anchor), None)
    at = lines.index(head.title)
    for name, content in page_metas(page):
        full = " ".join(content.split())
        if name not in TITLE_METAS or not full.startswith(head.title):
            continue
        rest = full[len(head.title):].strip()
        if _BRACKETED.fullmatch(rest) and rest[1:-1].strip() in lines[at + 1:at + 3] \
                and (own is None or rest[1:-1].strip() in own):
            head.title, head.found["title"] = full, f"{head.found.get('title')}, <meta {name}> whole"
            return


def title_with_subtitle(page: Page, part: str) -> str | None:
    """``<title>`` (or ``<title>`` without the site's name after its last separator) when it
    is a headline and its subtitle joined by a dash (主标题-副标题) that the page prints as a
    line too, rather than ``part``, the longest piece its separators cut."""
    title = " ".join((page.title or "").split())
    cut = list(TITLE_SEPARATORS.finditer(title))
    candidates = [title]
    if cut and is_site_like(page, title[cut[-1].end():]):
        candidates.append(title[:cut[-1].start()])
    for candidate in candidates:
        if candidate != part and headline_and_subtitle(page, candidate) \
                and printed_whole(page, candidate):
            return candidate
    return None


def site_cut(page: Page, text: str, cut: str) -> bool:
    """Whether what ``<title>``'s separators cut off a heading (``text`` less ``cut``) is the
    site's name, for a heading that is a ``<meta>`` title but not ``<title>``. A platform's
    article (a WeChat account's: its ``<meta>`` title is the headline its author wrote, never
    with a site's name) keeps a column's name before its bar (栏目｜标题)."""
    if any(attrib.get("property") == "og:site_name" and attrib.get("content") == _WECHAT
           for attrib in page.metas):
        return False
    rest = [part for part in TITLE_SEPARATORS.split(text.replace(cut, " ")) if part.strip()]
    return any(is_site_like(page, part) for part in rest)
