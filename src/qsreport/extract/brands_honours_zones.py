"""A zone the state lets a place prepare, named in full after the place: 总局批准甲市筹建
“全国某某产业知名品牌创建示范区”. The zone, as the text names it, is the honour's winner (as
in 某园区获批筹建…示范区, see :mod:`.brands_honours_checks`); a request or a plan (申请批准,
拟批准, 争取批准) names none. And a zone named in full in quotation marks, whose sentence says
it was approved right after its name (“全国甲乙…示范区”已获批, 上报的“…”经总局批准): the zone
so quoted is the winner, unless it is only the kind's generic name (全国, the brand words and
示范区 with nothing of its own between) or the sentence plans or shortlists it."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..regex_prefilter import compile_fast
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_status import GOAL
from .lexicon.brands import places_win

# 批准(了)甲市筹建“全国…产业 — the words of the zone's name before its title start at the
# quotation mark or right after 筹建.
_APPROVED_FOR = compile_fast(
    r"(?<!拟)(?<!申请)(?<!争取)(?<!请求)(?<!报请)批准了?[^\W\d_a-zA-Z]{2,10}?筹建[“「\"]?"
    r"(?P<qualifier>[^\W\d_a-zA-Z]{2,20})$"
)
_REACH = 40
_ZONE_END = "示范区"  # what each zone's title ends in
# A quoted zone's approval, in its sentence (not asked for: 申请批准, 拟批准, 争取批准)
_APPROVAL = compile_fast(r"(?<!拟)(?<!申请)(?<!争取)(?<!请求)(?<!报请)(?:批准|获批|批复|同意)")
# (looked for as plain words first: the search, its lookbehinds tried at every character,
# runs only on a text that holds one)
_APPROVAL_WORDS = ("批准", "获批", "批复", "同意")
# ... told of the zone itself, right after its name (another quoted zone joined to it aside):
# “甲示范区”已获批, “甲…”和“乙…”，均经总局批准. (Where a place is let to
# prepare it, 批准某县筹建“甲…”, 某园区获批创建“甲…”, the place is the one approved.)
_OTHER_QUOTED = rx.compile(r"(?:和|与|及|、)[“「\"][^”」\"]{2,40}[”」\"]")
_APPROVED_AFTER = rx.compile(r"[，,]?(?:正式|已经?|先后|均|顺利|成功|分别)*"
                             r"(?:获批|获得了?[^，,。；;]{0,12}?批准|经[^，,。；;]{0,12}?批准)")
# The state's whole zone, named from its own words: 全国甲乙产业…示范区
_STATE_ZONE = rx.compile(r"(?:全国|国家)[^\W\d_a-zA-Z]")
# The kind's own name, no zone's: 全国 or 国家级, the brand words, 示范区 (nothing named between)
_GENERIC_ZONE = rx.compile(r"(?:全国|国家)级?(?:产业)?(?:知名)?品牌(?:创建)?示范区")
_LONGEST_ZONE = 40


def extract_zone_honours(doc: Doc) -> list[BrandHonour]:
    """Each zone a place was let to prepare, named in full."""
    view = doc.view
    if _ZONE_END not in view or not any(word in view for word in _APPROVAL_WORDS) or \
            not _APPROVAL.search(view):
        return []  # (each winner is a title that ends in _ZONE_END, approved)
    out: list[BrandHonour] = []
    for term in doc.brand_terms(0, len(view)):
        if not places_win(term) or not view.endswith(_ZONE_END, term.start(), term.end()):
            continue
        approved = _APPROVED_FOR.search(view, max(0, term.start() - _REACH), term.start())
        if approved is not None:
            out.append(honour_won(doc, approved.start("qualifier"), term.end(), term))
        elif (start := _quoted_zone(doc, term.start(), term.end())) is not None:
            out.append(honour_won(doc, start, term.end(), term))
    return out


def _quoted_zone(doc: Doc, start: int, end: int) -> int | None:
    """Where the quoted zone's name starts that ends with the title at ``view[start:end]``,
    if its sentence says it was approved; None else."""
    view = doc.view
    if end >= len(view) or view[end] not in "”」\"":
        return None
    opening = max(view.rfind(mark, max(0, end - _LONGEST_ZONE), start + 1) for mark in "“「\"")
    if opening < 0 or not _STATE_ZONE.match(view, opening + 1) or \
            _GENERIC_ZONE.fullmatch(view, opening + 1, end):
        return None
    sentence = doc.sentence_at(start)
    after = end + 1
    while (other := _OTHER_QUOTED.match(view, after, sentence.end)) is not None:
        after = other.end()
    if not _APPROVED_AFTER.match(view, after, sentence.end) or \
            GOAL.search(view, sentence.start, sentence.end) or \
            open_shortlist(view, sentence.start, sentence.end):
        return None
    return opening + 1
