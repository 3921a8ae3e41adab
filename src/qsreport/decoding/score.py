"""How plausible a decoded text is as a Chinese report: the cost model the decoder ranks by.

A character's cost is roughly its negative log frequency (nats) in Chinese writing, so the
cost of a text is how surprising it would be as Chinese. The true decoding of some bytes is
far less surprising than any wrong one: a GBK file read as Big5 becomes a stream of random,
mostly rare characters, and Big5 read as GBK falls into rare and private-use code points.
Hanzi costs come from a frequency table (``data.chardata``); everything else is priced
by Unicode block, with control and private-use characters dearest. A text is written in one
script, so a reading can also be scored as simplified or as traditional text, where the other
script's characters cost a little more: that tells a misaligned stretch of common but
wrong-script characters from the real text around it.

Every cost is a whole number of nats, so sums of costs are exact in floating point whatever
their order or grouping: the shortcuts below (a script's cost from the neutral cost plus
counted extras, a profile from the cost less its ASCII part) and in ``bounds`` (costs summed a
chunk at a time) give the very numbers a plain character-by-character sum gives.
Beside the characters, ``word_pairs`` lists which characters follow which inside common
words: what the repair's re-reading and the test of a reading as Chinese (``language``) use.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Literal

from .. import regex_cache as rx
from .marks import MARKER_FIRST, MARKER_LAST, damaged_bytes

Script = Literal["either", "simplified", "traditional"]

DAMAGED_BYTE = 12.0  # one byte no decoding explains: two cost more than any real character
RARE_HANZI = 15.0  # a CJK ideograph missing from the table
CONTROL = 20.0
IMPLAUSIBLE_MEAN = 12.0  # mean cost of non-ASCII characters beyond which nothing reads
_ODD = 18.0  # private use and worse: a text has these only by accident
_OTHER_SCRIPT = 4.0  # extra cost of a simplified-only character in traditional text, and back
_TABLE_LIMIT = 1 << 17
UNBLOCKED = 12.0  # a character of no listed block that is not a control

_COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～－／＋＝　"
_PINYIN_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňɑɡ"

# (first, last, cost) for code points outside the frequency table, first match wins.
BLOCK_COSTS: tuple[tuple[int, int, float], ...] = (
    (0x2460, 0x24FF, 8.0),  # enclosed numbers ① ⑴ ⒈, common as list markers
    (0x2160, 0x217F, 8.0),  # Roman numerals Ⅰ Ⅱ
    (0x25A0, 0x25FF, 9.0),  # geometric shapes ■ ● ◆ used as bullets
    (0x2600, 0x26FF, 10.0),  # ★ ☆
    (0x3000, 0x303F, 9.0),  # other CJK punctuation
    (0xFF10, 0xFF19, 6.0),  # full-width digits, common in older GBK reports
    (0xFF01, 0xFF5E, 8.0),  # full-width ASCII
    (0xFFE0, 0xFFE6, 9.0),  # full-width currency signs
    (0x2000, 0x206F, 10.0),  # general punctuation
    (0x2190, 0x23FF, 11.0),  # arrows, mathematical and technical symbols
    (0x2500, 0x257F, 11.0),  # box drawing
    (0x0080, 0x024F, 11.0),  # Latin letters with accents
    (0x0370, 0x04FF, 12.0),  # Greek and Cyrillic
    (0x3040, 0x30FF, 12.0),  # kana: a Chinese report rarely has any
    (0x3100, 0x312F, 12.0),  # bopomofo
    (0x2E80, 0x2FDF, 14.0),  # radicals
    (0x4E00, 0x9FFF, RARE_HANZI),
    (0x3400, 0x4DBF, 16.0),  # CJK extension A
    (0xF900, 0xFAFF, 16.0),  # CJK compatibility ideographs
    (0x20000, 0x3FFFF, 16.0),  # CJK extensions B and later
    (0x1100, 0x11FF, 17.0),  # Hangul jamo
    (0x3130, 0x318F, 17.0),
    (0xAC00, 0xD7AF, 17.0),  # Hangul syllables
    (0xA000, 0xA4CF, 18.0),  # Yi
    (0xE000, 0xF8FF, 18.0),  # private use: where GBK's user-defined area lands
    (0xF0000, 0x10FFFF, 18.0),
    (0xFF61, 0xFF9F, 14.0),  # half-width katakana
    (0xDC00, 0xDCFF, DAMAGED_BYTE),  # the decoder's own damage markers
)


class CostTable(dict[str, float]):
    """Character → cost; a character not listed is priced by its block on first sight."""

    def __missing__(self, char: str) -> float:
        cost = _block_cost(char)
        if len(self) < _TABLE_LIMIT:  # noise could otherwise grow it to all of Unicode
            self[char] = cost
        return cost


def costs(script: Script = "either") -> CostTable:
    """The cost of each character in text of ``script`` (tables are built on first use)."""
    return _costs(script)  # one cache key per script, however the caller names it


@cache
def _costs(script: Script) -> CostTable:
    from .data.chardata import HANZI_COST_TIERS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY

    if script == "either":
        table = CostTable()
        for cost, chars in HANZI_COST_TIERS.items():
            table.update(dict.fromkeys(chars, float(cost)))
        table.update(dict.fromkeys(_COMMON_PUNCTUATION, 5.0))
        table.update(dict.fromkeys(_PINYIN_LETTERS, 7.0))
        for code in range(0x80):
            table[chr(code)] = _ascii_cost(chr(code))
        return table
    table = CostTable(costs("either"))
    for char in TRADITIONAL_ONLY if script == "simplified" else SIMPLIFIED_ONLY:
        table[char] += _OTHER_SCRIPT
    return table


def _ascii_cost(char: str) -> float:
    if char.isalnum():
        return 5.0
    if char in " \t\n\r\f\v":
        return 3.0
    return 6.0 if char.isprintable() else CONTROL


def _block_cost(char: str) -> float:
    """The cost of a character the table does not list, from its Unicode block."""
    code = ord(char)
    for first, last, cost in BLOCK_COSTS:
        if first <= code <= last:
            return cost
    return _unblocked_cost(char)


def _unblocked_cost(char: str) -> float:
    """The cost of a character in no listed block: a control, unassigned, private-use or
    surrogate code point costs CONTROL, any other UNBLOCKED."""
    return CONTROL if unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs") else UNBLOCKED


def text_cost(text: str, script: Script = "either") -> float:
    """How surprising a text is as a Chinese report: the sum of its characters' costs."""
    codes = cost_codes()
    if codes is None:
        return sum(map(costs(script).__getitem__, text))
    cost = _neutral_cost(text, codes)
    return cost if script == "either" else script_cost(text, script, cost)


