"""Holders named as examples among a title's holders just spoken of: 在这些驰名商标中，甲、乙、
丙等商标是某地产业的精华；丁、戊等商标… Each run of names ending in 等商标 (等品牌) in the
rest of that sentence holds the title. A title only mentioned (这些商标中有多少…) names no one:
the names must be a run of two or more, closed by 等 and the word for what they are."""

from __future__ import annotations

from ..models import BrandHonour
from ..places import find_places
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_among import AMONG_AFTER, AMONG_BEFORE, EXAMPLES
from .lexicon.brands import APPLIED_FOR, NOT_A_NAME, brand_category


def extract_among_honours(doc: Doc) -> list[BrandHonour]:
    """The names a sentence gives as examples of the title's holders it began with."""
    view = doc.view
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
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
            pieces = _pieces(view, run.start("names"), run.end("names"))
            if all(_is_name(view, a, b) for a, b in pieces):
                out.extend(honour_won(doc, a, b, term, sentence) for a, b in pieces)
    return out


def _is_name(view: str, start: int, end: int) -> bool:
    """Whether a piece of the run is a name: not a count or a pronoun, not a place's name
    (杭州、宁波等地的产品: places, not marks)."""
    if end - start < 2 or NOT_A_NAME.search(view, start, end):
        return False
    places = find_places(view, start, end)
    return not (places and places[0].start == start)


def _pieces(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a run, parted at 、 and without their quotation marks."""
    out = []
    cursor = start
    for stop in [*(i for i in range(start, end) if view[i] == "、"), end]:
        a, b = cursor, stop
        while a < b and view[a] in "“「\"":
            a += 1
        while b > a and view[b - 1] in "”」\"":
            b -= 1
        out.append((a, b))
        cursor = stop + 1
    return out
