"""Damaged bytes: re-read multi-byte text around the bytes no decoding explains.

Those bytes are marked (``marks``), so damage is counted exactly and located. A stray byte in
GBK or Big5 text does worse than fail: it shifts the pairing of every later byte, turning the
rest of the line into valid but meaningless characters until a byte fails where the line
ends. ``repair``
re-reads a window around each byte that failed (and nowhere else: a reading that decodes is
never changed), with a shortest-path search over the window's bytes (each step one
character, one character around an inserted byte, or one byte given up), priced by the
character costs of ``score`` and the pairs of common words: the stray byte is the one given
up and the text around it comes back intact. Two places are special: a file cut inside its
first character (it reads better from its second byte) and one cut inside its last (the
cut is the likeliest damage there, not a stray byte a few characters before).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .. import regex_cache as rx
from .marks import (
    ERRORS,
    MARKER_FIRST,
    MARKER_LAST,
    MARKER_RUNS,
    decode_marked,
    marker,
    may_hold_markers,
)
from .score import DAMAGED_BYTE, Script, costs, likeliest_script, text_cost, word_pairs

# Bytes that stand alone in every byte codec read here: never inside a multi-byte character
# of UTF-8, GB18030 (whose four-byte form uses digits) or Big5 (trail bytes start at 0x40).
_SYNC = rx.compile(rb"[\x00-\x2f\x3a-\x3f]+")

_WORD_BONUS = 4.0  # nats off a character that makes a common word with the one before it
# Numbers come in runs: a digit or point is followed by digits, points and a percent sign.
_NUMBER_BODY = frozenset("0123456789.０１２３４５６７８９．")
_NUMBER_NEXT = _NUMBER_BODY | frozenset("%％")
# The bytes of a last character cut by the end of the file: files are cut far more often
# than a stray byte lands in their last few characters, so the cut costs nothing and a
# re-reading that puts the damage earlier must gain more than a byte given up costs.
_CUT_AT_END = 0.0
_BEFORE, _AFTER = 12, 4  # characters re-read before and after damage in UTF-8
_REACH = 400  # characters at most that a GBK/Big5 window reaches either side of the damage
_ODD = 18.0  # nats: private use, controls, unassigned: what only a misreading holds
_LOOKAHEAD = 12  # characters past a window's end searched for such a character
_TIE = 0.01  # nats: what makes a reading that gives a byte up lose a tie
_COMBINING = "\u0304\u030c"  # the second code point of Big5-HKSCS 0x8862, 0x8864, ...
_EDGE = 48  # bytes at the start of a file checked for a cut through a character
_SCRIPT_SAMPLE = 4096  # characters either side of damage that say which script it is in


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


def can_repair(codec: str) -> bool:
    """Whether ``repair`` knows how characters are laid out in ``codec``."""
    return codec in _CHAR_LENGTHS


def _starts_misaligned(data: bytes, codec: str, script: Script) -> bool:
    """Whether the file reads better without its first byte: it was cut inside a character."""
    sync = _SYNC.search(data, 0, _EDGE)
    head = data[: sync.start() if sync else _EDGE]
    if len(head) < 2 or head[0] < 0x80:
        return False
    as_is = text_cost(decode_marked(head, codec), script)
    return DAMAGED_BYTE + text_cost(decode_marked(head[1:], codec), script) < as_is


def repair(data: bytes, codec: str, marked: str, script: Script | None = None,
           clean: bool = False) -> str:
    """``marked`` (the plain reading of ``data``) with its damaged stretches re-read.

    Only windows around bytes that failed are re-read (and the start of a file that begins
    inside a character). In GBK and Big5 a misaligned stretch runs from the stray byte to
    where the line's next ASCII byte makes a byte fail, so a window runs between ASCII bytes
    on either side of the failure; in UTF-8, which falls back into step at once, it is a few
    characters either side. Returns ``marked`` itself when nothing needs re-reading.
    ``script``: what the text is written in, if the caller knows; found from the text if not.
    ``clean``: ``marked`` surely holds no marker (it decoded in full), so none is looked for.
    """
    points = [m.start() for m in MARKER_RUNS.finditer(marked)] \
        if not clean and may_hold_markers(marked) else []
    if codec != "utf-8" and data[:1] >= b"\x80" and (not points or points[0] > 0):
        head_script = script or likeliest_script(marked[:_SCRIPT_SAMPLE])[0]
        if _starts_misaligned(data, codec, head_script):
            points.insert(0, 0)
    if not points:
        return marked
    if script is None:  # the text around the first damage says (a whole file costs more)
        around = max(0, points[0] - _SCRIPT_SAMPLE)
        script = likeliest_script(marked[around : points[0] + _SCRIPT_SAMPLE])[0]
    # The plain reading fails at the very end: the file may be cut inside its last character.
    cut = MARKER_FIRST <= marked[-1] <= MARKER_LAST
    pieces: list[str] = []
    done = done_bytes = 0  # characters of ``marked`` (and bytes of ``data``) already placed
    for first, last in _merged_windows(marked, points, codec):
        start_byte = done_bytes + _byte_length(marked[done:first], codec)
        end_byte = start_byte + _byte_length(marked[first:last], codec)
        at_end = cut and end_byte == len(data)
        pieces += [
            marked[done:first],
            _likeliest_reading(data[start_byte:end_byte], codec, script, at_end),
        ]
        done, done_bytes = last, end_byte
    pieces.append(marked[done:])
    return "".join(pieces)


def _merged_windows(marked: str, points: list[int], codec: str) -> list[tuple[int, int]]:
    """The windows around all damaged points, overlapping ones merged; a window starts no
    earlier than where the last one ends (a boundary in step)."""
    merged: list[tuple[int, int]] = []
    for point in points:
        first, last = _window(marked, point, codec)
        if merged and point < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((max(first, merged[-1][1]) if merged else first, last))
    return merged


def _window(marked: str, point: int, codec: str) -> tuple[int, int]:
    """The characters of ``marked`` to re-read for the damage at ``point``."""
    if codec == "utf-8":
        return max(0, point - _BEFORE), min(len(marked), point + _AFTER)
    # Back to a character holding an ASCII byte: the reading is in step after it, and a
    # stray byte that misaligned the stretch up to ``point`` lies somewhere since.
    first = point
    while first > max(0, point - _REACH) and not _has_ascii(marked[first - 1], codec):
        first -= 1
    reach = min(len(marked), point + _REACH)
    last = _next_ascii(marked, point, reach, codec)
    # A garbage run can hold ASCII bytes, and the reading after one is not yet back in step
    # with the text if the run ended inside a character: while a character no text has
    # (private use, a control) follows closely, the stretch up to it is out of step too.
    table = costs()
    while last < reach:
        ahead = marked[last + 1 : last + 1 + _LOOKAHEAD]
        odd = next((i for i, char in enumerate(ahead) if table[char] >= _ODD), None)
        if odd is None:
            break
        last = _next_ascii(marked, last + 1 + odd, reach, codec)
    # One character more than the one that brings the reading into step: what follows a
    # lone Latin letter tells a real one from a trail byte.
    last = min(len(marked), last + 2)
    # Big5-HKSCS reads four byte pairs as a letter and a combining mark: keep them together.
    if 0 < first < len(marked) and marked[first] in _COMBINING:
        first -= 1
    if last < len(marked) and marked[last] in _COMBINING:
        last += 1
    return first, last


def _next_ascii(marked: str, start: int, reach: int, codec: str) -> int:
    """The first character from ``start`` (before ``reach``) that holds an ASCII byte."""
    while start < reach and not _has_ascii(marked[start], codec):
        start += 1
    return start


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


@lru_cache(maxsize=1 << 12)
def _cut_character(tail: bytes, codec: str) -> bool:
    """Whether ``tail`` is the beginning of a character whose end is missing: some ending
    of the length its first byte calls for makes it one character."""
    if not tail or tail[0] < 0x80:
        return False
    for length in _CHAR_LENGTHS[codec][tail[0]]:
        missing = length - len(tail)
        if missing <= 0:
            continue
        if codec == "utf-8":
            return all(0x80 <= byte <= 0xBF for byte in tail[1:])
        if any(_read_char(tail + ending, codec) for ending in _endings(len(tail), length)):
            return True
    return False


def _endings(present: int, length: int) -> Iterator[bytes]:
    """Every byte string that could end a GBK/Big5 character (two bytes) or a GB18030
    four-byte one (lead, digit, lead, digit) of which ``present`` bytes are there."""
    shapes = [range(0x40, 0xFF)] if length == 2 else [range(0x30, 0x3A), range(0x81, 0xFF),
                                                       range(0x30, 0x3A)]
    shapes = shapes[present - 1 :]
    if len(shapes) == 1:
        yield from (bytes([byte]) for byte in shapes[0])
    elif len(shapes) == 2:
        yield from (bytes([first, second]) for first in shapes[0] for second in shapes[1])
    # three missing bytes: a lone lead byte, which the two-byte form already answered


@dataclass(frozen=True)
class _Pricing:
    """What a reading costs: its characters, the pairs they make, and the bytes given up."""

    char_cost: Callable[[str], float]
    pairs: dict[str, str]
    damage: float  # each byte given up

    def step(self, text: str) -> tuple[float, str, str]:
        """A step's own cost, and the first and last characters it reads ("" for none)."""
        if len(text) == 1 and not MARKER_FIRST <= text <= MARKER_LAST:
            return self.char_cost(text), text, text
        chars = [char for char in text if not MARKER_FIRST <= char <= MARKER_LAST]
        cost = sum(map(self.char_cost, chars)) + self.damage * (len(text) - len(chars))
        return cost, chars[0] if chars else "", chars[-1] if chars else ""

    def join(self, last: str, char: str) -> float:
        """What reading ``char`` after ``last`` adds: a bonus where the two make a word (or
        a number)."""
        if not last or not char:
            return 0.0
        if char in self.pairs.get(last, "") or (last in _NUMBER_BODY and char in _NUMBER_NEXT):
            return -_WORD_BONUS
        return 0.0