def _neutral_cost(text: str, codes: bytes) -> float:
    """``text_cost(text)`` in C loops: ``str.translate`` turns each character of the Basic
    Multilingual Plane into the code point equal to its cost, and ``sum`` adds up the bytes
    of the result (twice as fast as a dictionary lookup per character); the rare characters
    beyond that plane, which ``translate`` leaves alone, are looked up one by one."""
    translated = text.translate(codes).encode("latin-1", "ignore")
    total: float = sum(translated)
    if len(translated) < len(text):
        total += sum(map(costs().__getitem__, _ASTRAL.findall(text)))
    return float(total)


_ASTRAL = rx.compile("[\U00010000-\U0010ffff]")  # characters beyond the BMP


@cache
def cost_codes() -> bytes | None:
    """The neutral cost of every BMP code point, as ``_neutral_cost`` uses them (a byte each:
    ``str.translate`` takes the bytes as its table): the block prices (the first listed block
    wins, as in ``_block_cost``), then the listed characters. None if some cost is not a whole
    number of nats under 256, which the trick cannot carry. Worked out once (about 10 ms) and
    kept in the start-up cache (:func:`..regex_cache.derived`), keyed by the character data."""
    from .data.chardata import HANZI_COST_TIERS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY

    data = "\n".join([*(f"{cost}:{chars}" for cost, chars in sorted(HANZI_COST_TIERS.items())),
                      SIMPLIFIED_ONLY, TRADITIONAL_ONLY])
    fingerprint = f"{zlib.crc32(data.encode()):08x}-{len(data)}"
    codes: bytes | None = rx.derived("cost-codes", fingerprint, 0, _cost_codes, __file__)
    return codes


def _cost_codes() -> bytes | None:
    table = costs()
    prices = [*table.values(), *(cost for *_, cost in BLOCK_COSTS), UNBLOCKED, CONTROL]
    prices += [extra for script in ("simplified", "traditional") for extra, _ in _extras(script)]
    if not all(float(price).is_integer() and 0 <= price < 256 for price in prices):
        return None
    codes = [-1] * 0x10000
    for first, last, cost in reversed(BLOCK_COSTS):
        if first < len(codes):
            last = min(last, len(codes) - 1)
            codes[first : last + 1] = [int(cost)] * (last + 1 - first)
    for code, cost in enumerate(codes):
        if cost < 0:  # in no block (so no need to search them again, as _block_cost would)
            codes[code] = int(_unblocked_cost(chr(code)))
    for char, cost in list(table.items()):
        if char <= "\uffff":
            codes[ord(char)] = int(cost)
    return bytes(codes)


@cache
def _extras(script: Script) -> tuple[tuple[float, re.Pattern[str]], ...]:
    """What characters cost in ``script`` beyond their neutral cost: (extra, a regex matching
    any one of them; single matches count faster than runs where they are dense)."""
    neutral, table = costs(), costs(script)
    chars_by_extra: dict[float, list[str]] = {}
    for char, cost in list(table.items()):
        if cost != neutral[char]:
            chars_by_extra.setdefault(cost - neutral[char], []).append(char)
    return tuple(
        (extra, rx.compile("[" + "".join(map(re.escape, sorted(chars))) + "]"))
        for extra, chars in sorted(chars_by_extra.items())
    )


