"""Winners named before a count of holders of the title: 对A公司、B厂等12家获得某省名牌的
企业予以表彰 (and, in the same clause, …的企业及C公司等5家获得某奖的企业). The names before
等 won the title that the count's holders hold; every piece of the list must be a winner
(see :func:`.brands_honours_given.split_winners`), or the list gives nothing. A proposal
(拟, 建议), an application or a shortlist names no winner."""

from __future__ import annotations

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
)
from .lexicon.brands import APPLIED_FOR, places_win

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
