"""Winners named before a count of holders of the title: 对A公司、B厂等12家获得某省名牌的
企业予以表彰 (and, in the same clause, …的企业及C公司等5家获得某奖的企业). The names before
等 won the title that the count's holders hold; every piece of the list must be a winner
(see :func:`.brands_honours_given.split_winners`), or the list gives nothing. A proposal
(拟, 建议), an application or a shortlist names no winner.

Also a place's stock of a title, then its holders (乙县的中华老字号品牌有A、B和C): at least
two names, each a winner, up to the clause's end."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_honours_checks import open_shortlist
from .brands_honours_given import split_winners
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import (
    GIVEN_NOT_YET,
    HOLDERS_COUNT,
    HOLDERS_FROM,
    HOLDERS_TAIL,
    HOLDERS_VERB,
    NAMED_BARE,
    STOCK_COUNT,
    STOCK_INTRO,
    STOCK_OWNER,
)
from .lexicon.brands import APPLIED_FOR, places_win

_CLAUSE_END = rx.compile(r"[，,。；;！？!?\n]")
_COMMA = rx.compile("、")
_LAST_AND = rx.compile(r"(?:和|及|与)(?=[^和及与]{2,}$)")

_LONGEST_VERB = 12  # 被认定为2014年度“: the verb, a year and a quotation mark


def extract_holder_honours(doc: Doc) -> list[BrandHonour]:
    """The winners listed before each ``等N家获得TITLE的企业``."""
    view = doc.view
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for term in doc.brand_terms(0, len(view)):
        if not HOLDERS_TAIL.match(view, term.end()):
            continue
        verb = None
        for found in HOLDERS_VERB.finditer(view, max(0, term.start() - _LONGEST_VERB),
                                           term.start()):
            if found.end() == term.start():
                verb = found
                break
        if verb is None:
            continue
        sentence = doc.sentence_at(term.start())
        if title is not None and title.start <= sentence.start < title.end:
            continue  # a headline names no winner the article does not name again
        clause = doc.clause_start(verb.start(), sentence.start)
        counted = HOLDERS_COUNT.search(view, clause, verb.start())
        if counted is None:
            continue
        start = clause
        for joint in HOLDERS_FROM.finditer(view, clause, counted.start()):
            start = joint.end()
        plea = view[sentence.start:sentence.end]
        if GIVEN_NOT_YET.search(view, clause, start) or APPLIED_FOR.search(plea) or \
                open_shortlist(plea):
            continue
        for name_start, name_end in split_winners(view, start, counted.start(),
                                                  places_win(term)):
            out.append(honour_won(doc, name_start, name_end, term, sentence))
    return out


def extract_stock_honours(doc: Doc) -> list[BrandHonour]:
    """The holders listed after ``PLACE的TITLE有``: a stock of the title, each holder a winner."""
    view = doc.view
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not STOCK_OWNER.search(view, max(0, term.start() - 8), term.start()):
            continue
        intro = STOCK_INTRO.match(view, term.end())
        if intro is None:
            continue
        sentence = doc.sentence_at(term.start())
        if APPLIED_FOR.search(view, sentence.start, sentence.end):
            continue
        end = _CLAUSE_END.search(view, intro.end(), sentence.end + 1)
        stop = end.start() if end else sentence.end
        counted = STOCK_COUNT.search(view, intro.end(), stop)
        if counted is not None and counted.start() > intro.end():
            stop = counted.start()
        names = _stock_names(view, intro.end(), stop, places_win(term),
                             NAMED_BARE.search(term.group()) is not None)
        if len(names) >= 2:
            out.extend(honour_won(doc, a, b, term, sentence) for a, b in names)
    return out


def _stock_names(view: str, start: int, end: int, places: bool,
                 bare: bool) -> list[tuple[int, int]]:
    """The names of ``view[start:end]`` parted by 、 and the last 和/及, or none when one
    piece is no winner."""
    pieces = []
    cursor = start
    for comma in _COMMA.finditer(view, start, end):
        pieces.append((cursor, comma.start()))
        cursor = comma.end()
    last = _LAST_AND.search(view, cursor, end)
    if last is not None and last.start() - cursor >= 2:
        pieces.append((cursor, last.start()))
        cursor = last.end()
    pieces.append((cursor, end))
    found: list[tuple[int, int]] = []
    for piece_start, piece_end in pieces:
        name = split_winners(view, piece_start, piece_end, places, bare=bare)
        if len(name) != 1 or view.startswith(("有", "是", "在"), name[0][0]):
            return []
        found.extend(name)
    return found
