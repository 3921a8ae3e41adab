"""Decoded text → cleaned text: small named repair steps that keep an offset map.

Each step is a pure function ``str -> list[Edit]``; :func:`clean` applies the steps in order and
composes their offset maps, so every character of the cleaned text knows where it stood in the
decoded text. Spans in a Report point into the cleaned text (what ``qsreport decode`` prints).

The *match view* (:func:`match_view`, in :mod:`.view`) is a same-length copy of the cleaned
text folded for matching: full-width digits, letters and punctuation to ASCII, traditional
characters to simplified. Rules match on it; reports quote the cleaned text at the same offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .. import regex_cache as rx
from ..chars import HAN
from .edits import Edit, Step, apply_edits, merge_edits, remove_matches
from .offsetmap import OffsetMap
from .view import (
    convert_script,
    detect_script,
    fold_width,
    match_view,
    to_simplified,
)

__all__ = [
    "PAGE_FURNITURE", "STEPS", "CleanOptions", "Cleaned", "Edit", "apply_edits", "clean",
    "convert_script", "detect_script", "drop_page_furniture", "fold_width", "join_wrapped_lines",
    "match_view", "normalize_line_endings", "strip_control_characters",
    "strip_pinyin_annotations", "to_simplified", "trim_lines",
]


@dataclass(frozen=True)
class CleanOptions:
    """One switch per cleaning step."""

    normalize_line_endings: bool = True
    strip_control_characters: bool = True
    join_wrapped_lines: bool = True
    strip_pinyin_annotations: bool = True
    drop_page_furniture: bool = True
    trim_lines: bool = True


@dataclass
class Cleaned:
    """The cleaned text, where each character came from, and what each step did."""

    text: str
    offsets: OffsetMap  # offsets[i] = index in the decoded text of cleaned char i
    counts: dict[str, int] = field(default_factory=dict)  # step name → edits made

    @property
    def pinyin_removed(self) -> int:
        return self.counts.get("strip_pinyin_annotations", 0)


_LINE_END = rx.compile(r"\r\n?|[\u2028\u2029\x85]")


def normalize_line_endings(text: str) -> list[Edit]:
    """CRLF and lone CR become LF; Unicode line/paragraph separators too."""
    # Most texts have none: four C-level scans are cheaper than one regex scan.
    if not any(char in text for char in "\r\u2028\u2029\x85"):
        return []
    return [Edit(m.start(), m.end(), "\n") for m in _LINE_END.finditer(text)]


_CONTROL = rx.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def strip_control_characters(text: str) -> list[Edit]:
    """Drop C0 and C1 controls (but tab and newline), zero-width and bidi marks, stray BOMs."""
    return [Edit(m.start(), m.end()) for m in _CONTROL.finditer(text)]


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_TONED_SET = frozenset(_TONED)
# The parenthesis comes first and the look-behind after it (checking the character before it
# is Han): a pattern that starts with a character class lets the regex engine skip ahead to
# the next parenthesis, where one starting with a look-behind is tried at every position.
_PINYIN = rx.compile(
    rf"[(（](?<={HAN}[(（])([a-z{_TONED}]{{1,7}})[)）]"
)
_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv][a-z]{0,4}"
# What strip_pinyin_annotations removes once a document has toned pinyin: the annotations
# above that hold a tone mark or read as one toneless syllable. (One group round it all: see
# _REMOVALS.)
_REMOVED_PINYIN = rx.compile(
    rf"([(（](?<={HAN}[(（])(?:(?=[a-z{_TONED}]{{0,6}}[{_TONED}])[a-z{_TONED}]{{1,7}}"
    rf"|{_SYLLABLE})[)）])"
)


def strip_pinyin_annotations(text: str) -> list[Edit]:
    """Remove pinyin glued after a character, ``質(zhì)`` → ``質``; keep ``標準(項目)``.

    A parenthesis counts as pinyin when it holds one syllable of Latin letters with a tone mark.
    Toneless syllables (``(de)``) are removed only in documents that already carry toned ones,
    so that a stray ``(a)`` in an ordinary report is left alone.
    """
    pattern = _pinyin_removals(text)
    return [] if pattern is None else [Edit(*m.span()) for m in pattern.finditer(text)]


def _pinyin_removals(text: str) -> re.Pattern[str] | None:
    """The pattern whose every match strip_pinyin_annotations removes from ``text``, or None
    when the text has no toned pinyin (and nothing is removed)."""
    if not any(not _TONED_SET.isdisjoint(m.group(1)) for m in _PINYIN.finditer(text)):
        return None
    return _REMOVED_PINYIN


# Page furniture: counters, print/close links, font switches, QR prompts. Rules as data; each
# pattern matches a whole piece of furniture, wherever it sits on a line.
PAGE_FURNITURE: tuple[str, ...] = (
    r"[点點][击擊](?:数|數|率|量)?[:：][ \t]*\d*[ \t]*次?",
    r"(?:浏览|瀏覽|阅读|閱讀)(?:次数|次數|量)?[:：][ \t]*\d*[ \t]*次?",
    r"[扫掃][码碼](?:投诉|投訴|分享|阅读|閱讀)",
    r"[【\[][ \t]*字[体體][ \t]*[:：]?[ \t]*[大中小 \t]+[】\]]",
    r"(?:[【\[]|(?<![ \t]))[ \t]*(?:打印本[页頁]|打印文章|[关關]闭窗口|[关關]閉窗口|返回[顶頂]部|加入收藏)"
    r"[ \t]*[】\]]?",
    r"(?:上一篇|下一篇)[:：][^\n]*",
)
_FURNITURE = rx.compile("|".join(f"(?:{p})" for p in PAGE_FURNITURE))

# Every place where a piece of furniture can start: a superset, kept in step with
# PAGE_FURNITURE (tests/test_cleaning.py checks the two agree). Each alternative opens with a
# literal character, so the engine jumps from one such character to the next in C; _FURNITURE
# itself has alternatives that open with a look-behind and is tried at every position. The
# print/close links may start at the first of the spaces or tabs before them, hence the two
# last alternatives (a space or tab not preceded by another one).
_FURNITURE_STARTS = rx.compile(
    r"点[击擊]|點[击擊]|浏览|瀏覽|阅读|閱讀|扫[码碼]|掃[码碼]|【|\[|上一篇|下一篇"
    r"|打印|关[闭閉]|關[闭閉]|返回|加入| (?<![ \t] )|\t(?<![ \t]\t)"
)


def drop_page_furniture(text: str) -> list[Edit]:
    """Remove page furniture such as ``點擊:次``, ``掃碼投訴``, ``【字体：大 中 小】``."""
    # The same matches as _FURNITURE.finditer(text): the leftmost match at or after
    # ``position``, except that only the places _FURNITURE_STARTS finds are tried. Matching
    # at such a place sees the whole text, look-behinds included, as a search would.
    edits: list[Edit] = []
    position = 0
    while (start := _FURNITURE_STARTS.search(text, position)) is not None:
        found = _FURNITURE.match(text, start.start())
        if found is None:
            position = start.start() + 1
        elif found.end() > found.start():
            edits.append(Edit(found.start(), found.end()))
            position = found.end()
        else:  # no rule matches an empty string; were one to, step past it as finditer does
            position = found.end() + 1
    return edits


# The patterns open with a character, not a look-behind (see _PINYIN). _LINE_TAIL: a run of
# white space that starts the run (the look-behind, after the first character, sees it and
# the one before it) and ends a line. _LINE_HEAD: the white space after a line break, as
# group 1 (consuming the break changes nothing: the next match needs another one).
_SPACE = "[ \t\u3000\xa0]"
_LINE_TAIL = rx.compile(rf"{_SPACE}(?<!{_SPACE}{_SPACE}){_SPACE}*(?=\n)")
_LINE_HEAD = rx.compile(rf"\n({_SPACE}+)")
_BLANK_LINES = rx.compile(rf"\n(?:{_SPACE}*\n){{2,}}")


def trim_lines(text: str) -> list[Edit]:
    """Strip white space (full-width too) at both ends of lines; collapse runs of blank lines
    to one blank line; drop blank lines at the start and end of the text."""
    edits = [Edit(m.start(), m.end()) for m in _LINE_TAIL.finditer(text)]
    edits += [Edit(m.start(1), m.end(1)) for m in _LINE_HEAD.finditer(text)]
    stripped = text.strip()
    head, tail = 0, len(text)
    if stripped:
        head = text.index(stripped[0])
        tail = len(text.rstrip())
        if head:
            edits.append(Edit(0, head))
        if tail < len(text):
            edits.append(Edit(tail, len(text)))
    # Blank lines between the first and the last character only: a run at an end is dropped
    # with it (collapsed first, it would outrank the drop and stay, and a second cleaning
    # would remove it: 三个空行后的正文 must clean to the same text once or twice).
    edits += [Edit(m.start(), m.end(), "\n\n") for m in _BLANK_LINES.finditer(text, head, tail)]
    return merge_edits(edits)


# A hard-wrapped text (a PDF's lines, a plain-text file wrapped at a fixed width) breaks
# sentences wherever the line ran out: 中国名牌产品⏎12个. In text written one paragraph a
# line, nearly every line of some length ends a sentence; in wrapped text most do not. When a
# text is wrapped, a break is joined where the line before it does not end a sentence and the
# next line does not start an item (一、 （二） 3. ·). The first line (a title), publish lines,
# headings and short lines such as table rows keep their breaks. Joined before the pinyin step, so 关⏎(guān)系 reads as 关(guān)系.
_WRAP_MIN_LINES = 4
_WRAP_LONG = 15  # lines this long are counted
_WRAP_SHARE = 0.7  # of them, at least this many end mid-sentence in a wrapped text
_WRAP_JOINED = 12  # a shorter line keeps its break
_NUMBERED_HEADING = 40  # 四、加强技术支撑，检验能力进一步提升: a heading, not a wrapped item
_ENDS_SENTENCE = frozenset("。！？；：!?;:…”」』）)")
_STARTS_ITEM = rx.compile(r"[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[·•●■◆]")
# A heading: words without a comma or stop, often two phrases with a space between.
_HEADING_LIKE = rx.compile(r"[^，,。、；;：:！？!?]{1,24}")
_DEBRIS = rx.compile(r"[|｜>»]|当前位置|您的位置|當前位置")  # menus and breadcrumbs
# A table's row: a line ending in three or more numbers with blanks between (酒类  35  34
# 97.1%): the breaks before and after it end rows, whatever wrapping did to the text's other
# lines.
_TABLE_ROW = rx.compile(r"(?:.*\s)?\d[\d,.]*%?(?:\s+\d[\d,.]*%?){2,}")
# A row of a table written a line a row with no header (甲类 抽检12批次 合格率91.7%): a short
# name, then only figures with their units, each after a metric's word at most, keeps its
# breaks; not a sentence's counts (全区抽检，共抽检37批次，合格36批次，: 共 is prose).
_METRIC = (r"(?:抽检|抽查|抽样|检验|检测|检查|不合格|合格率|合格|总数|数量)?"
           r"(?:企业|单位|产品|样品|商品|门店)?[:：为]?\s*")
_LISTED_ROW = rx.compile(r"[\u4e00-\u9fff][^\d\s:：,，]{1,15}[\s:：,，]+"
                         r"(?:" + _METRIC + r"\d[\d,.]*\s*(?:个批次|批次|批|件|家|%)[\s,，;；]*){2,}")
_WRAPPED_BREAK = rx.compile(r"[ \t\u3000\xa0]*\n[ \t\u3000\xa0]*")


def join_wrapped_lines(text: str) -> list[Edit]:
    """Join the line breaks wrapping made inside sentences (see above)."""
    from ..segmenting.metaline import SIGNATURE_DATE, is_meta_line

    # Lines are measured without glued pinyin: 標(biāo) ends in ")" but not a sentence, and a
    # 14-character heading with its annotations is 29 characters long.
    # The lines are measured one at a time, and kept only for a wrapped text: a copy of a big
    # report without its annotations, a list of its lines and another of them stripped held
    # four copies of it at once.
    # The count stops once the lines left could not make the text a wrapped one were each
    # long and open-ended (with a line to spare against rounding): a text written a paragraph
    # a line is told from its first third or so.
    long = open_ended = 0
    left = text.count("\n") + 1  # lines not yet measured
    for line in _stripped_lines(text):
        left -= 1
        if len(line) >= _WRAP_LONG and not _DEBRIS.search(line) and not is_meta_line(line):
            long += 1
            open_ended += line[-1] not in _ENDS_SENTENCE
            if _WRAP_SHARE * long - open_ended >= (1 - _WRAP_SHARE) * left + 1:
                return []
    if long < _WRAP_MIN_LINES or open_ended < _WRAP_SHARE * long:
        return []
    lines = list(_stripped_lines(text))
    edits = []
    # Each break holds one line end, so the index-th break ends lines[index], measured above.
    for index, match in enumerate(_WRAPPED_BREAK.finditer(text)):
        before = lines[index]
        line_end = text.find("\n", match.end())
        after = text[match.end():line_end if line_end >= 0 else len(text)]
        next_line = after.strip()
        if (index > 0 and len(before) >= _WRAP_JOINED and before[-1] not in _ENDS_SENTENCE
                and next_line and not _STARTS_ITEM.match(after)
                and not _HEADING_LIKE.fullmatch(before) and not _DEBRIS.search(before)
                and not _table_row(before) and not _table_row(next_line)
                and not (_STARTS_ITEM.match(before) and len(before) <= _NUMBERED_HEADING)
                and not is_meta_line(before) and not is_meta_line(after)
                and not SIGNATURE_DATE.fullmatch(next_line)):
            latin = before[-1].isascii() and before[-1].isalnum() and after[:1].isascii()
            edits.append(Edit(match.start(), match.end(), " " if latin else ""))
    return edits


def _table_row(line: str) -> bool:
    """Whether the stripped ``line`` is a table's row, of figures or of cells with their
    metrics' words (its breaks are kept)."""
    return _TABLE_ROW.fullmatch(line) is not None or _LISTED_ROW.fullmatch(line) is not None


