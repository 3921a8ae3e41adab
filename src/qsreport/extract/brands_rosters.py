"""Rosters: winners listed one a line (or one a table row) under a line that names the title,
as notices print them (附件：某年某省名牌产品名单, then the rows; 二、获“某省名牌”的企业,
then one firm a line)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import regex_cache as rx
from ..models import BrandHonour
from ..segmenting.spans import LINE
from .brands_honours_checks import not_won_yet
from .brands_not_won import NotWonBefore
from .brands_won import honour_won
from .common import SENTENCE_END, Doc, stripped
from .lexicon.brand_lists import GROUP_NUMBER, GROUP_TAIL, LISTED_NOTE
from .lexicon.brand_rosters import (
    ANNOUNCED_WON,
    ANNOUNCES_BELOW,
    ANNOUNCING_LINE,
    FIRM_COLUMN,
    PRODUCT_COLUMN,
    ROSTER_HEADER,
    ROSTER_LEAD,
    ROSTER_NAME,
    ROSTER_NAME_END,
    ROSTER_NOTE,
    ROSTER_PLACE,
    ROSTER_PRODUCT,
    ROSTER_TAIL,
    ROSTER_WON,
)
from .lexicon.brands import (
    NOT_A_NAME,
    brand_category,
    find_brand_terms,
    honour_only,
    places_win,
)

_SENTENCE_MARK = rx.compile(r"[，,。；;！？!?]")
_NUMBER_CELL = rx.compile(r"[\d\s.]*")
_ROW_NUMBER = rx.compile(r"\s*(?:\d{1,4}[、.．\s]|[（(](?:\d{1,4}|[一二三四五六七八九十]{1,3})[)）])\s*")
_REWARD = rx.compile(r"(?:奖金|奖励)[:：]?\s*[\d.]+万?元")
_FOOTER = rx.compile(r"版权|copyright|技术支持|主办|承办|电话|地址|ICP|备案", re.IGNORECASE)
_DATE = rx.compile(r"年.{1,3}月|月.{1,3}日")  # a notice's date line (二〇一〇年五月六日)
_GROUP_LINE = rx.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])",
                        re.MULTILINE)  # a numbered group's heading may head a roster
# What closes a group's heading, not a winner's name: 二、某某名牌企业, （三）获奖单位名单
_GROUP_END = rx.compile(r"(?:企业|单位|的产品|名单|名录)[:：]?\s*$")
_LONGEST_HEADING = 45
# The count a group's heading gives its winners: 一、某某奖(17家)
_HEADING_COUNT = rx.compile(r"[（(]共?[\d一二三四五六七八九十两]+(?:家|个|项|件)[)）][:：]?\s*$")
# A line heading a part of a roster (大中型企业, 再次获奖组织): Han characters only
_PART_HEADING = rx.compile(r"[^\W\d_a-zA-Z]+")
_LONGEST_PART = 10
# A prize of an award named after it (某质量奖|卓越项目奖, |鼓励奖): the award's group too
_SUB_PRIZE = rx.compile(r"[^\W\d_a-zA-Z]{1,8}?奖")
# A row numbered 1. 2. … (not （一）: a notice's next part may open so)
_DIGIT_ROW = rx.compile(r"\s*\d{1,3}[、.．]\s*")
# A note closing a numbered row: (申报单位:某某公司)
_ROW_NOTE = rx.compile(r"[（(][^）)]*[:：][^）)]*[)）]$")
# A roster's heading that ends inside a line, rows after it on the same line
_INLINE_HEAD_END = rx.compile(r"(?:名单|名录)[:：]?(?=[ \t\u3000\xa0]+\S)")
_CHUNK = rx.compile(r"[^ \t\u3000\xa0\n]+")
_NUMBER_ONLY = rx.compile(r"\d{1,3}[.、．]?")
# A line that heads the winners' list, no title in it (表彰名单, 获奖名单如下：): the lines
# under it are titles, each with its winners after it
_LIST_HEADING = rx.compile(r"(?:表彰|获奖|授奖)(?:单位|企业|个人|对象)?名单(?:如下)?[:：]?")
# What may stand before a title on such a line: a year, a place, an edition
_TITLE_LEAD = rx.compile(r"(?:\d{4}年度?)?(?:[^\W\d_a-zA-Z]{1,6}?(?:省|市|县|区|自治州))?"
                         r"(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]+届)?")
# A person and the post he holds in brackets (某某（某某集团总经理）): the person
_PERSON_ROW = rx.compile(r"(?P<name>[^\W\d_a-zA-Z]{2,4})[（(][^（()）]{2,30}"
                         r"(?:董事长|总经理|总裁|厂长|院长|主任|总工程师)[)）]")
_PRODUCT_TITLES = frozenset({"china_top_brand", "provincial_brand", "municipal_brand",
                             "regional_brand", "inspection_exempt", "geographical_indication"})


def extract_roster_honours(doc: Doc) -> list[BrandHonour]:
    """The winners listed under each roster heading of ``doc``, in text order."""
    view = doc.view
    if not doc.names_brand_terms():
        return []  # (every roster's heading, or a line under it, names the title its rows won)
    if "名单" not in view and "的企业" not in view and "的单位" not in view \
            and "的产品" not in view and not _GROUP_LINE.search(view) \
            and ANNOUNCING_LINE.search(view) is None:
        return []
    lines = [(m.start(), m.end()) for m in LINE.finditer(view)]
    out: list[BrandHonour] = []
    under_list = False  # below a line that heads the winners' list (表彰名单), no title in it
    for index, (start, end) in enumerate(lines):
        if _LIST_HEADING.fullmatch(view, *stripped(view, start, end)):
            under_list = True
            continue
        if SENTENCE_END.search(view, start, end):
            under_list = False
        term = _heading_term(doc, start, end) or _announcing_term(doc, start, end)
        if term is None and under_list:
            term = _title_line(doc, start, end)
        if term is None:
            out += _inline_rosters(doc, start, end)
            continue
        category = brand_category(term)
        counted = _HEADING_COUNT.search(view, start, end) is not None
        for name_start, name_end in _rows(view, lines[index + 1:], category, _extra(term), counted):
            out.append(honour_won(doc, name_start, name_end, term, category=category))
    return out


def _extra(term: re.Match[str]) -> re.Pattern[str] | None:
    """What else a row may name under ``term``: a protected product is named bare (龙井茶), a
    demonstration zone is a place."""
    if brand_category(term) == "geographical_indication":
        return ROSTER_PRODUCT
    return ROSTER_PLACE if places_win(term) else None


def _inline_rosters(doc: Doc, start: int, end: int) -> list[BrandHonour]:
    """The winners of a roster whose line ends were lost: its heading and its rows in one
    line, the rows parted by blanks (…名单: A公司 B公司 C厂, or 1. A公司 2. B公司)."""
    view = doc.view
    out: list[BrandHonour] = []
    for head_end in _INLINE_HEAD_END.finditer(view, start, end):
        head_start = max(start, max(view.rfind(mark, start, head_end.start()) for mark in "。！？!?") + 1)
        term = _heading_term(doc, head_start, head_end.end())
        if term is None:
            continue
        rows: list[tuple[int, int]] = []
        number_at = None
        for chunk in _CHUNK.finditer(view, head_end.end(), end):
            if _NUMBER_ONLY.fullmatch(chunk.group()):
                number_at = chunk.start()  # (1. A公司: the number and its row are one)
                continue
            rows.append((chunk.start() if number_at is None else number_at, chunk.end()))
            number_at = None
        category = brand_category(term)
        out += [honour_won(doc, name_start, name_end, term, category=category)
                for name_start, name_end in _rows(view, rows, category, _extra(term))]
    return out


def _heading_term(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The title a roster heading names, if ``view[start:end]`` is one: a short line of only
    a title and its lead and tail words, no shortlist or application."""
    view = doc.view
    start, end = stripped(view, start, end)
    last = view.rfind("。", start, end)
    if last >= 0 and view[end - 1] in ":：":
        start = last + 1  # (…通过考核。现公布第四批某某示范区名单：the heading ends a paragraph)
    if not 4 <= end - start <= _LONGEST_HEADING or _SENTENCE_MARK.search(view, start, end):
        return None
    terms = doc.brand_terms(start, end)
    if len(terms) != 1:
        return None
    term = terms[0]
    lead = ROSTER_LEAD.fullmatch(view, start, term.start())
    tail = ROSTER_TAIL.fullmatch(view, term.end(), end)
    if lead is None or tail is None:
        return _group_heading(doc, start, end, term)
    if tail.group("holders") and not ROSTER_WON.search(lead.group()) and \
            not ROSTER_WON.search(tail.group("holders")):
        return None  # 某省名牌的企业: not a list of winners unless a verb says they won (获奖单位)
    note = ROSTER_NOTE.search(view, start, end)
    plain = view[start:note.start() if note else end]  # (新申报287个产品): a count, not a plea
    if not_won_yet(plain):
        return None
    return term


