"""HTML → article text: drop scripts, navigation and footers; keep the block that holds the
report, plus the page's title and its date/source line when the article block lacks them.

The page is read as BeautifulSoup (with lxml) reads it, without building bs4's objects
(:mod:`qsreport._html_lxml`). Every step is linear in the size of the page, whatever its
shape: the tree is walked once to measure every block (not once per block, which 100,000
nested ``<div>`` would make quadratic), and no step recurses. A page with more tags than a
tree can hold cheaply is read flat (:func:`flat_text`: tags dropped, blocks turned into line
breaks), as is one that makes the parser recurse too deeply.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._html_lxml import Page

_LOOKS_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta\s|div|p|table|br|span|title)\b", re.IGNORECASE
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
           "section", "article", "td", "ul", "ol", "dd", "dt", "blockquote", "center"}
_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "select",
         "button", "object", "embed", "svg", "template")
_CANDIDATES = ["div", "td", "article", "section", "main"]
_NOISE_CLASS = re.compile(r"nav|menu|footer|header|banner|breadcrumb|sidebar|copyright|share|"
                          r"link|bottom|foot|top", re.IGNORECASE)
_CONTENT_CLASS = re.compile(r"content|article|text|main|body", re.IGNORECASE)
_META_LINE = re.compile(r"(?:发布|發布|更新)?(?:日期|时间|時間)[:：]|(?:来源|來源)[:：]|"
                        r"(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}")
_TITLE_SEPARATOR = re.compile(r"\s*[-_|｜—]{1,2}\s*(?=[^-_|｜—]*$)")

# A tree costs about a kilobyte a node; past this many tags (20 MB of ``<a>`` would be six
# million) the page is read flat instead.
MAX_TAGS = 100_000
_MAX_TITLE = 300  # a longer <title> is not a title
_MAX_META_LINE = 120


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
    from ._html_lxml import read_page  # heavy: only HTML inputs pay for it

    # The page as bs4 reads it, read from the parser's events without building bs4's tree
    # (which costs several times the parse); bs4 itself only if lxml fails on the page.
    tree: _Tree | Page = read_page(markup) or _read_soup(markup)
    title = _clean_title(tree.title) if tree.title is not None else ""
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


def _clean_title(title: str) -> str:
    """The page title without its site name (``报告 - 某某网`` → ``报告``)."""
    title = " ".join(title.split())
    if not title or len(title) > _MAX_TITLE:
        return ""
    return _TITLE_SEPARATOR.split(title)[0].strip()


def _read_soup(markup: str) -> _Tree:
    """The page as bs4 reads it, without the elements in _DROP."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    # What soup.title and soup(_DROP) would find, from one walk (each find walks the tree).
    first_title, dropped = _title_and_dropped(soup)
    title = first_title.get_text(" ", strip=True) if first_title else None
    for tag in dropped:
        tag.decompose()
    return _Tree(soup, title)


def _title_and_dropped(soup: Any) -> tuple[Any, list[Any]]:
    """The first ``<title>`` and every element named in _DROP, in document order (what
    ``soup.title`` and ``soup(_DROP)`` give)."""
    from bs4.element import Tag

    title = None
    dropped = []
    for node in soup.descendants:
        if isinstance(node, Tag):
            if node.name in _DROP:
                dropped.append(node)
            elif node.name == "title" and title is None:
                title = node
    return title, dropped


# The elements _Tree lists by name: the candidate blocks, the headings, the body.
_LISTED = frozenset([*_CANDIDATES, "h1", "h2", "h3", "body"])


class _Tree:
    """Every element's text measures, from one walk over the tree.

    For each element: the Han characters and the length of its stripped strings (what
    ``get_text("", strip=True)`` would give), the Han characters inside its links, and the
    range of document positions its descendants occupy. And, by name, the elements a search
    for candidate blocks, headings or the body would find, in document order.
    """

    def __init__(self, root: Any, title: str | None) -> None:
        from bs4.element import CData, NavigableString, Tag

        self.root = root
        self.title = title  # the text of the page's first <title>, if it has one
        text_types = (NavigableString, CData)
        self.han: dict[int, int] = {}
        self.length: dict[int, int] = {}
        self.link_han: dict[int, int] = {}
        self.position: dict[int, int] = {id(root): 0}
        self.last: dict[int, int] = {}
        self.named: dict[str, list[Any]] = {}
        elements = [root]
        for position, node in enumerate(root.descendants, start=1):
            if isinstance(node, Tag):
                elements.append(node)
                self.position[id(node)] = position
                if node.name in _LISTED:
                    self.named.setdefault(node.name, []).append(node)
            elif type(node) in text_types:
                stripped = node.strip()
                if stripped:
                    key = id(node.parent)
                    self.han[key] = self.han.get(key, 0) + _han_count(stripped)
                    self.length[key] = self.length.get(key, 0) + len(stripped)
        # Children come after their parents in document order: walking it backwards adds
        # every element's totals to its parent after the element's own are complete.
        for element in reversed(elements):
            key = id(element)
            self.last.setdefault(key, self.position[key])
            parent = element.parent
            if parent is None or element is root:
                continue
            up = id(parent)
            add_to_parent(self, key, up, element.name == "a", self.position[up])

    def contains(self, outer: Any, inner: Any) -> bool:
        """Whether ``inner`` is a descendant of ``outer``."""
        start, at = self.position.get(id(outer)), self.position.get(id(inner))
        return start is not None and at is not None and start < at <= self.last[id(outer)]

    def text_of(self, node: Any) -> str:
        return _text_of(node)

    def first(self, name: str) -> Any:
        """The first element named ``name`` (one of _LISTED), or None."""
        found = self.named.get(name)
        return found[0] if found else None

    def find_all(self, within: Any, names: list[str]) -> list[Any]:
        """The elements below ``within`` named in ``names`` (each of _LISTED), in document
        order: ``within.find_all(names)``."""
        found = sorted((self.position[id(tag)], tag)
                       for name in names for tag in self.named.get(name, ()))
        start = self.position[id(within)]
        end = self.last[id(within)]
        return [tag for position, tag in found if start < position <= end]


