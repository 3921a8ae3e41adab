"""Brand honours: counts of 中国名牌产品 and their kin, and named winners."""

from __future__ import annotations

import re

from ..models import BrandCount, BrandHonour, Brands
from ..segmenting import Segment
from .common import PUNCT, Doc, Figure, figure_pattern, find_figures
from .lexicon import (
    BASIS_WORD,
    BRAND_TERM,
    BRAND_UNITS,
    CONTEXT_AWARD,
    HONOUR_VERB,
    NOT_A_HONOUR_COUNT,
    brand_category,
)

_FIGURE = figure_pattern(BRAND_UNITS)
_GAP_BEFORE = 8  # characters allowed between a category and its number (总数达到, 称号的产品有)
_GAP_AFTER = 14  # ... between a number and the category it counts (个产品荣获)
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|有|获得)?")


def _basis(view: str, start: int, stop: int) -> str | None:
    """The basis word nearest before ``stop`` in ``view[start:stop]``."""
    last = None
    for match in BASIS_WORD.finditer(view, start, stop):
        last = match
    return last.lastgroup if last else None


def _terms(view: str, start: int, end: int) -> list[re.Match[str]]:
    return list(BRAND_TERM.finditer(view, start, end))


def extract_brand_counts(doc: Doc) -> list[BrandCount]:
    """Every count of honoured brands a sentence states, with its basis."""
    out: dict[int, BrandCount] = {}
    previous_terms: list[re.Match[str]] = []
    for sentence, _ in doc.sentences():
        view = doc.view
        terms = _terms(view, sentence.start, sentence.end)
        figures = find_figures(_FIGURE, view, sentence.start, sentence.end)
        taken: set[int] = set()
        for figure in _respectively(doc, sentence, terms or previous_terms, figures):
            out[figure[1].start] = _count(doc, sentence, *figure)
            taken.add(figure[1].start)
        for figure in figures:
            if figure.start in taken:
                continue
            term, basis_hint = _term_for(view, sentence, figure, terms, previous_terms)
            if term is None:
                continue
            clause_start = doc.clause_start(figure.start, sentence.start)
            if NOT_A_HONOUR_COUNT.search(view, clause_start, figure.end + _GAP_AFTER):
                continue
            out[figure.start] = _count(doc, sentence, term, figure, basis_hint)
        if terms:
            previous_terms = terms
    return [out[k] for k in sorted(out)]


def _term_for(
    view: str,
    sentence: Segment,
    figure: Figure,
    terms: list[re.Match[str]],
    previous_terms: list[re.Match[str]],
) -> tuple[re.Match[str] | None, str | None]:
    """The category a figure counts: written just before it, just after it, or (for 入选)
    named earlier in this sentence or the last one."""
    for term in reversed(terms):
        gap = view[term.end():figure.start]
        if term.end() <= figure.start and len(gap) <= _GAP_BEFORE and not PUNCT.search(gap) \
                and not re.search(r"\d", gap):
            return term, None
    for term in terms:
        gap = view[figure.end:term.start()]
        if term.start() >= figure.end and len(gap) <= _GAP_AFTER and not PUNCT.search(gap) \
                and not re.search(r"\d|商标|名牌", gap):
            hint = "added" if HONOUR_VERB.search(gap) else None
            return term, hint
    after = view[figure.end:sentence.end]
    if CONTEXT_AWARD.match(after):
        earlier = [t for t in terms if t.end() <= figure.start] or previous_terms
        if earlier:
            return earlier[-1], "added"
    return None, None


def _respectively(
    doc: Doc, sentence: Segment, terms: list[re.Match[str]], figures: list[Figure]
) -> list[tuple[re.Match[str], Figure, str | None]]:
    """``A、B分别为4个和30个``: pair the categories listed before 分别 with the numbers after."""
    pairs: list[tuple[re.Match[str], Figure, str | None]] = []
    for word in _RESPECTIVELY.finditer(doc.view, sentence.start, sentence.end):
        clause_end = sentence.end
        stop = re.compile(r"[，,；;。]").search(doc.view, word.end(), sentence.end)
        if stop:
            clause_end = stop.start()
        after = [f for f in figures if word.end() <= f.start < clause_end]
        clause_start = doc.clause_start(word.start(), sentence.start)
        before = [t for t in terms if clause_start <= t.start() < word.start()]
        if not before:
            before = [t for t in terms if t.end() <= clause_start]
            # The categories of the previous clause: those after its last figure-free break.
            before = before[-len(after):] if after else []
        if after and len(before) == len(after):
            pairs.extend((t, f, None) for t, f in zip(before, after, strict=True))
    return pairs


def _count(
    doc: Doc, sentence: Segment, term: re.Match[str], figure: Figure, hint: str | None
) -> BrandCount:
    basis = hint or _basis(doc.view, sentence.start, figure.start)
    start = min(term.start(), figure.start) if term.start() >= sentence.start else figure.start
    end = max(term.end(), figure.end) if term.start() >= sentence.start else figure.end
    return BrandCount(
        category=brand_category(term),  # type: ignore[arg-type]
        label=doc.text[term.start():term.end()],
        value=int(figure.value) if float(figure.value).is_integer() else int(figure.value),
        unit=doc.text[figure.unit_start:figure.end].replace("余", "").replace("多", ""),
        basis=basis,  # type: ignore[arg-type]
        span=(start, end),
        evidence=doc.evidence(sentence),
    )


_NAME_LEAD = re.compile(r"^(?:其中|另外|此外|同时|还有|并且|而且|以及|目前|今年|去年|近年来|我市的?|该市的?|全市的?)+")


def extract_brand_honours(doc: Doc) -> list[BrandHonour]:
    """A named product or firm and the title it won: ``永康五金入选首批浙江区域名牌``."""
    honours: list[BrandHonour] = []
    for sentence, _ in doc.sentences():
        view = doc.view
        for term in BRAND_TERM.finditer(view, sentence.start, sentence.end):
            verb = _verb_before(view, sentence.start, term.start())
            if verb is None:
                continue
            name_end = verb.start()
            name_start = doc.clause_start(name_end, sentence.start)
            # A list of names joined by 、 stays one clause; 和/与 too.
            raw = view[name_start:name_end]
            lead = _NAME_LEAD.match(raw)
            if lead:
                name_start += lead.end()
            name = doc.text[name_start:name_end].strip()
            name_view = view[name_start:name_end]
            if not (2 <= len(name) <= 40) or re.search(r"\d|[一二三四五六七八九十两]+[个项件家]",
                                                       name_view):
                continue
            if re.search(r"^(?:我|全|该|本)?[市县区省]|^企业$|^产品$|^品牌$", name_view):
                continue
            honours.append(BrandHonour(
                name=name,
                honour=doc.text[term.start():term.end()],
                category=brand_category(term),  # type: ignore[arg-type]
                span=(name_start, term.end()),
                evidence=doc.evidence(sentence),
            ))
    return honours


def _verb_before(view: str, floor: int, term_start: int) -> re.Match[str] | None:
    """An honour verb ending right before the category (after an optional qualifier)."""
    window_start = max(floor, term_start - 12)
    best = None
    for match in HONOUR_VERB.finditer(view, window_start, term_start):
        gap = view[match.end():term_start]
        if len(gap) <= 6 and not PUNCT.search(gap) and not re.search(r"\d", gap):
            best = match
    return best


def extract_brands(doc: Doc) -> Brands:
    return Brands(counts=extract_brand_counts(doc), honours=extract_brand_honours(doc))
