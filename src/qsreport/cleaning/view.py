"""The match view: a same-length copy of the cleaned text folded for matching (full-width
digits, letters and punctuation to ASCII, traditional characters to simplified), the script a
text is written in, and conversion between the scripts. Rules match on the view; reports quote
the cleaned text at the same offsets."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from functools import lru_cache

from .. import regex_cache as rx

# Full-width ASCII (U+FF01–U+FF5E) and the ideographic space, folded to ASCII one for one.
_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH = rx.compile("[\u3000\uff01-\uff5e]")
_HALF_WIDTH = {chr(wide): chr(narrow) for wide, narrow in _WIDTH_TABLE.items()}

# The last text folded and its fold: the pipeline folds the same text twice, in match_view
# and again in detect_script. Compared by identity, so a hit costs nothing.
_last_fold: tuple[str, str] = ("", "")


def fold_width(text: str) -> str:
    """``text.translate(_WIDTH_TABLE)``, faster: str.translate looks every character up in
    the table from Python objects, while a text holds only a few distinct full-width
    characters (，：（）…), each replaced everywhere by one C-level str.replace."""
    global _last_fold
    last = _last_fold
    if last[0] is text:
        return last[1]
    folded = text
    at = 0  # nothing before ``at`` is left to fold
    while (wide := _FULL_WIDTH.search(folded, at)) is not None:
        folded = folded.replace(wide.group(), _HALF_WIDTH[wide.group()])
        at = wide.start()
    _last_fold = (text, folded)
    return folded


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc  # ~15 ms; only parse needs it

    converter = opencc.OpenCC("t2s")
    return converter.convert  # type: ignore[no-any-return,unused-ignore]


def to_simplified(text: str) -> str:
    """Simplified script, same length: phrase-level conversion where it keeps the length,
    character by character where it would not."""
    convert = _t2s()
    if len(text) <= _CONVERTED_AT_ONCE:
        converted = convert(text)
    else:
        # A block of lines at a time: OpenCC holds a text twice more in UTF-8 while it
        # converts it. No phrase of its dictionaries holds a line break, so none spans two
        # blocks, and the blocks convert as the whole text does.
        converted = "".join([convert(block) for block in line_blocks(text, _CONVERTED_AT_ONCE)])
    if len(converted) == len(text):
        return converted
    # Each distinct character converted once, then replaced everywhere in C: a big text
    # converted a character at a time was millions of OpenCC calls.
    singles = {}
    for char in set(text):
        if "\u3400" <= char <= "\u9fff":
            single = convert(char)
            if len(single) == 1 and single != char:
                singles[ord(char)] = single
    return text.translate(singles)


_CONVERTED_AT_ONCE = 1 << 16  # characters


def line_blocks(text: str, size: int) -> Iterator[str]:
    """``text`` in pieces of whole lines, each of some ``size`` characters (or one longer
    line)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def match_view(text: str) -> str:
    """The text folded for matching; same length as ``text``, so offsets are shared."""
    if len(text) <= _SHORT:
        return _short_view(text)
    return to_simplified(fold_width(text))


# Names, titles, units and a page's lines are folded again and again (a winner's name by
# each check of it): a short text's view is kept, the conversion being a call into OpenCC.
_SHORT = 80


@lru_cache(maxsize=4096)
def _short_view(text: str) -> str:
    return to_simplified(fold_width(text))


# Common characters that exist only in simplified script (their traditional forms differ).
_SIMPLIFIED_ONLY = frozenset(
    "们这个为会说来时过国对学发经还后点动种样现两进产业质监标准检验关于区监门开长问题认证书"
    "应该实际总规划务条机构实现农业环节体导报项举办级华网络执东单价节约车电厂场乡镇县"
)


_SIMPLIFIED_ONLY_RE = rx.compile("[" + "".join(sorted(_SIMPLIFIED_ONLY)) + "]")


def detect_script(text: str, view: str | None = None) -> str:
    """'simplified', 'traditional' or 'mixed', from characters only one script uses.

    ``view`` is the text's match view when the caller has it (saves a conversion).
    """
    folded = fold_width(text)
    simplified = view if view is not None else to_simplified(folded)
    traditional = _differences(folded, simplified)  # only script differs between them
    simplified_only = len(_SIMPLIFIED_ONLY_RE.findall(text))
    if traditional <= simplified_only // 20:
        return "simplified"
    if simplified_only <= traditional // 20:
        return "traditional"
    return "mixed"


def _differences(first: str, second: str) -> int:
    """How many positions the two texts differ at (over the shorter one's length)."""
    if first == second:
        return 0
    if len(first) != len(second):
        return sum(map(operator.ne, first, second))
    # The same count without a Python step per character: as UTF-32, each character is one
    # 32-bit word; XOR the texts as two big integers, so that a word is non-zero where they
    # differ, then OR every bit of a word down into its lowest bit (shifting right by 16, 8,
    # 4, 2 and 1 brings bits 1-31 of the word there; what the shifts bring into the other
    # bits from the word above is masked off) and count those lowest bits.
    # (surrogatepass: a lone surrogate, from bytes that did not decode, is a word like others)
    # Block by block: the integers of a whole 10 MB report held some 30 MB at once.
    count = 0
    for at in range(0, len(first), _BLOCK):
        one, other = first[at:at + _BLOCK], second[at:at + _BLOCK]
        if one == other:
            continue
        diff = int.from_bytes(one.encode("utf-32-le", "surrogatepass"), "little") \
            ^ int.from_bytes(other.encode("utf-32-le", "surrogatepass"), "little")
        for shift in (16, 8, 4, 2, 1):
            diff |= diff >> shift
        lowest_bits = _LOWEST_BITS if len(one) == _BLOCK else \
            int.from_bytes(b"\x01\x00\x00\x00" * len(one), "little")
        count += (diff & lowest_bits).bit_count()
    return count


_BLOCK = 1 << 15  # characters compared at once by _differences
_LOWEST_BITS = int.from_bytes(b"\x01\x00\x00\x00" * _BLOCK, "little")


@lru_cache(maxsize=1)
def _s2t() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("s2t").convert  # type: ignore[no-any-return,unused-ignore]


def convert_script(text: str, script: str) -> str:
    """The text in simplified or traditional script (``qsreport decode --to``)."""
    return to_simplified(text) if script == "simplified" else _s2t()(text)
