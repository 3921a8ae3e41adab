"""The order a batch hands its files out in: the largest first, within a window.

A big file handed out last keeps one worker busy after the others have run dry; handed out
early it is read while the small files keep the other workers busy. The walk names files
lazily (a folder of millions is never listed whole), so the order is chosen within a window of
the next :data:`WINDOW` files the walk names: the largest of them goes next, and the window
takes in the walk's next file. A big file therefore waits at most until the walk has named
:data:`WINDOW` more, and the last files of the run are the smallest, which spread evenly over
the workers. A window holds a few hundred bytes a file. An item the walk settles itself (a
folder that cannot be listed: its failure record) needs no worker and passes at once.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator

from .work import Entry, Result

WINDOW = 2048


def largest_first(items: Iterable[Entry | Result], window: int = WINDOW
                  ) -> Iterator[Entry | Result]:
    """``items`` with each file handed out once the window is full, the largest in it first
    (ties in the walk's order); results pass through as they come."""
    waiting: list[tuple[int, int, Entry]] = []
    for number, item in enumerate(items):
        if isinstance(item, Result):
            yield item
            continue
        heapq.heappush(waiting, (-item.size, number, item))
        if len(waiting) >= window:
            yield heapq.heappop(waiting)[2]
    while waiting:
        yield heapq.heappop(waiting)[2]
