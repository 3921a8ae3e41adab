"""Named winners found by the learned tagger: in each sentence that names an honour's title
(the brand lexicon's titles) and the sentence after it, the tagger marks the names; each
name takes the category of the nearest title, passes the status checks the rules' winners
pass (an application, a recommendation, a shortlist or a goal names no winner) and the
rules' guards (:func:`.brands_honours_guards.guarded` here, ``brands_honours_checks`` where
:mod:`..brands` joins the rules' winners and these). The weight table is read on the first
sentence that needs it, so a report naming no title never loads it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from ... import regex_cache as rx
from ...models import BrandHonour
from ...segmenting import Segment
from ..brands_honours_guards import guarded
from ..common import Doc
from ..lexicon.brands import (
    APPLIED_FOR,
    GOAL,
    HONOUR_VERB,
    MAKERS_OF_COUNTED,
    NOT_A_HOLDER,
    NOT_A_NAME,
    SHORTLIST,
    SHORTLIST_DONE,
    TITLE_IN_A_NAME,
)
from ..lexicon.brands import brand_category as _brand_category
from .tagger import WeightTable, char_class, read_table, spans, tag

MODEL = Path(__file__).parent / "data" / "winners.tsv"

_QUOTES_OPEN = "“「『\"'‘"
_QUOTES_CLOSE = "”」』\"'’"
# A title that names a kind of work, not an honour won (名牌建设, 品牌战略, 名牌工作): a
# sentence with no other title names no winner.
_WORK_AFTER = rx.compile(r"建设|战略|发展|推进|工程|体系|意识|经济|之路|培育")
# Kinds, not winners: the names of a list that ends on 等N个行业 (覆盖A、B等6个行业).
_KINDS_AFTER = rx.compile(r"[^，,；;。]{0,20}?等[^，,；;。]{0,10}?(?:行业|产业|领域|类)")
# A title held by firms (为“某某十强”企业颁奖): the quoted words are a title, no winner.
_HELD_BY_FIRMS = rx.compile(r"[”」』\"](?:企业|单位)")
_RANKING = rx.compile(r"[十百]大|[十百]强|[十百]佳")
# A person (a worker, an inspector, an official): no brand's or firm's honour.
_PERSON = rx.compile(r"职工|员工|同志|工程师|技师|师傅|选手|科长|所长|站长|队长|主任|局长")
# No name starts on these (a mark's name lost before 牌, the tail of a phrase).
_NOT_A_START = rx.compile(r"[牌的等之]")
# A firm, then its product or mark (A公司的“甲”商标, A厂的乙牌挂面): the product won.
_FIRM_END = rx.compile(r"(?:公司|集团|厂)$")
_PRODUCT_AFTER = rx.compile(r"(?:生产)?的(?:[“「『\"]|[^\W\d_]{1,6}牌)")
_CLAUSE_END = rx.compile(r"[，,；;。！？!?\n]")
# What a giver does at a ceremony, read as part of a name (为某某企业颁奖): no winner's name.
_GIVING = rx.compile(r"颁奖|颁发|授牌|典礼|仪式")


@cache
def shipped_table() -> WeightTable:
    """The weight table shipped with the package (read once, on first use)."""
    return read_table(MODEL)


def titled_sentences(doc: Doc) -> Iterator[tuple[Segment, list[re.Match[str]]]]:
    """Each sentence the tagger reads, with its titles: a sentence naming an honour's title
    (not a word of an office's name such as 名牌战略推进委员会, nor a kind of work such as
    名牌建设), outside the headline (a headline names no winner the article does not name
    again); and the sentence just after one, with the titles of the one before (分别是A、B…
    after the sentence that names the title). A title inside a book title is read too: the
    tagger, not the rules, tells a list's name (《…名牌产品名单》公布，A、B上榜) from a
    winner's."""
    view = doc.view
    title = doc.layout.header.title_line
    before: list[re.Match[str]] = []
    for sentence, found in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                               strict=True):
        introduced, before = before, []
        if title is not None and title.start <= sentence.start < title.end:
            continue
        terms = [t for t in found if not TITLE_IN_A_NAME.match(view, t.end())
                 and not NOT_A_HOLDER.match(view, t.end())
                 and not _WORK_AFTER.match(view, t.end())]
        if terms:
            before = terms
            yield sentence, terms
        elif introduced:
            yield sentence, introduced


