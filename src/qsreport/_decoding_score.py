"""How plausible a decoded text is as a Chinese report: the cost model the decoder ranks by.

A character's cost is roughly its negative log frequency (nats) in Chinese writing, so the
cost of a text is how surprising it would be as Chinese. The true decoding of some bytes is
far less surprising than any wrong one: a GBK file read as Big5 becomes a stream of random,
mostly rare characters, and Big5 read as GBK falls into rare and private-use code points.
Hanzi costs come from a frequency table (``_decoding_chardata``); everything else is priced
by Unicode block, with control and private-use characters dearest.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

DAMAGED_BYTE = 16.0  # one byte no decoding explains; dearer than any character per byte
RARE_HANZI = 15.0  # a CJK ideograph missing from the table
CONTROL = 20.0
IMPLAUSIBLE_MEAN = 12.0  # mean cost of non-ASCII characters beyond which nothing reads
_USUAL = 11.0  # up to here a character is ordinary in a report
_ODD = 18.0  # private use and worse: a text has these only by accident

# Marks left by the decoding error handler: one lone surrogate per undecodable byte.
MARKER_FIRST, MARKER_LAST = "\udc00", "\udcff"

_COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～－／＋＝　"
_PINYIN_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňɑɡ"
_ASCII_COSTS = {"letter": 5.0, "digit": 5.0, "space": 3.0, "punctuation": 6.0}

# (first, last, cost) for code points outside the frequency table, first match wins.
_BLOCK_COSTS: tuple[tuple[int, int, float], ...] = (
    (0x2460, 0x24FF, 8.0),  # enclosed numbers ① ⑴ ⒈, common as list markers
    (0x2160, 0x217F, 8.0),  # Roman numerals Ⅰ Ⅱ
    (0x25A0, 0x25FF, 9.0),  # geometric shapes ■ ● ◆ used as bullets
    (0x2600, 0x26FF, 10.0),  # ★ ☆
    (0x3000, 0x303F, 9.0),  # other CJK punctuation
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


@cache
def _cost_table() -> dict[str, float]:
    """Costs of the characters that are common enough to list one by one."""
    from ._decoding_chardata import HANZI_COST_TIERS

    table: dict[str, float] = {}
    for cost, chars in HANZI_COST_TIERS.items():
        table.update(dict.fromkeys(chars, float(cost)))
    table.update(dict.fromkeys(_COMMON_PUNCTUATION, 5.0))
    table.update(dict.fromkeys(_PINYIN_LETTERS, 7.0))
    for code in range(0x80):
        char = chr(code)
        if char.isalpha():
            table[char] = _ASCII_COSTS["letter"]
        elif char.isdigit():
            table[char] = _ASCII_COSTS["digit"]
        elif char in " \t\n\r\f\v":
            table[char] = _ASCII_COSTS["space"]
        elif char.isprintable():
            table[char] = _ASCII_COSTS["punctuation"]
        else:
            table[char] = CONTROL
    return table


@lru_cache(maxsize=8192)
def _block_cost(char: str) -> float:
    """The cost of a character the table does not list, from its Unicode block."""
    code = ord(char)
    for first, last, cost in _BLOCK_COSTS:
        if first <= code <= last:
            return cost
    category = unicodedata.category(char)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return CONTROL
    return 12.0


def char_cost(char: str) -> float:
    """How surprising one character is in a Chinese report, in nats."""
    cost = _cost_table().get(char)
    return _block_cost(char) if cost is None else cost


@dataclass(frozen=True)
class TextProfile:
    """What a decoding looks like as a Chinese report, summed over its characters."""

    cost: float  # total surprise, nats: the number candidates are ranked by
    chars: int
    damaged: int  # marker characters: bytes that could not be decoded
    controls: int  # control, unassigned and private-use characters
    non_ascii: int
    non_ascii_cost: float

    @property
    def mean_non_ascii_cost(self) -> float:
        return self.non_ascii_cost / self.non_ascii if self.non_ascii else 0.0


def profile(text: str) -> TextProfile:
    """Score a (marked) decoding in one pass over its distinct characters."""
    table = _cost_table()
    cost = non_ascii_cost = 0.0
    damaged = controls = non_ascii = 0
    for char, count in Counter(text).items():
        each = table.get(char)
        if each is None:
            each = _block_cost(char)
        cost += count * each
        if char >= "\x80":
            non_ascii += count
            non_ascii_cost += count * each
            if MARKER_FIRST <= char <= MARKER_LAST:
                damaged += count
            elif each >= _ODD:
                controls += count
        elif each >= CONTROL:
            controls += count
    return TextProfile(cost, len(text), damaged, controls, non_ascii, non_ascii_cost)


@cache
def unusual_pair() -> re.Pattern[str]:
    """Two unusual characters close together: the trace of a misaligned multi-byte run."""
    usual = sorted(char for char, cost in _cost_table().items() if cost <= _USUAL and char >= " ")
    ranges = "".join(
        f"{chr(first)}-{chr(last)}" for first, last, cost in _BLOCK_COSTS if cost <= _USUAL
    )
    unusual = "[^" + "".join(re.escape(char) for char in usual) + ranges + "\t\n\r]"
    return re.compile(f"{unusual}.?{unusual}")
