"""HTML → article text: drop scripts, navigation and footers; keep the block that holds the
report, plus the page's title and its date/source line when the article block lacks them.

The page is read once by lxml's HTML parser into a :class:`~qsreport.html.page.Page` that
measures every element (Chinese characters, text length, characters inside links) as it goes;
the article is the block whose own text holds the most Chinese. Every step is linear in the
size of the page, whatever its shape, and no step recurses. A page with more tags than a tree
can hold cheaply, or one lxml cannot read, is read flat (:func:`~qsreport.html.flat.flat_text`:
tags dropped, blocks turned into line breaks).
"""

from __future__ import annotations

import re
from typing import Any

from .flat import clean_title, flat_text
from .page import CANDIDATES, HAN, Page, read_page

_LOOKS_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta\s|div|p|table|br|span|title)\b", re.IGNORECASE
)
_NOISE_CLASS = re.compile(r"nav|menu|footer|header|banner|breadcrumb|sidebar|copyright|share|"
                          r"link|bottom|foot|top", re.IGNORECASE)
_CONTENT_CLASS = re.compile(r"content|article|text|main|body", re.IGNORECASE)
_META_LINE = re.compile(r"(?:发布|發布|更新)?(?:日期|时间|時間)[:：]|(?:来源|來源)[:：]|"
                        r"(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}")

# A tree costs about a kilobyte a node; past this many tags (20 MB of ``<a>`` would be six
# million) the page is read flat instead.
MAX_TAGS = 100_000
_MAX_META_LINE = 120

__all__ = ["MAX_TAGS", "flat_text", "html_to_text", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    """True when the first 2 KB hold HTML tags."""
    return bool(_LOOKS_HTML.search(text[:2048]))


def html_to_text(markup: str) -> str:
    """The report inside a saved web page, as plain lines."""
    if markup.count("<") > MAX_TAGS:
        return flat_text(markup)
    try:
        return _article_text(markup)
    except RecursionError:
        # A parser or tree walk that recursed once per level of nesting: read the page flat.
        return flat_text(markup)


def _article_text(markup: str) -> str:
    tree = read_page(markup)
    if tree is None:
        return flat_text(markup)
    title = clean_title(tree.title) if tree.title is not None else ""
    body = tree.first("body") or tree.root
    article = _best_block(body, tree)
    lines = [line for line in tree.text_of(article).split("\n") if line.strip()]
    head: list[str] = []
    heading = _heading(article, tree) or title
    if heading and not any(heading in line for line in lines[:3]):
        head.append(heading)
    if not any(_META_LINE.search(line) for line in lines[:4]):
        meta = next((line for line in tree.text_of(body).split("\n")
                     if len(line) < _MAX_META_LINE and _META_LINE.search(line)), None)
        if meta:
            head.append(meta.strip())
    return "\n".join(head + lines)


def _heading(article: Any, tree: Page) -> str:
    for name in ("h1", "h2", "h3"):
        for tag in tree.named.get(name, ()):
            if not 4 <= tree.length.get(id(tag), 0) <= 60:
                continue  # words() is at least as long as the stripped strings
            text = tag.words()
            if 4 <= len(text) <= 60 and HAN.search(text) and not tree.contains(article, tag):
                return str(text)
    return ""


def _best_block(body: Any, tree: Page) -> Any:
    """The element whose own text (not its links) holds the most Chinese, preferring the
    smallest such element."""
    best, best_score = body, -1.0
    candidates = []
    for tag in tree.find_all(body, CANDIDATES):
        classes = " ".join(tag.get("class", []) or []) + " " + str(tag.get("id", "") or "")
        if _NOISE_CLASS.search(classes) and not _CONTENT_CLASS.search(classes):
            continue
        key = id(tag)
        score = tree.han.get(key, 0) - 2 * tree.link_han.get(key, 0)
        candidates.append((score, tree.length.get(key, 0), tag))
        if score > best_score:
            best, best_score = tag, score
    if best_score <= 0:
        return body
    close = [c for c in candidates if c[0] >= 0.85 * best_score]
    return min(close, key=lambda c: c[1])[2] if close else best
