"""One recognizer for every way a report writes a number.

Arabic (``1,250``, ``385.6``), full-width (``１４``, folded by the match view before we see it),
Chinese (``三十五``, ``一百零八``, ``两千``, ``一万六千零四十``, ``一千二``), percentages
(``92.4%``, ``百分之八十七点六``). A ``万``/``亿`` that ends a number is its scale and stays in
the unit as the document wrote it (``三千四百万元`` is 3400 万元, ``1.2万`` is 1.2 万); one
inside a Chinese numeral is part of its value (``一万二千`` is 12000). The words around a
number (``近``, ``余``, ``多``) are the figure pattern's business, not this module's.
"""

from __future__ import annotations

import re

from .regex_prefilter import compile_fast

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
           "捌": 8, "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
# The group units: each closes a group of up to four digits (一万二千 = 1·10⁴ + 2000).
_GROUP_UNITS = {"万": 10_000, "亿": 100_000_000}
# (廿, 卅, 卌: twenty, thirty, forty in one character, 卅台 is 30 台)
_NUMERAL_CHARS = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟廿卅卌"
_TENS_IN_ONE = str.maketrans({"廿": "二十", "卅": "三十", "卌": "四十"})
# A year of the Republic's calendar, as Taiwan writes it (113年, 民国105年): the Western year is
# 1911 after it; the years a bare number may be (60 to 130: 1971 to 2041) and not a count.
ROC_BEGAN = 1911
ROC_YEARS = range(60, 131)
# Every character a Chinese numeral is written with, 万 and 亿 included. The figure patterns
# use it so that no figure starts inside a numeral (二千三百零五 of 一万二千三百零五).
CN_CHARS = _NUMERAL_CHARS + "万亿"

# A Chinese numeral. A 万 or 亿 is inside it only when digits follow (a closing one is the
# figure's scale: 三千四百|万元), except the 万 of a group after 亿, which counts in that
# group (一亿二千万元 is 120000000 元, never 一亿二千 of 万元). Callers decide by the unit
# that follows whether a lone 一/两 is a number (一是, 一批, 两个体系 are words).
CHINESE_NUMBER = (rf"[{_NUMERAL_CHARS}]+(?:亿[{_NUMERAL_CHARS}]+(?:万[{_NUMERAL_CHARS}]*)?"
                  rf"|万[{_NUMERAL_CHARS}]+)?(?:点[{_NUMERAL_CHARS}]+)?")
ARABIC_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Digits with a 万 inside them, its lower group written out in three or four digits (1万489 is
# 10489, 2万3000 is 23000): a count as reports in traditional script often write one. A 万 with
# fewer digits after it (2万5) is left alone: spoken, and read either way.
ARABIC_WAN_NUMBER = r"\d{1,4}万\d{3,4}(?![\d.])"

PERCENT = compile_fast(
    # The lookbehinds keep a match from starting inside a run of digits (or a 1,234 group),
    # which would rescan the run from each of its digits.
    rf"百分之(?P<cn>{CHINESE_NUMBER}|{ARABIC_NUMBER})|(?<![\d.])(?<!\d\d\d,)(?P<ar>{ARABIC_NUMBER})\s*%"
)

# The unit one step below each unit: what a bare digit after it counts (一千二 is 1200,
# 两万五 is 25000, 三百五 is 350).
_NEXT_LOWER = {100: 10, 1000: 100, 10_000: 1000, 100_000_000: 10_000_000}


def chinese_to_number(text: str) -> int | float | None:
    """Value of a Chinese numeral (``一百零八`` → 108, ``八十七点六`` → 87.6, ``一万二千三百零五``
    → 12305, ``一千二`` → 1200); None if malformed."""
    text = text.translate(_TENS_IN_ONE)
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = chinese_to_number(whole) if whole else 0
        if head is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        return float(f"{head}.{''.join(str(_DIGITS[c]) for c in frac)}")
    if all(c in _DIGITS for c in text) and len(text) > 1:
        # Digit-by-digit form, as in 二〇〇八.
        return int("".join(str(_DIGITS[c]) for c in text))
    total = 0  # what the groups closed by 万 and 亿 count
    group = 0  # the group being read, below 万
    digit: int | None = None  # the digit waiting for its unit
    last_unit = 0  # the unit just before that digit, 0 after a 零
    for char in text:
        if char in _DIGITS:
            if digit:
                return None  # two digits in a row (一二), outside the digit-by-digit form
            digit = _DIGITS[char]
            if digit == 0:
                digit, last_unit = None, 0  # 零 holds a place: 一百零八 is 100 + 8
        elif char in _SMALL_UNITS:
            last_unit = _SMALL_UNITS[char]
            group += (1 if digit is None else digit) * last_unit
            digit = None
        elif char in _GROUP_UNITS:
            last_unit = _GROUP_UNITS[char]
            section = group + (digit or 0)
            if last_unit == 100_000_000:
                section += total  # 亿 closes what came before it too (一万亿)
                total = 0
            if not section:
                return None  # a group unit with nothing to count (万 alone, 万万)
            total += section * last_unit
            group, digit = 0, None
        else:
            return None
    if digit and last_unit in _NEXT_LOWER:
        # A bare digit right after a unit counts the next unit down: 一千二 is 1200.
        digit *= _NEXT_LOWER[last_unit]
    return total + group + (digit or 0)


def to_number(text: str) -> int | float | None:
    """Value of an Arabic or Chinese number as written; None if it is not one."""
    text = text.replace(",", "")
    if not text:
        return None
    if text[0].isdigit():
        high, wan, low = text.partition("万")
        if wan:
            return int(high) * 10_000 + int(low) if high.isdigit() and low.isdigit() else None
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return None
    return chinese_to_number(text)


def percent_value(match: re.Match[str]) -> int | float | None:
    """The number of a :data:`PERCENT` match."""
    return to_number(match.group("cn") or match.group("ar"))
