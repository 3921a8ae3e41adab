"""A place granted the title of an industry's seat: “中国某某之都”, “…之乡”, “…名城”, “…名镇”,
“…生产基地”, in quotation marks with 称号 after them. The place is the winner (category
``other``), told in one of three ways: 某协会授予甲县“中国某某之都”称号, 甲县被某协会授予“…”称号
(or 甲县荣获“…”称号), 某协会将“…”称号授予甲县. Only a name that is a place wins (a park, an
industry or a firm granted such a title is left to the other readers), and only by a verb of
granting: a place described as one (甲县是“中国某某之乡”, 被誉为) has won nothing the text
reports."""

from __future__ import annotations

from itertools import pairwise

from .. import regex_cache as rx
from ..models import BrandHonour
from ..places import find_places
from .brands_honours_checks import open_shortlist
from .common import Doc
from .lexicon.brand_status import GOAL
from .lexicon.brands import APPLIED_FOR

_TITLE = r"[“「\"](?P<title>[^“”「」\"，,。；;]{2,24}?(?:之都|之乡|名城|名镇|基地))[”」\"](?:荣誉)?称号"
_NAME = r"(?P<place>[^\W\d_a-zA-Z]{2,12}?)"
# The place first, then (after a year or a time word) its verb: 甲县在2004年便被某会授予…,
# 甲县荣获…; the place opens its clause (after a time word or 其中).
_PLACE_FIRST = rx.compile(
    r"(?:其中|此前|同时|目前|近日|日前|近年来)?[，,]?" + _NAME +
    r"(?:于|在)?(?:\d{4}年(?:\d{1,2}月)?)?(?:便|已|曾|先后|还|又|再次|正式|就)*"
    r"(?:被[^，,。；;“”「」]{1,30}?(?:正式)?授予|荣获|获得了?|获授)" + _TITLE)
# The giver first: …一致同意，授予甲县“…”称号
_GRANTED_TO = rx.compile(r"(?<!被)授予" + _NAME + _TITLE)
# The title first: 将“…”称号授予甲县 (the place ends its clause, or 以 follows it)
_TITLE_TO = rx.compile(r"将" + _TITLE + r"授予" + _NAME + r"(?=[，,。；;]|以|$)")
_CLAUSE_END = rx.compile(r"[，,。；;！？!?\n]")
# A town or township the gazetteer does not hold (it stops at counties): 甲乙镇
_TOWN = rx.compile(r"[^\W\d_a-zA-Z]{1,4}[镇乡]")


def extract_seat_honours(doc: Doc) -> list[BrandHonour]:
    """Each place granted an industry seat's title by a verb of granting."""
    view = doc.view
    if "称号" not in view:
        return []
    title_line = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for sentence in doc.layout.sentences:
        if "称号" not in view[sentence.start:sentence.end]:
            continue
        if title_line is not None and title_line.start <= sentence.start < title_line.end:
            continue  # a headline names no winner the article does not name again
        if open_shortlist(view, sentence.start, sentence.end):
            continue
        found = [m for p in (_GRANTED_TO, _TITLE_TO) for m in p.finditer(view, sentence.start,
                                                                               sentence.end)]
        clause = sentence.start
        while clause < sentence.end:
            end = _CLAUSE_END.search(view, clause, sentence.end)
            if (match := _PLACE_FIRST.match(view, clause, sentence.end)) is not None:
                found.append(match)
            clause = (end.start() if end else sentence.end) + 1
        for match in found:
            # (a plan or an application in the clause up to the title: 争取授予, 申报…称号)
            opening = doc.clause_start(match.start(), sentence.start)
            if APPLIED_FOR.search(view, opening, match.end()) or \
                    GOAL.search(view, opening, match.end()):
                continue
            out += _honour(doc, match.start("place"), match.end("place"), match.span("title"))
    return out


def _honour(doc: Doc, start: int, end: int, title: tuple[int, int]) -> list[BrandHonour]:
    """The place at ``view[start:end]`` as the winner of the title at ``title``, or none when
    the name is not places only (浙江省永康市 is 永康市: the place the province holds)."""
    places = find_places(doc.view, start, end)
    if places and places[0].start == start and \
            all(a.end == b.start for a, b in pairwise(places)):
        if places[-1].end == end:
            start = places[-1].start
        elif _TOWN.fullmatch(doc.view, places[-1].end, end):
            start = places[-1].end  # 某市甲镇: the town
        else:
            return []
    elif not _TOWN.fullmatch(doc.view, start, end):
        return []
    return [BrandHonour(
        name=doc.text[start:end],
        honour=doc.text[title[0]:title[1]],
        category="other",
        span=(start, end),
        evidence=doc.evidence(doc.sentence_at(start)),
    )]
