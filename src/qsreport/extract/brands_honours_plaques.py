"""Winners named on the plaque or certificate of their title: a quoted mark just before the
title, the plaque or its ceremony just after (“甲乙”中国驰名商标授牌仪式, 颁发了“甲乙”某省
著名商标的牌匾). A plaque is given for a title won; the mark on it won the title."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import GOAL
from .lexicon.brands import APPLIED_FOR

# The quoted mark, its close right before the title.
_MARK_BEFORE = rx.compile(r"[“「\"](?P<mark>[^“”「」\"，,。；;、]{2,12})[”」\"](?:\d{4}年度?)?$")
# The plaque, the certificate or their ceremony right after the title.
_PLAQUE_AFTER = rx.compile(r"[”」\"]?(?:称号)?的?(?:授牌|颁牌|标牌|牌匾|匾牌|证书)")


def extract_plaque_honours(doc: Doc) -> list[BrandHonour]:
    """Each quoted mark named with its title on a plaque, a certificate or their ceremony."""
    view = doc.view
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not _PLAQUE_AFTER.match(view, term.end()):
            continue
        mark = _MARK_BEFORE.search(view, max(0, term.start() - 20), term.start())
        if mark is None or NOT_A_NAME.search(view, *mark.span("mark")):
            continue
        sentence = doc.sentence_at(term.start())
        clause = doc.clause_start(mark.start(), sentence.start)
        if APPLIED_FOR.search(view, clause, term.end()) or GOAL.search(view, clause, term.end()) \
                or open_shortlist(view, sentence.start, sentence.end):
            continue
        out.append(honour_won(doc, *mark.span("mark"), term))
    return out
