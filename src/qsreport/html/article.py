"""The article: the block of the page whose own text (not its links) holds the most Chinese,
and that block's text without the blocks inside it that are no part of the report.

A block whose class or id names it navigation, a footer, comments, related or recommended
items, a video player (``_NOISE_CLASS``), that its style hides (unless only until a script
shows it, and its name says it is the article), or a table's cell that is nearly all links (an
old page's menu or headline list, laid out as cells inside the cell of the article), is never
the article, and what it holds counts for none of the blocks around it: a page's main column
that holds the article and a long comment thread scores as the article alone; nor is a block
inside the page's navigation or footer the article. Any other block nearly all links (a list of
headlines, a promotion) counts as links do, except in the block right around it when the lists
outweigh that block's own text: a short article whose block holds them after its paragraph.
Inside the block chosen, such blocks are left out of its text, and so is a block that is all
links (a list of related headlines).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Any

from .node import Node
from .page import CANDIDATES, Page
from .tail import DISCLAIMER

# Classes and ids of blocks that are never the article: navigation, footers, and the blocks
# around it (comments, replies, related and recommended items, rankings, a video player, a
# side column: 'rightbar', 'left_bar', 'Rbar'; a login panel; a comment box named for 跟贴,
# 'tie-area', 'tiePostBox').
# Matched on the lower-cased names, the lookahead letting the engine skip in C to where a word
# can start: several times faster than a case-blind search, on every block of every page.
_NOISE_CLASS = re.compile(r"(?=[nmfhbsclrtpx])(?:nav|menu|footer|header|banner|breadcrumb|"
                          r"sidebar|copyright|share|link|bottom|foot|top|comment|reply|recommend|"
                          r"related|rank|cmt|pinglun|tuijian|xiangguan|player|"
                          r"(?:right|left)[-_]?bar|rbar|(?<![a-z])hot(?![a-z])|"
                          r"(?<![a-z])(?:login|logon|signin|passport)|"
                          r"(?<![a-z])tie(?:[-_]|area|post|box|list|show))")
_NOT_DISPLAYED = re.compile(r"display\s*:\s*none", re.IGNORECASE)
# A block kept invisible only until the page's script shows it is the article when its name
# says so (a WeChat article's js_content, visibility: hidden until its script runs).
_INVISIBLE = re.compile(r"visibility\s*:\s*hidden", re.IGNORECASE)
# Of those, the page's frame: navigation and footers, whose blocks inside are never the article
# either (a header, a share bar or a topic's box may wrap the article on some sites), unless
# it holds half the page's Chinese or more (a page's whole container named for its nav bar).
_FRAME_CLASS = re.compile(r"(?=[nmfc])(?:nav|menu|foot|copyright)")
_CONTENT_CLASS = re.compile(r"content|article|text|main|body", re.IGNORECASE)
_CELLS = frozenset(["td", "table"])
_CLOSE = 0.85  # blocks scoring this near the best compete; the smallest of them wins
_OPENING = 12  # events read for a disclaimer notice's heading at a block's start
_NESTED = 4  # blocks nested in one another that a disclaimer fills, at most
_ALL_LINKS = 0.8  # a block inside the article with this share of its Han in links is left out
_MOSTLY = 0.9  # a noise-named block inside the article holding this share of its own text stays


def choose_article(body: Node, page: Page) -> tuple[Node, list[tuple[int, int]]]:
    """The article block below ``body`` (``body`` itself when no block holds Chinese beyond its
    links), and the spans of parse events inside it to leave out of its text."""
    blocks: list[Node] = []
    noise: list[Node] = []
    # Where the link lists start: blocks nearly all links that are not a table's cells (those
    # are noise). A list counts as links do, except in a block it outweighs (_relieved).
    lists: list[int] = []
    noise_end = -1  # where the noise block last listed ends (blocks come in document order)
    tags = page.find_all(body, CANDIDATES)
    for tag in tags:
        if kind := _noise_kind(*tag.noise_names()):
            noise.append(tag)
            if kind == _FRAME and 2 * tag.han < body.han:
                noise_end = max(noise_end, tag.end)
        elif tag.link_han >= _ALL_LINKS * tag.han:  # (_all_links: a listed block holds Han)
            if tag.name in _CELLS:
                noise.append(tag)
            else:
                lists.append(tag.start)
        elif tag.start >= noise_end:
            blocks.append(tag)
        # (A block inside the page's navigation or footer — a search box's hot words in the
        # top bar, the copyright lines inside a footer — is no candidate either.)
    article = _best(body, blocks, noise, tags, lists)
    for _ in range(_NESTED):
        if article is body or not _is_disclaimer(article, page):
            break
        # A site's copyright and disclaimer notice, longer than a short report: never the
        # article (nor the blocks it fills), and none of the blocks around it counts it.
        blocks.remove(article)
        noise.append(article)
        noise.sort(key=lambda tag: tag.start)
        article = _best(body, blocks, noise, tags, lists)
    if article is body:
        return body, []
    return article, _left_out(article, page, noise)


def _held(tag: Node, tags: list[Node], starts: list[int]) -> list[Node]:
    """The blocks of ``tags`` (in document order, ``starts`` theirs) right inside ``tag``."""
    held = []
    index, stop = bisect_right(starts, tag.start), bisect_right(starts, tag.last)
    while index < stop:
        held.append(inside := tags[index])
        index = bisect_left(starts, inside.end, index + 1)
    return held


def _best(body: Node, blocks: list[Node], noise: list[Node], tags: list[Node],
          lists: list[int]) -> Node:
    """The block that scores best (Han less twice the Han in links, both less the noise inside
    it), or the smallest of those that score near it; ``body`` when none scores above 0.
    ``tags``: all the candidate blocks; ``lists``: where the link lists among them start."""
    # (Made when a block's lists are first weighed: every block's start, the lists', the noise's.)
    tag_starts: list[int] = []
    listed: set[int] = set()
    noise_starts: set[int] = set()
    spans = _outermost([(tag.start, tag.end, tag) for tag in noise])
    starts = [start for start, _, _ in spans]
    best, best_score = body, -1.0
    scored = []
    for tag in blocks:
        inside = spans[bisect_right(starts, tag.start):bisect_right(starts, tag.last)]
        own_han, own_link, own_length = tag.han, tag.link_han, tag.length
        for _, _, noisy in inside:  # (most blocks hold none)
            own_han -= noisy.han
            own_link -= noisy.link_han
            own_length -= noisy.length
        score = own_han - 2 * own_link
        if score <= 0 and own_han > own_link and bisect_right(lists, tag.start) \
                < bisect_right(lists, tag.last):
            # Lists that outweigh the rest of the block right around them count for none of
            # it, when that rest is the block's own text more than any block's inside it: a
            # short article and the promotions and headlines its block holds after it (not a
            # page's column, whose blocks inside are scored on their own).
            if not tag_starts:
                tag_starts = [inside.start for inside in tags]
                listed, noise_starts = set(lists), {noise.start for _, _, noise in spans}
            relieved = _relieved((own_han, own_link, own_length), _held(tag, tags, tag_starts),
                                 (listed, noise_starts), spans, starts)
            if relieved is not None:
                own_han, own_link, own_length = relieved
                score = own_han - 2 * own_link
        scored.append((score, own_length, tag))
        if score > best_score:
            best, best_score = tag, score
    if best_score <= 0:
        return body
    close = [entry for entry in scored if entry[0] >= _CLOSE * best_score]
    return min(close, key=lambda entry: entry[1])[2] if close else best


def _relieved(measures: tuple[int, int, int], held: list[Node], kinds: tuple[set[int], set[int]],
              spans: list[tuple[int, int, Node]], starts: list[int]) -> tuple[int, int, int] | None:
    """A block's measures (Han, Han in links, length: less the noise inside it) without the
    link lists among the blocks it ``held`` right inside it; None when the rest is held more by
    one block inside it than by the block's own text (a column of blocks: each is scored
    alone). ``kinds``: where the link lists and the outermost noise blocks start; the noise
    ``spans`` and their ``starts``, as _best has them."""
    own_han, own_link, own_length = measures
    lists, noisy = kinds
    inner = largest = 0
    for block in held:
        if block.start in noisy:
            continue  # (already left out of the measures)
        inside = spans[bisect_right(starts, block.start):bisect_right(starts, block.last)]
        han = block.han - sum(noise.han for _, _, noise in inside)
        if block.start in lists:
            own_han -= han
            own_link -= block.link_han - sum(noise.link_han for _, _, noise in inside)
            own_length -= block.length - sum(noise.length for _, _, noise in inside)
        else:
            inner += han
            largest = max(largest, han)
    return (own_han, own_link, own_length) if own_han - inner > largest else None


def _is_disclaimer(tag: Node, page: Page) -> bool:
    """Whether a block opens with a copyright and disclaimer notice's heading (某某网版权与免责
    声明)."""
    return bool(DISCLAIMER.match(page.strings(tag.start, min(tag.end, tag.start + _OPENING))))


def _all_links(tag: Node) -> bool:
    return tag.han > 0 and tag.link_han >= _ALL_LINKS * tag.han


_NOT_NOISE, _NOISE, _FRAME = 0, 1, 2  # what a block's names make it


@lru_cache(maxsize=4096)
def _noise_kind(class_: str, id_: str, style: str) -> int:
    """Whether a block's class, id and style make it noise, and noise that is the page's frame
    (navigation, a footer). (A page names many blocks alike, and sites share their names: each
    is read once.)"""
    classes = f"{class_} {id_}"
    if _NOT_DISPLAYED.search(style):
        return _NOISE  # a block the page never shows: keyword spam for search engines, a copy
    if _INVISIBLE.search(style):
        return _NOT_NOISE if _CONTENT_CLASS.search(classes) else _NOISE
    lowered = classes.lower()
    if not _NOISE_CLASS.search(lowered) or _CONTENT_CLASS.search(classes):
        return _NOT_NOISE
    return _FRAME if _FRAME_CLASS.search(lowered) else _NOISE


def _outermost(spans: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The spans not inside another, in order (the spans come sorted by start)."""
    kept: list[tuple[int, int, Any]] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _left_out(article: Node, page: Page, noise: list[Node]) -> list[tuple[int, int]]:
    """The blocks inside the article to leave out of its text: noise blocks, blocks whose
    Chinese is nearly all in links, and a site's disclaimer notice."""
    # (Not a block whose name says noise that holds nearly all the article's own text: a share
    # bar or a tool box the page left open, closed only after the story it sits above.)
    own = _MOSTLY * (article.han - article.link_han)
    inside = [tag for tag in noise if article.start < tag.start < article.end
              and not (own > 0 and tag.han - tag.link_han >= own
                       and _noise_kind(*tag.noise_names()) == _NOISE)]
    inside.extend(tag for tag in page.find_all(article, CANDIDATES)
                  if _all_links(tag) or _is_disclaimer(tag, page))
    inside.sort(key=lambda tag: tag.start)
    return [(start, end) for start, end, _ in _outermost([(t.start, t.end, t) for t in inside])]
