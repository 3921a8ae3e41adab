"""A zone the state lets a place prepare, named in full after the place: 总局批准甲市筹建
“全国某某产业知名品牌创建示范区”. The zone, as the text names it, is the honour's winner (as
in 某园区获批筹建…示范区, see :mod:`.brands_honours_checks`); a request or a plan (申请批准,
拟批准, 争取批准) names none."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_won import honour_won
from .common import Doc
from .lexicon.brands import places_win

# 批准(了)甲市筹建“全国…产业 — the words of the zone's name before its title start at the
# quotation mark or right after 筹建.
_APPROVED_FOR = rx.compile(
    r"(?<!拟)(?<!申请)(?<!争取)(?<!请求)(?<!报请)批准了?[^\W\d_a-zA-Z]{2,10}?筹建[“「\"]?"
    r"(?P<qualifier>[^\W\d_a-zA-Z]{2,20})$"
)
_REACH = 40


def extract_zone_honours(doc: Doc) -> list[BrandHonour]:
    """Each zone a place was let to prepare, named in full."""
    view = doc.view
    if "批准" not in view:
        return []
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not places_win(term) or not view.endswith("示范区", term.start(), term.end()):
            continue
        approved = _APPROVED_FOR.search(view, max(0, term.start() - _REACH), term.start())
        if approved is not None:
            out.append(honour_won(doc, approved.start("qualifier"), term.end(), term))
    return out
