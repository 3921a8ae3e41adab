"""Schema 2: a figure that is a part of another figure of its report (``part_of``), so that a
city × year SUM over the figures ``WHERE part_of IS NULL`` counts nothing twice.

Read once, after every area, the context pass and the places' keys, over every list of
figures: a breakdown after its total (全市查处案件120起，其中大案15起; a part in brackets,
（内含…）; 包括; 分别 by place or kind; a sentence that opens on 其中) and a total after its
listed parts (甲县30起、乙县20起，共计50起). A part is of the same list and key (category,
metric, level and role), status and basis, a unit counted alike, a place inside the whole's
(or the same), the same period, and smaller than the whole; the parts of one whole add up
to no more than it. ``part_of`` is the whole's index in the same list (its words are in
:mod:`.lexicon.parts`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import regex_cache as rx
from ..chars import simplified_unit, unit_scale
from .areas import areas, items
from .common import Doc
from .lexicon.parts import (
    AMONG,
    BREAKDOWN,
    BREAKDOWN_SENTENCE,
    CLAUSE_BREAK,
    SAME_UNITS,
    SENTENCE_END,
    TOTAL_AFTER,
)

_BREAKDOWN = rx.compile(BREAKDOWN)
_BREAKDOWN_SENTENCE = rx.compile(BREAKDOWN_SENTENCE)
_AMONG = rx.compile(AMONG)
_SENTENCE_END = rx.compile(SENTENCE_END)
_TOTAL_AFTER = rx.compile(TOTAL_AFTER)
_CLAUSE_BREAK = rx.compile(CLAUSE_BREAK)
_DIGIT = rx.compile(r"\d")
# A figure's number (its span opens on its words: 其中大案15起): the last in its span.
_NUMBER = rx.compile(r"\d[\d.,]*|[零〇一二三四五六七八九十百千两]+")
_NO_LEVEL = ("change", "share")  # a change or a share is no level: neither whole nor part
_KEYS = ("category", "metric", "level", "role")


def mark_parts(doc: Doc, report: Any) -> None:
    """Set ``part_of`` on every figure that breaks down another of its list."""
    view = doc.view
    for area in areas():
        for item_list in area.lists:
            listed = items(report, area, item_list)
            if listed and hasattr(listed[0], "part_of"):
                _mark_list(view, listed, report.meta.region_code)


def _mark_list(view: str, listed: list[Any], region_code: str | None) -> None:
    order = sorted((i for i, item in enumerate(listed) if _is_level(item)),
                   key=lambda i: listed[i].span)
    wholes: dict[int, list[int]] = {}
    # Where each figure's number begins, read once (each is tried against several wholes)
    number_at = {index: _number_start(view, listed[index]) for index in order}
    # A change or a share after the whole (比上年增加20起; 占全省的8%) stands between it and
    # its breakdown's words: its number is no other figure's.
    aside = [item for item in listed if item.basis in _NO_LEVEL]
    for position, index in enumerate(order):
        part = listed[index]
        if part.part_of is not None:
            continue
        for whole_index in reversed(order[:position]):
            whole = listed[whole_index]
            if whole.part_of is not None:
                continue
            if _breaks_down(view, whole, number_at[index],
                            [listed[i] for i in wholes.get(whole_index, ())], aside, listed):
                if _fits(whole, part, region_code):
                    part.part_of = whole_index
                    wholes.setdefault(whole_index, []).append(index)
                elif not _same_key(whole, part) and _SENTENCE_END.search(
                        view, whole.span[1], part.span[0]) is not None:
                    continue  # a sentence of 其中 breaks down each figure of the one before
                break  # the nearest figure before the breakdown's words is its whole
            if _SENTENCE_END.search(view, whole.span[1], part.span[0]) is not None:
                break
        if part.part_of is None and position and _total_after(view, number_at[index]):
            for before in _listed_parts(view, order[:position], listed, part, region_code,
                                        number_at):
                listed[before].part_of = index
                wholes.setdefault(index, []).append(before)
    for whole_index, parts in wholes.items():  # parts adding up to more break down no whole
        if sum(_amount(listed[i]) for i in parts) > _amount(listed[whole_index]) * 1.0001:
            for i in parts:
                listed[i].part_of = None


def _is_level(item: Any) -> bool:
    unit = getattr(item, "unit", None)
    return unit is not None and "%" not in unit and "％" not in unit \
        and "百分点" not in unit and item.basis not in _NO_LEVEL


def _breaks_down(view: str, whole: Any, part_start: int, siblings: list[Any],
                 aside: list[Any], listed: list[Any]) -> bool:
    """Whether the words between the two open a breakdown of the first: a breakdown word
    with no number before it, in one sentence or the next one's 其中, and after it no number
    but the whole's parts so far (其中甲县30起、乙县20起; not 其中不合格1批次，…产品2批次); the
    numbers of changes and shares of the list between the whole and those words are let be,
    and in a sentence of 其中 the list's own figures before the part (it breaks down several
    figures of the sentence before, 共抽查63家企业69批次。其中甲类32家、32批次…)."""
    start, end = whole.span[1], part_start  # (where the part's number begins)
    if start > end:
        return False
    last_end = max(_SENTENCE_END.finditer(view, start, end), key=lambda m: m.start(),
                   default=None)
    if last_end is not None:
        if _BREAKDOWN_SENTENCE.match(view, last_end.end(), end) is None:
            return False
        if _SENTENCE_END.search(view, start, last_end.start()) is not None:
            return False  # only the sentence just before
        # (其中抽取甲类产品32家、32批次；乙类31家、37批次: the list's own figures between)
        return _only_siblings(view, last_end.end(), end, listed)
    among = _AMONG.match(view, start, end)  # 500批次抽检中，食品300批次…
    if among is not None:
        return _only_siblings(view, among.end(), end, siblings)
    marker = _BREAKDOWN.search(view, start, end)
    if marker is None or not _only_siblings(view, start, marker.start(), aside):
        return False
    if not _only_siblings(view, marker.end(), end, siblings):
        return False
    if marker.group() in "(（":  # a part in brackets: the bracket still open at the part
        gap = view[marker.start():end]
        return gap.count("(") + gap.count("（") > gap.count(")") + gap.count("）")
    return True


def _only_siblings(view: str, start: int, end: int, siblings: list[Any]) -> bool:
    """Whether every number between ``start`` and ``end`` is one of ``siblings``' (the
    parts so far, or the changes and shares let be)."""
    return all(any(s.span[0] <= digit.start() < s.span[1] for s in siblings)
               for digit in _DIGIT.finditer(view, start, end))


def _total_after(view: str, start: int) -> bool:
    """Whether the clause of the figure whose number begins at ``start`` is a total's
    (…，共计50起; its caller asks only after another figure of its list)."""
    clause = max((m.end() for m in _CLAUSE_BREAK.finditer(view, max(0, start - 20), start)),
                 default=None)
    return clause is not None and _TOTAL_AFTER.fullmatch(view, clause, start) is not None


def _listed_parts(view: str, before: list[int], listed: list[Any], whole: Any,
                  region_code: str | None, number_at: dict[int, int]) -> list[int]:
    """The figures of the list before a total in its sentence, when two or more fit it
    (``number_at``: where each figure's number begins, by its index)."""
    found: list[int] = []
    end = _number_start(view, whole)
    for index in reversed(before):
        part = listed[index]
        if _SENTENCE_END.search(view, part.span[1], end) is not None:
            break
        if part.part_of is not None or not _fits(whole, part, region_code):
            break
        found.append(index)
        end = number_at[index]
    return found if len(found) >= 2 else []


def _number_start(view: str, item: Any) -> int:
    """Where the figure's number begins (its span may open on its words)."""
    start, end = item.span
    return max((m.start() for m in _NUMBER.finditer(view, start, end)), default=start)


def _same_key(whole: Any, part: Any) -> bool:
    return all(getattr(whole, key, None) == getattr(part, key, None) for key in _KEYS)


def _fits(whole: Any, part: Any, region_code: str | None) -> bool:
    """Whether ``part`` can be a part of ``whole``: its key, status, basis, unit, place and
    period, and a smaller amount."""
    if not _same_key(whole, part):
        return False
    if whole.status != part.status or not _same_basis(whole.basis, part.basis):
        return False
    if not _same_units(whole.unit, part.unit):
        return False
    if whole.period is not None and part.period is not None and whole.period != part.period:
        return False
    if not _inside(part.place_code, whole.place_code if whole.place is not None
                   else region_code, whole.place):
        return False
    return bool(_amount(part) < _amount(whole))


def _same_basis(whole: str | None, part: str | None) -> bool:
    return whole == part or {whole, part} == {None, "total"}


def _unit_word(unit: str) -> str:
    return simplified_unit(unit_scale(unit)[1])


def _same_units(whole: str, part: str) -> bool:
    a, b = _unit_word(whole), _unit_word(part)
    return a == b or any(a in family and b in family for family in SAME_UNITS)


def _inside(part_code: str | None, whole_code: str | None, whole_place: str | None) -> bool:
    """Whether a part's place lies in the whole's: the same, or inside it by the adcodes
    (a county's 6 digits begin with its city's 4 and its province's 2), or the whole is the
    country's; a place either side that is not keyed (a list, a town) is let be."""
    if whole_place == "全国" or part_code is None or whole_code is None:
        return True
    stem = whole_code.rstrip("0")
    if len(stem) % 2:
        stem += "0"
    return part_code.startswith(stem)


def _amount(item: Any) -> float:
    return float(item.value) * unit_scale(item.unit or "")[0]


def parts_of(listed: Iterable[Any]) -> int:
    """How many figures of ``listed`` are parts of another (for the measures)."""
    return sum(1 for item in listed if getattr(item, "part_of", None) is not None)