@lru_cache(maxsize=256)  # a sample's windows come back when the whole file is read
def _likeliest_reading(run: bytes, codec: str, script: Script, at_end: bool) -> str:
    """The cheapest reading of ``run`` as characters and given-up bytes.

    A shortest path over byte positions (Viterbi) whose state also remembers the last
    character read, so that pairs can be priced (``_Pricing.join``); each byte given up
    pays ``DAMAGED_BYTE``. ``at_end``: the run ends a file whose last bytes fail, so a last
    character cut short is read as cut.
    """
    # A hair over the damage per byte: on a tie, the reading that keeps more bytes wins.
    pricing = _Pricing(costs(script).__getitem__, word_pairs(), DAMAGED_BYTE + _TIE)
    size = len(run)
    # states[position][last char] = (cost, previous position, previous state, step text)
    states: list[dict[str, tuple[float, int, str, str]]] = [{} for _ in range(size + 1)]
    states[0][""] = (0.0, 0, "", "")
    for start in range(size):
        arrived = states[start]
        if not arrived:
            continue
        cheapest = min(cost for cost, *_ in arrived.values())
        if at_end and _cut_character(run[start:], codec):
            cut = "".join(map(marker, run[start:]))
            for last, (cost_so_far, *_) in arrived.items():
                _arrive(states[size], "", cost_so_far + _CUT_AT_END, start, last, cut)
        steps = [(end, text, *pricing.step(text)) for end, text in _steps(run, start, codec)]
        for last, (cost_so_far, *_) in arrived.items():
            if cost_so_far > cheapest + _WORD_BONUS:
                continue  # no pair ahead can make up for it
            for end, text, own_cost, first_char, last_char in steps:
                cost = cost_so_far + own_cost + pricing.join(last, first_char)
                _arrive(states[end], last_char, cost, start, last, text)
    pieces: list[str] = []
    position, last = size, min(states[size].items(), key=lambda item: item[1][0])[0]
    while position > 0:
        _, position, last, text = states[position][last]
        pieces.append(text)
    return "".join(reversed(pieces))


def _arrive(
    states: dict[str, tuple[float, int, str, str]],
    state: str,
    cost: float,
    start: int,
    last: str,
    text: str,
) -> None:
    """Keep the cheaper way of reaching ``state``."""
    known = states.get(state)
    if known is None or cost < known[0]:
        states[state] = (cost, start, last, text)


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
                yield end + 1, char + marker(run[split])
    yield start + 1, marker(run[start])


def _digit(byte: int) -> bool:
    return 0x30 <= byte <= 0x39
