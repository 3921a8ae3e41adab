"""The edits a cleaning step makes and how they are applied: each step gives a list of
:class:`Edit` (replace ``text[start:end]``), applied at once with the offset map kept; a step
whose edits are one pattern's matches is applied without an Edit a match
(:func:`remove_matches`)."""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import NamedTuple

from .offsetmap import OffsetMap
from .view import line_blocks


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``replacement``."""

    start: int
    end: int
    replacement: str = ""


Step = Callable[[str], list[Edit]]


def merge_edits(edits: Sequence[Edit]) -> list[Edit]:
    """Sort deletions and drop any that overlap an earlier one."""
    merged: list[Edit] = []
    for edit in sorted(edits):
        if merged and edit.start < merged[-1].end:
            if edit.end > merged[-1].end and not edit.replacement and not merged[-1].replacement:
                merged[-1] = Edit(merged[-1].start, edit.end)
            continue
        merged.append(edit)
    return merged


def apply_edits(text: str, offsets: OffsetMap, edits: Sequence[Edit]) -> tuple[str, OffsetMap]:
    """Apply non-overlapping edits; a replacement's characters map to the start of what it
    replaced."""
    pieces: list[str] = []
    cursor = 0
    merged = merge_edits(edits)
    for edit in merged:
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), offsets.edited([(e.start, e.end, len(e.replacement)) for e in merged])


def remove_matches(text: str, offsets: OffsetMap, pattern: re.Pattern[str]
                    ) -> tuple[str, OffsetMap, int]:
    """What ``apply_edits`` does with an Edit per match of ``pattern`` (a pattern of
    the removal steps: :data:`qsreport.cleaning._REMOVALS`), and how many there were. The text is split by the pattern a block of lines
    at a time, in C: the pieces alternate kept and removed, and their lengths, summed, are the
    removed spans. (Faster than a Match object a match: 0.41 -> 0.26 s for the 10 MB seed copy;
    block by block, as a list of every piece of a big report was the peak of its cleaning.)"""
    starts, ends = array("q"), array("q")
    kept: list[str] = []
    at = 0  # where the block starts in ``text``
    for block in line_blocks(text, _REMOVED_AT_ONCE):
        pieces = pattern.split(block)
        if len(pieces) > 1:
            bounds = list(accumulate(map(len, pieces), initial=at))
            starts.extend(bounds[1:-1:2])  # piece 2k+1 is the k-th match
            ends.extend(bounds[2:-1:2])
            kept.append("".join(pieces[0::2]))
        else:
            kept.append(block)
        at += len(block)
    if not starts:
        return text, offsets, 0
    edited = offsets.edited_columns(starts, ends, array("q", [0]) * len(starts))
    return "".join(kept), edited, len(starts)


_REMOVED_AT_ONCE = 1 << 16  # characters (whole lines) split at a time by remove_matches
