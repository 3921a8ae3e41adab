"""Brand honours: counts of 中国名牌产品 and their kin (:mod:`.brands_counts`, with the
status of each from :mod:`.brands_standing` and the firms behind each from
:mod:`.brands_firms`), and the named winners (:mod:`.brands_honours`
in sentences, :mod:`.brands_rosters` in lists under a heading, and the learned tagger's
:mod:`.learned.winners` where the rules found none)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..cleaning.view import match_view
from ..models import BrandCount, BrandHonour, Brands
from .areas import (
    Area,
    Cell,
    Figures,
    ItemList,
    SideTable,
    same_text,
    score_name,
    score_number,
)
from .brands_counts import extract_brand_counts
from .brands_counts_checks import checked_counts
from .brands_counts_whole import split_wholes
from .brands_firms import with_firms
from .brands_honours import extract_brand_honours
from .brands_honours_carried import carried_past_own_words
from .brands_honours_checks import checked
from .brands_honours_guards import unglued
from .brands_honours_leads import regrouped
from .brands_honours_lists import extract_list_honours
from .brands_honours_products import extract_firms_won
from .brands_honours_rewarded import extract_rewarded_honours
from .brands_honours_zones import extract_zone_honours
from .brands_lists import extract_listed_honours
from .brands_rosters import extract_roster_honours
from .brands_won import Rule, read_by
from .common import Doc
from .learned.winners import learned_honours
from .lexicon.brands import CITED_NOTICE, GI_MARKS

__all__ = ["AREA", "extract_brand_counts", "extract_brand_honours", "extract_brands"]


def extract_brands(doc: Doc) -> Brands:
    honours = read_by(doc, _RULES)
    honours = regrouped(doc, honours)  # (对获得甲的A和获得乙的B: each group its own title's)
    # (firms counted as winners of a title no rule read: only those no other rule named)
    named = {score_name(h.name) for h in honours}
    honours += [h for h in extract_firms_won(doc) if score_name(h.name) not in named]
    honours += _listed_elsewhere(doc, honours)
    taken = sentences_named(doc, honours)
    # the tagger skips the sentences whose names the join would not keep: it is the slow step
    honours = checked(doc, joined(doc, honours, learned_honours(doc, skip=taken), taken))
    # (a title carried from an earlier clause to a name whose own clause says otherwise)
    honours = [h for h in honours if not carried_past_own_words(doc, h)]
    # (a name inside the title of a notice the text cites, 《某局关于同意A、B…的公告》: the
    # notice's winner, not one the text tells of)
    honours = [h for h in honours
               if not CITED_NOTICE.search(doc.view, doc.sentence_at(h.span[0]).start, h.span[0])]
    # (a copied page's stray words glued before the entries of a list are no part of them)
    honours = unglued(doc, honours)
    honours.sort(key=lambda h: h.span)
    counts = with_firms(doc, split_wholes(doc, checked_counts(doc, extract_brand_counts(doc))))
    return Brands(counts=counts, honours=_without_makers(doc, _once(doc.view, honours)))


# The readers of named winners, in order (True: it reads only around a brand title the text
# names).
_RULES: tuple[tuple[Rule, bool], ...] = (
    (extract_brand_honours, False),
    (extract_roster_honours, True),
    (extract_listed_honours, False),
    (extract_rewarded_honours, True),
    (extract_zone_honours, True),
)


def _listed_elsewhere(doc: Doc, honours: list[BrandHonour]) -> list[BrandHonour]:
    """The winners the general reader of lists finds that no other rule read: not a name the
    rules named, nor one whose words overlap a winner they read (the rules' own reading of a
    name, 某公司生产的“某牌”… as “某牌”…, stands)."""
    named = {score_name(h.name) for h in honours}
    spans = [h.span for h in honours]
    return [h for h in extract_list_honours(doc) if score_name(h.name) not in named
            and not any(start < h.span[1] and h.span[0] < end for start, end in spans)]


def sentences_named(doc: Doc, rules: list[BrandHonour]) -> set[int]:
    """Where the sentences start that the rules' winners stand in (name or title)."""
    return {doc.sentence_at(h.span[0]).start for h in rules} | \
        {doc.sentence_at(h.span[1] - 1).start for h in rules}


def joined(doc: Doc, rules: list[BrandHonour], learned: list[BrandHonour], taken: set[int]
           ) -> list[BrandHonour]:
    """The rules' winners, and the tagger's in the sentences where the rules found none
    (``taken``: the tagger reads where the rules could not; where they could, their reading
    stands). A tagger's name is in the sentence where its span ends, the sentence it was
    tagged in: its title is in that sentence or, carried from the sentence before, before
    the name."""
    names = {score_name(h.name) for h in rules}
    return rules + [h for h in learned if score_name(h.name) not in names
                    and doc.sentence_at(h.span[1] - 1).start not in taken]


