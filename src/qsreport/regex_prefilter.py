"""Regular expressions that skip ahead quickly: a first-character check in front of a pattern.

Python's regex engine scans fast only when a pattern starts with a literal or a plain set of
characters. Most extraction rules start otherwise — with a lookbehind (``(?<![\\d.])`` before
a number), a named group per vocabulary row, or an optional qualifier (``(?:国家)?标准``) — so
the engine tries the whole pattern at every position of the text. :func:`compile_fast` works
out which characters a match can begin with and puts a lookahead for them in front, so every
other position fails at the first test. The matches are the same, only found sooner.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from . import regex_cache
from .pattern_map import PatternMap
from .regex_program import parser as _sre  # the parser behind re.compile

_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


class _Unknown(Exception):
    """The pattern holds something whose first characters are not worth working out."""


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[...]``) holding every character a non-empty match of
    ``pattern`` can begin with; None when that cannot be told, or a match can be empty."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return regex_cache.derived(  # kept: parsing the pattern again costs every start
        "first", pattern, flags, lambda: parse_first_chars(pattern, flags), __file__)


def start_guard(pattern: str, flags: int = 0) -> str | None:
    """The zero-width test :func:`compile_fast` puts in front of ``pattern`` (``(?=[…])``,
    or lookbehinds: it holds wherever a match can start), for a pattern written into a
    larger one; None where it puts none (the engine skips ahead by itself, or the first
    characters cannot be told)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return regex_cache.derived("guard", pattern, flags, lambda: _start_guard(pattern, flags), __file__)


def parsed_nodes(pattern: str, flags: int = 0) -> list[tuple[Any, Any]]:
    """The parsed nodes of ``pattern``, for reading its literal characters; _Unknown when
    the whole pattern is case-blind (``(?i)`` written in it: its letters are no literal
    text). A part made case-blind alone (``(?i:…)``) is left to :func:`case_blind`."""
    parsed = _sre.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        raise _Unknown("IGNORECASE")
    return list(parsed)


def case_blind(subpattern: Any) -> bool:
    """Whether a SUBPATTERN node's argument makes its part case-blind (``(?i:…)``): its
    literal characters match others too, so none of them can be a needle or first character."""
    return bool(subpattern[1] & re.IGNORECASE)


def _start_guard(pattern: str, flags: int) -> str | None:
    try:
        parsed = parsed_nodes(pattern, flags)
    except (re.error, _Unknown):
        return None
    guard = None if _scans_fast(parsed) else _guard(parsed)
    return None if guard is None else f"(?={guard})" if guard.startswith("[") else f"(?:{guard})"


def parse_first_chars(pattern: str, flags: int = 0) -> str | None:
    """:func:`first_chars` worked out now, not kept (:mod:`.regex_program`'s programs keep it)."""
    try:
        guard = _guard(parsed_nodes(pattern, flags))
    except (re.error, _Unknown):
        return None
    return guard if guard is not None and guard.startswith("[") else None


def _guard(parsed: list[tuple[Any, Any]]) -> str | None:
    """What must hold where a match of ``parsed`` starts: its first characters as a class
    (``[...]``), or, when some alternatives begin with a lookbehind and then with characters
    that cannot be told (``(?<=举行)(?:了)?…``), the class or those lookbehinds
    (``(?=[…])|(?<=举行)``). None when nothing can be told, or a match can be empty."""
    try:
        items, nullable, behind = _first(parsed)
    except (_Unknown, RecursionError):
        try:  # the looser reading, where the strict one cannot tell
            items, nullable, behind = _first(parsed, behinds_kept=True)
        except (_Unknown, RecursionError):
            return None
    if nullable or not (items or behind):
        return None
    chars = "[" + "".join(sorted(items)) + "]" if items else None
    if not behind:
        return chars
    behinds = sorted(behind)
    if len(behinds) > _MANY_BEHINDS:
        # One test of the character before, then the lookbehinds that end in it: the
        # engine tried each lookbehind at every position (a campaign table's nineteen cost
        # 0.85 µs a position where none holds). The same positions pass.
        last = set().union(*map(_last_chars, behinds))
        behinds = [f"(?<=[{''.join(sorted(last))}])(?:{'|'.join(behinds)})"]
    return "|".join(([f"(?={chars})"] if chars else []) + behinds)