def _stripped_lines(text: str) -> Iterator[str]:
    """Each line of ``text`` without glued pinyin, stripped, one at a time. (No annotation
    holds a line break, nor starts a line, so removing them line by line leaves each line as
    removing them from the whole text at once would.)"""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        if "(" in line or "（" in line:
            line = _PINYIN.sub("", line)
        yield line.strip()
        start = end + 1


STEPS: tuple[tuple[str, Step], ...] = (
    ("normalize_line_endings", normalize_line_endings),
    ("strip_control_characters", strip_control_characters),
    ("join_wrapped_lines", join_wrapped_lines),
    ("strip_pinyin_annotations", strip_pinyin_annotations),
    ("drop_page_furniture", drop_page_furniture),
    ("trim_lines", trim_lines),
)


# Steps whose edits are the matches of one pattern, each removed: :func:`clean` applies them
# without an Edit a match (a big report's glued pinyin runs to hundreds of thousands, whose
# Edit objects were the peak of its memory). Each gives the pattern for a text, or None. A
# pattern is one group round the whole of it, its matches are never empty, and none spans a
# line break or looks behind past the start of its line (what remove_matches relies on).
_REMOVALS: dict[str, Callable[[str], re.Pattern[str] | None]] = {
    "strip_pinyin_annotations": _pinyin_removals,
}


def clean(text: str, options: CleanOptions | None = None) -> Cleaned:
    """Run every enabled step in order and return the cleaned text with its offset map."""
    options = options or CleanOptions()
    offsets = OffsetMap(len(text))
    counts: dict[str, int] = {}
    for name, step in STEPS:
        if not getattr(options, name):
            continue
        removals = _REMOVALS.get(name)
        if removals is not None:
            pattern = removals(text)
            counts[name] = 0
            if pattern is not None:
                text, offsets, counts[name] = remove_matches(text, offsets, pattern)
            continue
        edits = step(text)
        counts[name] = len(edits)
        if edits:
            text, offsets = apply_edits(text, offsets, edits)
    return Cleaned(text, offsets, counts)
