"""Brand counts in 种 (kinds): most count kinds of product a check or an award covered
(涉及30种产品), a few count honours; which is which."""

from __future__ import annotations

import re

from .common import Figure
from .lexicon.brand_lists import KINDS_OF_PRODUCT_WON
from .lexicon.brands import (
    KINDS_AFTER_TITLE,
    KINDS_AWARDED,
    KINDS_LISTED,
    REGISTER_AFTER,
    THE_COUNTED_ONLY,
    WON_IN_CLAUSE,
)


def kinds_awarded(view: str, figure: Figure, hint: str | None, clause_start: int,
                  term: re.Match[str] | None) -> bool:
    """Whether a number of 种 counts honours: 16种产品获得…称号 (an award of the title after
    it, or 6种轴承产品获…: kinds of a named product), 产品29种 (the things that hold the title of the clause before), or 获得某省名牌产品
    4种 (a title won, its number straight after it), 9种产品列入…名录 (on a title's register)."""
    if term is not None and (listed := KINDS_LISTED.match(view, figure.end)) and \
            listed.end() == term.start() and REGISTER_AFTER.match(view, term.end()):
        return True  # 有9种产品列入…保护产品名录: kinds on a title's register, held or new
    if KINDS_AWARDED.match(view, figure.end) or KINDS_OF_PRODUCT_WON.match(view, figure.end):
        return hint == "added"
    if term is not None and clause_start <= term.start() and term.end() <= figure.start \
            and KINDS_AFTER_TITLE.fullmatch(view, term.end(), figure.start) \
            and WON_IN_CLAUSE.search(view, clause_start, term.start()):
        return True
    return THE_COUNTED_ONLY.fullmatch(view, clause_start, figure.start) is not None
