"""A standard's author winning a prize of the award its sentence names first: 某年度“某标准
奖”评选揭晓，A公司起草的《甲》获项目一等奖，B集团牵头编制的《乙》获项目三等奖. The author (the
body before 起草的, 制定的) is the winner; the standard and the prize grade must follow it in its
clause, and the award be named before in the same sentence."""

from __future__ import annotations

from ..models import BrandHonour
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_authors import AUTHOR, AUTHOR_PRIZE, PRIZE_TITLE
from .lexicon.brands import APPLIED_FOR, honour_only


def extract_author_honours(doc: Doc) -> list[BrandHonour]:
    """Each author a sentence names with a prize of the award it named first."""
    view = doc.view
    if "制定的" not in view and "起草的" not in view and "制修订的" not in view:
        return []
    out: list[BrandHonour] = []
    for sentence in doc.layout.sentences:
        terms = [t for t in doc.brand_terms(sentence.start, sentence.end)
                 if honour_only(t) and PRIZE_TITLE.search(t.group())]
        if not terms or open_shortlist(view, sentence.start, sentence.end) or \
                APPLIED_FOR.search(view, sentence.start, sentence.end):
            continue
        term = terms[0]
        for author in AUTHOR.finditer(view, term.end(), sentence.end):
            if AUTHOR_PRIZE.match(view, author.end()):
                out.append(honour_won(doc, author.start("firm"), author.end("firm"), term,
                                      sentence))
    return out
