"""Damaged bytes: mark what no decoding explains, and re-read multi-byte text around it.

Decoding with the ``qsreport-mark`` error handler turns every undecodable byte into one lone
surrogate (U+DC00 + the byte), so damage can be counted exactly and located later; real text
never decodes to a lone surrogate in the codecs used here. A stray byte in GBK or Big5 text
does worse than fail: it shifts the pairing of every later byte, turning the rest of the line
into valid but meaningless characters. ``repair`` finds the traces of damage, and re-reads
a window around each with a shortest-path search over its bytes (each step one character, one
character around an inserted byte, or one byte given up), priced by the character costs of
``score`` and the pairs of common words: the stray byte is the one given up and the
text around it comes back intact.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .score import (
    DAMAGED_BYTE,
    MARKER_FIRST,
    MARKER_LAST,
    MARKER_RUNS,
    Script,
    costs,
    has_unusual,
    may_hold_markers,
    text_cost,
    unusual_pairs,
)

ERRORS = "qsreport-mark"

# Bytes that stand alone in every byte codec read here: never inside a multi-byte character
# of UTF-8, GB18030 (whose four-byte form uses digits) or Big5 (trail bytes start at 0x40).
_SYNC = re.compile(rb"[\x00-\x2f\x3a-\x3f]+")

# A misaligned GBK/Big5 stretch ends where a trail byte in 0x40-0x7E is read as ASCII: one
# letter or sign alone after a Chinese character. Letters there are odd enough to cost
# something ("|" and "_" are not: pages put them between Chinese words as separators).
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@[\\]^`{}~")
_RESYNCED = re.compile(r"[^\x00-\x7f][\x40-\x7e](?![\x40-\x7e])")

_WORD_BONUS = 4.0  # nats off a character that makes a common word with the one before it
# Numbers come in runs: a digit or point is followed by digits, points and a percent sign.
_NUMBER_BODY = frozenset("0123456789.０１２３４５６７８９．")
_NUMBER_NEXT = _NUMBER_BODY | frozenset("%％")
_LONE_LETTER = 6.0  # nats for a Latin letter alone between Chinese characters
_AFTER_CHINESE = "\x01"  # tags a state whose Latin letter came right after Chinese
_SUSPECTED_DAMAGE = 16.0  # a given-up byte where only a hint points at damage
_BEFORE, _AFTER = 12, 4  # characters re-read before and (in UTF-8) after a suspect position
_REACH = 400  # characters at most that a GBK/Big5 window reaches past its suspect
_TIE = 0.01  # nats: what makes a reading that gives a byte up lose a tie
_COMBINING = "\u0304\u030c"  # the second code point of Big5-HKSCS 0x8862, 0x8864, ...
_EDGE = 48  # bytes at the start of a file checked for a cut through a character


def _lengths(codec: str, lead: int) -> tuple[int, ...]:
    """The byte lengths a character starting with ``lead`` can have in ``codec``."""
    if lead < 0x80:
        return (1,)
    if codec == "utf-8":
        if 0xC2 <= lead <= 0xDF:
            return (2,)
        if 0xE0 <= lead <= 0xEF:
            return (3,)
        return (4,) if 0xF0 <= lead <= 0xF4 else ()
    if lead in (0x80, 0xFF):
        return ()
    return (2, 4) if codec == "gb18030" else (2,)


# Per codec repair can re-read: the possible character lengths for each first byte.
_CHAR_LENGTHS: dict[str, tuple[tuple[int, ...], ...]] = {
    codec: tuple(_lengths(codec, lead) for lead in range(256))
    for codec in ("utf-8", "gb18030", "cp950", "big5hkscs")
}


def _mark_damage(error: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: one marker per undecodable byte, and the byte back on encoding."""
    if isinstance(error, UnicodeDecodeError):
        damaged = error.object[error.start : error.end]
        return "".join(map(_marker, damaged)), error.end
    if isinstance(error, UnicodeEncodeError):
        markers = error.object[error.start : error.end]
        if all(MARKER_FIRST <= char <= MARKER_LAST for char in markers):
            return bytes(ord(char) - 0xDC00 for char in markers), error.end
    raise error


