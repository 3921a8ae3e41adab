"""Firms named with a count of the firms and of their products, then a verb and the title
they won, in one clause: A公司、B公司等N家企业(生产)的M个产品荣获某称号; A公司等N家企业的M件
商标被认定为某商标; 来自A公司、B集团等N家企业的M个产品获得了某称号. The firms named are
winners (a notice names one or a few for the many it counts): every name must be a firm,
and with 等 there may be fewer names than the count, without it exactly as many."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import HAN
from ..models import BrandHonour
from ..numbers import to_number
from .brands_honours_checks import open_shortlist
from .brands_won import honour_won
from .common import Doc
from .lexicon.brand_lists import LISTED_FIRM
from .lexicon.brands import APPLIED_FOR, GOAL, HONOUR_VERB, NOT_A_NAME

_NUMBER = r"[\d一二三四五六七八九十两百]{1,5}"
# The two counts: of the firms (等5家企业) and of what they won with (生产的6个产品, 的7件商标)
_COUNTED = rx.compile(
    rf"(?P<and>等)?(?P<firms>{_NUMBER})家(?:企业|单位|公司)(?:生产)?的?{_NUMBER}(?:个|件|项|种)"
    r"(?:产品|品牌|商标|服务)?(?:[（(][^）)]{0,10}[）)])?"
)
# Between the counts and the verb: an adverb (均, 先后), nothing more
_ADVERB = rx.compile(r"(?:均|都|已|先后|分别|同时|还|也)*")
# What may open the clause before the first firm
_LEAD = rx.compile(r"(?:其中|来自|包括|经评审|我[省市县区]|本[省市县区]|全[省市县区]|共有|\d{4}年度?)*")
# A body that is no company but wins as one (an industry's association)
_BODY = rx.compile(rf"{HAN}{{2,20}}?(?:协会|合作社)")
# The last two firms may be joined by 和/及 after a firm's ending
_FIRMS_AND = rx.compile(r"(?:(?<=公司|集团)|(?<=[厂社会]))(?:和|及|以及|与)")
_CLAUSE_END = rx.compile(r"[，,；;。！？!?：:\n]")
_TITLE_REACH = 14  # characters from the verb to the title (年度, quotation marks, 首届)


def extract_counted_firm_honours(doc: Doc) -> list[BrandHonour]:
    """The firms of each clause that counts them and their products and says what they won."""
    view = doc.view
    if "家" not in view:
        return []
    title = doc.layout.header.title_line
    out: list[BrandHonour] = []
    for counted in _COUNTED.finditer(view):
        if title is not None and title.start <= counted.start() < title.end:
            continue
        verb_at = _ADVERB.match(view, counted.end())
        verb = HONOUR_VERB.match(view, verb_at.end() if verb_at else counted.end())
        if verb is None:
            continue
        sentence = doc.sentence_at(counted.start())
        stop = _CLAUSE_END.search(view, verb.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        terms = doc.brand_terms(verb.end(), min(clause_end, verb.end() + _TITLE_REACH + 20))
        if not terms or terms[0].start() - verb.end() > _TITLE_REACH:
            continue
        # (an application in a clause before, 经企业申报、专家评审, was the way to the title)
        clause = doc.clause_start(counted.start(), sentence.start)
        if APPLIED_FOR.search(view, clause, clause_end) or \
                GOAL.search(view, sentence.start, sentence.end) or \
                open_shortlist(view, sentence.start, sentence.end):
            continue
        names = _firms(view, clause, counted.start())
        firms = to_number(counted.group("firms"))
        if not names or firms is None or len(names) > firms or \
                (counted.group("and") is None and len(names) != firms):
            continue
        out += [honour_won(doc, start, end, terms[0]) for start, end in names]
    return out


def _firms(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The firms listed in ``view[start:end]`` (after a lead word), parted by 、 and a last
    和; none when a piece is no firm."""
    lead = _LEAD.match(view, start, end)
    cursor = lead.end() if lead else start
    spans: list[tuple[int, int]] = []
    for piece in view[cursor:end].split("、"):
        spans.append((cursor, cursor + len(piece)))
        cursor += len(piece) + 1
    if spans and (joint := _FIRMS_AND.search(view, *spans[-1])) is not None:
        last = spans.pop()
        spans += [(last[0], joint.start()), (joint.end(), last[1])]
    for piece_start, piece_end in spans:
        if not (LISTED_FIRM.fullmatch(view, piece_start, piece_end)
                or _BODY.fullmatch(view, piece_start, piece_end)) \
                or NOT_A_NAME.search(view, piece_start, piece_end):
            return []
    return spans
