"""A saved page as the article choice needs it: lxml's HTML parser events, kept flat.

:class:`Page` is the target of lxml's HTML parser: lxml calls it back for every start tag, end
tag, run of text and comment, and it keeps of the tree only what :mod:`qsreport.html` reads:
the elements and strings in document order with their parents, and each element's measures.
It follows the rules BeautifulSoup (with lxml) applies to the same events, so pages read as
they did when bs4 built the tree — at a third of the cost (docs/architecture.md has the
figures). The rules:

* a leading byte order mark is dropped before parsing;
* text between two events is one string; one made of ASCII white space only becomes ``"\n"``
  (if it holds one) or ``" "``, except inside ``<pre>`` and ``<textarea>``;
* strings inside ``rt``, ``rp``, ``style``, ``script`` and ``template`` get other types, which
  the reading (like ``get_text``) skips; so are comments, processing instructions, doctypes;
* an end tag closes the innermost open element of its name and all inside it, or, with none
  open, nothing;
* ``class`` is a list of its white-space separated words.

The elements in ``DROP`` are left out with all they hold, and the measures are taken over what
is left.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

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
# The elements a Page lists by name: the candidate blocks, the headings, the body.
_LISTED = frozenset([*CANDIDATES, "h1", "h2", "h3", "body"])
_ASCII_SPACES = " \n\t\x0c\r"  # what bs4 folds when a string holds nothing else
_CONTAINERS = frozenset(["rt", "rp", "style", "script", "template"])
_KEEP_SPACE = frozenset(["pre", "textarea"])
_WORDS = re.compile(r"\S+")  # how bs4 splits a class attribute
_HEADINGS = frozenset(["h1", "h2", "h3"])
# An element a page marks as a headline by its class or id (div.article-title, #biaoti).
_TITLE_CLASS = re.compile(r"title|headline|biaoti|(?<![a-z])bt(?![a-z])", re.IGNORECASE)


class Node:
    """An element: the part of bs4's ``Tag`` the reading uses, and its place in the walk."""

    __slots__ = ("attrib", "end", "name", "page", "start")

    def __init__(self, name: str, attrib: Any, page: Page, start: int) -> None:
        self.name = name
        self.attrib = attrib
        self.page = page
        self.start = start  # index of the element in the walk
        self.end = start + 1  # index just past its last descendant

    def get(self, key: str, default: Any = None) -> Any:
        value = self.attrib.get(key)
        if value is None:
            return default
        return _WORDS.findall(value) if key == "class" else value

    def heading_text(self) -> str:
        """The element's stripped strings joined by spaces, whether it was dropped or not."""
        return self.page.strings(self.start + 1, self.end, self.page.readable)

    def words(self) -> str:
        """The element's stripped strings joined by spaces, once the dropped elements are gone
        (what bs4's ``get_text(" ", strip=True)`` gives)."""
        return self.page.strings(self.start + 1, self.end, self.page.visible)