codecs.register_error(ERRORS, _mark_damage)


def decode_marked(data: bytes, codec: str) -> str:
    """Decode ``data``, leaving one marker character in place of each undecodable byte."""
    try:
        # The same marks, made in C: fast where a wrong codec fails on every other byte.
        return data.decode(codec, "surrogateescape")
    except UnicodeDecodeError:  # a failed stretch held an ASCII byte, which it cannot mark
        return data.decode(codec, ERRORS)


def unmark(marked: str) -> str:
    """The text a reader sees: each stretch of damaged bytes becomes one U+FFFD."""
    if not may_hold_markers(marked):
        return marked
    return MARKER_RUNS.sub("\ufffd", marked)


def can_repair(codec: str) -> bool:
    """Whether ``repair`` knows how characters are laid out in ``codec``."""
    return codec in _CHAR_LENGTHS


def _suspects(marked: str, codec: str, script: Script) -> list[tuple[int, bool]]:
    """Positions in a reading where damage may be, each with whether the evidence is strong:
    marked bytes and clusters of unusual characters are; a Latin letter alone after Chinese
    characters (where misaligned GBK and Big5 fall back into step) is only a hint, unless an
    unusual character comes just before it."""
    points = []
    if may_hold_markers(marked):
        points += [(match.start(), True) for match in MARKER_RUNS.finditer(marked)]
    if codec != "utf-8":  # UTF-8 cannot misalign without failing somewhere
        for match in _RESYNCED.finditer(marked):
            letter = match.start() + 1
            points.append((letter, has_unusual(marked, letter - 3, letter, script)))
        points += [(point, True) for point in unusual_pairs(marked, script)]
    return sorted(points)


def _starts_misaligned(data: bytes, codec: str, script: Script) -> bool:
    """Whether the file reads better without its first byte: it was cut inside a character."""
    sync = _SYNC.search(data, 0, _EDGE)
    head = data[: sync.start() if sync else _EDGE]
    if len(head) < 2 or head[0] < 0x80:
        return False
    as_is = text_cost(decode_marked(head, codec), script)
    return DAMAGED_BYTE + text_cost(decode_marked(head[1:], codec), script) < as_is


def repair(data: bytes, codec: str, script: Script, marked: str) -> str:
    """``marked`` (the plain reading of ``data``) with its damaged stretches re-read.

    Only windows around suspect positions are re-read. In GBK and Big5 a misaligned
    stretch lasts until the next ASCII byte (read alone, or as a trail byte, it brings the
    reading back into step), so a window runs between such bytes; in UTF-8, which falls back
    into step at once, it is a few characters either side. Returns ``marked`` itself when
    nothing looks damaged.
    """
    suspects = _suspects(marked, codec, script)
    if codec != "utf-8" and _starts_misaligned(data, codec, script):
        suspects.insert(0, (0, True))
    pieces: list[str] = []
    done = done_bytes = 0  # characters of ``marked`` (and bytes of ``data``) already placed
    for first, last, strong in _merged_windows(marked, suspects, codec):
        start_byte = done_bytes + _byte_length(marked[done:first], codec)
        end_byte = start_byte + _byte_length(marked[first:last], codec)
        # On a mere hint (a lone Latin letter), giving a byte up must pay more, and the letter
        # standing alone is weighed; with strong evidence neither is needed.
        pricing = (DAMAGED_BYTE, 0.0) if strong else (_SUSPECTED_DAMAGE, _LONE_LETTER)
        pieces += [
            marked[done:first],
            _likeliest_reading(data[start_byte:end_byte], codec, script, *pricing),
        ]
        done, done_bytes = last, end_byte
    if not pieces:
        return marked
    pieces.append(marked[done:])
    return "".join(pieces)