def _once(view: str, honours: list[BrandHonour]) -> list[BrandHonour]:
    """A winner named twice for one honour (a notice's heading and its body, or a short
    form and the full name) is one honour. Honours of category ``other`` are told apart by
    their title: a firm can be a 质量管理先进单位 and hold a 示范企业 title too."""
    seen: set[tuple[str, str, str]] = set()
    kept = []
    names = []  # each kept honour's score_name (worked out once, compared pair by pair below)
    for honour in honours:
        title = score_name(honour.honour) if honour.category == "other" else ""
        if title and GI_MARKS.fullmatch(match_view(honour.honour)):
            title = "地理标志商标"  # one mark, however its title is worded (证明商标, 商标)
        key = (score_name(honour.name), honour.category, title)
        if key not in seen:
            seen.add(key)
            kept.append(honour)
            names.append(key[0])
    # A short form of a winner named in full for the same title (a deck line's 某银行, the
    # body's 某银行股份有限公司) is that winner again.
    # (but not two quoted names side by side, “甲窑”“甲窑陶瓷”, nor two items of one list,
    # 甲县葡萄、甲县葡萄干: two products listed apart)
    by_category: dict[str, list[tuple[BrandHonour, str]]] = {}
    for honour, name in zip(kept, names, strict=True):
        by_category.setdefault(honour.category, []).append((honour, name))
    return [h for h, name in zip(kept, names, strict=True) if not any(
        o is not h and len(o.name) > len(h.name) and name in other
        and not _side_by_side(view, h, o) and not _items_of_one_list(view, h, o)
        for o, other in by_category[h.category])]


def _items_of_one_list(view: str, one: BrandHonour, other: BrandHonour) -> bool:
    """Whether two winners are items of one list: each name found first in its span, the two
    apart by items and 、 alone (no clause between them)."""
    at = [view.find(match_view(h.name), h.span[0], h.span[1]) for h in (one, other)]
    if min(at) < 0:
        return False
    (first, first_name), (second, _) = sorted(zip(at, (one.name, other.name), strict=True))
    between = view[first + len(first_name):second]
    return between.startswith("、") and _LIST_ITEMS_ONLY.fullmatch(between) is not None


def _side_by_side(view: str, one: BrandHonour, other: BrandHonour) -> bool:
    """Whether two winners are quoted names listed next to each other."""
    first, second = sorted((one.span, other.span))
    return first[1] <= second[0] and \
        _QUOTES_BETWEEN.fullmatch(view, first[1], second[0]) is not None


def _without_makers(doc: Doc, honours: list[BrandHonour]) -> list[BrandHonour]:
    """Without a firm the text names as the owner of a mark that won the same title
    (甲机械的“甲ABC及图”, and 甲机械 read as a winner elsewhere, in a headline): the mark is the
    winner, as a product is before its maker."""
    view = doc.view
    marks = {(h.category, match_view(h.name)) for h in honours}
    return [h for h in honours if not any(
        (h.category, mark) in marks
        for mark in _marks_of(view, match_view(h.name)))]


def _marks_of(view: str, firm: str) -> list[str]:
    """The quoted marks written right after ``firm`` and 的 (甲机械的“乙”) in the text."""
    out = []
    at = view.find(firm + "的")
    while at >= 0:
        mark = _QUOTED.match(view, at + len(firm) + 1)
        if mark is not None:
            out.append(mark.group("mark"))
        at = view.find(firm + "的", at + 1)
    return out


_QUOTED = rx.compile(r"[“「\"](?P<mark>[^”」\"，,。]{1,20})[”」\"]")
_QUOTES_BETWEEN = rx.compile(r"[”」\"]\s*、?\s*[“「\"]")
# What stands between two items of one list: other items and the marks between them.
_LIST_ITEMS_ONLY = rx.compile(r"(?:[^，,。；;：:！？!?\n]{0,20}?、)+")


def _firms_cells(count: BrandCount) -> tuple[Cell, ...] | None:
    """The facts row of the firms behind a count (schema 2), or None where it names none."""
    if count.firms is None:
        return None
    return (count.category, count.label, count.firms, "家", count.basis, None)


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
                                                None),
                            beside=(("brand_firms", _firms_cells),)),
        ),
        ItemList(
            field="honours", title="Brand honours", columns=("name", "honour", "category"),
            row=lambda h: (h.name, h.honour, h.category),
            same=lambda h: (h.category, same_text(h.name)),
            score_name="honours",
            score_key=lambda f: (score_name(f["name"]), f["category"]),
            side_table=SideTable("honours", (("name", "TEXT"), ("honour", "TEXT"),
                                             ("category", "TEXT"), ("status", "TEXT"),
                                             ("place", "TEXT"), ("period", "TEXT"),
                                             ("place_code", "TEXT"), ("place_name", "TEXT")),
                                 lambda h: (h.name, h.honour, h.category, h.status, h.place,
                                            h.period, h.place_code, h.place_name)),
        ),
    ),
)
