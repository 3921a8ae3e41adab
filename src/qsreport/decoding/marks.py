"""Damage markers: what a byte no decoding explains becomes, so it can be counted and found.

Decoding with the ``qsreport-mark`` error handler turns every undecodable byte into one lone
surrogate (U+DC00 + the byte); real text never decodes to a lone surrogate in the codecs
used here, so damage can be counted exactly (``damaged_bytes``), located (``MARKER_RUNS``),
encoded back to its bytes, and shown to a reader as one U+FFFD per damaged stretch
(``unmark``).
"""

from __future__ import annotations

import codecs

from .. import regex_cache as rx

ERRORS = "qsreport-mark"
MARKER_FIRST, MARKER_LAST = "\udc00", "\udcff"
MARKER_RUNS = rx.compile(f"[{MARKER_FIRST}-{MARKER_LAST}]+")


def _mark_damage(error: UnicodeError) -> tuple[str | bytes, int]:
    """Codec error handler: one marker per undecodable byte, and the byte back on encoding."""
    if isinstance(error, UnicodeDecodeError):
        damaged = error.object[error.start : error.end]
        return "".join(map(marker, damaged)), error.end
    if isinstance(error, UnicodeEncodeError):
        markers = error.object[error.start : error.end]
        if all(MARKER_FIRST <= char <= MARKER_LAST for char in markers):
            return bytes(ord(char) - 0xDC00 for char in markers), error.end
    raise error


codecs.register_error(ERRORS, _mark_damage)


def marker(byte: int) -> str:
    """The marker an undecodable ``byte`` becomes."""
    return chr(0xDC00 + byte)


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


def damaged_bytes(marked: str) -> int:
    """How many bytes a marked text says could not be decoded."""
    if not may_hold_markers(marked):
        return 0
    return sum(map(len, MARKER_RUNS.findall(marked)))


def may_hold_markers(text: str) -> bool:
    """False when ``text`` surely holds no damage marker: markers are lone surrogates, which
    alone UTF-16 cannot encode (and encoding is much quicker than a regex scan)."""
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False