class Page:
    """A page built from lxml's parse events the way bs4 builds its tree from them, and, for
    each element not dropped: the Han characters and the length of its stripped strings
    (``han``, ``length``), the Han characters inside its links (``link_han``), where it starts
    and where its last descendant stands (``position``, ``last``); and, by name, the elements
    the article choice looks at (``named``).

    Used as lxml's parser target: lxml calls start, end, data, comment, pi, doctype, close.
    """

    def __init__(self) -> None:
        self.root = Node("[document]", {}, self, 0)
        self.events: list[Node | str] = [self.root]  # elements and strings, in document order
        self.parent: list[Node] = [self.root]  # each event's parent (the root's: itself)
        self.pieces: list[str] = [""]  # what each event adds to html._text_of
        self.visible: list[bool] = [True]  # not in a dropped element (a string: nor in rt…)
        self.readable: list[bool] = [False]  # a string bs4 reads (not in rt…), dropped or not
        self.han: dict[int, int] = {}
        self.length: dict[int, int] = {}
        self.link_han: dict[int, int] = {}
        self.position: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.named: dict[str, list[Any]] = {}
        self.title: str | None = None
        self.metas: list[dict[str, str]] = []  # every <meta>'s attributes, in order
        self.headings: list[Node] = []  # h1-h3 and title-classed elements, dropped or not
        # bs4's parsing state: open elements, how many of each name, text not yet a string;
        # and how many open elements are dropped, hold strings of other types (rt…), or keep
        # white space (pre, textarea).
        self._stack: list[Node] = [self.root]
        self._open: dict[str, int] = {}
        self._data: list[str] = []
        self._dropped = self._contained = self._keep = 0
        self._title: Node | None = None

    # --- the parser target: bs4's BeautifulSoup and LXMLTreeBuilder, reduced ---

    def start(self, tag: str, attrib: Any, nsmap: Any = None) -> None:
        self._end_data()
        node = Node(tag, dict(attrib), self, len(self.events))
        if tag == "title" and self._title is None:
            self._title = node  # soup.title: the first, wherever it is
        elif tag == "meta":
            self.metas.append(node.attrib)
        elif tag in _HEADINGS or _TITLE_CLASS.search(
                f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"):
            self.headings.append(node)
        self._dropped += tag in DROP
        self._contained += tag in _CONTAINERS
        self._keep += tag in _KEEP_SPACE
        self._event(node, self._dropped == 0, False,
                    "\n" if tag in BLOCKS and not self._dropped else "")
        self._stack.append(node)
        self._open[tag] = self._open.get(tag, 0) + 1

    def end(self, tag: str) -> None:
        self._end_data()
        # Close up to the innermost open element of that name, if one is open.
        if not self._open.get(tag):
            return
        while len(self._stack) > 1:
            node = self._pop()
            if node.name == tag or not self._open.get(tag):
                break

    def data(self, content: str) -> None:
        self._data.append(content)

    def comment(self, text: str) -> None:
        self._end_data()  # the comment is a string of another type: nothing to keep

    def pi(self, target: str, data: str | None = None) -> None:
        self._end_data()

    def doctype(self, *declaration: Any) -> None:
        self._end_data()

    def close(self) -> Page:
        self._end_data()
        while len(self._stack) > 1:
            self._pop()
        self.root.end = len(self.events)
        if self._title is not None:
            self.title = self.strings(self._title.start + 1, self._title.end, self.readable)
        self._measure()
        return self

    def _pop(self) -> Node:
        node = self._stack.pop()
        node.end = len(self.events)
        self._open[node.name] -= 1
        self._dropped -= node.name in DROP
        self._contained -= node.name in _CONTAINERS
        self._keep -= node.name in _KEEP_SPACE
        return node

    def _end_data(self) -> None:
        if not self._data:
            return
        text = "".join(self._data)
        self._data = []
        if not self._keep and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        visible = not self._dropped and not self._contained
        self._event(text, visible, not self._contained,
                    text.replace("\n", " ").replace("\r", " ") if visible else "")
        if visible:
            stripped = text.strip()
            if stripped:
                key = id(self._stack[-1])
                self.han[key] = self.han.get(key, 0) + len(HAN.findall(stripped))
                self.length[key] = self.length.get(key, 0) + len(stripped)

    def _event(self, event: Node | str, visible: bool, readable: bool, piece: str) -> None:
        self.events.append(event)
        self.parent.append(self._stack[-1])
        self.visible.append(visible)
        self.readable.append(readable)
        self.pieces.append(piece)

    def _measure(self) -> None:
        """Add children's totals into their parents, in reverse document order (children come
        after their parents), for the elements kept."""
        kept = [index for index, event in enumerate(self.events)
                if self.visible[index] and isinstance(event, Node)]
        for index in kept:
            node = self.events[index]
            assert isinstance(node, Node)
            self.position[id(node)] = node.start
            if node.name in _LISTED:
                self.named.setdefault(node.name, []).append(node)
        for index in reversed(kept):
            node, parent = self.events[index], self.parent[index]
            assert isinstance(node, Node)
            key = id(node)
            self.last.setdefault(key, node.start)
            if node is self.root:
                continue
            self._add_to_parent(key, id(parent), node.name == "a", parent.start)

    def _add_to_parent(self, key: int, up: int, is_link: bool, up_start: int) -> None:
        han = self.han.get(key, 0)
        self.han[up] = self.han.get(up, 0) + han
        self.length[up] = self.length.get(up, 0) + self.length.get(key, 0)
        links = self.link_han.get(key, 0) + (han if is_link else 0)
        self.link_han[up] = self.link_han.get(up, 0) + links
        self.last[up] = max(self.last.get(up, up_start), self.last[key])

    def strings(self, start: int, end: int, wanted: list[bool]) -> str:
        """The stripped, non-empty strings among events start..end that ``wanted`` marks,
        joined by spaces: ``get_text(" ", strip=True)``."""
        words = []
        for index in range(start, end):
            event = self.events[index]
            if wanted[index] and isinstance(event, str):
                stripped = event.strip()
                if stripped:
                    words.append(stripped)
        return " ".join(words)

    # What the article choice asks of a page.

    def contains(self, outer: Any, inner: Any) -> bool:
        """Whether ``inner`` is a descendant of ``outer``."""
        start, at = self.position.get(id(outer)), self.position.get(id(inner))
        return start is not None and at is not None and start < at <= self.last[id(outer)]

    def first(self, name: str) -> Any:
        found = self.named.get(name)
        return found[0] if found else None

    def find_all(self, within: Any, names: list[str]) -> list[Any]:
        found = sorted((self.position[id(tag)], tag)
                       for name in names for tag in self.named.get(name, ()))
        start, end = self.position[id(within)], self.last[id(within)]
        return [tag for position, tag in found if start < position <= end]

    def text_of(self, node: Node) -> str:
        """The text below ``node``, a line break for each block element."""
        return tidy("".join(self.pieces[node.start + 1:node.end]))


def tidy(text: str) -> str:
    """Runs of blanks folded to one space, lines stripped, empty lines dropped."""
    text = re.sub(r"[ \t\xa0]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


_END_TAG = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _last_end_tags(markup: str) -> str:
    """The page without the ``</html>`` and ``</body>`` that come before its last one: a
    server-side include can leave one mid-page, and libxml2 drops all that follows it."""
    ends = list(_END_TAG.finditer(markup))
    if len(ends) <= 2:
        return markup
    keep_from = ends[-2].start() if ends[-1].group().lower().startswith("</html") else ends[-1].start()
    head = _END_TAG.sub("", markup[:keep_from])
    return head + markup[keep_from:]


def read_page(markup: str) -> Page | None:
    """The page as bs4 would read it, or None if lxml fails on it (it is then read flat)."""
    if markup[:1] == "\ufeff":  # as bs4 does, working around an lxml bug
        markup = markup[1:]
    markup = _last_end_tags(markup)
    page = Page()
    try:
        # The parser bs4 makes: recover from errors, no huge trees, events to a target.
        parser = etree.HTMLParser(target=page, recover=True, huge_tree=False)
        parser.feed(markup)
        parser.close()
    except (etree.Error, ValueError, TypeError):
        # lxml refuses some inputs outright (a NUL in the markup, a string it cannot encode).
        return None
    return page
