"""Winners grouped by the title each group won, one group a clause: 获得甲资格的A公司、B公司；
获得乙资格的C厂; 以及荣获丙称号的D公司. The verb opens its clause (after a list's intro, 分别是：,
or a joining word), the title follows it, then 的 and the names up to the clause's end — every
piece of them a firm, a body or a branded product (read as the giver's list is), or the group
gives nothing (获得甲称号的企业负责人…: no names). So too the names a review picked as the
winners of the title named before (评选出A、B和C3家企业为获奖企业)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import BrandHonour
from .brands_honours_checks import open_shortlist
from .brands_honours_given import split_winners
from .brands_won import honour_won
from .common import CLAUSE_MARK, Doc
from .lexicon.brand_names import GROUP_LEAD
from .lexicon.brands import APPLIED_FOR, places_win

# The verb at the clause's start, a few words of what the title is for, then the title
_GROUP_VERB = rx.compile(r"(?:以及|还有|另有|和|及)?(?:获得|荣获|取得|获评|被评为|被认定为|获)了?"
                         r"[^，,。；;：:、“”「」]{0,12}$")
# After the title: its kind (资格, 称号), then 的 and the names
_GROUP_OF = rx.compile(r"[”」\"]?(?:称号|荣誉称号|资格|荣誉|证书)?的")
# The names a review picked as the winners (评选出A、B和C3家企业为获奖企业): the title is the
# last one named, in the sentence or the two before
_PICKED = rx.compile(r"(?:评选出|评出|评定出)了?(?P<names>[^，,。；;：:]{2,300}?)等?[\d一二三四五六七八九十两]+家"
                     r"(?:企业|单位)?为(?:本届|首届|该奖)?获奖(?:企业|单位)")
_LOOK_BACK = 2
_JOINING = rx.compile(r"\s*(?:以及|还有|另有|和|及)")


def extract_grouped_honours(doc: Doc) -> list[BrandHonour]:
    """Each named winner of a group that opens on the verb and the title it won."""
    view = doc.view
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for sentence, terms in zip(doc.layout.sentences, doc.brand_terms_by_sentence(), strict=True):
        if not terms or (title is not None and title.start <= sentence.start < title.end):
            continue
        if open_shortlist(view, sentence.start, sentence.end):
            continue  # (a shortlist's groups won nothing yet)
        last: re.Match[str] | None = None  # the title of the group before
        for clause in _clauses(view, sentence.start, sentence.end):
            clause_end = _clause_end(view, clause, sentence.end)  # (once, not once a title)
            term = next((t for t in terms if clause <= t.start() < clause_end), None)
            if term is not None and _GROUP_VERB.fullmatch(view, clause, term.start()):
                of = _GROUP_OF.match(view, term.end(), sentence.end)
                start = of.end() if of else -1
            elif term is None and last is not None and \
                    (lead := GROUP_LEAD.match(view, _joined(view, clause), sentence.end)):
                # …；获得乙资格的C厂: the same kind of title as the group before, though one
                # the lexicon does not know (出口家具免验 beside 出口免验)
                term, start = last, lead.end()
            else:
                continue
            if start < 0 or APPLIED_FOR.search(view, clause, start):
                continue
            names = split_winners(view, start, _clause_end(view, start, sentence.end),
                                  places_win(term))
            out += [honour_won(doc, a, b, term, sentence) for a, b in names]
            last = term if names else None
    return out + _picked(doc)


def _picked(doc: Doc) -> list[BrandHonour]:
    """The names a review picked as the winners of the title named last."""
    view = doc.view
    if "获奖" not in view:
        return []
    out: list[BrandHonour] = []
    sentences = doc.layout.sentences
    by_sentence = doc.brand_terms_by_sentence()
    for number, sentence in enumerate(sentences):
        for picked in _PICKED.finditer(view, sentence.start, sentence.end):
            terms = [t for t in by_sentence[number] if t.end() <= picked.start()] or next(
                (ts for ts in reversed(by_sentence[max(0, number - _LOOK_BACK):number]) if ts), [])
            if not terms or open_shortlist(view, sentence.start, sentence.end):
                continue
            term = terms[-1]
            out += [honour_won(doc, a, b, term, sentence) for a, b in split_winners(
                view, picked.start("names"), picked.end("names"), places_win(term))]
    return out


def _clauses(view: str, start: int, end: int) -> list[int]:
    """Where each clause of ``view[start:end]`` begins."""
    return [start] + [m.end() for m in CLAUSE_MARK.finditer(view, start, end)
                      if m.end() < end]


def _clause_end(view: str, start: int, end: int) -> int:
    stop = CLAUSE_MARK.search(view, start, end)
    return stop.start() if stop else end


def _joined(view: str, clause: int) -> int:
    """Past a joining word opening the clause (以及获得…)."""
    joining = _JOINING.match(view, clause)
    return joining.end() if joining else clause


