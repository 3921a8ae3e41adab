"""Winners named in the sentence after the one that says they won: 本县两厂获某奖。这两家
企业是：A公司、B公司。 The sentence opens by pointing back at the holders (这两家企业是：,
上述产品为：) and lists them to its end; the title is the last one won
in the sentence before (a verb of winning in its clause), where no one only applied or was
shortlisted. Every piece of the list must be a winner, and a count must be the names'."""

from __future__ import annotations

from ..models import BrandHonour
from .brands_honours_after import after_intro
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import HOLDERS_NAMED_BACK, NOT_WON_AFTER, WON_BEFORE_TITLE
from .lexicon.brands import APPLIED_FOR

_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def extract_back_honours(doc: Doc) -> list[BrandHonour]:
    """The holders a sentence lists after pointing back at the winners of the one before."""
    view = doc.view
    out: list[BrandHonour] = []
    previous = None
    for sentence, _ in doc.sentences():
        before, previous = previous, sentence
        if before is None:
            continue
        intro = HOLDERS_NAMED_BACK.match(view, sentence.start, sentence.end)
        if intro is None:
            continue
        won = [term for term in doc.brand_terms(before.start, before.end)
               if WON_BEFORE_TITLE.search(view, doc.clause_start(term.start(), before.start),
                                          term.start())
               and not NOT_WON_AFTER.match(view, term.end())]
        if not won or APPLIED_FOR.search(view, before.start, before.end) or \
                open_shortlist(view, before.start, sentence.end):
            continue
        names = after_intro(view, intro.end(), sentence.end, won[-1])
        count = intro.group("n")
        if count and (int(count) if count.isdigit() else _NUMERALS.get(count, 0)) != len(names):
            continue
        out += [honour_won(doc, start, stop, won[-1], sentence) for start, stop in names]
    return out
