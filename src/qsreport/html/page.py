"""A saved page as the article choice needs it: lxml's tree, walked once, kept flat.

lxml's HTML parser builds the tree in C; :func:`read_page` then walks it once (``iter``)
and keeps of it only what :mod:`qsreport.html` reads: the elements and strings in document
order, what each adds to the article text and to the header's lines, and each listed element's
measures. The walk follows the rules BeautifulSoup (with lxml) applies to the same parse, so
pages read as they did when bs4 built the tree — at a fraction of the cost (docs/architecture.md
has the figures). The rules:

* a leading byte order mark is dropped before parsing;
* text between two events is one string; one made of ASCII white space only becomes ``"\n"``
  (if it holds one) or ``" "``, except inside ``<pre>`` and ``<textarea>``;
* strings inside ``rt``, ``rp``, ``style``, ``script`` and ``template`` get other types, which
  the reading (like ``get_text``) skips; so are comments, processing instructions, doctypes;
* ``class`` is a list of its white-space separated words.

The elements in ``DROP`` are left out with all they hold, and the measures are taken over what
is left. Only the elements the reading asks about become :class:`Node` objects: the candidate
blocks, the headings, ``<body>`` and ``<title>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, chain
from operator import attrgetter
from typing import Any

from lxml import etree

from .hancount import han_count as han_count  # importable from here, as before the split
from .hancount import running_han
from .node import Node, attributes_of, joined_strings
from .tidy import tidy

HAN = re.compile(r"[\u4e00-\u9fff]")
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
# (A comment's and a processing instruction's tag is lxml's factory of them.)
_NOTE = 1 << 10
_KINDS[etree.Comment] = _KINDS[etree.ProcessingInstruction] = _NOTE


def _walk(page: Page, roots: list[Any]) -> None:
    """The events of the trees below ``roots`` (the document's root element, and whatever
    libxml2 put beside it: what follows an ``</html>``), in document order, and the measures.

    The walk keeps the strings not dropped in order (``shown``), and for each block not dropped
    and each link, how many had been kept at its start and at its end; the measures are then
    taken in bulk: a block's Han is that of the strings kept between its start and its end, its
    Han inside links that of the links closed between them; its last descendant is the last
    element not dropped that started before its end. (The nodes come from ``iter()``, starts
    only: the elements open that are not the next node's parent end before it, innermost first.
    The events are ``iterwalk``'s, for a fifth less than making and telling them apart costs.)"""
    lines, headings, scripts = page.lines, page.headings, page.scripts
    line = lines.append  # bound once: called for every event
    kinds_of = _KINDS.get
    # (The walk runs some 900 times a page: its constants are local names, not globals.)
    drop, container, keep_space, listed, link = _DROP, _CONTAINER, _KEEP, _LISTED_BIT, _LINK
    counted, watched, special, too_deep = _COUNTED, _WATCHED, _SPECIAL, _MAX_DEPTH - 1
    pending_kind, note, breaks = _PENDING, _NOTE, _BREAKS
    spaces = _ASCII_SPACES
    seen = _TITLE_NAMES
    if len(seen) > _TITLE_NAMES_KEPT:
        seen.clear()
    titled, learn, search = seen.get, seen.setdefault, _TITLE_CLASS.search
    shown: list[str] = []  # the strings not dropped, line breaks as spaces
    show = shown.append
    links: list[tuple[int, int]] = []  # each link not dropped: its first and last shown string
    blocks: list[tuple[Any, Node | None, int, int, int, int, int, int, int]] = []
    last_start = 0  # the last element start not dropped
    dropped = contained = keep = drop_start = 0
    title_node: Node | None = None
    # Each open node, innermost last, and its kind (for its end): a comment or processing
    # instruction is open until the next node (only its tail is read, at its end); None stands
    # for the parent of the roots.
    open_nodes: list[Any] = [None]
    open_kinds: list[int] = [0]
    enter, leave, push, pop = open_nodes.append, open_nodes.pop, open_kinds.append, open_kinds.pop
    opened: list[tuple[Node | None, int, int, int]] = []  # watched elements open: Node, marks
    pending: list[Node] = []  # the other elements open that have a Node

    # (A comment of no tree comes last: it has no parent, so every element still open ends.)
    for element in chain(chain.from_iterable(root.iter() for root in roots), [etree.Comment()]):
        parent = element.getparent()
        while open_nodes[-1] is not parent:  # the elements that end before this node
            closed = leave()
            kind = pop()
            if kind & watched:
                node, start, first, first_link = opened.pop()
                if node is not None:
                    node.end = len(lines)
                if not dropped:
                    if kind & link:
                        links.append((first, len(shown)))
                    elif kind & listed:
                        blocks.append((closed, node, start, len(lines), last_start,
                                       first, len(shown), first_link, len(links)))
                if kind & drop:
                    dropped -= 1
                    if not dropped:
                        page.dropped.append((drop_start, len(lines)))
                if kind & container:
                    contained -= 1
                if kind & keep_space:
                    keep -= 1
            elif kind & pending_kind:
                pending.pop().end = len(lines)
            text = closed.tail
            if text:  # (read as an element's text is, below: written out, not called, in this hot loop)
                if not keep and not text.strip(spaces):
                    line("" if contained else " ")
                    continue
                if "\n" in text or "\r" in text:
                    text = text.replace("\n", " ").replace("\r", " ")
                if contained:
                    line("")
                    scripts.append(text)
                else:
                    line(text)
                    if not dropped:
                        show(text)
        tag = element.tag
        kind = kinds_of(tag, 0)
        if kind & note:  # a comment or processing instruction: only its tail is read
            enter(element)
            push(kind)
            continue
        if len(open_kinds) > too_deep:  # (open_kinds holds the roots' parent's 0 as well)
            raise _TooDeep
        index = len(lines)
        node = None
        if kind & special:  # <title>, <meta>, h1-h5
            if kind & _TITLE_TAG and title_node is None:
                node = title_node = Node(tag, None, lines, index, element)
            elif kind & _META:
                page.metas.append(attributes_of(element))
            elif kind & _HEADING or _marked(element):
                node = Node(tag, None, lines, index, element)
                headings.append(node)
        # (A class or id met before is looked up once: None when it is new. The names are
        # asked for as bytes: lxml encodes a str name to UTF-8 on every call, a quarter of it.)
        elif ((cls := element.get(b"class")) and (
                (hit := titled(cls)) or (hit is None and learn(cls, search(cls) is not None)))) \
                or ((eid := element.get(b"id")) and (
                (hit := titled(eid)) or (hit is None and learn(eid, search(eid) is not None)))):
            node = Node(tag, None, lines, index, element)
            headings.append(node)
        if kind & counted:
            if kind & drop:
                if not dropped:
                    drop_start = index
                dropped += 1
            if kind & container:
                contained += 1
            if kind & keep_space:
                keep += 1
        line(breaks[kind & 1])  # (_BLOCK is the lowest bit: a line break or nothing)
        if not dropped:
            last_start = index
        if kind & watched:
            opened.append((node, index, len(shown), len(links)))
        elif node is not None:
            pending.append(node)
            kind |= pending_kind
        enter(element)
        push(kind)
        text = element.text
        if text:
            if not keep and not text.strip(spaces):
                line("" if contained else " ")
                continue
            if "\n" in text or "\r" in text:
                text = text.replace("\n", " ").replace("\r", " ")
            if contained:
                line("")
                scripts.append(text)
            else:
                line(text)
                if not dropped:
                    show(text)
    page.root.end = len(lines)
    page.dropped_starts = [start for start, _ in page.dropped]
    _measure(page, shown, links, blocks, last_start)
    if title_node is not None:
        page.title = page.strings(title_node.start + 1, title_node.end)
        page.title_at = title_node.start


def _marked(element: Any) -> bool:
    """Whether the page marks ``element`` as a headline by its class or id (what the walk
    asks of a second <title> element, inline for all others)."""
    return any(name and _TITLE_CLASS.search(name) for name in (element.get("class"), element.get("id")))


_START = attrgetter("start")


def _measure(page: Page, shown: list[str], links: list[tuple[int, int]],
             blocks: list[tuple[Any, Node | None, int, int, int, int, int, int, int]],
             last_start: int) -> None:
    """The measures, in bulk: running totals over the shown strings. A Node only
    for ``<body>`` and a block that holds Han: no other can be the article."""
    han = running_han(shown)
    length = [0, *accumulate(map(len, map(str.strip, shown)))]
    linked = [0, *accumulate(han[end] - han[first] for first, end in links)]
    named = page.named
    for element, node, start, end, last, first, stop, first_link, stop_link in blocks:
        tag = element.tag
        if han[stop] == han[first] and tag != "body":
            continue
        if node is None:
            node = Node(tag, None, page.lines, start, element)
            node.end = end
        named.setdefault(tag, []).append(node)
        node.last = last
        node.han, node.length = han[stop] - han[first], length[stop] - length[first]
        node.link_han = linked[stop_link] - linked[first_link]
    root = page.root
    root.han, root.length, root.link_han, root.last = han[-1], length[-1], linked[-1], last_start
    for found in named.values():
        found.sort(key=_START)


_END_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)
# Where one can start, in the page's UTF-8 bytes: a case-blind match of html or body is ASCII
# (no other character folds to one of their letters), so these are as many as _END_TAG's
# matches at least, and a search of bytes is a third quicker than one of the text.
_END_TAG_START = re.compile(rb"</(?:html|body)", re.IGNORECASE)


