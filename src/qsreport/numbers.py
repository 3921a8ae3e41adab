"""One recognizer for every way a report writes a number.

Arabic (``1,250``, ``385.6``), full-width (``１４``, folded by the match view before we see it),
Chinese (``三十五``, ``一百零八``, ``六百``, ``两千``), percentages (``92.4%``, ``百分之八十七点六``),
each optionally scaled by ``万``/``亿``, which stays in the unit as the document wrote it.
"""

from __future__ import annotations

import re

from .regex_prefilter import compile_fast

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8,
           "捌": 8, "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_CHARS = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟"

# A Chinese numeral must contain a digit or 十 and may not be a lone 一/两 inside ordinary
# words (一是, 一批, 两个体系) — callers decide by the unit that follows.
CHINESE_NUMBER = rf"[{CN_CHARS}]+(?:点[{CN_CHARS}]+)?"
ARABIC_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

PERCENT = compile_fast(
    # The lookbehinds keep a match from starting inside a run of digits (or a 1,234 group),
    # which would rescan the run from each of its digits.
    rf"百分之(?P<cn>{CHINESE_NUMBER}|{ARABIC_NUMBER})|(?<![\d.])(?<!\d\d\d,)(?P<ar>{ARABIC_NUMBER})\s*%"
)


def chinese_to_number(text: str) -> int | float | None:
    """Value of a Chinese numeral (``一百零八`` → 108, ``八十七点六`` → 87.6); None if malformed."""
    if "点" in text:
        whole, _, frac = text.partition("点")
        head = chinese_to_number(whole) if whole else 0
        if head is None or not frac or any(c not in _DIGITS for c in frac):
            return None
        return float(f"{head}.{''.join(str(_DIGITS[c]) for c in frac)}")
    if all(c in _DIGITS for c in text) and len(text) > 1:
        # Digit-by-digit form, as in 二〇〇八.
        return int("".join(str(_DIGITS[c]) for c in text))
    total, current = 0, 0
    seen_digit = False
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
            seen_digit = True
        elif char in _SMALL_UNITS:
            unit = _SMALL_UNITS[char]
            total += (current if seen_digit else 1) * unit
            current, seen_digit = 0, False
        else:
            return None
    return total + current


def to_number(text: str) -> int | float | None:
    """Value of an Arabic or Chinese number as written; None if it is not one."""
    text = text.replace(",", "")
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text) if "." in text else int(text)
        except ValueError:
            return None
    return chinese_to_number(text)


def percent_value(match: re.Match[str]) -> int | float | None:
    """The number of a :data:`PERCENT` match."""
    return to_number(match.group("cn") or match.group("ar"))
