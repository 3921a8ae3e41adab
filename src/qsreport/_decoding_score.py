"""How plausible a decoded text is as a Chinese report: the cost model the decoder ranks by.

A character's cost is roughly its negative log frequency (nats) in Chinese writing, so the
cost of a text is how surprising it would be as Chinese. The true decoding of some bytes is
far less surprising than any wrong one: a GBK file read as Big5 becomes a stream of random,
mostly rare characters, and Big5 read as GBK falls into rare and private-use code points.
Hanzi costs come from a frequency table (``_decoding_chardata``); everything else is priced
by Unicode block, with control and private-use characters dearest. A text is written in one
script, so a reading can also be scored as simplified or as traditional text, where the other
script's characters cost a little more: that tells a misaligned stretch of common but
wrong-script characters from the real text around it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Literal

Script = Literal["either", "simplified", "traditional"]

DAMAGED_BYTE = 12.0  # one byte no decoding explains: two cost more than any real character
RARE_HANZI = 15.0  # a CJK ideograph missing from the table
CONTROL = 20.0
IMPLAUSIBLE_MEAN = 12.0  # mean cost of non-ASCII characters beyond which nothing reads
_USUAL = 11.0  # up to here a character is ordinary in a report
_ODD = 18.0  # private use and worse: a text has these only by accident
_OTHER_SCRIPT = 4.0  # extra cost of a simplified-only character in traditional text, and back
_TABLE_LIMIT = 1 << 17

# Marks left by the decoding error handler: one lone surrogate per undecodable byte.
MARKER_FIRST, MARKER_LAST = "\udc00", "\udcff"

_COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·％～－／＋＝　"
_PINYIN_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňɑɡ"

# (first, last, cost) for code points outside the frequency table, first match wins.
_BLOCK_COSTS: tuple[tuple[int, int, float], ...] = (
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


@cache
def costs(script: Script = "either") -> CostTable:
    """The cost of each character in text of ``script`` (tables are built on first use)."""
    from ._decoding_chardata import HANZI_COST_TIERS, SIMPLIFIED_ONLY, TRADITIONAL_ONLY

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
    for first, last, cost in _BLOCK_COSTS:
        if first <= code <= last:
            return cost
    if unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs"):
        return CONTROL
    return 12.0


def text_cost(text: str, script: Script = "either") -> float:
    """How surprising a text is as a Chinese report: the sum of its characters' costs."""
    return sum(map(costs(script).__getitem__, text))


def likeliest_script(text: str) -> tuple[Script, float]:
    """The script ``text`` reads best as, and its cost read that way."""
    simplified = text_cost(text, "simplified")
    traditional = text_cost(text, "traditional")
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


def profile(text: str) -> TextProfile:
    """Count what makes a decoding implausible as text, in one pass over its characters."""
    table = costs()
    non_ascii_cost = 0.0
    damaged = controls = non_ascii = 0
    for char, count in Counter(text).items():
        cost = table[char]
        if char >= "\x80":
            non_ascii += count
            non_ascii_cost += count * cost
        if MARKER_FIRST <= char <= MARKER_LAST:
            damaged += count
        elif cost >= _ODD:
            controls += count
    return TextProfile(len(text), damaged, controls, non_ascii, non_ascii_cost)


@cache
def _unusual_char(script: Script) -> re.Pattern[str]:
    listed = costs(script).items()
    usual = sorted(char for char, cost in listed if cost <= _USUAL and char >= " ")
    ranges = "".join(
        f"{chr(first)}-{chr(last)}" for first, last, cost in _BLOCK_COSTS if cost <= _USUAL
    )
    return re.compile("[^" + "".join(re.escape(char) for char in usual) + ranges + "\\s]")


def has_unusual(text: str, start: int, end: int, script: Script) -> bool:
    """Whether ``text[start:end]`` holds a character unusual in a report of ``script``."""
    return _unusual_char(script).search(text, max(0, start), end) is not None


def unusual_pairs(text: str, script: Script) -> list[int]:
    """Where two unusual characters stand close together: the trace of a misaligned run."""
    pairs = []
    previous = -3
    for match in _unusual_char(script).finditer(text):
        if match.start() - previous <= 2:
            pairs.append(previous)
        previous = match.start()
    return pairs