def _last_end_tags(markup: str, utf8: bytes | None = None) -> str:
    """The page without the ``</html>`` and ``</body>`` that come before its last one: a
    server-side include can leave one mid-page, and libxml2 drops all that follows it.
    ``utf8``: the bytes ``markup`` is the exact UTF-8 reading of, or None."""
    if utf8 is not None and len(_END_TAG_START.findall(utf8)) <= 2:
        return markup  # (the page as a rule: one </body>, one </html>)
    ends = list(_END_TAG.finditer(markup))
    if len(ends) <= 2:
        return markup
    keep_from = ends[-2].start() if ends[-1].group().lower().startswith("</html") else ends[-1].start()
    head = _END_TAG.sub("", markup[:keep_from])
    return head + markup[keep_from:]


def read_page(markup: str, utf8: bytes | None = None) -> Page | None:
    """The page as bs4 would read it, or None if lxml fails on it (it is then read flat).
    ``utf8``: the bytes ``markup`` is the exact UTF-8 reading of, or None."""
    if markup[:1] == "\ufeff":  # as bs4 does, working around an lxml bug
        markup, utf8 = markup[1:], None
    fixed = _last_end_tags(markup, utf8)
    # (lxml encodes a str to UTF-8 for libxml2, 0.1 ms a page: the bytes read are the same.)
    source: str | bytes = utf8 if utf8 is not None and fixed is markup else fixed
    page = Page()
    try:
        # The parser bs4 makes, recovering from errors; the tree is built in C. (huge_tree: a
        # tree may be 2048 deep, not 256, as deep as bs4 read; MAX_TAGS bounds its size.
        # collect_ids off: no table of id attributes, which nothing here looks up.)
        parser = etree.HTMLParser(recover=True, huge_tree=True, collect_ids=False,
                                  encoding="utf-8" if isinstance(source, bytes) else None)
        parser.feed(source)
        root = parser.close()
    except etree.XMLSyntaxError:
        root = None  # nothing a tree can hold (an empty page): an empty page
    except (etree.Error, ValueError, TypeError):
        # lxml refuses some inputs outright (a NUL in the markup, a string it cannot encode).
        return None
    try:
        _walk(page, [] if root is None else [root, *root.itersiblings(tag=etree.Element)])
    except _TooDeep:
        return None
    return page
