"""Winners named by the giver's decision, however long the list: 授予A、B、C等单位2014年度某市
市长质量奖; 认定A公司“甲”、B厂“乙”等2家企业的2件注册商标为某市知名商标; 命名A县、B县为…
示范县. The verb (授予, 认定, 命名 …) opens the list and the title closes it, in one sentence;
between the list and the title only a count of the listed (等3家企业, 的5件注册商标), 为, a
year and the place the title bears. Every piece of the list must be a winner — a firm or
body, an owner's quoted mark (the mark is the name), a branded product (a maker's too: the
product), or a place for a title places win — or the list gives nothing. A decision that is only proposed (拟授予, 建议认定) or put out for
comment (…，现予公示) names no winners. Projects named in 《》 that pass a demonstration
title's acceptance (《甲》、《乙》两项已通过本省标准化示范项目的验收) won it too."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from ..places import find_places
from ..regex_prefilter import compile_fast
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc, after_joining_word, stripped
from .lexicon.brand_lists import (
    BARE_NAME,
    FIRMS_THEN_PEOPLE,
    GIVEN_BATCH,
    GIVEN_BRANDED,
    GIVEN_BY,
    GIVEN_COUNT,
    GIVEN_FIRM,
    GIVEN_FIRMS_COUNTED,
    GIVEN_NOT_YET,
    GIVEN_YEAR,
    LISTED_MAKERS_PRODUCT,
    NAMED_BARE,
    NOT_WON_AFTER,
    OWNERS_MARK,
    PEOPLE_COUNTED,
    PROJECTS_ACCEPTED,
)
from .lexicon.brand_names import GROUP_LEAD, NOT_A_NAME
from .lexicon.brands import brand_category, places_win

_LIST_END = rx.compile(r"[。！？!?；;，,：:]")
_PIECE = rx.compile(r"[^、]+")
# 和/及/与 between two winners: after a firm, a body or a quoted mark, before the next one
_AND = compile_fast(r"(?:(?<=公司|集团)|(?<=[厂所院社场站局队处”」\"县市区]))(?:和|及|与|以及)")
_LONGEST_LIST = 900
# The place a quoted title opens with (授予A、B“某某市第五届市长质量奖”), known or not
_PLACE_IN_QUOTES = rx.compile(r"[“「\"][^\W\d_a-zA-Z]{1,5}?[省市县区]$")
# A quoted project (授予“甲乙系统研发”等3个项目, “某某装置”项目): the project's name wins.
_QUOTED_PROJECT = rx.compile(r"[“「\"](?P<mark>[^”」\"、，,]{2,30})[”」\"](?:项目)?")
# A firm with its mark in brackets (某某集团有限公司（注册商标：甲乙）): the mark is the name
_MARK_IN_BRACKETS = rx.compile(r"[^（(、]{2,30}?[（(](?:注册)?商标[:：]\s*(?P<mark>[^（()）、]{1,12})[)）]")
# The count of listed projects or bodies (等3个项目, 等17家组织): kinds GIVEN_COUNT lacks.
_KIND_COUNTED = rx.compile(r"等[\d一二三四五六七八九十两]+(?:个|家|项)(?:项目|组织)")


def extract_given_honours(doc: Doc) -> list[BrandHonour]:
    """Each winner of a decision that names a list of winners, then the title."""
    if not doc.names_brand_terms():
        return []  # (each winner's title follows its decision's verb)
    view = doc.view
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    terms = doc.brand_terms(0, len(view))
    for given in GIVEN_BY.finditer(view):  # (it skips from one verb to the next)
        if title is not None and title.start <= given.start() < title.end:
            continue  # a headline names no winner the article does not name again
        if GIVEN_BY.match(view, given.end()):
            continue  # 确定授予A、B…: the list follows the last verb
        following = doc.brand_terms(given.end(), given.end() + _LONGEST_LIST)
        if not following:
            continue
        term = following[0]
        if NOT_WON_AFTER.match(view, term.end()):
            continue  # 确定A、B为省名牌产品培育企业: groomed for the title, not holding it
        if _list_ends(view, given.end(), term.start()):
            continue  # the title is in another clause: not this decision's
        sentence = doc.sentence_at(given.start())
        clause = doc.clause_start(given.start(), sentence.start)
        if GIVEN_NOT_YET.search(view, clause, given.start()):
            continue  # 拟授予, 建议认定: a proposal, no decision yet
        after = view[term.end():sentence.end] if sentence.end > term.end() else ""
        if open_shortlist(after):
            continue  # 认定A、B为…，现予公示: a list put out for comment
        names = _names(view, given.end(), term.start(), term)
        for start, stop in names:
            out.append(honour_won(doc, start, stop, term))
    return out + _accepted(doc, terms)


def _list_ends(view: str, start: int, end: int) -> bool:
    """Whether a clause ends in ``view[start:end]``, outside brackets (a colon inside a
    bracket, 某公司（注册商标：甲乙）, ends nothing)."""
    for stop in _LIST_END.finditer(view, start, end):
        if view.rfind("(", start, stop.start()) <= view.rfind(")", start, stop.start()):
            return True
    return False


def _accepted(doc: Doc, terms: list[re.Match[str]]) -> list[BrandHonour]:
    """Projects named in 《》 that passed the acceptance of a title places win."""
    view = doc.view
    out = []
    for term in terms:
        if not places_win(term) or not view.startswith("验收", term.end()):
            continue
        sentence = doc.sentence_at(term.start())
        clause = doc.clause_start(term.start(), sentence.start)
        passed = PROJECTS_ACCEPTED.search(view, clause, term.start())
        if passed is None:
            continue
        for name in re.finditer(r"《[^》]+》", passed.group("names")):
            start = passed.start("names") + name.start()
            out.append(BrandHonour(
                name=doc.text[start:start + len(name.group())],
                honour=doc.text[term.start():term.end()],
                category=brand_category(term),  # type: ignore[arg-type]
                span=(start, start + len(name.group())),
                evidence=doc.evidence(sentence),
            ))
    return out


def _names(view: str, start: int, end: int, term: re.Match[str]) -> list[tuple[int, int]]:
    """The winners listed in ``view[start:end]`` (from the verb to the title)."""
    stop = list_end(view, start, end)
    both = FIRMS_THEN_PEOPLE.search(view, start, stop)
    if both and PEOPLE_COUNTED.match(view, stop):
        # A公司等3家企业和张某等2名同志: the firms, then each person named
        firms = split_winners(view, start, both.start(), places_win(term))
        people = [(p.start(), p.end()) for p in _PIECE.finditer(view, both.start("people"), stop)]
        return firms + people if firms else []
    return split_winners(view, start, stop, places_win(term),
                         bare=NAMED_BARE.search(term.group()) is not None)


def split_winners(view: str, start: int, end: int, places: bool,
                  bare: bool = False) -> list[tuple[int, int]]:
    """The winners of the list ``view[start:end]``, parted by 、 and by 和/及 after a name, or
    none when a piece is no winner (``places``: a place may be one; ``bare``: a brand's
    name alone may be one, for a title held by a trade name)."""
    found: list[tuple[int, int]] = []
    for piece in _PIECE.finditer(view, start, end):
        cursor = piece.start()
        parts = []
        for joint in _AND.finditer(view, piece.start(), piece.end()):
            parts.append((cursor, joint.start()))
            cursor = joint.end()
        parts.append((cursor, piece.end()))
        for part_start, part_end in parts:
            name = _winner(view, part_start, part_end, places, bare)
            if name is None:
                return []
            found.append(name)
    return found


def list_end(view: str, start: int, end: int) -> int:
    """Where the names end, before the title: without the place the title bears (某市市长
    质量奖), a year (2015—2016年度), quotation marks, 为 and a count of the listed (等3家
    企业的3件注册商标)."""
    end = stripped(view, start, end)[1]
    previous = -1
    while end != previous:  # (in either order: “甲市第五届…, “第五届甲市…, 2015年度甲市…)
        previous = end
        places = find_places(view, max(start, end - 8), end)
        if places and places[-1].end == end:
            end = places[-1].start
        bears = _PLACE_IN_QUOTES.search(view, max(start, end - 8), end)
        if bears:  # (a place the gazetteer lacks, opening the quoted title)
            end = bears.start() + 1
        year = GIVEN_YEAR.search(view, start, end)
        if year:
            end = year.start()
        while end > start and (view[end - 1].isspace() or view[end - 1] in "“「\""):
            end -= 1
    batch = GIVEN_BATCH.search(view, start, end)
    if batch:
        end = batch.start()
    if view.endswith("为", start, end):
        end -= 1
    listed = view.rfind("等", start, end)
    if listed >= 0 and (GIVEN_COUNT.fullmatch(view, listed, end)
                        or _KIND_COUNTED.fullmatch(view, listed, end)):
        return listed
    counted = GIVEN_FIRMS_COUNTED.search(view, start, end)
    return counted.start() if counted else end


def _winner(view: str, start: int, end: int, places: bool,
            bare: bool = False) -> tuple[int, int] | None:
    """A piece's winner: an owner's quoted mark (the mark), a firm or body, a branded product
    (云帆牌电缆, alone or as a maker's), or — for a title places win — a place."""
    project = _QUOTED_PROJECT.fullmatch(view, *stripped(view, start, end))
    if project:  # (a quoted name is whole as it stands: 8挡某某 holds a digit, no count)
        return project.span("mark")
    start, end = stripped(view, start, end)
    start = after_joining_word(view, start)
    if group := GROUP_LEAD.match(view, start, end):
        start = group.end()  # (获得甲资格的A公司: the group's first name)
    product = LISTED_MAKERS_PRODUCT.fullmatch(view, start, end)
    if product and GIVEN_BRANDED.fullmatch(view, product.start("product"), end):
        start = product.start("product")  # 某公司生产的云帆牌电缆: the product
    mark = OWNERS_MARK.fullmatch(view, start, end) or _MARK_IN_BRACKETS.fullmatch(view, start, end)
    if mark:
        start, end = mark.start("mark"), mark.end("mark")
    elif GIVEN_FIRM.fullmatch(view, start, end) or GIVEN_BRANDED.fullmatch(view, start, end) \
            or (bare and BARE_NAME.fullmatch(view, start, end)):
        pass
    elif places:
        found = find_places(view, start, end)
        if not (len(found) == 1 and found[0].start == start and found[0].end == end):
            return None
    else:
        return None
    if not 2 <= end - start <= 30 or NOT_A_NAME.search(view, start, end):
        return None
    return start, end
