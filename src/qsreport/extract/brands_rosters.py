"""Rosters: winners listed one a line (or one a table row) under a line that names the title,
as notices print them (附件：某年某省名牌产品名单, then the rows; 二、获“某省名牌”的企业,
then one firm a line)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from ..segmenting.spans import LINE
from .brands_honours_checks import not_won_yet
from .brands_not_won import NotWonBefore
from .brands_roster_rows import SENTENCE_MARK, roster_rows
from .brands_won import honour_won
from .common import SENTENCE_END, Doc, stripped
from .lexicon.brand_lists import GROUP_NUMBER, GROUP_TAIL
from .lexicon.brand_rosters import (
    ANNOUNCED_WON,
    ANNOUNCES_BELOW,
    ANNOUNCING_LINE,
    ROSTER_LEAD,
    ROSTER_NOTE,
    ROSTER_PLACE,
    ROSTER_PRODUCT,
    ROSTER_TAIL,
    ROSTER_WON,
)
from .lexicon.brands import (
    brand_category,
    honour_only,
    places_win,
)

_GROUP_LINE = rx.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）])",
                        re.MULTILINE)  # a numbered group's heading may head a roster
_LONGEST_HEADING = 45
# The count a group's heading gives its winners: 一、某某奖(17家)
_HEADING_COUNT = rx.compile(r"[（(]共?[\d一二三四五六七八九十两]+(?:家|个|项|件)[)）][:：]?\s*$")
# A prize of an award named after it (某质量奖|卓越项目奖, |鼓励奖): the award's group too
_SUB_PRIZE = rx.compile(r"[^\W\d_a-zA-Z]{1,8}?奖")
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
        for name_start, name_end in roster_rows(view, lines[index + 1:], category, _extra(term), counted):
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
                for name_start, name_end in roster_rows(view, rows, category, _extra(term))]
    return out


def _heading_term(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The title a roster heading names, if ``view[start:end]`` is one: a short line of only
    a title and its lead and tail words, no shortlist or application."""
    view = doc.view
    start, end = stripped(view, start, end)
    last = view.rfind("。", start, end)
    if last >= 0 and view[end - 1] in ":：":
        start = last + 1  # (…通过考核。现公布第四批某某示范区名单：the heading ends a paragraph)
    if not 4 <= end - start <= _LONGEST_HEADING or SENTENCE_MARK.search(view, start, end):
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
