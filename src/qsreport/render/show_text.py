"""What a ``qsreport show`` page needs of a report's text: the text made safe to show
without changing a single offset, the text in its other script character for character, and
every number it writes with the numbers no item used.

Pure functions of strings, each linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from functools import partial
from typing import NamedTuple

from ..numbers import CHINESE_NUMBER, chinese_to_number
from ..regex_prefilter import compile_fast

# Characters that would reorder, hide or break the page's text: controls but tab and newline,
# bidi embeddings, overrides, isolates and marks, zero-width characters, lone surrogates. In
# the text they become U+FFFD one for one, so offsets and lengths stay as the spans count them.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"
    "\ufff9-\ufffb\ud800-\udfff]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def neutral_text(text: str) -> str:
    """``text`` with every hidden character (see ``_HIDDEN``) shown as U+FFFD; same length."""
    return _HIDDEN.sub("\ufffd", text)


def other_scripts(text: str, script: str) -> dict[str, str]:
    """The text in each script it is not written in, where that differs from it: character
    for character, so that a page can swap its text nodes by offset (in UTF-16 units too)."""
    from ..cleaning import convert_script

    found: dict[str, str] = {}
    for target in ("simplified", "traditional"):
        if target == script:
            continue
        converted = _aligned(text, partial(convert_script, script=target))
        if converted != text:
            found[target] = converted
    return found


def _aligned(text: str, convert: Callable[[str], str]) -> str:
    """``convert(text)`` where it keeps every character in place; line by line, and then
    character by character (each distinct character converted once), where a phrase's
    conversion would not."""
    whole = convert(text)
    if _same_shape(text, whole):
        return whole
    lines = text.split("\n")
    for number, line in enumerate(lines):
        converted = convert(line)
        if not _same_shape(line, converted):
            singles = {char: convert(char) for char in set(line)}
            table = {char: single for char, single in singles.items()
                     if _same_shape(char, single)}
            converted = "".join(table.get(char, char) for char in line)
        lines[number] = converted
    return "\n".join(lines)


def _same_shape(text: str, other: str) -> bool:
    """The two have the same length, and characters outside the BMP (two UTF-16 units) at the
    same places."""
    return len(text) == len(other) and (
        [m.start() for m in _ASTRAL.finditer(text)] == [m.start() for m in _ASTRAL.finditer(other)])


class Number(NamedTuple):
    """A number written in the text, and what it looks like: ``figure``, ``date`` (a year,
    month, day or time) or ``ordinal`` (第三批, 十二、, (3), a list's 1. at a line's start)."""

    start: int
    end: int
    kind: str


# Run on the match view (full width folded, simplified script): a date or time as one piece;
# an Arabic number with its grouping, decimals and a % or 万/亿 after it; a Chinese numeral,
# with 百分之 before it. Arabic numbers never start inside another (after a digit, or after a
# digit's decimal point or thousands comma).
_NUMBER = compile_fast(
    r"(?P<date>(?<!\d)\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?(?!\d)|(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?!\d))"
    r"|(?P<arabic>(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:\s?%|[万亿])?)"
    rf"|(?P<chinese>(?:百分之)?{CHINESE_NUMBER})"
)
_UNITS_IN_NUMERAL = frozenset("十拾百佰千仟万亿点")
# A lone Chinese digit is a number only before a counter (三个, 五家, 两批; 一 only before 万
# or 亿: 一个 and 一批 are words as often as figures).
_COUNTERS = frozenset("个项家起批次人名件台座所条种户元吨万亿")
_DATE_AFTER = frozenset("年月日号时")
_ORDINAL_AFTER = frozenset("、是)")


def find_numbers(view: str) -> list[Number]:
    """Every number the match view writes, each with its kind (see :class:`Number`)."""
    found = []
    for match in _NUMBER.finditer(view):
        start, end = match.span()
        if match.lastgroup == "date":
            found.append(Number(start, end, "date"))
            continue
        after = view[end:end + 1]
        before = view[start - 1:start] if start else ""
        if match.lastgroup == "chinese" and not _is_chinese_number(match.group(), after):
            continue
        if after in _DATE_AFTER:
            kind = "date"
        elif before == "第" or (after in _ORDINAL_AFTER and (before in ("(", "\n", "") or after != ")")):
            kind = "ordinal"
        elif after == "." and before in ("\n", "") and match.lastgroup == "arabic":
            kind = "ordinal"  # a list's "1." at the start of a line
        else:
            kind = "figure"
        found.append(Number(start, end, kind))
    return found


def _is_chinese_number(written: str, after: str) -> bool:
    body = written.removeprefix("百分之")
    if len(body) == 1:
        return after in _COUNTERS and (body != "一" or after in "万亿")
    if _UNITS_IN_NUMERAL.isdisjoint(body):  # digit by digit: a year (二〇〇八), not 一一 or 三三
        return len(body) >= 4
    return chinese_to_number(body) is not None


def _covered(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The union of ``spans`` as sorted, disjoint runs: their starts and their ends."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def passed_over(numbers: list[Number], spans: Iterable[tuple[int, int]]) -> list[Number]:
    """The numbers that overlap no item's span."""
    starts, ends = _covered(spans)
    left = []
    for number in numbers:
        run = bisect.bisect_left(ends, number.start + 1)  # the first run ending after its start
        if run < len(starts) and starts[run] < number.end:
            continue
        left.append(number)
    return left
