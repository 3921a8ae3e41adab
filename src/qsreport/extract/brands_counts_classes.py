"""A brand programme's list broken down into its classes: ``某省名品名单包括产品类名品30个、
服务类名品6个`` or, after a count of the programme, ``其中，工业企业品牌45个，区域品牌2个``.
Each class is a count of the programme's brands (category ``other``), with the whole's basis;
a class named 区域品牌 is a part of the list, not the 区域名牌 title."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from .. import regex_cache as rx
from ..models import BrandCount
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import Doc, Figure, figure_pattern, unit_as_written
from .lexicon.brand_lists import CLASS_AFTER, CLASS_BEFORE, CLASS_LIST, CLASS_SECTOR, CLASSES_OF
from .lexicon.brand_status import SHORTLIST
from .lexicon.brands import (
    BRAND_UNITS,
    HONOUR_VERB,
    NOT_A_HONOUR_COUNT,
    brand_category,
    honour_only,
)

_FIGURE = figure_pattern(BRAND_UNITS)
_ITEM_BREAK = rx.compile(r"[、，,；;：:]")
_CLASS_UNITS = frozenset({"个", "件", "项", "款"})
# A list published in the sentence (发布, 公布, 评出, 遴选出): its entries are the batch, new.
_PUBLISHED = rx.compile(r"发布|公布|揭晓|评选出|评出|遴选出|认定了")
# Titles a class may name that stay the programme's classes: 区域品牌 (not 区域名牌).
_CLASS_TITLE = rx.compile(r"区域品牌")


def with_classes(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """``counts`` with each class of a programme's list counted (the count a class's
    title gave in its place, if any), in the order of the text."""
    view = doc.view
    if not counts and not doc.names_brand_terms() and not _LIST_WORD.search(view):
        return counts  # no title, no count before, no list: nothing is broken into classes
    by_start = {count.span[0]: count for count in counts}
    starts = sorted(by_start)
    classes: dict[int, BrandCount] = {}
    known: dict[str, BrandCount] = {}  # each class found, by its name in the view
    last: BrandCount | None = None  # the last count of the sentence before
    previous_classes = False  # whether the sentence before broke a list into classes
    for sentence, terms, figures in zip(doc.layout.sentences, doc.brand_terms_by_sentence(),
                                        doc.figures_by_sentence(_FIGURE), strict=True):
        found: list[BrandCount] = []
        if figures:
            whole, begin = _whole(doc, sentence, terms, by_start, starts, last)
            if whole is not None:
                found = _items(doc, sentence, figures, whole, begin, sector=False)
            elif (opener := CLASSES_OF.match(view, sentence.start)) and \
                    (whole := known.get(opener.group("name")) or
                     (last if previous_classes else None)) is not None:
                # 在企业名牌中，机械行业9个，纺织行业7个: a class broken down by trade
                found = _items(doc, sentence, figures, whole, opener.end(), sector=True)
        for count in found:
            classes[count.span[0]] = count
            known.setdefault(doc.view[slice(*_label_span(doc, count))], count)
        # (the counts the sentence holds: a slice of the sorted starts, not a walk from the
        # first, which made a long report's sentences cost time in proportion to it)
        own = [by_start[s] for s in starts[bisect.bisect_left(starts, sentence.start):
                                            bisect.bisect_left(starts, sentence.end)]]
        # (the sentence's classes stand for the counts their titles gave)
        last = max(found or own, key=lambda c: c.span[0]) if found or own else None
        previous_classes = bool(found)
    if not classes:
        return counts
    kept = [_named_again(doc, by_start.get(c.span[0], c), known) for c in counts
            if not any(c.span[0] <= k.span[1] and k.span[0] <= c.span[1]
                       for k in classes.values())]
    return sorted([*kept, *classes.values()], key=lambda c: c.span[0])


def _whole(doc: Doc, sentence: Segment, terms: list[re.Match[str]],
           by_start: dict[int, BrandCount], starts: list[int], last: BrandCount | None
           ) -> tuple[BrandCount | None, int]:
    """The count (or list) a sentence breaks into classes, and where its classes begin: a
    programme's title, or a list (名单, 榜单), then 包括 or 中，其中; or a sentence opening on
    其中 after a count of a programme."""
    view = doc.view
    if NOT_A_HONOUR_COUNT.search(view, sentence.start, sentence.end) or \
            SHORTLIST.search(view, sentence.start, sentence.end):
        return None, 0
    for term in terms:
        if not _programme(term):
            continue
        opener = CLASS_LIST.match(view, term.end())
        if opener is None:
            continue
        at = bisect.bisect_left(starts, term.start() - 8)
        whole = next((by_start[s] for s in starts[at:] if s <= term.start()
                      and by_start[s].span[1] >= term.end()), None)
        if whole is not None and whole.basis is None:
            # 40个某省名品中，包括…: the list named again, new where the sentence before said
            # its title was won (…的产品被评为首届某省名品) or counted it with its basis
            basis = _basis_before(doc, sentence, term, whole, by_start.values())
            whole = by_start[whole.span[0]] = replace(whole, basis=basis)  # type: ignore[arg-type]
        if whole is None:
            basis = "added" if _PUBLISHED.search(view, sentence.start, term.start()) else None
            whole = BrandCount(category="other", label=doc.text[term.start():term.end()],
                               value=0, unit="个", basis=basis,  # type: ignore[arg-type]
                               span=(term.start(), term.end()), evidence=doc.evidence(sentence))
        return whole, opener.end()
    listed = CLASS_LIST.search(view, sentence.start, sentence.end)
    if listed is not None and _LIST_WORD.search(listed.group()):
        # 该榜单包括A等50个…品牌、B等46个…品牌: a list's entries, the batch it names
        return BrandCount(category="other", label=doc.text[listed.start():listed.end()],
                          value=0, unit="个", basis="added", span=listed.span(),
                          evidence=doc.evidence(sentence)), listed.end()
    if last is not None and last.category == "other" and last.status == "achieved" and \
            _programme_label(last.label) and (opener := _PART.match(view, sentence.start)):
        return last, opener.end()
    return None, 0


def _basis_before(doc: Doc, sentence: Segment, term: re.Match[str], whole: BrandCount,
                  counts: Iterable[BrandCount]) -> str | None:
    """The basis of a programme's count named again to open its breakdown: that of a count of
    the same number and title before it, else ``added`` where the sentence before says the
    title was won (被评为, 入选) or its list published (揭晓, 公布)."""
    title = term.group()
    earlier = [c for c in counts if c.span[1] <= sentence.start and c.value == whole.value
               and title in c.label and c.basis is not None]
    if earlier:
        return max(earlier, key=lambda c: c.span[0]).basis
    view = doc.view
    low = max(0, sentence.start - _BEFORE_REACH)
    at = view.rfind(title, low, sentence.start)
    if at < 0:
        return None
    near = max(low, at - _VERB_REACH)
    won = HONOUR_VERB.search(view, near, at) or _PUBLISHED.search(view, near, at)
    return "added" if won is not None else None


_BEFORE_REACH = 200  # how far back the title's earlier mention is read
_VERB_REACH = 8  # and how far before that mention its verb (被评为首届…)
_PART = compile_fast(r"\s*其中[，,：:]?")
_LIST_WORD = rx.compile(r"名单|榜单|名录")


def _programme(term: re.Match[str]) -> bool:
    """Whether a title names a brand programme (category ``other``, no honour, no
    geographical-indication mark)."""
    return brand_category(term) == "other" and not honour_only(term) and \
        _programme_label(term.group())


def _programme_label(label: str) -> bool:
    return "商标" not in label and "老字号" not in label and "商号" not in label


def _items(doc: Doc, sentence: Segment, figures: list[Figure], whole: BrandCount, begin: int,
           sector: bool) -> list[BrandCount]:
    """The classes after ``begin``: each a number with its class named before it (制造业企业
    品牌45个) or after it (A、B等30个产品类名品), or in ``sector`` mode a trade (轻工行业28个).
    None unless two classes or more are counted."""
    view = doc.view
    out = []
    for figure in figures:
        if figure.start < begin or figure.unit not in _CLASS_UNITS:
            continue
        start = max(begin, _last_break(view, begin, figure.start))
        stop = _ITEM_BREAK.search(view, figure.end, sentence.end)
        end = stop.start() if stop else sentence.end
        if view[end - 1:end] == "。":
            end -= 1
        before, after = view[start:figure.start], view[figure.end:end]
        if sector:
            named = CLASS_SECTOR.fullmatch(before) is not None and not after.strip()
        else:
            named = (CLASS_BEFORE.fullmatch(before) is not None and not after.strip()) or \
                (CLASS_AFTER.fullmatch(after) is not None and (
                    not before.strip() or before.endswith("等") or
                    _LEAD.fullmatch(before) is not None))
        if not named or _titled(doc, start, end):
            continue
        if after.strip():  # the class after the number
            label_start, label_end = figure.end, figure.end + len(after.rstrip())
        else:  # before it, after the list's lead words
            lead = _LEAD.match(view, start, figure.start)
            label_start = lead.end() if lead else start
            # (企业名牌有80个, 区域品牌为30个: the label ends where the linking word starts)
            linker = _LINKER.search(view, label_start, figure.start)
            label_end = linker.start() if linker else figure.start
        out.append(replace(whole, label=doc.text[label_start:label_end].strip(),
                           value=int(figure.value), unit=unit_as_written(doc, figure),
                           span=(min(label_start, figure.start), max(label_end, figure.end)),
                           evidence=doc.evidence(sentence), firms=None))
    return out if len(out) >= 2 else []


_LEAD = rx.compile(r"\s*(?:其中|包括|既有|也有|还有|另有|以及|有)?\s*")
_LINKER = compile_fast(r"(?<=[品牌类业域])(?:有|为|共)\s*$")


def _last_break(view: str, begin: int, pos: int) -> int:
    """Just after the last item break between ``begin`` and ``pos``."""
    found = -1
    for match in _ITEM_BREAK.finditer(view, begin, pos):
        found = match.end()
    return found if found >= 0 else begin


def _titled(doc: Doc, start: int, end: int) -> bool:
    """Whether an item names a title of its own (中国名牌产品3个): a count of that title,
    not a class (a bare 区域品牌 is a class)."""
    for term in doc.brand_terms(start, end):
        if not _CLASS_TITLE.fullmatch(term.group()) and not _programme(term):
            return True
    return False


def _named_again(doc: Doc, count: BrandCount, known: dict[str, BrandCount]) -> BrandCount:
    """A later count of a class a programme's list was broken into (这次另有30个区域品牌获评,
    after the list's classes named 区域品牌): the programme's brands, category ``other``."""
    if count.category != "regional_brand" or not _CLASS_TITLE.fullmatch(
            doc.view, *_label_span(doc, count)):
        return count
    whole = known.get("区域品牌")
    if whole is None or whole.span[0] > count.span[0]:
        return count
    return replace(count, category="other")


def _label_span(doc: Doc, count: BrandCount) -> tuple[int, int]:
    """Where a count's title stands in the view (its label within its span)."""
    start = doc.text.find(count.label, count.span[0], count.span[1])
    return (start, start + len(count.label)) if start >= 0 else count.span
