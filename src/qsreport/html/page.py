"""A saved page as the article choice needs it: lxml's parse, read once as it goes, kept flat.

lxml's HTML parser parses the page in C and hands each event (an element's start with its
attributes, its end, a piece of text, a comment) to the walk (:func:`_walker`), which keeps
only what :mod:`qsreport.html` reads: the elements and strings in document order, what each
adds to the article text and to the header's lines, and each listed element's measures. No
tree is built: the events are those of the tree libxml2 would build, and BeautifulSoup (with
lxml) built its tree from the same events, by the rules the walk follows, so pages read as
they did when bs4 read them — at a fraction of the cost (docs/architecture.md has the
figures). The rules:

* a leading byte order mark is dropped before parsing;
* text between two events is one string; one of ASCII white space only becomes ``" "``,
  except inside ``<pre>`` and ``<textarea>``;
* strings inside ``rt``, ``rp``, ``style``, ``script`` and ``template`` get other types, which
  the reading (like ``get_text``) skips; so are comments, processing instructions, doctypes;
* ``class`` is a list of its white-space separated words.

The elements in ``DROP`` are left out with all they hold, and the measures are taken over what
is left. Only the elements the reading asks about become :class:`Node` objects: the candidate
blocks, the headings, ``<body>`` and ``<title>``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from operator import attrgetter
from types import SimpleNamespace
from typing import Any

from lxml import etree

from .endtags import last_end_tags
from .hancount import han_count as han_count  # importable from here, as before the split
from .measure import Block, measure
from .node import Node, attributes_of, joined_strings
from .tidy import tidy

HAN = re.compile(r"[\u4e00-\u9fff]")


def squeezed(text: str) -> str:
    """``text`` as the header readers compare a heading, ``<title>``'s parts and a page's lines:
    NFKC-normalized (full-width letters and digits as ASCII), with no white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())