# Past this many lookbehinds in a guard, they are tried only after the character before
# the position is found among their last characters.
_MANY_BEHINDS = 4


def _last_chars(behind: str) -> set[str]:
    """The class items the last character of a lookbehind :func:`_lookbehind` wrote out
    (``(?<=启动了)``: 了; ``(?<=[心所])``: 心 and 所) can be."""
    (_, (_, body)), = _sre.parse(behind)
    op, argument = list(body)[-1]
    return _node(str(op), argument)[0]


def _scans_fast(parsed: list[tuple[Any, Any]]) -> bool:
    """Whether the engine already skips ahead by itself: the pattern starts with a literal,
    a set, or alternatives that each start with a literal."""
    while parsed and str(parsed[0][0]) == "SUBPATTERN":
        parsed = list(parsed[0][1][-1])
    if not parsed:
        return False
    op, argument = parsed[0]
    if str(op) in ("LITERAL", "IN"):
        return True
    return str(op) == "BRANCH" and all(
        branch and str(next(iter(branch))[0]) == "LITERAL" for branch in argument[1]
    )


def _first(sequence: list[tuple[Any, Any]], behinds_kept: bool = False
           ) -> tuple[set[str], bool, set[str]]:
    """The class items a sequence of parsed nodes can begin with, whether it can match
    nothing at all (then what follows it can begin the match too), and the lookbehinds that
    stand for the rest of it where its first characters cannot be told.

    A lookbehind met before anything the sequence consumes holds wherever the sequence
    starts with nothing consumed before it; whatever was consumed before it (an optional
    part that matched) begins with the class items already found. So when the rest cannot
    be told, "one of the items, or the lookbehind" still holds at every match's start.

    ``behinds_kept``: the looser reading, for a pattern the strict one cannot tell (an
    alternative that is only a lookbehind, ``(?:(?<=开展)|(?<=启动))``, before a part whose
    first characters cannot be told). A lookbehind with nothing consumed after it stands
    for its alternative: it holds at the start of every match through that alternative,
    an empty one too. (The strict reading lets what follows such a lookbehind tell the
    first characters, a narrower class where it can.)"""
    found: set[str] = set()
    for at, (op, argument) in enumerate(sequence):
        name = str(op)
        if name in _ZERO_WIDTH:
            behind = _lookbehind(name, argument)
            if behind is not None:
                if behinds_kept and all(str(rest) in _ZERO_WIDTH
                                        for rest, _ in sequence[at + 1:]):
                    # nothing consumed after it: it holds wherever the sequence starts with
                    # nothing consumed before it, a match empty or not
                    return found, False, {behind}
                try:
                    items, nullable, more = _first(sequence[at + 1:], behinds_kept)
                except _Unknown:
                    return found, False, {behind}
                return found | items, nullable, more
            continue  # an anchor or lookaround consumes nothing: the next node decides
        items, nullable, more = _node(name, argument, behinds_kept)
        found |= items
        if not nullable:
            return found, False, more
        if more:
            raise _Unknown(name)  # a lookbehind inside an optional part: not worth it
    return found, True, set()


def _lookbehind(name: str, argument: Any) -> str | None:
    """A positive lookbehind of plain characters written out again (``(?<=举行)``,
    ``(?<=[心所])``); None for any other zero-width node, an empty lookbehind too (it holds
    everywhere: no character before tells it)."""
    if name != "ASSERT" or argument[0] != -1:
        return None
    body = list(argument[1])
    try:
        if body and all(str(op) == "LITERAL" for op, _ in body):
            return "(?<=" + re.escape("".join(chr(code) for _, code in body)) + ")"
        if len(body) == 1 and str(body[0][0]) == "IN":
            return "(?<=[" + "".join(sorted(_set(body[0][1]))) + "])"
    except _Unknown:
        return None
    return None