def learned_honours(doc: Doc, table: WeightTable | None = None) -> list[BrandHonour]:
    """The winners the tagger names in ``doc`` (the shipped table unless one is given)."""
    found: list[BrandHonour] = []
    view = doc.view
    for sentence, terms in titled_sentences(doc):
        table = table or shipped_table()
        labels = tag(table, view[sentence.start:sentence.end])
        for first, last in spans(labels):
            start, end = _trimmed(view, sentence.start + first, sentence.start + last)
            if end - start < 2 or not any(char_class(c) in ("han", "lat")
                                           for c in view[start:end]):
                continue
            if any(t.start() < end and start < t.end() for t in terms):
                continue  # a title is no winner
            if _not_a_winner(view, start, end, sentence.end):
                continue
            term = _nearest(terms, start, end)
            if _not_won(doc, sentence, start, end, term) or (
                    term.start() < sentence.start and _not_won_before(doc, term)):
                continue
            found.append(BrandHonour(
                name=doc.text[start:end],
                honour=doc.text[term.start():term.end()],
                category=_brand_category(term),  # type: ignore[arg-type]
                span=(min(start, term.start()), max(end, term.end())),
                evidence=doc.evidence(sentence),
            ))
    return guarded(found)


def _not_a_winner(view: str, start: int, end: int, stop: int) -> bool:
    """Whether a tagged name names no winner: what the rules say a name is not (a count, a
    verb, a giver's act, a ranking, a person), a maker of counted products (A等36家企业生产
    的), one of a list of kinds (A、B等6个行业), a title held by firms (“某某十强”企业), or a
    firm before the product or mark that won (A公司的“甲”商标)."""
    name = view[start:end]
    if NOT_A_NAME.search(name) or HONOUR_VERB.search(name) or _GIVING.search(name) or \
            _RANKING.search(name) or _NOT_A_START.match(name) or _PERSON.search(name):
        return True
    clause_end = _CLAUSE_END.search(view, end, stop)
    after = view[end:clause_end.start() if clause_end else stop]
    return bool(_KINDS_AFTER.match(after) or _HELD_BY_FIRMS.match(after)
                or MAKERS_OF_COUNTED.match(view, end)
                or (_FIRM_END.search(name) and _PRODUCT_AFTER.match(after)))


def _trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """The name without blanks and punctuation at its edges (a quotation mark stays where
    it closes or opens one inside the name: “某某”牌 keeps both)."""
    while start < end and char_class(view[start]) in ("pun", "sp") and \
            not (view[start] in _QUOTES_OPEN and _has_any(view, start + 1, end, _QUOTES_CLOSE)):
        start += 1
    while end > start and char_class(view[end - 1]) in ("pun", "sp") and \
            not (view[end - 1] in _QUOTES_CLOSE and _has_any(view, start, end - 1,
                                                              _QUOTES_OPEN)):
        end -= 1
    return start, end


def _has_any(view: str, start: int, end: int, chars: str) -> bool:
    return any(c in chars for c in view[start:end])


def _nearest(terms: list[re.Match[str]], start: int, end: int) -> re.Match[str]:
    """The title a name won: the nearest one (after it on a tie)."""
    def gap(term: re.Match[str]) -> tuple[int, int]:
        if term.start() >= end:
            return term.start() - end, 0
        return start - term.end(), 1
    return min(terms, key=gap)


def _not_won_before(doc: Doc, term: re.Match[str]) -> bool:
    """Whether the sentence that named the title before a list says its names won nothing
    yet (今年推荐申报某商标的企业如下：, 某年省名牌产品拟认定名单)."""
    intro = doc.sentence_at(term.start())
    return bool(APPLIED_FOR.search(doc.view, intro.start, intro.end) or
                GOAL.search(doc.view, intro.start, intro.end) or
                (SHORTLIST.search(doc.view, intro.start, intro.end) and
                 not SHORTLIST_DONE.search(doc.view, intro.start, intro.end)))


def _not_won(doc: Doc, sentence: Segment, start: int, end: int, term: re.Match[str]) -> bool:
    """Whether the status words around a name say it has won nothing yet: an application, a
    recommendation or a goal in its clause up to its title, or a shortlist not yet past."""
    view = doc.view
    clause = doc.clause_start(min(start, term.start()), sentence.start)
    last = max(end, term.end())
    if APPLIED_FOR.search(view, clause, last) or GOAL.search(view, clause, last):
        return True
    shortlist = SHORTLIST.search(view, sentence.start, sentence.end)
    return bool(shortlist and shortlist.start() < last and
                not SHORTLIST_DONE.search(view, sentence.start, sentence.end))
