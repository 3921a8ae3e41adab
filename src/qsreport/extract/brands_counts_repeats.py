"""Brand counts said twice: a later sentence's restatement of an earlier count (这12个中国名牌
产品涵盖…, 新认定的6件…分别为) is not a count of its own."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandCount
from ..places import find_places
from ..regex_prefilter import compile_fast
from .brands_parts import part_item
from .common import Doc

_REPEATED_FROM = 10  # smaller numbers recur by chance (3个 in two towns); larger ones repeat


def without_repeats(doc: Doc, counts: list[BrandCount]) -> list[BrandCount]:
    """Counts without a later sentence's restatement of an earlier one (这12个中国名牌
    产品涵盖…): the same category and number, a basis that agrees or is not said. Of the
    two, the one that says its basis stays."""
    kept: list[BrandCount] = []
    first: dict[tuple[str, float], int] = {}  # (category, value) → index in kept
    said: dict[tuple[str, float], list[BrandCount]] = {}  # every count so far, kept or not
    for count in counts:
        key = (count.category, count.value)
        index = first.get(key)
        restated = any(_restated(doc, earlier, count) or _stock_again(doc, earlier, count)
                       for earlier in said.get(key, []))
        said.setdefault(key, []).append(count)
        if index is None or (count.value < _REPEATED_FROM and not _named_again(doc, count)
                             and not restated and not _headline_again(doc, kept[index], count)):
            first.setdefault(key, len(kept))
            kept.append(count)
            continue
        earlier = kept[index]
        if restated:
            continue
        if doc.sentence_at(earlier.span[0]) == doc.sentence_at(count.span[0]) or \
                (None not in (earlier.basis, count.basis) and earlier.basis != count.basis):
            kept.append(count)  # two figures of one sentence, or a stock and a year's new
        elif earlier.basis is None and count.basis is not None:
            kept[index] = count
    return kept


# A stock's date or a back-reference to the place before (至此…已达5个, 截至目前，该市…5个)
_STOCK_SAID = rx.compile(r"至此|至今|迄今|截至目前|截止目前|目前")
_PLACE_AGAIN = rx.compile(r"(?:该|全|我|本)[省市县区]")


def _stock_again(doc: Doc, earlier: BrandCount, count: BrandCount) -> bool:
    """Whether ``count`` is ``earlier``'s stock said again in a later sentence: both stocks
    (``total``) dated by 至此, 目前 or the like, the later's place a reference back (该市,
    no place named before it; names of products after it may hold places): one place holds
    one stock of a title at a time."""
    if earlier.basis != "total" or count.basis != "total":
        return False
    first, again = doc.sentence_at(earlier.span[0]), doc.sentence_at(count.span[0])
    view = doc.view
    if first == again or not _STOCK_SAID.search(view, first.start, first.end) or \
            not _STOCK_SAID.search(view, again.start, again.end):
        return False
    back = _PLACE_AGAIN.search(view, again.start, count.span[0])
    return back is not None and not find_places(view, again.start, back.start())


_NUMERAL = rx.compile(r"[\d一二三四五六七八九十两]")
_LAST_NUMBER = compile_fast(r"[\d一二三四五六七八九十两百千万.]+(?=[^\d一二三四五六七八九十两百千万.]*$)")
# Before a number that names again the ones counted earlier: 新认定的6件…, 这5个…, 上述3项…,
# 这次公布的某市3项… (a place may stand between).
_AGAIN_BEFORE = rx.compile(r"(?:的|这|这些|上述|以上|此次|本次)(?:[^\W\d_a-zA-Z]{1,4}?[省市县区])?$")


def _named_again(doc: Doc, count: BrandCount) -> bool:
    """Whether a count's number, written before its title, is described as ones already
    counted (a small number said again is otherwise a new count: 3个 in two towns)."""
    # (a count's span may open on its title, 浙江老字号”的9家: look before its number)
    number = _LAST_NUMBER.search(doc.view, count.span[0], count.span[1])
    start = number.start() if number is not None else count.span[0]
    window = max(0, start - 8)
    return _NUMERAL.match(doc.view, start) is not None and \
        _AGAIN_BEFORE.search(doc.view, window, start) is not None


def _headline_again(doc: Doc, earlier: BrandCount, count: BrandCount) -> bool:
    """Whether ``earlier`` is a headline's count and ``count`` the body's of the same title
    and number (某地又添三个…产品 over 某地又有三种产品获得…): the story it heads, told."""
    head = doc.layout.header.end
    return earlier.span[0] < head <= count.span[0]


_AROUND = 12  # characters each side of a count that, written again, say it again


def _restated(doc: Doc, earlier: BrandCount, count: BrandCount) -> bool:
    """Whether ``count`` says ``earlier`` again: the same figure in the same words (a lead
    paragraph copied into the body), or in its own sentence once more in another clause
    (A、B等5件获认定，实现一次认定5件的突破) with nothing of its own (another basis, place or period)."""
    if earlier.basis != count.basis or any(
            a is not None and b is not None and a != b
            for a, b in ((earlier.place, count.place), (earlier.period, count.period))):
        return False
    view = doc.view

    def words(c: BrandCount) -> str:
        return view[max(0, c.span[0] - _AROUND):c.span[1] + _AROUND]

    if words(earlier) == words(count):
        return True
    first, again = doc.sentence_at(earlier.span[0]), doc.sentence_at(count.span[0])
    if first != again and view[first.start:first.end] == view[again.start:again.end]:
        return True  # a sentence copied whole (a lead paragraph printed twice)
    sentence = doc.sentence_at(count.span[0])
    clause = doc.clause_start(count.span[0], sentence.start)
    # (甲市拥有7件：…；乙市2件：…；丙市2件: a breakdown's item names its own place or sector)
    return doc.sentence_at(earlier.span[0]) == sentence and clause > earlier.span[1] and \
        not part_item(view, clause, count.span[0])
