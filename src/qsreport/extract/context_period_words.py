"""Years written in Chinese numerals (二〇〇五年, 二00九年, 一九九八年), read as the digits they
stand for, for :mod:`.context_period`: the same year as 2005年, dating what follows it."""

from __future__ import annotations

from .. import regex_cache as rx

_DIGITS = {"〇": "0", "零": "0", "○": "0", "0": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2",
           "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
# 19xx written 一九.., 20xx written 二〇.. (or with Arabic or letter zeros), before 年.
_CHINESE_YEAR = rx.compile(r"(?:一九|二[〇零○0ＯO])[〇零○0ＯO一二三四五六七八九]{2}(?=\s*年)")


def digit_years(view: str) -> str:
    """``view`` with every year written in Chinese numerals written in digits, character for
    character (the same length, so every offset holds)."""
    if _CHINESE_YEAR.search(view) is None:
        return view
    return _CHINESE_YEAR.sub(lambda m: "".join(_DIGITS[c] for c in m.group()), view)
