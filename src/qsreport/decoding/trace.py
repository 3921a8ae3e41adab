"""The trace a stray byte leaves in GBK or Big5 text that still decodes (``looks_misaligned``).

The misaligned stretch falls back into step on a trail byte read as a lone ASCII letter,
right after characters a report rarely has. Such a reading is kept as it decodes; the trace
only makes the answer less sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from .. import regex_cache as rx
from .score import costs

# The places: a letter after a character that is not ASCII, with no letter after it. (The
# letter is matched first and what stands before it looked behind at: the engine then skips
# from one ASCII letter to the next, where a pattern opening with "not ASCII" is tried at
# every character of a Chinese text.)
_RESYNCED = rx.compile(r"[\x40-\x7e](?![\x40-\x7e])(?<=[^\x00-\x7f].)")
# Where ASCII is most of the text (a page's markup) :func:`_letters_in_markup` finds them.
_ASCII_SAMPLE = 1 << 16  # characters that tell whether a text is mostly ASCII
_RARE = 10.0  # nats: a character at least this dear, just before the letter, is the trace
_BATCH = 4096  # places read at once: a trace early in a big text is found early
# The same places in the text encoded with "replace", where every character that is not ASCII
# is a "?": the engine skips in C from one "?" to the next (a "?" that was a question mark
# is passed over after).
_RESYNCED_REPLACED = rx.compile(rb"\?[\x40-\x7e](?![\x40-\x7e])")
_STRETCH = 1 << 18  # characters of a text encoded at a time


def looks_misaligned(text: str) -> bool:
    """Whether a GBK or Big5 reading that decoded in full shows the trace of a stray byte:
    a lone ASCII letter after a character that is not ASCII, with a dear one among the
    three before it.

    A text with pinyin has a place like that after each toned vowel, hundreds of thousands
    in a big report: the places are found a batch at a time, and the characters before them
    priced once each per batch, not once per place."""
    table = costs("either")
    sample = text[:_ASCII_SAMPLE]
    letters: Iterator[int]
    if 2 * len(sample.encode("ascii", "ignore")) > len(sample):
        letters = _letters_in_markup(text)
    else:
        letters = map(_match_start, _RESYNCED.finditer(text))
    while batch := list(islice(letters, _BATCH)):
        near = set("".join({text[at - 3 if at > 3 else 0 : at] for at in batch}))
        if any(table[char] >= _RARE for char in near if char >= "\x80"):
            return True
    return False


_match_start = re.Match.start


def _letters_in_markup(text: str) -> Iterator[int]:
    """Where each such letter stands (after a character that is not ASCII, no letter after
    it), in order, found in the text encoded with "replace" (``_RESYNCED_REPLACED``): a
    pattern opening with "not ASCII" is tried at every character of the text, twice the cost
    over a page's markup."""
    size = len(text)
    for start in range(0, size, _STRETCH):
        low = start - 1 if start else 0  # (the character before the stretch's first letter)
        piece = text[low:start + _STRETCH + 1]  # (and the one after its last)
        for found in _RESYNCED_REPLACED.finditer(piece.encode("ascii", "replace")):
            at = found.start()
            if piece[at] >= "\x80" and start <= low + at + 1 < start + _STRETCH:
                yield low + at + 1
