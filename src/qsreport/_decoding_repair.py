"""Damaged bytes: mark what no decoding explains, and re-read multi-byte text around it.

Decoding with the ``qsreport-mark`` error handler turns every undecodable byte into one lone
surrogate (U+DC00 + the byte), so damage can be counted exactly and located later; real text
never decodes to a lone surrogate in the codecs used here. A stray byte in GBK or Big5 text
does worse than fail: it shifts the pairing of every later byte, turning the rest of the line
into valid but meaningless characters. ``repair`` re-reads each damaged stretch with a
shortest-path search over its bytes (each step one character, or one byte given up as
damaged), so the stray byte is the one given up and the text around it comes back intact.
"""

from __future__ import annotations

import codecs
import math
import re
from functools import lru_cache

from ._decoding_score import DAMAGED_BYTE, char_cost, unusual_pair

ERRORS = "qsreport-mark"
_MARKERS = re.compile("[\udc00-\udcff]+")

# Bytes that stand alone in every byte codec read here: never inside a multi-byte character
# of UTF-8, GB18030 (whose four-byte form uses digits) or Big5 (trail bytes start at 0x40).
_SYNC = re.compile(rb"[\x00-\x2f\x3a-\x3f]+")

# Byte lengths a single character may have in each codec that repair can re-read.
_CHAR_LENGTHS: dict[str, tuple[int, ...]] = {
    "utf-8": (1, 2, 3, 4),
    "gb18030": (1, 2, 4),
    "cp950": (1, 2),
    "big5hkscs": (1, 2),
}


def _mark_damage(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: one marker character per byte that could not be decoded."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    damaged = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in damaged), error.end


codecs.register_error(ERRORS, _mark_damage)


def decode_marked(data: bytes, codec: str) -> str:
    """Decode ``data``, leaving one marker character in place of each undecodable byte."""
    try:
        # The same marks, made in C: fast where a wrong codec fails on every other byte.
        return data.decode(codec, "surrogateescape")
    except UnicodeDecodeError:  # a failed stretch held an ASCII byte, which it cannot mark
        return data.decode(codec, ERRORS)


def damaged_bytes(marked: str) -> int:
    """How many bytes a marked text says could not be decoded."""
    return sum(len(run) for run in _MARKERS.findall(marked))


def unmark(marked: str) -> str:
    """The text a reader sees: each stretch of damaged bytes becomes one U+FFFD."""
    return _MARKERS.sub("\ufffd", marked)


def can_repair(codec: str) -> bool:
    """Whether ``repair`` knows how characters are laid out in ``codec``."""
    return codec in _CHAR_LENGTHS


def looks_damaged(marked: str, codec: str) -> bool:
    """Whether a decoding holds damage: marked bytes, or (in GBK/Big5) a misaligned stretch."""
    if _MARKERS.search(marked):
        return True
    return codec != "utf-8" and unusual_pair().search(marked) is not None


def repair(data: bytes, codec: str) -> str:
    """Decode ``data`` with damaged stretches re-read; marked text, as ``decode_marked``."""
    pieces: list[str] = []
    start = 0
    for sync in _SYNC.finditer(data):
        pieces.append(_repair_run(data[start : sync.start()], codec))
        pieces.append(sync.group().decode("ascii"))
        start = sync.end()
    pieces.append(_repair_run(data[start:], codec))
    return "".join(pieces)


def _repair_run(run: bytes, codec: str) -> str:
    marked = decode_marked(run, codec)
    if not looks_damaged(marked, codec):
        return marked
    return _likeliest_reading(run, codec)


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


def _likeliest_reading(run: bytes, codec: str) -> str:
    """The cheapest way to read ``run`` as characters and given-up bytes (shortest path)."""
    lengths = _CHAR_LENGTHS[codec]
    size = len(run)
    best = [0.0] + [math.inf] * size
    came_from: list[tuple[int, str]] = [(0, "")] * (size + 1)
    for start in range(size):
        here = best[start]
        give_up = here + DAMAGED_BYTE
        if give_up < best[start + 1]:
            best[start + 1] = give_up
            came_from[start + 1] = (start, chr(0xDC00 + run[start]))
        for length in lengths:
            end = start + length
            if end > size:
                break
            char = _read_char(run[start:end], codec)
            if char is None:
                continue
            cost = here + sum(char_cost(c) for c in char)
            if cost < best[end]:
                best[end] = cost
                came_from[end] = (start, char)
    pieces: list[str] = []
    position = size
    while position > 0:
        position, piece = came_from[position]
        pieces.append(piece)
    return "".join(reversed(pieces))
