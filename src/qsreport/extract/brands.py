"""Brand honours: counts of 中国名牌产品 and their kin, and named winners."""

from __future__ import annotations

import re

from ..chars import HAN
from ..models import BrandCount, BrandHonour, Brands
from ..places import PLACES
from ..regex_prefilter import might_match
from ..segmenting import Segment
from .areas import (
    Area,
    Figures,
    ItemList,
    SideTable,
    same_text,
    score_name,
    score_number,
)
from .common import CLAUSE_STOP, PUNCT, Doc, Figure, figure_pattern, nearest_word, unit_as_written
from .lexicon.brands import (
    ACTIVE_AWARD,
    BASIS_WORD,
    BRAND_UNITS,
    CONTEXT_AWARD,
    CONTEXT_VERB,
    HONOUR_VERB,
    LIST_INTRO,
    MODIFIER,
    NAME_LEAD,
    NAME_TAIL,
    NOT_A_HONOUR_COUNT,
    NOT_A_NAME,
    NOT_AFTER_VERB,
    RUNNING_TOTAL,
    TERM_LIST_INTRO,
    WON_JUST_BEFORE,
    brand_category,
)

_FIGURE = figure_pattern(BRAND_UNITS)
CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_GAP_BEFORE = 8  # characters allowed between a category and its number (总数达到, 称号的产品有)
_GAP_AFTER = 14  # ... between a number and the category it counts (个产品荣获)
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|有|获得)?")


def extract_brand_counts(doc: Doc) -> list[BrandCount]:
    """Every count of honoured brands a sentence states, with its basis."""
    out: dict[int, BrandCount] = {}
    previous_terms: list[re.Match[str]] = []
    view = doc.view
    for sentence, terms, figures in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                                        doc.figures_by_sentence(_FIGURE), strict=True):
        if not figures:  # nothing to count here, but its titles carry over to the next
            previous_terms = terms or previous_terms
            continue
        taken: set[int] = set()
        for pair in _respectively(doc, sentence, terms or previous_terms, figures):
            out[pair[1].start] = _count(doc, sentence, *pair)
            taken.add(pair[1].start)
        for figure in figures:
            if figure.start in taken:
                continue
            clause_start = doc.clause_start(figure.start, sentence.start)
            term, basis_hint = _term_for(doc, sentence, figure, terms, previous_terms,
                                         clause_start)
            if term is None:
                continue
            clause_end = CLAUSE_END.search(view, figure.end, sentence.end)
            if NOT_A_HONOUR_COUNT.search(view, clause_start,
                                         clause_end.start() if clause_end else sentence.end):
                continue  # 38家企业着手准备…中国名牌产品申报工作: applicants, not winners
            out[figure.start] = _count(doc, sentence, term, figure, basis_hint)
        if terms:
            previous_terms = terms
    return [out[k] for k in sorted(out)]


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\d{4}年度?")
# CONTEXT_AWARD without its ^, to be tried in place with .match (which anchors it there).
_AWARD_AT = re.compile(CONTEXT_AWARD.pattern.removeprefix("^"))


def _term_for(
    doc: Doc,
    sentence: Segment,
    figure: Figure,
    terms: list[re.Match[str]],
    previous_terms: list[re.Match[str]],
    clause_start: int,
) -> tuple[re.Match[str] | None, str | None]:
    """The category a figure counts: written just before it, just after it, or (for 入选)
    named earlier in this sentence or the last one. ``clause_start`` is where the figure's
    clause starts."""
    view = doc.view
    for term in reversed(terms):
        if term.end() <= figure.start and figure.start - term.end() <= _GAP_BEFORE:
            gap = view[term.end():figure.start]
            if not PUNCT.search(gap) and not _DIGIT.search(gap):
                return term, None
    for term in terms:
        if term.start() >= figure.end:
            gap = _YEAR.sub("", view[figure.end:term.start()])  # 4个产品荣获2003年度中国名牌产品称号
            if len(gap) <= _GAP_AFTER and not PUNCT.search(gap) and not _DIGIT.search(gap):
                hint = "added" if HONOUR_VERB.search(gap) else None
                return term, hint
    if _AWARD_AT.match(view, figure.end, sentence.end):
        earlier = [t for t in terms if t.end() <= figure.start] or previous_terms
        if earlier:
            return earlier[-1], "added"
    # Both read view[clause_start:figure.start] in place: neither looks behind its start,
    # and $ / fullmatch end where the window does.
    if WON_JUST_BEFORE.search(view, clause_start, figure.start):
        # 在…中国名牌产品名单中，乐清企业一举斩获五项: the list named the title.
        earlier = [t for t in terms if t.end() <= clause_start]
        if earlier:
            return earlier[-1], "added"
    if RUNNING_TOTAL.fullmatch(view, clause_start, figure.start):
        # 新增国家免检产品17个，累计达到48个: the category is the previous clause's.
        earlier = [t for t in terms if t.end() <= clause_start]
        if earlier:
            return earlier[-1], None
    return None, None


