"""Counting a page's Han characters (U+4E00 to U+9FFF) fast: of one string, and of each of
a page's strings as running totals (what the article choice measures its blocks by)."""

from __future__ import annotations

from itertools import accumulate, repeat

# A string's Han characters are counted on the high bytes of its UTF-16 code units: U+4E00 to
# U+9FFF are the units whose high byte is 0x4E to 0x9F (a surrogate's is 0xD8 to 0xDF), and
# deleting the other bytes is done in C, several times faster than a regex over the text.
_NOT_HAN_HIGH = bytes(byte for byte in range(256) if not 0x4E <= byte <= 0x9F)
_HAN_HIGH_MARK = bytes(1 if 0x4E <= byte <= 0x9F else 0 for byte in range(256))


def running_han(shown: list[str]) -> list[int]:
    """The Han characters of ``shown``'s strings, as running totals (0 first). The strings are
    read as one: each UTF-16 unit marked 1 if Han by its high byte, the marks of each string
    counted in C — unless a character outside the BMP (two units) would shift the marks."""
    joined = "".join(shown)
    if joined.isascii():
        return [0] * (len(shown) + 1)
    units = joined.encode("utf-16-le", "surrogatepass")[1::2]
    if len(units) != len(joined):
        return [0, *accumulate(map(han_count, shown))]
    marks = units.translate(_HAN_HIGH_MARK)
    ends = list(accumulate(map(len, shown)))
    return [0, *accumulate(map(marks.count, repeat(b"\x01"), [0, *ends[:-1]], ends))]


def han_count(text: str) -> int:
    """How many characters of ``text`` are Han (U+4E00 to U+9FFF)."""
    if text.isascii():
        return 0
    return len(text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, _NOT_HAN_HIGH))
