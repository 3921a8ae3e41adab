"""A page's blocks measured in bulk, once the walk (:mod:`.page`) is over: the Han and length
of the strings each block shows, and the Han of those inside its links, as differences of
running totals over the page's shown strings, not counted block by block."""

from __future__ import annotations

from itertools import accumulate
from operator import attrgetter
from typing import TYPE_CHECKING

from .hancount import running_han
from .node import Node, attributes_of

if TYPE_CHECKING:
    from .page import Page

# What the walk keeps of a listed element not dropped, at its end: its name, attributes and
# Node (None: none made yet), where it started and ended among the events, the last element
# not dropped that started before its end, and the shown strings and links kept by its start
# and by its end.
Block = tuple[str, dict[str, str], Node | None, int, int, int, int, int, int, int]

_START = attrgetter("start")


def measure(page: Page, shown: list[str], links: list[tuple[int, int]], blocks: list[Block],
            last_start: int) -> None:
    """The measures, in bulk: running totals over the shown strings. A Node only
    for ``<body>`` and a block that holds Han: no other can be the article."""
    han = running_han(shown)
    length = [0, *accumulate(map(len, map(str.strip, shown)))]
    linked = [0, *accumulate(han[end] - han[first] for first, end in links)]
    named = page.named
    for tag, attrib, node, start, end, last, first, stop, first_link, stop_link in blocks:
        if han[stop] == han[first] and tag != "body":
            continue
        if node is None:
            node = Node(tag, attributes_of(attrib), page.lines, start)
            node.end = end
        named.setdefault(tag, []).append(node)
        node.last = last
        node.han, node.length = han[stop] - han[first], length[stop] - length[first]
        node.link_han = linked[stop_link] - linked[first_link]
    root = page.root
    root.han, root.length, root.link_han, root.last = han[-1], length[-1], linked[-1], last_start
    for found in named.values():
        found.sort(key=_START)
