"""Where each character of the cleaned text came from, kept as the edits each cleaning step
made rather than one number a character.

A list with one int a character costs some 36 bytes a character (a third of the memory of a
10 MB report), and building it anew after every step costs a pass over the whole text. The
map is read rarely (a PDF item's page, the show page), so each step only records its edits,
in arrays; a lookup walks back through the steps, one bisect each.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate
from operator import sub
from typing import overload


class OffsetMap(Sequence[int]):
    """``offsets[i]`` = index in the decoded text of cleaned character ``i``."""

    __slots__ = ("_ends", "_length", "_lengths", "_new_starts", "_parent", "_starts")

    def __init__(self, length: int) -> None:
        """The map of a text nothing was done to: character ``i`` came from ``i``."""
        self._length = length
        self._parent: OffsetMap | None = None
        # One entry per edit of the step that made this map from its parent: where the edit
        # starts in this text (worked out on the first lookup: a parse looks nothing up
        # unless the text came from a PDF), what it replaced in the parent's, and its new
        # length.
        self._new_starts: array[int] | None = array("q")
        self._starts = array("q")
        self._ends = array("q")
        self._lengths = array("q")

    def edited(self, edits: Sequence[tuple[int, int, int]]) -> OffsetMap:
        """The map after ``edits``: (start, end, length of what replaces ``[start, end)``),
        in order and not overlapping. A replacement's characters map to the start of what
        it replaced (or just past the end of the text, for an insertion there)."""
        return self.edited_columns([edit[0] for edit in edits], [edit[1] for edit in edits],
                                   [edit[2] for edit in edits])

    def edited_columns(self, starts: Sequence[int], ends: Sequence[int],
                       lengths: Sequence[int]) -> OffsetMap:
        """:meth:`edited`, the edits given as three columns (what :func:`apply_edits` has)."""
        if not starts:
            return self
        child = OffsetMap(0)
        child._parent = self
        child._new_starts = None
        child._starts = array("q", starts)
        child._ends = array("q", ends)
        child._lengths = array("q", lengths)
        child._length = self._length - (sum(child._ends) - sum(child._starts)
                                        - sum(child._lengths))
        return child

    def _shifted_starts(self) -> array[int]:
        """Where each edit starts in this text: its start in the parent's, less how much
        shorter the text is before it (what the edits before it removed, less what they put
        in; accumulated in C: a big report has ~10^5 edits)."""
        if self._new_starts is None:
            removed = map(sub, map(sub, self._ends, self._starts), self._lengths)
            shifts = accumulate(removed, initial=0)
            self._new_starts = array("q", map(sub, self._starts, shifts))
        return self._new_starts

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self._at(i) for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset map index out of range")
        return self._at(index)

    def __iter__(self) -> Iterator[int]:
        return map(self._at, range(self._length))

    def __repr__(self) -> str:
        steps, node = 0, self
        while node._parent is not None:
            steps, node = steps + 1, node._parent
        return f"OffsetMap({self._length} characters, {steps} edited steps)"

    def _at(self, index: int) -> int:
        node: OffsetMap | None = self
        while node is not None and node._parent is not None:
            parent = node._parent
            new_starts = node._shifted_starts()
            k = bisect_right(new_starts, index) - 1
            if k < 0:
                pass  # before the first edit: the same place in the parent
            elif index < new_starts[k] + node._lengths[k]:
                start = node._starts[k]  # inside a replacement: where what it replaced began
                if start < parent._length:
                    index = start
                else:  # an insertion at the very end: just past the parent's last origin
                    return parent._at(parent._length - 1) + 1 if parent._length else 0
            else:
                index = node._ends[k] + index - new_starts[k] - node._lengths[k]
            node = parent
        return index
