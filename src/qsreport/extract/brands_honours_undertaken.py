"""Places and firms that undertake a demonstration title, one numbered line each, after an
intro that says the projects were approved: 共有3个项目获批，分别为：⏎1.某县人民政府和
某研究所承担的“国家某某标准化示范区”；⏎2.… The winner is the first who undertakes it (a
place without its province and 人民政府, or a firm); only titles places win are read this
way, and an intro that asks, proposes or shortlists names none."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import HAN
from ..models import BrandHonour
from ..places import find_places
from ..regex_prefilter import compile_fast
from ..segmenting.spans import LINE
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc, stripped
from .lexicon.brand_lists import GIVEN_FIRM, GIVEN_NOT_YET
from .lexicon.brands import APPLIED_FOR, places_win

_ITEM = compile_fast(r"\d{1,2}[.．、]\s*(?P<first>[^、，,；;：:。“”和及与]{2,30}?)(?:[、和及与]"
                   r"[^，,；;：:。“”]{2,60}?)?(?:共同)?承担的?[“「\"]")
_APPROVED = rx.compile(r"获批|批准|确定为|命名为|通过验收")
_GOVERNMENT = compile_fast(r"(?:人民)?政府$")
_NEW_COUNTY = rx.compile(rf"{HAN}{{1,3}}[县区旗]")


def extract_undertaken_honours(doc: Doc) -> list[BrandHonour]:
    """The first undertaker of each numbered line after an intro of approved projects."""
    view = doc.view
    if "承担" not in view:
        return []
    out: list[BrandHonour] = []
    intro: tuple[int, int] | None = None
    for line in LINE.finditer(view):
        start, end = stripped(view, line.start(), line.end())
        item = _ITEM.match(view, start, end)
        if item is None:
            intro = (start, end)
            continue
        if intro is None or not _APPROVED.search(view, *intro) or \
                GIVEN_NOT_YET.search(view, *intro) or APPLIED_FOR.search(view, *intro):
            continue
        terms = doc.brand_terms(item.end(), end)
        if not terms or not places_win(terms[0]) or open_shortlist(view, start, end):
            continue
        term = terms[0]
        name = _winner(view, item.start("first"), item.end("first"))
        if name is None:
            continue
        out.append(honour_won(doc, *name, term))
    return out


def _winner(view: str, start: int, end: int) -> tuple[int, int] | None:
    """A firm, or a place (its government named): the place without its province."""
    if GIVEN_FIRM.fullmatch(view, start, end):
        return start, end
    government = _GOVERNMENT.search(view, start, end)
    if government is None:
        return None
    places = find_places(view, start, government.start())
    if not places or (places[-1].end != government.start() and not _NEW_COUNTY.fullmatch(
            view, places[-1].end, government.start())):
        return None  # (a county or district the gazetteer lacks may follow its city)
    first = next((p for p in places if p.place.level != "province"), places[-1])
    return first.start, government.start()
