"""A dict keyed by compiled patterns, found by the pattern object itself (the rules' caches
of what a pattern's needles and first characters are)."""

from __future__ import annotations

import re
from typing import Generic, TypeVar

V = TypeVar("V")


class PatternMap(Generic[V]):
    """A dict keyed by compiled patterns, found by the pattern object itself. A pattern's
    hash is worked out from its whole compiled program each time it is asked for (3 to 9
    microseconds for a vocabulary's), and the rules look their patterns up thousands of times
    a document; an object's id is a plain int. Each entry keeps its pattern, so the id is
    never another pattern's while the entry stands. Two equal patterns made apart are two
    keys (the value is worked out for each, the same)."""

    def __init__(self, limit: int = 0) -> None:
        self._entries: dict[int, tuple[re.Pattern[str], V]] = {}
        self._limit = limit  # past this many entries, start afresh (0: no bound)

    def get(self, pattern: re.Pattern[str]) -> V | None:
        entry = self._entries.get(id(pattern))
        return entry[1] if entry is not None and entry[0] is pattern else None

    def __setitem__(self, pattern: re.Pattern[str], value: V) -> None:
        if self._limit and len(self._entries) >= self._limit:
            self._entries.clear()  # (patterns made on the fly: keep the map bounded)
        self._entries[id(pattern)] = (pattern, value)

    def clear(self) -> None:
        self._entries.clear()