def _respectively(
    doc: Doc, sentence: Segment, terms: list[re.Match[str]], figures: list[Figure]
) -> list[tuple[re.Match[str], Figure, str | None]]:
    """``A、B分别为4个和30个``: pair the categories listed before 分别 with the numbers after."""
    pairs: list[tuple[re.Match[str], Figure, str | None]] = []
    for word in _RESPECTIVELY.finditer(doc.view, sentence.start, sentence.end):
        clause_end = sentence.end
        stop = CLAUSE_STOP.search(doc.view, word.end(), sentence.end)
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
    basis = hint or nearest_word(BASIS_WORD, doc.view, sentence.start, figure.start)
    start = min(term.start(), figure.start) if term.start() >= sentence.start else figure.start
    end = max(term.end(), figure.end) if term.start() >= sentence.start else figure.end
    return BrandCount(
        category=brand_category(term),  # type: ignore[arg-type]
        label=doc.text[term.start():term.end()],
        value=int(figure.value),
        unit=unit_as_written(doc, figure),
        basis=basis,  # type: ignore[arg-type]
        span=(start, end),
        evidence=doc.evidence(sentence),
    )


_QUOTED_TRADEMARK = re.compile(r"的[“「\"](?P<mark>[^”」\"]{1,12})[”」\"]商标$")
_PLACE_PREFIX = re.compile(rf"^{HAN}{{2,5}}的(?=(?:{HAN}|[“「\"]){{2}})")


def extract_brand_honours(doc: Doc) -> list[BrandHonour]:
    """A named product or firm and the title it won: ``永康五金入选首批浙江区域名牌``,
    ``A、B和C均为首次参评即获此殊荣`` (the title named in an earlier sentence)."""
    honours: dict[tuple[int, int], BrandHonour] = {}
    view = doc.view
    recent: list[re.Match[str]] = []  # brand terms of the last sentences, for 获此殊荣
    list_intros = might_match(LIST_INTRO, view)
    active_awards = might_match(ACTIVE_AWARD, view)
    for sentence, terms, verbs in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                                      doc.matches_by_sentence(CONTEXT_VERB),
                                      strict=True):
        if not terms and not verbs and not recent:
            continue
        for term in terms:
            verb = _verb_before(view, sentence.start, term.start())
            if verb is None or MODIFIER.match(view, term.end()):
                continue
            start = doc.clause_start(verb.start(), sentence.start)
            _add_names(doc, honours, sentence, start, verb.start(), term)
        for verb in verbs:
            if NOT_AFTER_VERB.match(view, verb.end(), verb.end() + 2):
                continue
            if any(t.start() >= verb.end() and not PUNCT.search(view, verb.end(), t.start())
                   for t in terms):
                continue  # the title follows the verb: handled above
            earlier = [t for t in terms if t.end() <= verb.start()] or recent
            if not earlier:
                continue
            start = doc.clause_start(verb.start(), sentence.start)
            _add_names(doc, honours, sentence, start, verb.start(), earlier[-1])
        for term in terms if active_awards else ():
            active = ACTIVE_AWARD.search(view, max(sentence.start, term.start() - 70),
                                          term.start())
            if active and active.end() == term.start():
                # 认定A的“振石”商标和B的“华祥”商标为中国驰名商标; 批准对“龙泉灵芝”实施…保护
                _add_names(doc, honours, sentence, active.start("names"), active.end("names"),
                           term)
        for term in terms:
            intro = TERM_LIST_INTRO.match(view, term.end(), sentence.end)
            if intro and HONOUR_VERB.search(view, max(sentence.start, term.start() - 4),
                                            term.start()):
                # 今年新获中国名牌产品的分别是：A、B和C
                _add_names(doc, honours, sentence, intro.end(), sentence.end, term)
        for intro in LIST_INTRO.finditer(view, sentence.start, sentence.end) if list_intros \
                else ():
            earlier = [t for t in terms if t.end() <= intro.start()] or recent
            if earlier:
                _add_names(doc, honours, sentence, intro.end(), sentence.end, earlier[-1])
        if terms:
            recent = terms
    return [honours[k] for k in sorted(honours)]


