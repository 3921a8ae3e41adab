"""What a text must hold for a pattern to match there, worked out from the pattern itself:
every set of strings each match holds one of (:func:`needle_sets`), and the gate that asks a
stretch for all of them (:func:`holds_needles`). The rules' other gates read one set each
(:func:`.regex_prefilter.needles`); a gate asked at many stretches is surer with every set.
"""

from __future__ import annotations

import os
import re
from functools import cache

from . import regex_cache, regex_prefilter
from .pattern_map import PatternMap
from .regex_prefilter import _Unknown, needle_candidates, parsed_nodes


def needle_sets(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """Every set of strings :func:`needles` chooses among: each match of ``pattern`` holds
    one string of each set (a literal run it always matches, or one of a part's needles).
    The rarest first (the longest shortest string, then the fewest strings), a set that
    another one's strings each hold left out (it says no more); empty when none can be
    told. A gate that asks for all of them skips more than one that asks for any one."""
    found = _NEEDLE_SETS.get(pattern)
    if found is None:
        found = () if pattern.flags & (re.IGNORECASE | re.VERBOSE) else regex_cache.derived(
            "needle-sets", pattern.pattern, pattern.flags, lambda: _needle_sets_of(pattern),
            __file__, _state())
        _NEEDLE_SETS[pattern] = found
    return found


@cache
def _state() -> str:
    """The state of the code the sets are worked out by: this file's and regex_prefilter's
    (whose :func:`.regex_prefilter.needle_candidates` walks a pattern's parts for them), so
    that an edit of either works them out again."""
    states = []
    for path in (__file__, regex_prefilter.__file__):
        try:
            states.append(regex_cache.state_of(os.stat(path)))
        except OSError:
            states.append("")
    return "+".join(states)


def holds_needles(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """False only when ``text[start:end]`` lacks every string of one of ``pattern``'s
    :func:`needle_sets`: no match of ``pattern`` can lie inside the stretch. (The strings
    lie in what a match consumes, never in what its lookarounds test.)"""
    find = text.find
    for words in needle_sets(pattern):
        for word in words:
            if find(word, start, end) >= 0:
                break
        else:
            return False
    return True


def _needle_sets_of(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    try:
        # one set from each alternative of a part: each's longest-shortest one (as needles
        # takes), and each's likeliest to be missing (fewest and longest strings: 检定 rather
        # than 集中|免费 before it)
        sets = needle_candidates(parsed_nodes(pattern.pattern, pattern.flags),
                                 (_rarest_first, _held_cost))
    except (re.error, RecursionError, _Unknown):
        return ()
    # (a set is met wherever another set is whose every string holds one of its own: it
    # tells no more, and is left out)
    # (and in a set, a string holding another of it: met wherever that one is)
    sets = [frozenset(word for word in words if not any(
        other != word and other in word for other in words)) for words in sets]
    kept: list[frozenset[str]] = []
    for one in sorted(set(sets), key=_rarest_first):
        if not any(_implies(other, one) for other in kept):
            kept = [other for other in kept if not _implies(one, other)] + [one]
    return tuple(tuple(sorted(one)) for one in sorted(kept, key=_rarest_first))


def _rarest_first(words: frozenset[str]) -> tuple[int, int, list[str]]:
    return -min(map(len, words)), len(words), sorted(words)


def _held_cost(words: frozenset[str]) -> float:
    """How often a stretch may hold one of a set of strings, roughly: short ones more often."""
    return sum(1 / len(word) ** 2 for word in words)


def _implies(one: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a text holding a string of ``one`` holds one of ``other``."""
    return all(any(word in mine for word in other) for mine in one)


# What needle_sets worked out, by pattern.
_NEEDLE_SETS: PatternMap[tuple[tuple[str, ...], ...]] = PatternMap(limit=4096)