def _announcing_term(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The title a sentence ending its line on a colon gives the names listed under it (经评审，
    以下3家企业获得某市市长质量奖：), if its last sentence points down the page, names one
    title and a verb of giving or winning, and nothing before it in that sentence says the names
    only applied or stand on a shortlist (拟授予, 公示): how many applied, told earlier, is no
    shortlist of the names below."""
    view = doc.view
    start, end = stripped(view, start, end)
    if end - start < 6 or view[end - 1] not in ":：":
        return None
    start = max(start, max(view.rfind(mark, start, end) for mark in "。！？!?") + 1)
    if ANNOUNCES_BELOW.search(view, start, end) is None or \
            ANNOUNCED_WON.search(view, start, end) is None:
        return None
    terms = doc.brand_terms(start, end)
    if len(terms) != 1 or not_won_yet(view, start, end):  # (the announcing sentence only)
        return None
    return terms[0]


def _title_line(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The title a line under a list's heading (表彰名单) names, if the line is only a title,
    its year and place before it and a prize of it after (2020年某省省长质量奖提名奖): the
    names on the lines after it won it, unless the text before says they only stand on a
    shortlist (拟表彰, 公示) or applied."""
    view = doc.view
    start, end = stripped(view, start, end)
    terms = doc.brand_terms(start, end)
    if len(terms) != 1 or not _TITLE_LEAD.fullmatch(view, start, terms[0].start()):
        return None
    after = terms[0].end()
    if after != end and not _SUB_PRIZE.fullmatch(view, after, end):
        return None
    return None if _not_won_before(doc, start) else terms[0]  # (拟表彰名单的公示: a shortlist)


def _group_heading(doc: Doc, start: int, end: int, term: re.Match[str]
                   ) -> re.Match[str] | None:
    """The title of a numbered group of a notice's winners (一、某市市长质量奖（3家）), if
    ``view[start:end]`` is one and nothing before it says the notice only proposes them
    (拟, 公示) or lists applicants."""
    view = doc.view
    number = GROUP_NUMBER.fullmatch(view, start, term.start())
    tail = GROUP_TAIL.fullmatch(view, term.end(), end)
    if tail is None and honour_only(term) and (prize := _SUB_PRIZE.match(view, term.end(), end)):
        tail = GROUP_TAIL.fullmatch(view, prize.end(), end)  # 二、某质量奖卓越项目奖（3个）
    if number is None or tail is None or (tail.group("holders") and not number.group("won")):
        return None
    if _not_won_before(doc, start):
        return None
    return term


def _not_won_before(doc: Doc, at: int) -> bool:
    """``not_won_yet(doc.view[:at])``, without reading the whole text before ``at`` again."""
    return doc.fact_of_report("not won yet before", lambda: NotWonBefore(doc.view)).before(at)


def _rows(view: str, lines: list[tuple[int, int]], category: str,
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
    if not 2 <= end - start <= 30 or _SENTENCE_MARK.search(view, start, end) or \
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
        and not _SENTENCE_MARK.search(text) and not NOT_A_NAME.search(text)