def script_cost(text: str, script: Script, cost: float) -> float:
    """``text_cost(text, script)`` from the text's neutral cost ``cost``, counting only the
    characters that cost more in ``script`` (a few regex scans instead of a second sum)."""
    for extra, chars in _extras(script):
        cost += extra * len(chars.findall(text))
    return cost


def likeliest_script(text: str, cost: float | None = None) -> tuple[Script, float]:
    """The script ``text`` reads best as, and its cost read that way (``cost``, if given, is
    its neutral cost ``text_cost(text)``)."""
    if cost is None:
        cost = text_cost(text)
    simplified = script_cost(text, "simplified", cost)
    traditional = script_cost(text, "traditional", cost)
    if traditional < simplified:
        return "traditional", traditional
    return "simplified", simplified


@dataclass(frozen=True)
class TextProfile:
    """What a decoding looks like as a Chinese report, beyond its cost."""

    chars: int
    damaged: int  # marker characters: bytes that could not be decoded
    controls: int  # control, unassigned and private-use characters
    non_ascii: int
    non_ascii_cost: float

    @property
    def mean_non_ascii_cost(self) -> float:
        return self.non_ascii_cost / self.non_ascii if self.non_ascii else 0.0


def profile(text: str, cost: float | None = None) -> TextProfile:
    """Count what makes a decoding implausible as text (``cost``, if given, is its neutral
    cost ``text_cost(text)``).

    The ASCII characters are priced and counted by class with byte operations, the damage
    markers by a regex, and the non-ASCII characters that may be controls (those outside every
    block priced below ``_ODD``) are looked up one by one; the non-ASCII cost is what is left.
    """
    classes, class_costs = _ascii_classes()
    ascii_classes = text.encode("ascii", "ignore").translate(classes)
    ascii_cost = 0.0
    controls = 0
    for code, class_cost in class_costs:
        count = ascii_classes.count(code)
        ascii_cost += count * class_cost
        if class_cost >= _ODD:
            controls += count
    # (Where no cost is given, only the non-ASCII characters are priced and scanned: a saved
    # page is mostly markup, and the whole costs are whole numbers, so the sums are the same.)
    wide = text if cost is not None else _non_ascii(text)
    non_ascii_cost = float(cost - ascii_cost) if cost is not None else text_cost(wide)
    table = costs()
    for run in _maybe_odd().findall(wide):
        controls += sum(
            table[char] >= _ODD for char in run if not MARKER_FIRST <= char <= MARKER_LAST
        )
    damaged = damaged_bytes(text)
    non_ascii = len(text) - len(ascii_classes)
    return TextProfile(len(text), damaged, controls, non_ascii, non_ascii_cost)


def _non_ascii(text: str) -> str:
    """The characters of ``text`` beyond ASCII, in order: its UTF-8 bytes less the ASCII ones,
    which no multi-byte sequence holds (byte operations, ten times a regex's speed; lone
    surrogates, the damage markers, pass through)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode(
        "utf-8", "surrogatepass")


_ASCII_BYTES = bytes(range(0x80))


@cache
def _ascii_classes() -> tuple[bytes, tuple[tuple[int, float], ...]]:
    """A ``bytes.translate`` table from each ASCII byte to a class byte, and each class's cost."""
    table = costs()
    distinct = sorted({table[chr(code)] for code in range(0x80)})
    # Only ASCII bytes are translated; the upper half of the table just has to exist.
    mapping = bytes(distinct.index(table[chr(code % 0x80)]) for code in range(0x100))
    return mapping, tuple(enumerate(distinct))


@cache
def _maybe_odd() -> re.Pattern[str]:
    """Runs of non-ASCII characters that may cost ``_ODD`` or more: every code point whose first
    matching block is that dear or that no block covers, and any listed that dear (markers,
    priced by their own block, are never among them)."""
    bounds = {0x80, 0x110000}.union(*((first, last + 1) for first, last, _ in BLOCK_COSTS))
    edges = sorted(edge for edge in bounds if edge >= 0x80)  # ASCII is counted apart
    ranges = []
    for first, end in pairwise(edges):
        block = next((cost for low, high, cost in BLOCK_COSTS if low <= first <= high), None)
        if block is None or block >= _ODD:
            ranges.append((first, end - 1))
    listed = [ord(char) for char, cost in costs().items() if cost >= _ODD and char >= "\x80"]
    ranges += [(code, code) for code in listed]
    body = "".join(f"{re.escape(chr(first))}-{re.escape(chr(last))}" for first, last in ranges)
    return rx.compile(f"[{body}]+")


@cache
def word_pairs() -> dict[str, str]:
    """Each character → the characters that follow it inside common words (loaded once)."""
    from .data.bigrams import WORD_PAIRS

    return {group[0]: group[1:] for group in WORD_PAIRS.split()}