# Elements that start a new line of text.
BLOCKS = frozenset(["p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                    "section", "article", "td", "ul", "ol", "dd", "dt", "blockquote", "center"])
# Elements that are never the report, with all they hold.
# (Not <form>: some sites wrap the whole page, article and all, in one.)
DROP = frozenset(["script", "style", "noscript", "iframe", "nav", "header", "footer",
                  "select", "button", "object", "embed", "svg", "template"])
# The elements that may hold the article.
CANDIDATES = ["div", "td", "article", "section", "main"]
# The elements a Page lists by name (when they hold Han; <body> always): the candidate blocks,
# the headings, the body.
_LISTED = frozenset([*CANDIDATES, "h1", "h2", "h3", "body"])
_ASCII_SPACES = " \n\t\x0c\r"  # what bs4 folds when a string holds nothing else
_CONTAINERS = frozenset(["rt", "rp", "style", "script", "template"])
_KEEP_SPACE = frozenset(["pre", "textarea"])
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5"])
# An element a page marks as a headline by its class or id (div.article-title, #biaoti).
# (The lookahead lets the engine skip in C to where a match can start: twice as fast.)
_TITLE_CLASS = re.compile(r"(?=[tbh])(?:title|headline|biaoti|(?<![a-z])bt(?![a-z]))", re.IGNORECASE)
# Class and id values met, and whether _TITLE_CLASS finds a headline's mark in each: pages
# repeat their names, and sites share them (a lookup costs a fifth of the search). Emptied
# before a page's walk once it holds more than _TITLE_NAMES_KEPT.
_TITLE_NAMES: dict[str, bool] = {}
_TITLE_NAMES_KEPT = 20_000
# libxml2 builds a tree no deeper than this (even with huge_tree) and silently leaves out what
# lies deeper: a page that deep is read flat instead.
_MAX_DEPTH = 2048


class _TooDeep(Exception):
    """The tree reached libxml2's depth limit: part of the page may be missing from it."""


class Page:
    """A page read the way bs4 builds its tree, as a list over the walk's events (each
    element's start, each string) of what the event adds to the header's lines (``lines``: a
    line break for any block, any string bs4 reads, dropped or not; a string's line breaks are
    spaces), and the spans of events that a dropped element holds (``dropped``): the article
    text is the lines without them. And ``<body>`` and each candidate block not dropped that
    holds Han (``named``, by name), each a Node that holds its measures (:class:`Node`)."""

    def __init__(self) -> None:
        self.lines: list[str] = [""]
        self.root = Node("[document]", {}, self.lines, 0)
        self.dropped: list[tuple[int, int]] = []  # each outermost dropped element's events
        self.dropped_starts: list[int] = []
        self.named: dict[str, list[Any]] = {}
        self.title: str | None = None
        self.title_at = -1  # where the <title> element stands in the walk
        self.metas: list[dict[str, str]] = []  # every <meta>'s attributes, in order
        self.named_metas: tuple[tuple[str, str], ...] | None = None  # (fallback.page_metas)
        self.headings: list[Node] = []  # h1-h5 and title-classed elements, dropped or not
        self.scripts: list[str] = []  # the strings bs4 does not read: scripts, styles, ruby
        # find_all's nodes of some names, in order, and their starts (asked for twice a page)
        self.by_names: dict[tuple[str, ...], tuple[list[int], list[Node]]] = {}

    def __len__(self) -> int:
        return len(self.lines)

    def strings(self, start: int, end: int) -> str:
        """The stripped, non-empty strings bs4 reads among events start..end, joined by
        spaces (``get_text(" ", strip=True)``, with a string's line breaks as spaces)."""
        return joined_strings(self.lines, start, end)

    # What the article choice asks of a page.

    def first(self, name: str) -> Any:
        found = self.named.get(name)
        return found[0] if found else None

    def find_all(self, within: Any, names: list[str]) -> list[Any]:
        # (A listed node's position is its start; no two nodes start alike.)
        key = tuple(names)
        if key not in self.by_names:
            found = sorted((tag for name in names for tag in self.named.get(name, ())),
                           key=attrgetter("start"))
            self.by_names[key] = ([tag.start for tag in found], found)
        starts, found = self.by_names[key]
        start, end = within.start, within.last
        return found[bisect_right(starts, start):bisect_right(starts, end)]

    def text_of(self, node: Node, skip: list[tuple[int, int]] | None = None) -> str:
        """The text below ``node``, a line break for each block element; without the spans
        of events in ``skip`` (in order, apart, inside ``node``)."""
        lines, dropped, at = self.lines, self.dropped, node.start + 1
        kept = []
        for start, end in [*(skip or ()), (node.end, -1)]:
            # The events at..start, without the dropped elements among them (a skipped span
            # holds all of a dropped element or none of it, and so does ``node``).
            index = bisect_left(self.dropped_starts, at)
            while index < len(dropped) and dropped[index][0] < start:
                kept.append("".join(lines[at:dropped[index][0]]))
                at = dropped[index][1]
                index += 1
            kept.append("".join(lines[at:start]))
            if end < 0:
                break
            kept.append("\n")
            at = end
        return tidy("".join(kept))


# What the walk does at an element's start and end, as bits of one number per tag name.
_BLOCK, _DROP, _CONTAINER, _KEEP, _LISTED_BIT, _HEADING, _LINK = (1 << n for n in range(7))
_PENDING = 1 << 7  # (on an open element's kind: a Node not watched, which its end closes)
_TITLE_TAG, _META = 1 << 8, 1 << 9
_KINDS: dict[Any, int] = {}
for _names, _bit in ((BLOCKS, _BLOCK), (DROP, _DROP), (_CONTAINERS, _CONTAINER),
                     (_KEEP_SPACE, _KEEP), (_LISTED, _LISTED_BIT), (_HEADINGS, _HEADING),
                     (("a",), _LINK), (("title",), _TITLE_TAG), (("meta",), _META)):
    for _name in _names:
        _KINDS[_name] = _KINDS.get(_name, 0) | _bit
# Kinds the walk counts while open, and kinds whose end it must see (to count down, to close a
# node, to total a link).
_COUNTED = _DROP | _CONTAINER | _KEEP
_WATCHED = _COUNTED | _LISTED_BIT | _LINK
_SPECIAL = _TITLE_TAG | _META | _HEADING  # kinds whose start may make a Node of their own
_BREAKS = ("", "\n")  # what an element's start adds to the lines, by its _BLOCK bit


def _walker(page: Page) -> tuple[Any, Callable[[], None]]:
    """lxml's parser target for ``page`` (its ``start``, ``end``, ``data``, ``comment`` and
    ``pi`` events: those of the tree libxml2 would build, in document order), and what takes
    the measures once they are over.

    The walk keeps the strings not dropped in order (``shown``), and for each block not dropped
    and each link, how many had been kept at its start and at its end; the measures are then
    taken in bulk: a block's Han is that of the strings kept between its start and its end, its
    Han inside links that of the links closed between them; its last descendant is the last
    element not dropped that started before its end. A string is what the data events between
    two other events hold (a long one comes in pieces); outside every element (white space
    around the document, which a tree has no place for) there is none. (The state is the
    closure's: an event is a call from C, and closure cells read as fast as locals.)"""
    lines, headings, scripts, metas = page.lines, page.headings, page.scripts, page.metas
    line = lines.append
    kinds_of = _KINDS.get
    seen = _TITLE_NAMES
    if len(seen) > _TITLE_NAMES_KEPT:
        seen.clear()
    titled, learn, search = seen.get, seen.setdefault, _TITLE_CLASS.search
    shown: list[str] = []  # the strings not dropped, line breaks as spaces
    show = shown.append
    links: list[tuple[int, int]] = []  # each link not dropped: its first and last shown string
    blocks: list[Block] = []
    pieces: list[str] = []  # the data events since the last other event
    clear, join, spaces = pieces.clear, "".join, _ASCII_SPACES
    # Each open element's kind, innermost last, and for a watched one (or one with a Node) what
    # its end needs: the Node, where it started, and the strings and links kept by then.
    open_kinds: list[int] = []
    push, pop, too_deep = open_kinds.append, open_kinds.pop, _MAX_DEPTH - 1
    opened: list[tuple[Node | None, int, int, int, str, dict[str, str]]] = []
    pending: list[Node] = []  # the other elements open that have a Node
    # Elements open that drop what they hold, that hold strings bs4 does not read, that keep
    # their white space; where the outermost dropped one started; the last start not dropped.
    dropped = contained = keep = drop_start = last_start = 0
    linked = 0  # links open (a heading inside one is a menu's item or a card's)
    title: list[Node] = []

    def string() -> None:
        """The string the data events since the last other event hold, read as bs4 reads it."""
        text = join(pieces)  # (one piece: that piece itself)
        clear()
        if not open_kinds:
            return  # outside every element
        if not keep and not text.strip(spaces):
            line("" if contained else " ")
            return
        if "\n" in text or "\r" in text:
            text = text.replace("\n", " ").replace("\r", " ")
        if contained:
            line("")
            scripts.append(text)
        else:
            line(text)
            if not dropped:
                show(text)

    def note(*_: Any) -> None:  # a comment or processing instruction: it ends a string
        if pieces:
            string()

    def start(tag: str, attrib: dict[str, str]) -> None:
        nonlocal dropped, contained, keep, drop_start, last_start, linked
        if pieces:
            string()
        kind = kinds_of(tag, 0)
        if len(open_kinds) >= too_deep:
            raise _TooDeep
        index = len(lines)
        node = None
        if kind & _SPECIAL:  # <title>, <meta>, h1-h5
            if kind & _TITLE_TAG and not title:
                node = Node(tag, attributes_of(attrib), lines, index)
                title.append(node)
            elif kind & _META:
                metas.append(attributes_of(attrib))
            elif kind & _HEADING or _marked(attrib):
                node = Node(tag, attributes_of(attrib), lines, index)
                node.linked = linked > 0
                headings.append(node)
        # (A class or id met before is looked up once: None when it is new. An element with no
        # attributes comes with lxml's empty mapping, whose lookups are Python's: not asked.)
        elif attrib and (
                ((cls := attrib.get("class")) and (
                    (hit := titled(cls)) or (hit is None and learn(cls, search(cls) is not None))))
                or ((eid := attrib.get("id")) and (
                    (hit := titled(eid)) or (hit is None and learn(eid, search(eid) is not None))))):
            node = Node(tag, attributes_of(attrib), lines, index)
            node.linked = linked > 0
            headings.append(node)
        if kind & _LINK:
            linked += 1
        if kind & _COUNTED:
            if kind & _DROP:
                if not dropped:
                    drop_start = index
                dropped += 1
            if kind & _CONTAINER:
                contained += 1
            if kind & _KEEP:
                keep += 1
        line(_BREAKS[kind & 1])  # (_BLOCK is the lowest bit: a line break or nothing)
        if not dropped:
            last_start = index
        if kind & _WATCHED:
            opened.append((node, index, len(shown), len(links), tag, attrib))
        elif node is not None:
            pending.append(node)
            kind |= _PENDING
        push(kind)

    def end(_: str) -> None:
        nonlocal dropped, contained, keep, linked
        if pieces:  # (inside an element: a string)
            string()
        kind = pop()
        if kind & _WATCHED:
            node, begun, first, first_link, tag, attrib = opened.pop()
            if node is not None:
                node.end = len(lines)
            if kind & _LINK:
                linked -= 1
            if not dropped:
                if kind & _LINK:
                    links.append((first, len(shown)))
                elif kind & _LISTED_BIT:
                    blocks.append((tag, attrib, node, begun, len(lines), last_start,
                                   first, len(shown), first_link, len(links)))
            if kind & _DROP:
                dropped -= 1
                if not dropped:
                    page.dropped.append((drop_start, len(lines)))
            if kind & _CONTAINER:
                contained -= 1
            if kind & _KEEP:
                keep -= 1
        elif kind & _PENDING:
            pending.pop().end = len(lines)

    def finish() -> None:
        if pieces:
            string()
        page.root.end = len(lines)
        page.dropped_starts = [begun for begun, _ in page.dropped]
        measure(page, shown, links, blocks, last_start)
        if title:
            page.title = page.strings(title[0].start + 1, title[0].end)
            page.title_at = title[0].start

    return SimpleNamespace(start=start, end=end, data=pieces.append, comment=note, pi=note, close=_none), finish


def _none() -> None:
    """What the parser's ``close`` returns: the page is taken from the walk."""


def _marked(attrib: dict[str, str]) -> bool:
    """Whether the page marks an element as a headline by its class or id (what the walk
    asks of a second <title> element, inline for all others)."""
    return any(name and _TITLE_CLASS.search(name) for name in (attrib.get("class"), attrib.get("id")))


def read_page(markup: str, utf8: bytes | None = None) -> Page | None:
    """The page as bs4 would read it, or None if lxml fails on it (it is then read flat).
    ``utf8``: the bytes ``markup`` is the exact UTF-8 reading of, or None."""
    if markup[:1] == "\ufeff":  # as bs4 does, working around an lxml bug
        markup, utf8 = markup[1:], None
    fixed = last_end_tags(markup, utf8)
    # (lxml encodes a str to UTF-8 for libxml2, 0.1 ms a page: the bytes read are the same.)
    source: str | bytes = utf8 if utf8 is not None and fixed is markup else fixed
    page = Page()
    target, finish = _walker(page)
    try:
        # The parser bs4 makes, recovering from errors, handing its events to the walk. (huge_tree:
        # a page may be 2048 deep, not 256, as deep as bs4 read; MAX_TAGS bounds its size.
        # collect_ids off: no table of id attributes, which nothing here looks up.)
        parser = etree.HTMLParser(recover=True, huge_tree=True, collect_ids=False, target=target,
                                  encoding="utf-8" if isinstance(source, bytes) else None)
        parser.feed(source)
        parser.close()
    except _TooDeep:
        return None
    except etree.XMLSyntaxError:
        # nothing a tree can hold (an empty page): an empty page
        page = Page()
        finish = _walker(page)[1]
    except (etree.Error, ValueError, TypeError):
        # lxml refuses some inputs outright (a NUL in the markup, a string it cannot encode).
        return None
    finish()
    return page