def _merged_windows(
    marked: str, suspects: list[tuple[int, bool]], codec: str
) -> list[tuple[int, int, bool]]:
    """The windows of all suspects: (first, last, strong evidence). A suspect inside the last
    window widens it; one past it gets its own window, starting no earlier than where the last
    one ends (a boundary in step), so a hint is never priced as strong evidence."""
    merged: list[tuple[int, int, bool]] = []
    for point, strong in suspects:
        first, last = _window(marked, point, codec)
        if merged and point < merged[-1][1]:
            before_first, before_last, before_strong = merged[-1]
            merged[-1] = (before_first, max(last, before_last), strong or before_strong)
        else:
            merged.append((max(first, merged[-1][1]) if merged else first, last, strong))
    return merged


def _window(marked: str, point: int, codec: str) -> tuple[int, int]:
    """The characters of ``marked`` to re-read for the suspect at ``point``."""
    if codec == "utf-8":
        return max(0, point - _BEFORE), min(len(marked), point + _AFTER)
    first = point  # any boundary before the damage is in step; the damage is just before
    while first > max(0, point - _BEFORE) and not _has_ascii(marked[first - 1], codec):
        first -= 1
    last = point
    while last < min(len(marked), point + _REACH) and not _has_ascii(marked[last], codec):
        last += 1
    # One character more than the one that brings the reading into step: what follows a
    # lone Latin letter tells a real one from a trail byte.
    last = min(len(marked), last + 2)
    # Big5-HKSCS reads four byte pairs as a letter and a combining mark: keep them together.
    if 0 < first < len(marked) and marked[first] in _COMBINING:
        first -= 1
    if last < len(marked) and marked[last] in _COMBINING:
        last += 1
    return first, last


@lru_cache(maxsize=1 << 14)
def _has_ascii(char: str, codec: str) -> bool:
    """Whether a character of a GBK/Big5 reading holds an ASCII byte (digits aside, which
    GB18030 puts inside four-byte characters): after it, the reading is in step."""
    if char < "\x80":
        return not "0" <= char <= "9"
    if MARKER_FIRST <= char <= MARKER_LAST:
        return ord(char) - 0xDC00 < 0x80
    try:
        encoded = char.encode(codec, ERRORS)
    except UnicodeEncodeError:  # half of a Big5-HKSCS two-code-point character
        return False
    return any(byte < 0x80 and not _digit(byte) for byte in encoded)


def _byte_length(marked: str, codec: str) -> int:
    return len(marked.encode(codec, ERRORS))


@cache
def _word_pairs() -> dict[str, str]:
    """Each character → the characters that follow it inside common words (loaded once)."""
    from .data.bigrams import WORD_PAIRS

    return {group[0]: group[1:] for group in WORD_PAIRS.split()}


@lru_cache(maxsize=1 << 16)
def _read_char(piece: bytes, codec: str) -> str | None:
    """The character ``piece`` encodes on its own, or None if it is not exactly one."""
    if len(piece) > 1 and piece[0] < 0x80:
        return None
    try:
        text = piece.decode(codec)
    except UnicodeDecodeError:
        return None
    return text if 1 <= len(text) <= 2 else None  # Big5-HKSCS has a few two-code-point chars


