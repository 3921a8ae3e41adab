"""The area registry: what each area of a report is, declared once, read by every output.

An area (brands, standards, supervision, inspection, metrology, ...) is a field of
:class:`~qsreport.models.ReportData` filled by one extractor module, ``extract/<name>.py``,
which declares its :class:`Area` as ``AREA``. The pipeline, the title-repeat filter, the
terminal tables, the CSV facts, the SQLite tables and the scorer all loop over :data:`AREAS`,
so a new area is its models, its rules and its words — nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from importlib import import_module
from typing import Any

from .. import regex_cache as rx

Cell = str | int | float | None
"""A table, CSV or SQLite cell."""


@dataclass(frozen=True)
class Figures:
    """How a list of figures goes into the facts table (CSV and SQLite ``facts``): its
    ``kind``, and an item's cells for (category, label, value, unit, basis, scope).

    ``beside``: figures an item states besides its own, each a row of its own kind after the
    item's, with the item's status, place, period, span and evidence (a brand count's firms,
    kind ``brand_firms``): the kind, and the item's cells for it, or None where the item
    states none."""

    kind: str
    cells: Callable[[Any], tuple[Cell, ...]]
    beside: tuple[tuple[str, Callable[[Any], tuple[Cell, ...] | None]], ...] = ()


@dataclass(frozen=True)
class SideTable:
    """A SQLite table of its own for items that are not figures (honours, actions, ...):
    its name, its columns with their SQL types (span and evidence are added), an item's
    cells for them."""

    name: str
    columns: tuple[tuple[str, str], ...]
    cells: Callable[[Any], tuple[Cell, ...]]


@dataclass(frozen=True)
class ItemList:
    """One list of an area's items (``brands.counts``) and how every output shows it."""

    field: str  # the area model's attribute
    title: str  # its table's title on the terminal
    columns: tuple[str, ...]  # the terminal table's columns
    row: Callable[[Any], tuple[str, ...]]  # an item's terminal row (escaped by the renderer)
    score_name: str  # its line in the accuracy table
    score_key: Callable[[dict[str, Any]], tuple[Any, ...]]  # what a key's item is matched on
    # What makes two items one, for dropping a headline's repeat of the article's item; None:
    # the list's items are never dropped as repeats.
    same: Callable[[Any], Hashable] | None = None
    figures: Figures | None = None  # figures go into the facts table...
    side_table: SideTable | None = None  # ... other items into a SQLite table of their own


@dataclass(frozen=True)
class Area:
    """An area of a report: the ReportData field it fills, how, and its lists."""

    name: str
    extract: Callable[[Any], Any]  # Doc -> the area's model
    lists: tuple[ItemList, ...]
    # False for an area added after answer keys were first written (metrology, …): a key that
    # does not name the area says nothing of it, and is not scored on it.
    in_every_key: bool = True
    # Metrics added after the rounds' keys of the area were typed (supervision's trademarks,
    # …): a key whose area does not name one says nothing of it either, each metric on its
    # own; or, those of ``late_as_one``, all of them where the key names any (special
    # equipment's accidents, deaths and injuries: one toll, stated together).
    late_metrics: frozenset[str] = frozenset()
    late_as_one: frozenset[str] = frozenset()
    # Metrics whose changes from a year before in % (事故起数下降12%, ``basis: change``) were
    # read after the rounds' keys were typed: a key whose area states no figure of the metric
    # in % says nothing of them.
    late_changes: frozenset[str] = frozenset()


@cache
def areas() -> tuple[Area, ...]:
    """Every area, in the order of ReportData's fields: each field but the report's own
    (``_NOT_AREAS``: version, source, header, sections, warnings) names the extractor module
    ``qsreport.extract.<field>`` that declares it."""
    from ..models import ReportData

    found = []
    for field_ in fields(ReportData):
        if field_.name in _NOT_AREAS:
            continue
        module = import_module(f"{__package__}.{field_.name}")
        area: Area = module.AREA
        found.append(area)
    return tuple(found)


_QUOTES = rx.compile(r"[“”\"「」『』‘’']")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # pinyin's vowels with a tone mark
# Glued pinyin a key may have copied with a name (集团(tuán)): no part of the name.
_PINYIN_NOTE = rx.compile(rf"[(（][a-z{_TONED}ü]{{1,7}}[)）]")
_NOT_AREAS = frozenset({"schema_version", "source", "meta", "sections", "warnings"})


def items(report: Any, area: Area, item_list: ItemList) -> list[Any]:
    """The items of one list of ``report`` (a ReportData)."""
    found: list[Any] = getattr(getattr(report, area.name), item_list.field)
    return found


def every_list(report: Any) -> list[tuple[Area, ItemList, list[Any]]]:
    """Each list of ``report`` (a ReportData) with its area and its items, area by area."""
    return [(area, item_list, items(report, area, item_list))
            for area in areas() for item_list in area.lists]


