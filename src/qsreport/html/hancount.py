"""Counting a page's Han characters (U+4E00 to U+9FFF) fast: of one string, and of each of
a page's strings as running totals (what the article choice measures its blocks by)."""

from __future__ import annotations

from itertools import accumulate

# A string's Han characters are counted on the high bytes of its UTF-16 code units: U+4E00 to
# U+9FFF are the units whose high byte is 0x4E to 0x9F (a surrogate's is 0xD8 to 0xDF), and
# deleting the other bytes is done in C, several times faster than a regex over the text.
_NOT_HAN_HIGH = bytes(byte for byte in range(256) if not 0x4E <= byte <= 0x9F)
_SEPARATOR = "\u07ff"
_NOT_HAN_HIGH_OR_SEPARATOR = bytes(byte for byte in range(256)
                                   if not 0x4E <= byte <= 0x9F and byte != 0x07)


def running_han(shown: list[str]) -> list[int]:
    """The Han characters of ``shown``'s strings, as running totals (0 first). The strings are
    read as one, U+07FF (NKo, high byte 0x07) between two: the high bytes of its UTF-16
    units, the ones neither Han nor 0x07 deleted, split at the 0x07s into each string's Han —
    unless a character outside the BMP (two units) or one of high byte 0x07 in the text would
    add units or separators. (A surrogate as the separator would send the encoder to its
    error handler, once for each: five times slower.)"""
    joined = _SEPARATOR.join(shown)
    units = joined.encode("utf-16-le", "surrogatepass")[1::2]
    kept = units.translate(None, _NOT_HAN_HIGH_OR_SEPARATOR)
    if len(units) != len(joined) or kept.count(0x07) != len(shown) - 1:
        return [0, *accumulate(map(han_count, shown))]
    return [0, *accumulate(map(len, kept.split(b"\x07")))]


def han_count(text: str) -> int:
    """How many characters of ``text`` are Han (U+4E00 to U+9FFF)."""
    if text.isascii():
        return 0
    return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_HAN_HIGH))
