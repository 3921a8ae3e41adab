"""Supervision campaigns: where the campaign words of a stretch of text stand, found by
scanning only near the strings every one of them holds.

The campaign table (``ACTION_KIND``) has rows that may start on any Chinese character (a name
written after 开展, a slogan's words before 行动), so the regex engine cannot skip ahead and
tries every position of the text: a 10 MB report took over a second. Every match holds one
of the table's needles (:func:`..regex_prefilter.needles`) and is at most ``_WIDTH``
characters long, reading at most ``_AHEAD`` characters past its start; so a match can only
start within ``_WIDTH`` characters before a needle, and a search bounded a little past there
finds what a search over the whole stretch finds. :func:`kind_matches` gives exactly the
matches of ``ACTION_KIND.finditer(view, start, end)``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

from .. import regex_cache
from ..regex_prefilter import compile_fast, needles
from .lexicon.supervision_actions import ACTION_KIND

# the parser behind re.compile (re._parser from Python 3.11, sre_parse before)
try:
    _sre = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_parse")

_NEEDLES = needles(ACTION_KIND)
_NEEDLE = compile_fast("|".join(re.escape(n) for n in sorted(_NEEDLES, key=len, reverse=True)))
_LONGEST_NEEDLE = max((len(n) for n in _NEEDLES), default=0)
# the longest match (parsing the ~2,500-character pattern again costs ~5 ms: kept in the cache)
_WIDTH = int(regex_cache.derived(
    "width", ACTION_KIND.pattern, 0,
    lambda: int(_sre.parse(ACTION_KIND.pattern).getwidth()[1]), __file__))
# What a match's lookaheads read past its start, beyond its own width (“…利剑” looks for 案例
# eleven characters on; a quoted name's checks read its fourteen characters): a bound.
_AHEAD = _WIDTH + 24
_BOUNDED = bool(_NEEDLES) and _WIDTH <= 64


def kind_matches(view: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``ACTION_KIND`` in ``view[start:end]``, in order, without overlaps."""
    if not _BOUNDED:  # a row without needles or bound: scan it all
        yield from ACTION_KIND.finditer(view, start, end)
        return
    pos = start  # every start before it is done with
    for needle in _NEEDLE.finditer(view, start, end):
        # A match holding this needle (or one the needle scan passed over, overlapping it)
        # starts before the needle's end and at most _WIDTH characters before it.
        low, high = max(pos, needle.start() - _WIDTH), min(end, needle.start() + _LONGEST_NEEDLE)
        stop = min(end, high + _AHEAD)
        # Each start is tried in place: a search bounded at ``stop`` tried the starts past
        # ``high`` too (most of its work, the pattern being slow at every position) only to
        # drop what it found there. A start tried here is not tried again for the next
        # needle: it reads no further than _AHEAD, within ``stop`` already.
        while low < high:
            match = ACTION_KIND.match(view, low, stop)
            if match is None:
                low += 1
                continue
            yield match
            low = match.end()
        pos = low