def _node(name: str, argument: Any, behinds_kept: bool = False
          ) -> tuple[set[str], bool, set[str]]:
    if name == "LITERAL":
        return {_escape(argument)}, False, set()
    if name == "IN":
        return _set(argument), False, set()
    if name == "SUBPATTERN":
        if case_blind(argument):
            raise _Unknown(name)
        return _first(list(argument[-1]), behinds_kept)
    if name == "BRANCH":
        found: set[str] = set()
        behinds: set[str] = set()
        nullable = False
        for branch in argument[1]:
            items, empty, behind = _first(list(branch), behinds_kept)
            found |= items
            behinds |= behind
            nullable = nullable or empty
        return found, nullable, behinds
    if name in _REPEATS:
        low, _, body = argument
        items, empty, behinds = _first(list(body), behinds_kept)
        if behinds and low == 0:
            raise _Unknown(name)  # a lookbehind inside an optional part: not worth it
        return items, empty or low == 0, behinds
    raise _Unknown(name)  # ANY, NOT_LITERAL, back-references, ...


def _set(members: list[tuple[Any, Any]]) -> set[str]:
    found: set[str] = set()
    for op, argument in members:
        name = str(op)
        if name == "LITERAL":
            found.add(_escape(argument))
        elif name == "RANGE":
            found.add(f"{_escape(argument[0])}-{_escape(argument[1])}")
        elif name == "CATEGORY" and str(argument) in _CATEGORIES:
            found.add(_CATEGORIES[str(argument)])
        else:
            raise _Unknown(name)  # a negated set, \D, \W, ...
    return found


def _escape(code: int) -> str:
    return re.escape(chr(code)) if chr(code) in "\\]^-[" else chr(code)


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern)``, with a lookahead for its first characters in front when they
    can be told and the engine would not skip ahead by itself: the same matches, without
    trying the pattern where none can start. It costs a second parse of the pattern at
    import (once: :mod:`.regex_cache` keeps the result): worth it for rules scanned over whole
    texts, not for ones tried at one place."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return regex_cache.compile(pattern, flags)
    fast = regex_cache.derived("fast", pattern, flags, lambda: _fast_form(pattern, flags), __file__)
    return regex_cache.compile(fast, flags)


def _fast_form(pattern: str, flags: int) -> str:
    """The pattern :func:`compile_fast` compiles: with the lookahead, or as it is (a
    pattern that does not compile is kept: compiling it raises the error the caller
    expects)."""
    guard = _start_guard(pattern, flags)
    return pattern if guard is None else f"{guard}(?:{pattern})"


