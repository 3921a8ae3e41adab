"""Brand honours: counts of 中国名牌产品 and their kin, and named winners."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from .. import regex_cache as rx
from ..models import BrandCount, BrandHonour, Brands
from ..places import PLACES
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
from .brands_honours import extract_brand_honours
from .common import (
    CLAUSE_STOP,
    PUNCT,
    Doc,
    Figure,
    MatchIndex,
    figure_pattern,
    in_book_title,
    unit_as_written,
)
from .lexicon.brands import (
    ACHIEVED,
    AWARDED_AS,
    BASIS_WORD,
    BRAND_UNITS,
    CONTEXT_AWARD,
    FIRMS_THEN_PRODUCTS,
    GOAL,
    HONOUR_VERB,
    NEW_WORD,
    NOT_A_HONOUR_COUNT,
    NOT_THE_COUNTED,
    PASSIVE_AWARD,
    PROTECTED,
    RUNNING_TOTAL,
    SHORTLIST,
    SHORTLIST_DONE,
    STOCK,
    STOCK_DATE,
    THEN_THE_TOTAL,
    WON_JUST_BEFORE,
    brand_category,
    honour_only,
)

_FIGURE = figure_pattern(BRAND_UNITS)
CLAUSE_END = rx.compile(r"[，,；;。！？!?]")
_GAP_BEFORE = 8  # characters allowed between a category and its number (总数达到, 称号的产品有)
_GAP_AFTER = 14  # ... between a number and the category it counts (个产品荣获)
_RESPECTIVELY = rx.compile(r"分别(?:为|是|达到|达|有|获得)?")


def extract_brand_counts(doc: Doc) -> list[BrandCount]:
    """Every count of honoured brands a sentence states, with its basis."""
    out: dict[int, BrandCount] = {}
    previous_terms: list[re.Match[str]] = []
    view = doc.view
    for sentence, found_terms, figures in zip(doc.layout.sentences,
                                              doc.brand_terms_by_sentence(),
                                              doc.figures_by_sentence(_FIGURE), strict=True):
        # 《中国名牌产品管理办法》 names a rule book, not a title anyone won.
        terms = [t for t in found_terms if not in_book_title(view, sentence.start, t.start())]
        if not figures:  # nothing to count here, but its titles carry over to the next
            previous_terms = terms or previous_terms
            continue
        taken: set[int] = set()
        marks = _marks(doc, sentence)
        looked_up = MatchIndex(terms)
        for listed, figure, hint in _respectively(doc, sentence, terms or previous_terms,
                                                  figures):
            taken.add(figure.start)
            clause_start = doc.clause_start(figure.start, sentence.start)
            standing = _standing(doc, sentence, figure, clause_start, marks)
            if not honour_only(listed) and standing is not None:
                out[figure.start] = _count(doc, sentence, listed, figure, hint, clause_start,
                                           standing, marks)
        before: BrandCount | None = None  # the count of the figure just before, if any
        previous_start = previous_end = 0  # ... and where that figure is
        firms_of = _firms_before(view, figures)  # products' figure start → its firms'
        firm_starts = set(firms_of.values())
        for figure in figures:
            if figure.start in taken or figure.start in firm_starts:
                before = out.get(figure.start)
                previous_start, previous_end = figure.start, figure.end
                continue
            clause_start = doc.clause_start(figure.start, sentence.start)
            # 已达86家90项: the products are looked up from where their firms' number stands.
            probe = figure._replace(start=firms_of.get(figure.start, figure.start))
            term, basis_hint = _term_for(doc, sentence, probe, looked_up, previous_terms,
                                         clause_start)
            count = None
            if term is not None:
                standing = _standing(doc, sentence, figure, clause_start, marks)
                if not honour_only(term) and standing is not None:
                    count = _count(doc, sentence, term, figure, basis_hint, clause_start,
                                   standing, marks)
            elif before is not None and before.unit == unit_as_written(doc, figure) \
                    and _PLACE_CLAUSE.fullmatch(view, _item_start(view, clause_start, figure),
                                                figure.start) \
                    and _ITEM_END.match(view, figure.end, sentence.end):
                standing = _standing(doc, sentence, figure, clause_start, marks)
                if standing is not None:
                    # 甲市获12项省名牌，乙市9项: the category and basis carry down the list.
                    count = replace(before, value=int(figure.value),
                                    status=standing,  # type: ignore[arg-type]
                                    span=(figure.start, figure.end))
            if count is not None:
                if before is not None and before.basis is None and count.basis == "total" \
                        and before.category == count.category \
                        and THEN_THE_TOTAL.match(view, previous_end, figure.start):
                    # 认定地理标志产品4个，总数达到26个: the first is the year's new ones.
                    out[previous_start] = replace(before, basis="added")
                out[figure.start] = count
            before, previous_start, previous_end = count, figure.start, figure.end
        if terms:
            previous_terms = terms
    return _without_repeats(doc, [out[k] for k in sorted(out)])


def _firms_before(view: str, figures: list[Figure]) -> dict[int, int]:
    """``86家90项``, ``47家69个产品``: a number of firms written straight before the number
    of their products. Maps the products' figure start to the firms' figure start."""
    pairs: dict[int, int] = {}
    for firms, products in pairwise(figures):
        if firms.unit == "家" and products.unit != "家" and \
                FIRMS_THEN_PRODUCTS.fullmatch(view, firms.end, products.start):
            pairs[products.start] = firms.start
    return pairs


def _item_start(view: str, clause_start: int, figure: Figure) -> int:
    """Where a figure's item of a list starts: after the clause's last 、 before it."""
    return max(clause_start, view.rfind("、", clause_start, figure.start) + 1)


class _Marks(NamedTuple):
    """What a sentence says about all its figures, read once (a sentence can hold hundreds
    of figures): whether it is about a shortlist, where its goals end (with their years),
    where words of achievement stand, where its clauses end, its status words (申报, 公示,
    之一) and its basis words (新增, 累计), each with its group."""

    shortlist: bool
    goal_ends: list[int]
    goal_years: list[str | None]
    achieved: list[int]
    clause_ends: list[int]
    said: list[re.Match[str]]
    said_starts: list[int]
    bases: list[re.Match[str]]
    basis_ends: list[int]


def _marks(doc: Doc, sentence: Segment) -> _Marks:
    view = doc.view
    span = sentence.start, sentence.end
    goals = [g for g in GOAL.finditer(view, *span)
             if not in_book_title(view, sentence.start, g.start())]  # (《某某发展纲要》: a title)
    said = list(NOT_A_HONOUR_COUNT.finditer(view, *span))
    bases = list(BASIS_WORD.finditer(view, *span))
    return _Marks(
        shortlist=bool(SHORTLIST.search(view, *span) and not SHORTLIST_DONE.search(view, *span)),
        goal_ends=[g.end() for g in goals],
        goal_years=[g.group("year") for g in goals],
        achieved=[m.start() for m in ACHIEVED.finditer(view, *span)],
        clause_ends=[m.start() for m in CLAUSE_END.finditer(view, *span)],
        said=said,
        said_starts=[m.start() for m in said],
        bases=bases,
        basis_ends=[m.end() for m in bases],
    )


def _standing(doc: Doc, sentence: Segment, figure: Figure, clause_start: int,
              marks: _Marks) -> str | None:
    """Whether a figure counts honours won (``achieved``); applicants or a shortlist its own
    clause names (``applied``, ``shortlisted``, ``recommended``: kept with that status, which
    schema 1 leaves out); or is left out (None): firms, one 之一, a goal (要新创20个…、15个…),
    a shortlist named elsewhere in the sentence (公示, 初选)."""
    view = doc.view
    if NOT_THE_COUNTED.match(view, figure.end):
        return None  # 其中新增35家企业: firms, not their products
    at = bisect.bisect_left(marks.clause_ends, figure.end)
    clause_end = marks.clause_ends[at] if at < len(marks.clause_ends) else sentence.end
    if view.startswith("其中", clause_start) and clause_start > sentence.start:
        # 组织申报免检产品，其中新增…: a part of the clause before is what that clause is
        clause_start = doc.clause_start(clause_start - 1, sentence.start)
    at = bisect.bisect_left(marks.said_starts, clause_start)
    said = marks.said[at] if at < len(marks.said) and marks.said[at].end() <= clause_end \
        else None
    if said:
        # 38家企业着手准备…中国名牌产品申报工作: applicants, not winners. Only a status
        # named after the figure in its clause is kept (8个产品通过…初评): the context pass
        # (extract/context.py) decides a figure's status anew, and reads a word before the
        # figure as undone by a later 获/了 (初选中多了5个), so those are left out, as are goals.
        keep = said.lastgroup not in ("part", "target") and said.start() >= figure.end
        return said.lastgroup if keep else None
    if marks.shortlist:
        return None  # (a shortlist named elsewhere in the sentence: the same, left out)
    goal = bisect.bisect_right(marks.goal_ends, figure.start) - 1
    if goal < 0:
        return "achieved"
    after_goal = bisect.bisect_left(marks.achieved, marks.goal_ends[goal])
    if after_goal < len(marks.achieved) and marks.achieved[after_goal] < figure.start:
        return "achieved"  # 目标…，已新增…: achieved after all
    year = marks.goal_years[goal]
    reported = doc.layout.header.date
    # 到2008年底 in a report of 2009 is a date gone by, not a goal.
    return "achieved" if year and reported and int(year) <= int(reported[:4]) else None


_DIGIT = rx.compile(r"\d")
_YEAR = rx.compile(r"\d{4}年度?")
# CONTEXT_AWARD without its ^, to be tried in place with .match (which anchors it there).
_AWARD_AT = rx.compile(CONTEXT_AWARD.pattern.removeprefix("^"))
_GAP_PASSIVE = 32  # 5件商标近日被商标局认定为中国驰名商标: a passive award may name its giver
# A clause that is only a place and its number, in a list after a count: 乙市9项.
_PLACE_CLAUSE = rx.compile(
    rf"(?:其中|另外|而|以及)?(?:[^\W\d_a-zA-Z全本我该在的数]{{1,4}}?(?:省|市|县|区)|{PLACES.pattern})"
    r"(?:也|则|还)?(?:有|获|获得|占|新增|新获)?"
)
_ITEM_END = rx.compile(r"[，,；;。、！!]|$")  # what ends such a list item: 乙市9项，


def _term_for(
    doc: Doc,
    sentence: Segment,
    figure: Figure,
    terms: MatchIndex,
    previous_terms: list[re.Match[str]],
    clause_start: int,
) -> tuple[re.Match[str] | None, str | None]:
    """The category a figure counts: written just before it, just after it, or (for 入选)
    named earlier in this sentence or the last one. ``clause_start`` is where the figure's
    clause starts."""
    view = doc.view
    nearest = terms.last_ending_by(figure.start)  # only the nearest can be close enough
    if nearest is not None and figure.start - nearest.end() <= _GAP_BEFORE:
        gap = view[nearest.end():figure.start]
        if not PUNCT.search(gap) and not _DIGIT.search(gap):
            # 中国名牌产品企业有12家: the number counts the firms.
            return (nearest, None) if not NOT_THE_COUNTED.search(gap) else (None, None)
    following = terms.first_starting_from(figure.end)
    if following is not None:
        gap = _YEAR.sub("", view[figure.end:following.start()])  # 4个产品荣获2003年度中国名牌产品称号
        # (8家企业获得…: firms; 3个产业集聚区被批准为…示范区: not brands)
        if not PUNCT.search(gap) and not _DIGIT.search(gap) and not NOT_THE_COUNTED.search(gap):
            if len(gap) <= _GAP_AFTER:
                if HONOUR_VERB.search(gap) or (gap.rstrip("“「\"").endswith("为") and
                                               AWARDED_AS.search(view, clause_start,
                                                                 figure.start)):
                    return following, "added"  # 确定40家企业的46个产品为…省名牌产品
                return following, None
            if len(gap) <= _GAP_PASSIVE and PASSIVE_AWARD.fullmatch(gap):
                return following, "added"
    if _AWARD_AT.match(view, figure.end, sentence.end):
        earlier = terms.last_ending_by(figure.start) or \
            (previous_terms[-1] if previous_terms else None)
        if earlier is not None:
            return earlier, "added"
    # Both read view[clause_start:figure.start] in place: neither looks behind its start,
    # and $ / fullmatch end where the window does.
    if WON_JUST_BEFORE.search(view, clause_start, figure.start):
        # 在…中国名牌产品名单中，乐清企业一举斩获五项: the list named the title.
        earlier = terms.last_ending_by(clause_start)
        if earlier is not None:
            return earlier, "added"
    if RUNNING_TOTAL.fullmatch(view, clause_start, figure.start):
        # 新增国家免检产品17个，累计达到48个: the category is the previous clause's.
        earlier = terms.last_ending_by(clause_start)
        if earlier is not None:
            return earlier, None
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
    doc: Doc, sentence: Segment, term: re.Match[str], figure: Figure, hint: str | None,
    clause_start: int, status: str, marks: _Marks,
) -> BrandCount:
    view = doc.view
    nearest = bisect.bisect_right(marks.basis_ends, figure.start) - 1  # the last word before
    basis = hint or (marks.bases[nearest].lastgroup if nearest >= 0 else None)
    near = max(clause_start, figure.start - _STOCK_REACH)
    if STOCK.search(view, near, figure.start) or \
            (term.start() > figure.end and STOCK.search(view, figure.end, term.start())):
        basis = "total"  # 先后有42个产品获得过省名牌产品: how many have it, not new ones
    elif (PROTECTED.match(view, term.end()) or term.group().endswith("保护")) \
            and not NEW_WORD.search(view, near, term.start()):
        basis = "total"  # 7个产品获得地理标志产品保护: the products under protection
    elif STOCK_DATE.match(view, sentence.start) and \
            not NEW_WORD.search(view, clause_start, max(figure.end, term.end())):
        basis = "total"  # 截至去年底，…荣获驰名商标70件: the holders at that date
    start = min(term.start(), figure.start) if term.start() >= sentence.start else figure.start
    end = max(term.end(), figure.end) if term.start() >= sentence.start else figure.end
    return BrandCount(
        category=brand_category(term),  # type: ignore[arg-type]
        label=doc.text[term.start():term.end()],
        value=int(figure.value),
        unit=unit_as_written(doc, figure),
        basis=basis,  # type: ignore[arg-type]
        status=status,  # type: ignore[arg-type]
        span=(start, end),
        evidence=doc.evidence(sentence),
    )


_STOCK_REACH = 20  # how far before a number a stock word still speaks of it (累计获得…达到90项)
_REPEATED_FROM = 10  # smaller numbers recur by chance (3个 in two towns); larger ones repeat


def _without_repeats(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """Counts without a later sentence's restatement of an earlier one (这12个中国名牌
    产品涵盖…): the same category and number, a basis that agrees or is not said. Of the
    two, the one that says its basis stays."""
    kept: list[BrandCount] = []
    first: dict[tuple[str, int], int] = {}  # (category, value) → index in kept
    for count in counts:
        key = (count.category, count.value)
        index = first.get(key)
        if index is None or count.value < _REPEATED_FROM:
            first.setdefault(key, len(kept))
            kept.append(count)
            continue
        earlier = kept[index]
        if doc.sentence_at(earlier.span[0]) == doc.sentence_at(count.span[0]) or \
                (None not in (earlier.basis, count.basis) and earlier.basis != count.basis):
            kept.append(count)  # two figures of one sentence, or a stock and a year's new
        elif earlier.basis is None and count.basis is not None:
            kept[index] = count
    return kept


def extract_brands(doc: Doc) -> Brands:
    return Brands(counts=extract_brand_counts(doc), honours=_once(extract_brand_honours(doc)))


def _once(honours: list[BrandHonour]) -> list[BrandHonour]:
    """A winner named twice for one honour (a notice's heading and its body) is one honour."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for honour in honours:
        key = (score_name(honour.name), honour.category)
        if key not in seen:
            seen.add(key)
            kept.append(honour)
    return kept


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
