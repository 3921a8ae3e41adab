"""Holders named as examples among a title's holders just spoken of: 在这些驰名商标中，甲、乙、
丙等商标是某地产业的精华；丁、戊等商标… Each run of names ending in 等商标 (等品牌) in the
rest of that sentence holds the title. A title only mentioned (这些商标中有多少…) names no one:
the names must be a run of two or more, closed by 等 and the word for what they are. New
holders counted, then told apart by kind (新增的20件某省著名商标中，既有A、B等…的，也有C等…
的) are each part's names, every piece a firm or a short name."""

from __future__ import annotations

import re

from ..models import BrandHonour
from ..places import find_places
from .brands_honours_checks import open_shortlist
from .brands_honours_names import run_names
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_among import (
    AMONG_AFTER,
    AMONG_BEFORE,
    COUNTED_BEFORE,
    EXAMPLES,
    KIND_PART,
    KINDS_AFTER,
)
from .lexicon.brand_lists import GIVEN_FIRM
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brands import APPLIED_FOR, brand_category, places_win


def extract_among_honours(doc: Doc) -> list[BrandHonour]:
    """The names a sentence gives as examples of the title's holders it began with."""
    view = doc.view
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        out += _kinds(doc, term)
        if brand_category(term) == "other":
            continue  # (a place or a project is no example of a brand's holders)
        if not AMONG_BEFORE.search(view, max(0, term.start() - 2), term.start()):
            continue
        among = AMONG_AFTER.match(view, term.end())
        if among is None:
            continue
        sentence = doc.sentence_at(term.start())
        if APPLIED_FOR.search(view, sentence.start, sentence.end) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue
        for run in EXAMPLES.finditer(view, among.end(), sentence.end):
            pieces = run_names(view, run.start("names"), run.end("names"))
            if all(_is_name(view, a, b) for a, b in pieces):
                out.extend(honour_won(doc, a, b, term, sentence) for a, b in pieces)
    return out


def _kinds(doc: Doc, term: re.Match[str]) -> list[BrandHonour]:
    """The new holders of ``term`` told apart by kind (既有A等…，也有B等…), if it has them."""
    view = doc.view
    if places_win(term) or not COUNTED_BEFORE.search(view, max(0, term.start() - 12), term.start()):
        return []
    kinds = KINDS_AFTER.match(view, term.end())
    if kinds is None:
        return []
    sentence = doc.sentence_at(term.start())
    if APPLIED_FOR.search(view, sentence.start, sentence.end) or \
            open_shortlist(view, sentence.start, sentence.end):
        return []
    out: list[BrandHonour] = []
    for part in KIND_PART.finditer(view, kinds.end(), sentence.end):
        group = "names" if part.group("names") is not None else "also"
        pieces = run_names(view, part.start(group), part.end(group))
        if not all(_is_firm(view, a, b) or (b - a <= 12 and _is_name(view, a, b))
                   for a, b in pieces):
            break  # a part that names no holders ends them
        out.extend(honour_won(doc, a, b, term, sentence) for a, b in pieces)
    return out


def _is_firm(view: str, start: int, end: int) -> bool:
    """Whether a piece is a firm or a body by its full name (its place first: 某市某某有限公司)."""
    return GIVEN_FIRM.fullmatch(view, start, end) is not None and \
        NOT_A_NAME.search(view, start, end) is None


def _is_name(view: str, start: int, end: int) -> bool:
    """Whether a piece of the run is a name: not a count or a pronoun, not a place's name
    (杭州、宁波等地的产品: places, not marks)."""
    if end - start < 2 or NOT_A_NAME.search(view, start, end):
        return False
    places = find_places(view, start, end)
    return not (places and places[0].start == start)