def any_of(*patterns: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern that matches wherever one of ``patterns`` does (their alternation, each
    whole): ``any_of(a, b).search(text, start, end)`` finds a match exactly when
    ``a.search(text, start, end) or b.search(text, start, end)`` does, and so for ``match`` and
    ``fullmatch`` — one call of the engine where a rule's test of truth made several. The
    match it finds may be another pattern's than the first that holds: for tests of truth
    only. The patterns must share their flags and hold no back-reference (its group's number
    would change)."""
    flags = {pattern.flags for pattern in patterns}
    if len(flags) != 1 or any(_BACKREFERENCE.search(pattern.pattern) for pattern in patterns):
        raise ValueError("any_of: the patterns must share their flags and hold no back-reference")
    return compile_fast("|".join(f"(?:{pattern.pattern})" for pattern in patterns), flags.pop())


_BACKREFERENCE = regex_cache.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def needles(pattern: re.Pattern[str], fewest: bool = False) -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` holds at least one, worked out from the
    pattern itself; empty when that cannot be told (then nothing may be skipped).

    A text that holds none of them has no match, so a rule need not be run over it: ``"%" in
    text`` is far cheaper than a scan. ``(?:国家)?标准|规范`` gives ``("标准", "规范")``.
    Of the sets :func:`needle_candidates` finds, the first whose shortest needle is longest;
    ``fewest``: of those, the first with the fewest (``(?:杭州|宁波|…)名牌``: 名牌, not the
    names before it: the rarer test where a text is looked at for many patterns' needles).
    """
    cached = _NEEDLES_FEWEST if fewest else _NEEDLES
    found = cached.get(pattern)
    if found is None:
        found = () if pattern.flags & (re.IGNORECASE | re.VERBOSE) else regex_cache.derived(
            "needles-fewest" if fewest else "needles", pattern.pattern, pattern.flags,
            lambda: _needles_of(pattern, fewest), __file__)
        cached[pattern] = found
    return found


def _needles_of(pattern: re.Pattern[str], fewest: bool = False) -> tuple[str, ...]:
    def best(words: frozenset[str]) -> tuple[int, int]:  # (min: the one needles tells)
        return -min(map(len, words)), len(words) if fewest else 0

    try:
        found = needle_candidates(parsed_nodes(pattern.pattern, pattern.flags), (best,))
    except (re.error, RecursionError, _Unknown):
        return ()
    chosen = min(found, key=best, default=frozenset[str]())
    return tuple(sorted(chosen))


def needle_candidates(sequence: list[tuple[Any, Any]],
                      picks: tuple[Callable[[frozenset[str]], Any], ...]) -> list[frozenset[str]]:
    """Every set of needles a sequence of parsed nodes must hold one of, in order: a run of
    literal characters it always matches, the sets of a part it always matches, and of
    alternatives, for each of ``picks`` (a key), the union of each one's first least set."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in sequence:
        name = str(op)
        if name == "LITERAL":
            run.append(chr(argument))
            continue
        if run:
            found.append(frozenset(["".join(run)]))
        run = []
        if name == "SUBPATTERN" and not case_blind(argument):
            found += needle_candidates(list(argument[-1]), picks)
        elif name == "BRANCH":
            parts = [needle_candidates(list(branch), picks) for branch in argument[1]]
            if all(parts):
                found += [frozenset().union(*(min(part, key=pick) for part in parts))
                          for pick in picks]
        elif name in _REPEATS and argument[0] >= 1:
            found += needle_candidates(list(argument[2]), picks)
    if run:
        found.append(frozenset(["".join(run)]))
    return found


# Past this many needles, one scan for all of them beats a scan of the text for each.
_MANY_NEEDLES = 8


def might_match(pattern: re.Pattern[str], text: str) -> bool:
    """False only when ``text`` holds none of ``pattern``'s :func:`needles`: no match can be
    in it."""
    found = needles(pattern)
    if len(found) > _MANY_NEEDLES:
        # A vocabulary's 80 words: one pass of their alternation (which skips to their
        # first characters) rather than 80 passes of ``in``; the same answer.
        return needle_pattern(pattern).search(text) is not None
    return not found or any(map(text.__contains__, found))  # needle in text, in C


def needle_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """One pattern matching any of ``pattern``'s :func:`needles` (literal text; it matches
    nothing where ``pattern`` has none)."""
    made = _NEEDLE_PATTERNS.get(pattern)
    if made is None:
        found = needles(pattern)
        made = regex_cache.compile("|".join(map(re.escape, found)) if found else "(?!)")
        _NEEDLE_PATTERNS[pattern] = made
    return made


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], reach: int,
                  text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, the pattern tried only in the ``reach`` positions before
    each match of ``anchor`` (found by a scan that skips ahead: a literal first). For a
    pattern every match of which holds a match of ``anchor`` starting 1 to ``reach``
    characters after its own start, where the anchor's matches never overlap (a literal
    word): a match can start nowhere else, so the positions are tried in the same order as
    finditer tries them, and the same matches are found — not where a pattern opening on
    an optional word or a digit is tried at every digit of a long text."""
    tried = 0  # positions before this were tried, or are inside a match found
    for found in anchor.finditer(text):
        at = found.start()
        for position in range(max(tried, at - reach), at):
            match = pattern.match(text, position)
            if match is not None:
                yield match
                tried = match.end()
                break
        else:
            tried = at


# What needles and needle_pattern worked out, by pattern.
_NEEDLES: PatternMap[tuple[str, ...]] = PatternMap(limit=4096)
_NEEDLES_FEWEST: PatternMap[tuple[str, ...]] = PatternMap(limit=4096)
_NEEDLE_PATTERNS: PatternMap[re.Pattern[str]] = PatternMap(limit=4096)
