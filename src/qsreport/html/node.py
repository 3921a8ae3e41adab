"""An element of a saved page that the reading asks about (:class:`Node`), and how its
attributes are read from lxml's element."""

from __future__ import annotations

import re
from typing import Any

_WORDS = re.compile(r"\S+")  # how bs4 splits a class attribute


class Node:
    """An element the reading asks about: its name and attributes, and its place in the walk.
    Its attributes are read from its element when first asked for (most blocks are only asked
    for their class, id and style, which :meth:`attribute` reads one by one; most headings for
    none). It holds its page's lines, not the page: no reference cycle, so a page read is freed
    as soon as it is let go, not by the garbage collector's passes."""

    __slots__ = ("_attrib", "element", "end", "han", "last", "length", "lines", "link_han",
                 "name", "start")

    def __init__(self, name: str, attrib: Any, lines: list[str], start: int,
                 element: Any = None) -> None:
        self.name = name
        self._attrib = attrib  # None until asked for, when ``element`` is given
        self.element = element
        self.lines = lines  # the page's lines (Page.lines)
        self.start = start  # index of the element in the walk
        self.end = start + 1  # index just past its last descendant
        # The measures a page takes of <body> and of a candidate block that holds Han (none
        # of another element): its Han characters, the length of its stripped strings, its
        # Han inside links, where its last descendant not dropped starts.
        self.han = self.length = self.link_han = 0
        self.last = start

    def noise_names(self) -> tuple[str, str, str]:
        """The class, id and style the element states ("" for one it lacks), as
        :meth:`attribute` reads them: what tells a block that is no part of the article."""
        # (What three calls of attribute() give, in one: it is asked of every block.)
        attrib = self._attrib
        if attrib is None:
            get = self.element.get
            # (Asked by bytes names, which lxml need not encode to UTF-8 first.)
            class_, id_, style = get(b"class"), get(b"id"), get(b"style")
            if style is not None:  # not one of _ASKED: read through the mapping
                style = self.attrib.get("style")
            return class_ or "", id_ or "", style or ""
        return attrib.get("class") or "", attrib.get("id") or "", attrib.get("style") or ""

    @property
    def attrib(self) -> Any:
        if self._attrib is None:
            self._attrib = attributes_of(self.element)
        return self._attrib

    def attribute(self, key: str) -> str | None:
        """The value ``attrib`` holds for ``key``. (lxml's own lookup gives it without the
        mapping being built: for a name the reading asks for, and for a name the element lacks.
        Only another name that it holds needs the mapping: an element with a name lxml refuses
        keeps only the asked ones.)"""
        if self._attrib is None:
            value: str | None = self.element.get(key)
            if value is None or key in _ASKED:
                return value
        return self.attrib.get(key)  # type: ignore[no-any-return]

    def get(self, key: str, default: Any = None) -> Any:
        value = self.attrib.get(key)
        if value is None:
            return default
        return _WORDS.findall(value) if key == "class" else value

    def heading_text(self) -> str:
        """The element's stripped strings joined by spaces, whether it was dropped or not."""
        return joined_strings(self.lines, self.start + 1, self.end)


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


# The attributes the reading asks for, when an attribute's name holds a control character
# (which lxml refuses to hand over): <meta>'s and the ones that mark a headline or a block.
_ASKED = ("name", "property", "itemprop", "content", "class", "id")


def attributes_of(element: Any) -> dict[str, str]:
    """An element's attributes by name (the ones asked for, when lxml refuses a name)."""
    # (``items()`` is three times quicker than reading ``attrib`` as a mapping, and gives the
    # same when every name is plain printable ASCII. Through ``attrib`` lxml refuses a name
    # with a control character and reads {x}y as namespaced, which it then cannot find: such
    # an element gives the attributes asked for.)
    found = dict(element.items())
    names = "".join(found)
    if names.isascii() and names.isprintable() and "{" not in names:
        return found
    try:
        return dict(element.attrib)
    except (ValueError, KeyError):
        return {key: value for key in _ASKED if (value := element.get(key)) is not None}
