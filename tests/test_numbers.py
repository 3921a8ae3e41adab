"""Numbers as reports write them."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport.numbers import CHINESE_NUMBER, PERCENT, chinese_to_number, percent_value, to_number


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


@pytest.mark.parametrize(("text", "value"), [
    ("一万二千三百零五", 12305), ("一万六千零四十", 16040), ("三千四百万", 34_000_000),
    ("十万", 100_000), ("两万五千", 25_000), ("一亿二千万", 120_000_000),
    ("三亿零五百万", 305_000_000), ("一万亿", 1_000_000_000_000), ("一万零二", 10_002),
])
def test_numerals_with_wan_and_yi_groups(text: str, value: int) -> None:
    """A 万 or 亿 inside a numeral closes a group of four digits."""
    assert chinese_to_number(text) == value


@pytest.mark.parametrize(("text", "value"), [
    ("一千二", 1200), ("三百五", 350), ("一万二", 12_000), ("两万五", 25_000), ("一百零五", 105),
])
def test_a_bare_digit_after_a_unit_counts_the_next_unit_down(text: str, value: int) -> None:
    """一千二 is 1200, as it is said; after a 零 the digit counts itself (一百零五)."""
    assert chinese_to_number(text) == value


@pytest.mark.parametrize(("written", "number"), [
    ("三千四百万元", "三千四百"),  # the closing 万 is the figure's scale (3400 万元)
    ("一万二千三百零五起", "一万二千三百零五"),  # a 万 with digits after it is inside
    ("五点二万家", "五点二"),
    ("一亿二千万元", "一亿二千万"),  # a group after 亿 keeps its 万: never 一亿二千 of 万元
    ("十万人次", "十"),
])
def test_a_closing_wan_is_left_to_the_unit(written: str, number: str) -> None:
    """The numeral pattern stops before a 万/亿 that ends the number."""
    match = re.match(CHINESE_NUMBER, written)
    assert match is not None and match.group() == number


@pytest.mark.parametrize(("text", "value"), [
    ("1万489", 10_489), ("2万3000", 23_000), ("12万0050", 120_050),
])
def test_digits_with_a_wan_inside_them(text: str, value: int) -> None:
    """1万489 is 10489: the digits after the 万 are its lower group."""
    assert to_number(text) == value


def test_a_figure_reads_digits_with_a_wan_inside_them() -> None:
    """共检查1万489台 counts 10489 台; a closing 万 is still the scale (3万台)."""
    from qsreport.extract.figures import figure_pattern, find_figures

    pattern = figure_pattern("台")
    text = "共检查1万489台，另有3万台，又查2万5台"
    got = [(f.value, f.scale) for f in find_figures(pattern, text, 0, len(text))]
    assert got == [(10_489, ""), (3, "万")]


@pytest.mark.parametrize(("text", "value"), [("卅", 30), ("廿五", 25), ("三百卅", 330), ("卌", 40)])
def test_tens_written_in_one_character(text: str, value: int) -> None:
    """廿, 卅 and 卌 are twenty, thirty and forty (各抽查卅台)."""
    assert to_number(text) == value


def test_malformed_chinese_numerals_are_refused() -> None:
    """Something that is not a numeral gives None, not a guess."""
    assert chinese_to_number("点") is None
    assert to_number("") is None
    assert chinese_to_number("万") is None
    assert chinese_to_number("三百二五") is None


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


def _chinese_large(n: int) -> str:
    """A test-side writer of Chinese numerals below 10¹², with 万 and 亿 groups."""
    if n < 10_000:
        return _chinese(n)
    for size, unit in ((100_000_000, "亿"), (10_000, "万")):
        if n >= size:
            high, low = divmod(n, size)
            head = _chinese_large(high) + unit
            if low == 0:
                return head
            # A lower group that does not fill its four digits is written after a 零.
            return head + ("零" if low < size // 10 else "") + _chinese_large(low)
    raise AssertionError(n)  # pragma: no cover


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_large_chinese_numerals_round_trip(n: int) -> None:
    """Every number below a million million, written with 万 and 亿, reads back as itself."""
    assert chinese_to_number(_chinese_large(n)) == n