def add_to_parent(tree: _Tree | Page, key: int, up: int, is_link: bool, up_start: int) -> None:
    """Add an element's measures (``key``) to its parent's (``up``, which starts at walk
    position ``up_start``): Chinese characters, text length, characters inside links, and
    where its last descendant stands."""
    han = tree.han.get(key, 0)
    tree.han[up] = tree.han.get(up, 0) + han
    tree.length[up] = tree.length.get(up, 0) + tree.length.get(key, 0)
    links = tree.link_han.get(key, 0) + (han if is_link else 0)
    tree.link_han[up] = tree.link_han.get(up, 0) + links
    tree.last[up] = max(tree.last.get(up, up_start), tree.last[key])


def _heading(article: Any, tree: _Tree | Page) -> str:
    for name in ("h1", "h2", "h3"):
        for tag in tree.named.get(name, ()):
            if not 4 <= tree.length.get(id(tag), 0) <= 60:
                continue  # get_text(" ") is at least as long as the stripped strings
            text = tag.get_text(" ", strip=True)
            if 4 <= len(text) <= 60 and _HAN.search(text) and not tree.contains(article, tag):
                return str(text)
    return ""


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _best_block(body: Any, tree: _Tree | Page) -> Any:
    """The element whose own text (not its links) holds the most Chinese, preferring the
    smallest such element."""
    best, best_score = body, -1.0
    candidates = []
    for tag in tree.find_all(body, _CANDIDATES):
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


def _text_of(node: Any) -> str:
    """Text with a newline wherever a block element starts or ends."""
    from bs4.element import CData, NavigableString

    parts: list[str] = []
    for element in node.descendants:
        name = getattr(element, "name", None)
        if name is None:
            if type(element) in (NavigableString, CData):
                parts.append(str(element).replace("\n", " ").replace("\r", " "))
        elif name in _BLOCKS:
            parts.append("\n")
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t\xa0]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# --- the flat reading ------------------------------------------------------------------------

# One piece of markup: a comment, a tag, or a declaration; an unclosed one runs to the end of
# the page. No part can run past the next "<" (but a comment's), so nothing is scanned twice.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)|<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*(?:>|\Z)|<[!?][^<>]*(?:>|\Z)", re.DOTALL
)
# Elements whose content is never text. (The tree reading also drops navigation, headers,
# footers and forms; read flat, an unclosed <form> would take the whole page with it.)
_FLAT_DROP = ("script", "style", "noscript", "template", "svg", "iframe", "object", "select")
_DROP_END = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _FLAT_DROP}


def flat_text(markup: str) -> str:
    """The text of a page without building a tree: tags dropped, the insides of scripts and
    styles too, a line break for every block tag, entities decoded; the page's title first.

    One pass of one regular expression that cannot backtrack: no recursion, and memory a few
    times the page's.
    """
    parts: list[str] = []
    title: str | None = None
    title_start: int | None = None
    position = 0
    while (piece := _MARKUP.search(markup, position)) is not None:
        parts.append(_flat(markup[position:piece.start()]))
        position = piece.end()
        name = piece.group(2)
        if name is None:
            continue  # a comment, <!DOCTYPE ...>, <?xml ...?>
        name, closing = name.lower(), piece.group(1) == "/"
        if name in _BLOCKS:
            parts.append("\n")
        elif name == "title" and title is None:
            if not closing and title_start is None:
                title_start = len(parts)
            elif closing and title_start is not None:
                title = "".join(parts[title_start:])
                del parts[title_start:]
        elif name in _DROP_END and not closing:
            end = _DROP_END[name].search(markup, position)
            position = len(markup) if end is None else end.end()
    parts.append(_flat(markup[position:]))
    lines = _tidy(html.unescape("".join(parts))).split("\n")
    heading = _clean_title(html.unescape(title)) if title else ""
    if heading and not any(heading in line for line in lines[:3]):
        lines.insert(0, heading)
    return "\n".join(line for line in lines if line)


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ")