@dataclass(frozen=True)
class _Pricing:
    """What a reading costs: its characters, the pairs they make, and the bytes given up."""

    char_cost: Callable[[str], float]
    pairs: dict[str, str]
    damage: float  # each byte given up
    lone_letter: float  # a Latin letter alone between Chinese characters

    def step(self, text: str) -> tuple[float, str, str]:
        """A step's own cost, and the first and last characters it reads ("" for none)."""
        if len(text) == 1 and not MARKER_FIRST <= text <= MARKER_LAST:
            return self.char_cost(text), text, text
        chars = [char for char in text if not MARKER_FIRST <= char <= MARKER_LAST]
        cost = sum(map(self.char_cost, chars)) + self.damage * (len(text) - len(chars))
        return cost, chars[0] if chars else "", chars[-1] if chars else ""

    def join(self, state: str, char: str) -> float:
        """What reading ``char`` after ``state`` adds: a bonus where the two make a word (or a
        number), a cost where a Latin letter stood alone between Chinese characters."""
        if not state or not char:
            return 0.0
        if char in self.pairs.get(state[0], "") or (
            state[0] in _NUMBER_BODY and char in _NUMBER_NEXT
        ):
            return -_WORD_BONUS
        return self.lone_letter if state[1:] == _AFTER_CHINESE and char >= "\x80" else 0.0

    @staticmethod
    def after(state: str, last_char: str) -> str:
        """The state once a step ending in ``last_char`` is read: that character, tagged if it
        is a Latin letter right after a Chinese one (misaligned GBK and Big5 fall back into
        step on a trail byte read as such a letter)."""
        if not last_char:
            return ""  # a byte given up between characters parts them
        if last_char in _LATIN and state[:1] >= "\x80":
            return last_char + _AFTER_CHINESE
        return last_char


@lru_cache(maxsize=256)  # a sample's windows come back when the whole file is read
def _likeliest_reading(
    run: bytes, codec: str, script: Script, damage: float, lone_letter: float
) -> str:
    """The cheapest reading of ``run`` as characters and given-up bytes.

    A shortest path over byte positions (Viterbi) whose state also remembers the last
    character read, so that pairs can be priced (``_Pricing.join``); each byte given up
    pays ``damage``.
    """
    # A hair over ``damage`` per byte: on a tie, the reading that keeps more bytes wins.
    pricing = _Pricing(costs(script).__getitem__, _word_pairs(), damage + _TIE, lone_letter)
    size = len(run)
    # states[position][state] = (cost, previous position, previous state, text of the step)
    states: list[dict[str, tuple[float, int, str, str]]] = [{} for _ in range(size + 1)]
    states[0][""] = (0.0, 0, "", "")
    for start in range(size):
        arrived = states[start]
        cheapest = min(cost for cost, *_ in arrived.values())
        steps = [(end, text, *pricing.step(text)) for end, text in _steps(run, start, codec)]
        for last, (cost_so_far, *_) in arrived.items():
            if cost_so_far > cheapest + _WORD_BONUS + lone_letter:
                continue  # no pair ahead can make up for it
            for end, text, own_cost, first_char, last_char in steps:
                cost = cost_so_far + own_cost + pricing.join(last, first_char)
                after = pricing.after(last, last_char)
                known = states[end].get(after)
                if known is None or cost < known[0]:
                    states[end][after] = (cost, start, last, text)
    pieces: list[str] = []
    position, last = size, min(states[size].items(), key=lambda item: item[1][0])[0]
    while position > 0:
        _, position, last, text = states[position][last]
        pieces.append(text)
    return "".join(reversed(pieces))


def _steps(run: bytes, start: int, codec: str) -> Iterator[tuple[int, str]]:
    """Each way to read on from ``start``: (where it ends, its marked text)."""
    for length in _CHAR_LENGTHS[codec][run[start]]:
        end = start + length
        if end > len(run):
            break
        char = _read_char(run[start:end], codec) if length < 4 or _digit(run[start + 1]) else None
        if char is not None:
            yield end, char
        if end == len(run):
            break
        # A byte inserted inside the character: read the character around it.
        for split in range(start + 1, end):
            piece = run[start:split] + run[split + 1 : end + 1]
            if length == 4 and not _digit(piece[1]):
                continue  # GB18030's four-byte form always has a digit second
            char = _read_char(piece, codec)
            if char is not None and len(char) == 1:
                yield end + 1, char + _marker(run[split])
    yield start + 1, _marker(run[start])


def _digit(byte: int) -> bool:
    return 0x30 <= byte <= 0x39


def _marker(byte: int) -> str:
    return chr(0xDC00 + byte)
