"""A page's header from its own structure: the headline, the publish date and the publisher.

The headline is the heading (h1–h3, or an element whose class says title) whose text the page's
``<title>`` also holds — ``<title>`` is the headline plus the site's name, while a heading alone
may be a logo, a breadcrumb or a sidebar's caption. The date and publisher come from the
publish line near the headline (``发布时间：… 来源：…``), else from ``<meta>`` tags. Every
value says where it was found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..cleaning import match_view
from ..metaline import DATE, MAX_META_LINE, is_meta_line, is_publish_line, iso_date, read_meta_line
from .flat import clean_title
from .page import BLOCKS, HAN, Node, Page, tidy

# <meta> names and properties that give the publish date, the publisher, the headline.
_DATE_METAS = frozenset([
    "article:published_time", "og:article:published_time", "og:release_date", "publishdate",
    "pubdate", "publish_date", "publishtime", "publish-date", "pubtime", "apub:time",
    "weibo:article:create_at", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
    "datepublished", "firstpublishedtime", "release_date", "date", "sailthru.date",
    "bytedance:published_time", "created", "article_date_original",
])
_SOURCE_METAS = frozenset(["source", "contentsource", "og:article:source", "article:source",
                           "mediaid", "media"])
_TITLE_METAS = frozenset(["og:title", "twitter:title", "headline", "title", "articletitle"])
_TITLE_SEPARATORS = re.compile(r"\s*(?:[-_|｜—]{1,2}|——)\s*")
_HEADLINE = (4, 80)  # characters a headline may have
_AFTER_LINES = 12  # how far below the headline a publish line may sit
_BEFORE_LINES = 3  # and above it
_WINDOW = 600  # parse events read on either side of the headline
_GLUED_REACH = 40  # characters after a headline read for a publish line glued to it
_LABELLED_LINES = 30  # how far a labelled publish date may sit from the headline
_PUBLISHED = re.compile(r"(?:发布|发文|发稿|刊发|發佈|發布)(?:日期|时间|時間)")
_LABEL_ONLY = re.compile(r"\s*[\w ]{1,8}\s*[:：]\s*")


@dataclass
class Head:
    """The headline, the publish lines found near it, and the date and publisher."""

    title: str = ""
    lines: list[str] = field(default_factory=list)
    date: str | None = None
    source: str | None = None
    found: dict[str, str] = field(default_factory=dict)


def read_head(page: Page, article: Node) -> Head:
    head = Head()
    anchor = _headline(page, head)
    _publish_lines(page, anchor if anchor is not None else article.start, head)
    metas = _metas(page)
    if head.date is None:
        for name, content in metas:
            date = DATE.search(match_view(content)) if name in _DATE_METAS else None
            if date and (iso := iso_date(date)):
                head.date, head.found["date"] = iso, f"<meta {name}>"
                break
    if head.source is None:
        for name, content in metas:
            if name in _SOURCE_METAS and HAN.search(content) and len(content) <= 30:
                head.source, head.found["source"] = content.strip(), f"<meta {name}>"
                break
    return head


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _metas(page: Page) -> list[tuple[str, str]]:
    found = []
    for attrib in page.metas:
        name = (attrib.get("name") or attrib.get("property") or attrib.get("itemprop") or "")
        content = attrib.get("content")
        if name and content and content.strip():
            found.append((name.strip().lower(), content))
    return found


def _headline(page: Page, head: Head) -> int | None:
    """Sets the headline; returns where it stands among the page's events (None if it is not
    an element of the page)."""
    titles = [page.title or ""] + [c for n, c in _metas(page) if n in _TITLE_METAS]
    wanted = [_norm(t) for t in titles if t]
    best: tuple[int, int, Node, str] | None = None
    for node in page.headings:
        text = " ".join(node.heading_text().split())
        key = _norm(text)
        if not (_HEADLINE[0] <= len(key) <= _HEADLINE[1]) or not HAN.search(key):
            continue
        if any(key in title for title in wanted):
            rank = (len(key), -node.start)
            if best is None or rank > (best[0], best[1]):
                best = (rank[0], rank[1], node, text)
    if best is not None:
        text, where = best[3], f"<{best[2].name}> inside <title>"
        if any(_norm(text) == title for title in wanted) and (part := _title_part(text)) \
                and part != text:
            text, where = part, f"<{best[2].name}> as <title>, without the site's name"
        head.title, head.found["title"] = text, where
        return best[2].start
    from_title = _title_part(page.title or "")
    if from_title:
        head.title, head.found["title"] = from_title, "<title>"
        return None
    h1 = [n for n in page.headings if n.name == "h1"]
    if len(h1) == 1:
        text = " ".join(h1[0].heading_text().split())
        if _HEADLINE[0] <= len(text) <= _HEADLINE[1] and HAN.search(text):
            head.title, head.found["title"] = text, "<h1>"
            return h1[0].start
    return None


def _title_part(title: str) -> str:
    """The part of ``<title>`` that is the headline: the longest between separators."""
    title = " ".join(title.split())
    if not clean_title(title):
        return ""  # empty, or too long to be a title
    parts = [p for p in _TITLE_SEPARATORS.split(title) if len(HAN.findall(p)) >= 2]
    if not parts:
        return ""
    best = max(parts, key=len)
    return best if _HEADLINE[0] <= len(best) <= _HEADLINE[1] else ""


def _publish_lines(page: Page, anchor: int, head: Head) -> None:
    """The publish line below the headline (else just above it), and a second one beside it
    when the first lacks the date or the publisher. A line labelled as the publish date
    (发布日期, 发文日期) outranks an unlabelled date, even a little further away: government
    pages list 成文日期 (written) and 发布日期 (published) in a table around the headline."""
    after = _label_joined(_lines(page, range(anchor, min(len(page.events), anchor + _WINDOW))))
    before = _label_joined(_lines(page, range(max(1, anchor - _WINDOW), anchor)))
    skip = 1 if head.found.get("title", "").startswith("<h") else 0  # the headline's own line
    near = after[skip:_AFTER_LINES + skip] + before[::-1][:_BEFORE_LINES]
    if skip and after and after[0].startswith(head.title) and len(after[0]) > len(head.title):
        # No block between the headline and its publish line: 标题 2019-09-05 11:10 某某网 正文…
        near.insert(0, after[0][len(head.title):_GLUED_REACH + len(head.title)].strip())
    wide = after[skip:_LABELLED_LINES + skip] + before[::-1][:_LABELLED_LINES]
    labelled = [line for line in wide if len(line) <= MAX_META_LINE
                and _PUBLISHED.search(match_view(line)) and DATE.search(match_view(line))]
    candidates = labelled[:1] + near
    for index, line in enumerate(candidates):
        if len(line) > MAX_META_LINE or not is_publish_line(match_view(line)):
            continue
        _take(line, head, "publish line")
        for other in candidates[index + 1:index + 3]:
            if head.date and head.source:
                break
            if len(other) <= MAX_META_LINE and is_meta_line(match_view(other)):
                _take(other, head, "publish line")
        return


def _label_joined(lines: list[str]) -> list[str]:
    """A label alone on its line (发布日期：) joined to the value on the next line."""
    joined: list[str] = []
    for line in lines:
        if joined and _LABEL_ONLY.fullmatch(match_view(joined[-1])):
            joined[-1] += line
        else:
            joined.append(line)
    return joined


def _take(line: str, head: Head, where: str) -> None:
    found = read_meta_line(match_view(line))
    if found.date is None and found.source is None:
        return
    head.lines.append(line)
    if found.date and head.date is None:
        head.date, head.found["date"] = found.date, where
    if found.source and head.source is None:
        head.source, head.found["source"] = line[found.source[0]:found.source[1]], where


def _lines(page: Page, events: Iterable[int]) -> list[str]:
    """The text of a run of parse events, dropped elements included (a headline and its
    publish line often sit in a <header>), scripts and styles not."""
    pieces = []
    for index in events:
        event = page.events[index]
        if isinstance(event, str):
            if page.readable[index]:
                pieces.append(event.replace("\n", " ").replace("\r", " "))
        elif event.name in BLOCKS:
            pieces.append("\n")
    return tidy("".join(pieces)).split("\n")
