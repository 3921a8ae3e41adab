"""Numbers as reports write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.numbers import PERCENT, chinese_to_number, percent_value, to_number


@pytest.mark.parametrize(("text", "value"), [
    ("三十五", 35), ("一百零八", 108), ("六百", 600), ("十二", 12), ("十", 10), ("两千", 2000),
    ("一千零五十", 1050), ("二〇〇八", 2008), ("八十七点六", 87.6), ("三百一十六", 316),
    ("1,250", 1250), ("385.6", 385.6), ("22", 22),
])
def test_numbers_in_every_written_form(text: str, value: float) -> None:
    """Arabic, grouped, decimal and Chinese numerals all give their value."""
    assert to_number(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("92.4%", 92.4), ("百分之八十七点六", 87.6), ("百分之百", 100), ("90%", 90),
])
def test_percentages(text: str, value: float) -> None:
    """Both percent forms give the number of percent."""
    match = PERCENT.search(text)
    assert match is not None and percent_value(match) == value


def test_malformed_chinese_numerals_are_refused() -> None:
    """Something that is not a numeral gives None, not a guess."""
    assert chinese_to_number("点") is None
    assert to_number("") is None


_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """A test-side writer of Chinese numerals below 10,000 (independent of the reader)."""
    if n == 0:
        return "零"
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero:
                out += "零"
            out += _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out[1:] if out.startswith("一十") else out


@given(st.integers(min_value=0, max_value=9999))
def test_chinese_numerals_round_trip(n: int) -> None:
    """Every number below ten thousand, written in Chinese, reads back as itself."""
    assert chinese_to_number(_chinese(n)) == n
