"""An element of a saved page that the reading asks about (:class:`Node`), and how its
attributes are read from what lxml's parser hands over at its start."""

from __future__ import annotations

import re
from typing import Any

_WORDS = re.compile(r"\S+")  # how bs4 splits a class attribute
_MOVED_REACH = 24  # lines read after an emptied heading for the block the parser moved out of it


class Node:
    """An element the reading asks about: its name and attributes, and its place in the walk.
    It holds its page's lines, not the page: no reference cycle, so a page read is freed as
    soon as it is let go, not by the garbage collector's passes."""

    __slots__ = ("attrib", "end", "han", "last", "length", "lines", "link_han", "linked", "name",
                 "start")

    def __init__(self, name: str, attrib: dict[str, str], lines: list[str], start: int) -> None:
        self.name = name
        self.attrib = attrib
        self.lines = lines  # the page's lines (Page.lines)
        self.start = start  # index of the element in the walk
        self.end = start + 1  # index just past its last descendant
        # The measures a page takes of <body> and of a candidate block that holds Han (none
        # of another element): its Han characters, the length of its stripped strings, its
        # Han inside links, where its last descendant not dropped starts.
        self.han = self.length = self.link_han = 0
        self.last = start
        # Whether a link holds the element (a heading that is a menu's item or a card's, set by
        # the walk for headings only): such a heading names another page, not this one.
        self.linked = False

    def noise_names(self) -> tuple[str, str, str]:
        """The class, id and style the element states ("" for one it lacks): what tells a
        block that is no part of the article."""
        get = self.attrib.get
        return get("class") or "", get("id") or "", get("style") or ""

    def attribute(self, key: str) -> str | None:
        """The value ``attrib`` holds for ``key``."""
        return self.attrib.get(key)

    def get(self, key: str, default: Any = None) -> Any:
        value = self.attrib.get(key)
        if value is None:
            return default
        return _WORDS.findall(value) if key == "class" else value

    def heading_text(self) -> str:
        """The element's stripped strings joined by spaces, whether it was dropped or not."""
        return joined_strings(self.lines, self.start + 1, self.end)

    def moved_text(self) -> str:
        """The text of the block that starts right where the element, left empty, ends: libxml2
        closes a heading at the start of a ``<p>`` or ``<table>`` it wraps (``<h1><p>标题</p></h1>``
        is read as an empty ``<h1>`` and the paragraph after it). "" for an element that holds
        anything but white space, or that no block follows at once."""
        lines, at = self.lines, self.end
        if at >= len(lines) or lines[at] != "\n" \
                or any(line != " " for line in lines[self.start + 1:at]):
            return ""  # (white space alone, no element: " " is such a string's line)
        stop = min(len(lines), at + _MOVED_REACH)
        words: list[str] = []
        for line in lines[at + 1:stop]:
            if line == "\n":
                if words:
                    break
                continue
            if stripped := line.strip():
                words.append(stripped)
        return " ".join(words)


def joined_strings(lines: list[str], start: int, end: int) -> str:
    """The stripped, non-empty strings among ``lines[start:end]``, joined by spaces (what
    ``Page.strings`` and ``Node.heading_text`` read)."""
    words = []
    for line in lines[start:end]:
        if line != "\n":  # an element starting a line: not a string
            stripped = line.strip()
            if stripped:
                words.append(stripped)
    return " ".join(words)


# The attributes the reading asks for, when an attribute's name is one lxml's tree would not
# hand over (a control character in it, or a leading "{", read as a namespace): <meta>'s and
# the ones that mark a headline or a block.
_ASKED = ("name", "property", "itemprop", "content", "class", "id")
# Characters XML refuses, which lxml will not take in an attribute's name.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def attributes_of(attrib: dict[str, str]) -> dict[str, str]:
    """An element's attributes by name, from the mapping lxml's parser hands over at its start
    (the ones asked for, when a name is one lxml's tree refuses: the reading is as it was when
    the attributes were read from the tree)."""
    if not attrib:
        return {}  # (not lxml's empty mapping, whose lookups are Python's)
    names = "".join(attrib)
    if names.isascii() and names.isprintable() and "{" not in names:
        return attrib
    if _NOT_XML.search(names) is None and not any(name.startswith("{") for name in attrib):
        return attrib
    return {key: value for key in _ASKED if (value := attrib.get(key)) is not None}
