"""Winners named in the sentence after the one that says they won: 本县两厂获某奖。这两家
企业是：A公司、B公司。 The sentence opens by pointing back at the holders (这两家企业是：,
上述产品为：) and lists them to its end; the title is the last one won
in the sentence before (a verb of winning in its clause), where no one only applied or was
shortlisted. Every piece of the list must be a winner, and a count must be the names'.

A notice that names many units may list them by sector instead, one sentence a sector
(其中商超领域评出的有：A、B。眼镜行业中认定的为：C、D。): each such sentence,
straight after the title's sentence or after another of them, names holders of that title."""

from __future__ import annotations

import re

from ..models import BrandHonour
from ..regex_prefilter import any_of
from ..segmenting import Segment
from .brands_honours_after import after_intro
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import (
    HOLDERS_NAMED_BACK,
    NOT_WON_AFTER,
    SECTOR_NAMED_BACK,
    WON_BEFORE_TITLE,
)
from .lexicon.brands import APPLIED_FOR

_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_POINTS_BACK = any_of(SECTOR_NAMED_BACK, HOLDERS_NAMED_BACK)


def extract_back_honours(doc: Doc) -> list[BrandHonour]:
    """The holders a sentence lists after pointing back at the winners of the one before,
    and the holders sector by sector after a title's sentence."""
    if not doc.names_brand_terms():
        return []  # (each list's title is one the sentence before names)
    view = doc.view
    out: list[BrandHonour] = []
    previous: Segment | None = None
    sector_title: re.Match[str] | None = None  # the title a run of sector lists carries
    for sentence, _ in doc.sentences():
        before, previous = previous, sentence
        if before is None:
            continue
        if not _POINTS_BACK.match(view, sentence.start, sentence.end):
            sector_title = None  # (most sentences: neither lead below, one call for both)
            continue
        sector = SECTOR_NAMED_BACK.match(view, sentence.start, sentence.end)
        if sector is not None and sector_title is not None:
            names = after_intro(view, sector.end(), sentence.end, sector_title)
            out += [honour_won(doc, start, stop, sector_title, sentence) for start, stop in names]
            continue
        sector_title = None
        # (most sentences: no list, and the title before is not looked for)
        lead = sector or HOLDERS_NAMED_BACK.match(view, sentence.start, sentence.end)
        if lead is None:
            continue
        won = _won_before(doc, before, sentence)
        if won is None:
            continue
        names = after_intro(view, lead.end(), sentence.end, won)
        if sector is not None:
            sector_title = won  # (the sector lists after it carry the title on)
        elif (count := lead.group("n")) and \
                (int(count) if count.isdigit() else _NUMERALS.get(count, 0)) != len(names):
            continue
        out += [honour_won(doc, start, stop, won, sentence) for start, stop in names]
    return out


def _won_before(doc: Doc, before: Segment, sentence: Segment) -> re.Match[str] | None:
    """The last title won in ``before`` (a verb of winning in its clause), unless the
    sentence is about applicants or a shortlist still open."""
    view = doc.view
    won = [term for term in doc.brand_terms(before.start, before.end)
           if WON_BEFORE_TITLE.search(view, doc.clause_start(term.start(), before.start),
                                      term.start())
           and not NOT_WON_AFTER.match(view, term.end())]
    if not won or APPLIED_FOR.search(view, before.start, before.end) or \
            open_shortlist(view, before.start, sentence.end):
        return None
    return won[-1]