def _add_names(doc: Doc, out: dict[tuple[int, int], BrandHonour], sentence: Segment,
               start: int, end: int, term: re.Match[str]) -> None:
    for name_start, name_end in _names(doc.view, start, end):
        out.setdefault((name_start, name_end), BrandHonour(
            name=doc.text[name_start:name_end],
            honour=doc.text[term.start():term.end()],
            category=brand_category(term),  # type: ignore[arg-type]
            span=(min(name_start, term.start()) if term.start() >= sentence.start else name_start,
                  max(name_end, term.end()) if term.start() >= sentence.start else name_end),
            evidence=doc.evidence(sentence),
        ))


def _names(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names listed in ``view[start:end]`` as (start, end) offsets."""
    text = view[start:end].rstrip("。.；;")
    lead = NAME_LEAD.match(text)
    if lead:
        start, text = start + lead.end(), text[lead.end():]
    tail = NAME_TAIL.search(text)
    if tail:
        text = text[:tail.start()]
    pieces: list[tuple[int, str]] = []
    for part in re.finditer(r"[^、，,]+", text):
        sub = part.group()
        joined = re.split(r"(?<=[”」\"])(?:和|与|及)(?=[“「\"])|(?<=商标)(?:和|与|及)", sub)
        first, last = sub.find("牌"), sub.rfind("牌")
        if len(joined) == 1 and first < last and any(c in sub[first + 1:last] for c in "和与及"):
            joined = re.split(r"(?:和|与|及)(?=[^和与及]*牌)", sub)
        offset = part.start()
        for piece in joined:
            at = sub.index(piece, offset - part.start())
            pieces.append((part.start() + at, piece))
            offset = part.start() + at + len(piece)
    out = []
    for rel, piece in pieces:
        piece_start, piece_end = start + rel, start + rel + len(piece)
        mark = _QUOTED_TRADEMARK.search(piece)
        if mark:
            piece_start, piece_end = piece_start + mark.start("mark"), piece_start + mark.end("mark")
            piece = mark["mark"]
        else:
            prefix = _PLACE_PREFIX.match(piece)
            owner = piece.rfind("的")
            if prefix and "牌" not in prefix.group():
                piece_start, piece = piece_start + prefix.end(), piece[prefix.end():]
            elif owner > 0 and "牌" in piece[owner + 2:]:
                # 浙江华鼎箱包有限公司的华鼎牌旅行箱: the product, not its maker
                piece_start, piece = piece_start + owner + 1, piece[owner + 1:]
            tail = NAME_TAIL.search(piece)
            if tail:
                piece_end -= len(piece) - tail.start()
                piece = piece[:tail.start()]
        while piece and piece[0] in "“「\"":
            piece_start, piece = piece_start + 1, piece[1:]
        while piece and piece[-1] in "”」\"":
            piece_end, piece = piece_end - 1, piece[:-1]
        if 2 <= len(piece) <= 30 and not NOT_A_NAME.search(piece) \
                and not PLACES.fullmatch(piece):
            out.append((piece_start, piece_end))
    return out


def _verb_before(view: str, floor: int, term_start: int) -> re.Match[str] | None:
    """An honour verb ending shortly before the category (after an optional qualifier)."""
    window_start = max(floor, term_start - 24)
    best = None
    for match in HONOUR_VERB.finditer(view, window_start, term_start):
        gap = view[match.end():term_start]
        if len(gap) <= 14 and not PUNCT.search(gap) and not _DIGIT.search(gap):
            best = match
    return best


def extract_brands(doc: Doc) -> Brands:
    return Brands(counts=extract_brand_counts(doc), honours=extract_brand_honours(doc))


AREA = Area(
    name="brands",
    extract=extract_brands,
    lists=(
        ItemList(
            field="counts", title="Brand counts", columns=("category", "label", "value", "basis"),
            row=lambda c: (c.category, c.label, f"{c.value} {c.unit}", c.basis or ""),
            same=lambda c: (c.category, c.value, c.basis),
            score_name="brand counts",
            score_key=lambda f: (f["category"], score_number(f["value"]), f.get("basis")),
            figures=Figures("brand", lambda c: (c.category, c.label, c.value, c.unit, c.basis,
                                                None)),
        ),
        ItemList(
            field="honours", title="Brand honours", columns=("name", "honour", "category"),
            row=lambda h: (h.name, h.honour, h.category),
            same=lambda h: (h.category, same_text(h.name)),
            score_name="honours",
            score_key=lambda f: (score_name(f["name"]), f["category"]),
            side_table=SideTable("honours", (("name", "TEXT"), ("honour", "TEXT"),
                                             ("category", "TEXT")),
                                 lambda h: (h.name, h.honour, h.category)),
        ),
    ),
)
