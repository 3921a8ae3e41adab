"""Rosters: the rows under a roster's heading (:mod:`.brands_rosters` finds the headings) —
one winner a line, a numbered row, or a table printed with ``|`` between its cells — and the
winner's name in each row, until a line that names none."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache as rx
from .common import stripped
from .lexicon.brand_lists import LISTED_NOTE
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_rosters import (
    FIRM_COLUMN,
    PRODUCT_COLUMN,
    ROSTER_HEADER,
    ROSTER_NAME,
    ROSTER_NAME_END,
)
from .lexicon.brands import find_brand_terms

SENTENCE_MARK = rx.compile(r"[，,。；;！？!?]")  # (no name, nor a heading, holds one)
_NUMBER_CELL = rx.compile(r"[\d\s.]*")
_ROW_NUMBER = rx.compile(r"\s*(?:\d{1,4}[、.．\s]|[（(](?:\d{1,4}|[一二三四五六七八九十]{1,3})[)）])\s*")
_REWARD = rx.compile(r"(?:奖金|奖励)[:：]?\s*[\d.]+万?元")
_FOOTER = rx.compile(r"版权|copyright|技术支持|主办|承办|电话|地址|ICP|备案", re.IGNORECASE)
_DATE = rx.compile(r"年.{1,3}月|月.{1,3}日")  # a notice's date line (二〇一〇年五月六日)
# What closes a group's heading, not a winner's name: 二、某某名牌企业, （三）获奖单位名单
_GROUP_END = rx.compile(r"(?:企业|单位|的产品|名单|名录)[:：]?\s*$")
# A line heading a part of a roster (大中型企业, 再次获奖组织): Han characters only
_PART_HEADING = rx.compile(r"[^\W\d_a-zA-Z]+")
_LONGEST_PART = 10
# A row numbered 1. 2. … (not （一）: a notice's next part may open so)
_DIGIT_ROW = rx.compile(r"\s*\d{1,3}[、.．]\s*")
# A note closing a numbered row: (申报单位:某某公司)
_ROW_NOTE = rx.compile(r"[（(][^）)]*[:：][^）)]*[)）]$")
# A person and the post he holds in brackets (某某（某某集团总经理）): the person
_PERSON_ROW = rx.compile(r"(?P<name>[^\W\d_a-zA-Z]{2,4})[（(][^（()）]{2,30}"
                         r"(?:董事长|总经理|总裁|厂长|院长|主任|总工程师)[)）]")
_PRODUCT_TITLES = frozenset({"china_top_brand", "provincial_brand", "municipal_brand",
                             "regional_brand", "inspection_exempt", "geographical_indication"})


def roster_rows(view: str, lines: list[tuple[int, int]], category: str,
                extra: re.Pattern[str] | None, counted: bool = False) -> Iterator[tuple[int, int]]:
    """The winners named in the lines after a heading, until a line that names none. A short
    unnumbered line between numbered rows (大中型企业, 服务业) heads a part of the roster;
    under a heading that counts its winners (一、某某奖(3个)) a numbered row is a winner
    whatever its shape (a project's name, without its note in brackets)."""
    blank = 0
    for number, (start, end) in enumerate(lines):
        text = view[start:end]
        if not text.strip():
            blank += 1
            if blank > 1:
                return
            continue
        if number == blank and _header_row(view, start, end):
            continue  # (企业名称 获奖产品: the columns' header, printed without bars, first)
        blank = 0
        if "|" in text:
            yield from _table(view, lines[number:], category, extra)
            return
        # (rows run together when line ends were lost: 某公司 奖金:20万元某厂 奖金:10万元)
        if _part_heading(view, start, end) and _numbered_next(view, lines[number + 1:]):
            continue
        if counted and (row := _numbered_row(view, start, end)) is not None:
            yield row
            continue
        for row_start, row_end in _pieces(view, start, end):
            name = _line_name(view, row_start, row_end, category, extra)
            if name is None:
                return
            yield name


def _header_row(view: str, start: int, end: int) -> bool:
    """Whether a line holds only column headers, parted by blanks (企业名称 获奖产品)."""
    cells = view[start:end].split()
    return len(cells) >= 2 and all(ROSTER_HEADER.fullmatch(cell) for cell in cells)


def _part_heading(view: str, start: int, end: int) -> bool:
    """Whether a roster line heads a part of it: a few words, no number, mark or title."""
    start, end = stripped(view, start, end)
    return 2 <= end - start <= _LONGEST_PART and _PART_HEADING.fullmatch(view, start, end) is not None \
        and not find_brand_terms(view[start:end])


def _numbered_next(view: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the next line that is not blank is a numbered row."""
    for start, end in lines:
        if view[start:end].strip():
            return _ROW_NUMBER.match(view, start, end) is not None
    return False


def _numbered_row(view: str, start: int, end: int) -> tuple[int, int] | None:
    """The name of a numbered row (1.某某系统研发), up to a note in brackets at its end."""
    number = _DIGIT_ROW.match(view, start, end)
    if number is None or _FOOTER.search(view, start, end):
        return None
    start, end = stripped(view, number.end(), end)
    if (note := _ROW_NOTE.search(view, start, end)) is not None:
        end = note.start()
    if not 2 <= end - start <= 30 or SENTENCE_MARK.search(view, start, end) or \
            _DATE.search(view, start, end) or find_brand_terms(view[start:end]):
        return None
    return start, end


def _pieces(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A roster line cut after each reward it names."""
    for reward in _REWARD.finditer(view, start, end):
        yield start, reward.end()
        start = reward.end()
    if view[start:end].strip():
        yield start, end


def _line_name(view: str, start: int, end: int, category: str,
               extra: re.Pattern[str] | None) -> tuple[int, int] | None:
    """The winner a roster line names: its first words, up to a blank, a note or a reward;
    of a firm and its product side by side, the product when the title is one of products."""
    if _FOOTER.search(view, start, end):
        return None  # 某某网络科技有限公司 版权所有: the page's footer, after a cut list
    number = _ROW_NUMBER.match(view, start, end)
    start = number.end() if number else start
    if find_brand_terms(view[start:end]) or _GROUP_END.search(view, start, end):
        return None  # （二）某省名牌产品, 二、某类企业: the next group's heading, no winner
    while start < end and view[start].isspace():
        start += 1
    person = _PERSON_ROW.fullmatch(view, start, stripped(view, start, end)[1])
    if person:
        return person.span("name")
    words: list[tuple[int, int]] = []
    cursor = start
    while cursor < end and len(words) < 3:
        stop = ROSTER_NAME_END.search(view, cursor, end)
        word_end = stop.start() if stop else end
        if word_end > cursor:
            words.append((cursor, word_end))
        if stop is None or not (view[stop.start()].isspace() or view[stop.start()] in "—－"):
            break  # (a blank or a dash parts a firm from its product; a note ends the name)
        cursor = stop.end()
        while cursor < end and (view[cursor].isspace() or view[cursor] in "—－"):
            cursor += 1
    words = [_without_note(view, *w) for w in words]
    named = [w for w in words if _is_name(view[w[0]:w[1]], extra)]
    if not named or named[0] != words[0]:
        return None  # a line that does not open with a name ends the roster
    if category in _PRODUCT_TITLES:
        marked = [w for w in named if "牌" in view[w[0]:w[1]]]
        if marked:
            return marked[0]
    return named[0]


def _without_note(view: str, start: int, end: int) -> tuple[int, int]:
    """A word without the note in brackets that closes it: 某牌电缆（某某电缆有限公司）, the
    maker beside its product."""
    note = LISTED_NOTE.search(view, start, end)
    if note and note.start() - start >= 2 and view[end - 1] in "）)":
        return start, note.start()
    return start, end


def _table(view: str, lines: list[tuple[int, int]], category: str,
           extra: re.Pattern[str] | None) -> Iterator[tuple[int, int]]:
    """The winners in a table printed with ``|`` between cells (a cell a line, or a row a
    line): the product column when the title is one of products and there is one, else the
    firm column, else the first column that is not a number."""
    cells: list[tuple[int, int]] = []
    for start, end in lines:
        if "|" not in view[start:end]:
            break
        cursor = start
        for bar in re.finditer(r"\|", view[start:end]):
            cells.append(stripped(view, cursor, start + bar.start()))
            cursor = start + bar.end()
        if view[cursor:end].strip():
            cells.append(stripped(view, cursor, end))
    cells = [c for c in cells if c[1] > c[0]]
    header = []
    for cell in cells:
        if not ROSTER_HEADER.fullmatch(view, *cell):
            break
        header.append(view[cell[0]:cell[1]])
    if not header:
        return
    width = len(header)
    wanted = None
    if category in _PRODUCT_TITLES:
        wanted = next((i for i, h in enumerate(header) if PRODUCT_COLUMN.search(h)), None)
    if wanted is None:
        wanted = next((i for i, h in enumerate(header) if FIRM_COLUMN.search(h)), None)
    if wanted is None:
        return
    body = cells[width:]
    for row in range(0, len(body) - width + 1, width):
        cell = body[row + wanted]
        if _is_name(view[cell[0]:cell[1]], extra) or (
                not _NUMBER_CELL.fullmatch(view, *cell) and 2 <= cell[1] - cell[0] <= 30
                and not NOT_A_NAME.search(view, *cell)):
            yield cell


def _is_name(text: str, extra: re.Pattern[str] | None = None) -> bool:
    shaped = ROSTER_NAME.fullmatch(text) or (extra is not None and extra.fullmatch(text))
    return 2 <= len(text) <= 30 and bool(shaped) and not _DATE.search(text) \
        and not SENTENCE_MARK.search(text) and not NOT_A_NAME.search(text)