def put_after(report: Any, lists: list[tuple[Area, ItemList, list[Any]]],
              added: dict[int, list[Any]]) -> None:
    """Give each list of ``lists`` (:func:`every_list`'s) the items ``added`` holds for an item
    (by its ``id``) right after that item."""
    for area, item_list, listed in lists:
        setattr(getattr(report, area.name), item_list.field,
                [kept for item in listed for kept in (item, *added.get(id(item), ()))])


def figures(report: Any) -> Iterator[Any]:
    """Every figure of ``report``, area by area: the items schema 2 gives a period (counts,
    stats, rates: a value), not named winners (a place and a period, but no value),
    campaigns or centres."""
    for area in areas():
        for item_list in area.lists:
            yield from (item for item in items(report, area, item_list)
                        if hasattr(item, "value") and hasattr(item, "period"))


# What the score keys and repeat keys compare: names and units in the match view (scripts and
# widths do not matter), numbers rounded.

def same_text(text: Any) -> str:
    """A name or unit as rules see it: simplified, half-width."""
    from ..cleaning.view import match_view  # (a module: no import machinery run each call)

    return match_view(str(text or ""))


def shown_value(item: Any) -> str:
    """A figure's value and unit as a table shows them, a change or a share marked as one
    (提高3个百分点: ``3 个百分点 (change)``; 占全省的46%: ``46 % (share)``), so that no reader
    takes it for a level."""
    shown = f"{item.value} {item.unit}"
    basis = getattr(item, "basis", None)
    return shown + f" ({basis})" if basis in ("change", "share") else shown


def score_name(name: Any) -> str:
    """A name as a key and a report are compared: the match view without spaces, quotation
    marks or glued pinyin (typography, not part of a name: “赭山”牌 and 赭山牌 are one name,
    集团(tuán) and 集团 too)."""
    return _score_name(str(name or ""))


# (a winner's name is compared again and again while a report's honours are joined and
# told apart: its form is worked out once; bounded, as match_view's short texts are)
@lru_cache(maxsize=4096)
def _score_name(name: str) -> str:
    return _QUOTES.sub("", _PINYIN_NOTE.sub("", "".join(same_text(name).split())))


# Toned pinyin glued after a unit in a key copied from the page (臺(tái)): the report reads it
# without (cleaning strips it), so the comparison does too.
# A unit's own bracketed Latin (吨(t)) has no tone mark, so only a toned note goes.
_TONED_PINYIN = rx.compile(rf"[(（][a-zü]{{0,6}}[{_TONED}][a-zü]{{0,6}}[)）]")


def score_unit(unit: Any) -> str:
    """A unit as a key and a report are compared: simplified, without glued pinyin, brackets
    or blanks."""
    return _score_unit(str(unit or ""))


# (the tally and repeat rules ask this of each figure's unit, a few dozen units in all: each
# is worked out once, not a call into OpenCC each time; bounded, as _score_name is)
@lru_cache(maxsize=4096)
def _score_unit(unit: str) -> str:
    from ..cleaning.view import to_simplified  # (a module: no import machinery run each call)

    text = _TONED_PINYIN.sub("", unit)
    for a, b in (("（", "("), ("）", ")"), ("％", "%"), (" ", "")):
        text = text.replace(a, b)
    return to_simplified(text).replace("(", "").replace(")", "")


def score_number(value: Any) -> float:
    return round(float(value), 4)


def tally_area(name: str, extract: Callable[[Any], Any], title: str, kind: str, what: str,
               late_metrics: frozenset[str] = frozenset(),
               late_as_one: frozenset[str] = frozenset(),
               late_changes: frozenset[str] = frozenset()) -> Area:
    """The registry entry of an area of tallies (metrology, special equipment, certification):
    one list, ``stats``, each item a metric and ``what`` it counts (instrument, equipment,
    scheme). ``kind`` is its facts-table kind; ``title`` its terminal table's title; its line
    in the accuracy table is its name with spaces."""
    def counted(item: Any) -> Any:
        return getattr(item, what)

    return Area(
        name=name, extract=extract, in_every_key=False, late_metrics=late_metrics,
        late_as_one=late_as_one, late_changes=late_changes,
        lists=(ItemList(
            field="stats", title=title, columns=("metric", what, "label", "value"),
            row=lambda s: (s.metric, counted(s), s.label, shown_value(s)),
            same=lambda s: (s.metric, counted(s), s.value, same_text(s.unit)),
            score_name=name.replace("_", " "),
            score_key=lambda f: (f["metric"], f[what], score_number(f["value"]),
                                 score_unit(f["unit"])),
            figures=Figures(kind, lambda s: (s.metric, s.label, s.value, s.unit, s.basis,
                                             counted(s))),
        ),),
    )
