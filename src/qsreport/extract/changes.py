"""Schema 2: a change of a level told right after it (甲县今年受理投诉320件，比上年增加40件，
增长14%; 不合格率为2.1%，较上年下降0.3个百分点) is that level's own metric — its category, metric
and kind — with ``basis: change``: never a level. Read after every area, the context pass and
the shares, so a change takes its level's status, place and period, and only where no rule
read the number already; version 1 has none (its words are in :mod:`.lexicon.changes`)."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import Any

from .. import regex_cache as rx
from ..numbers import to_number
from .areas import every_list, put_after
from .common import Doc
from .lexicon.changes import COMPARED, MORE, NUMBER, RELATIVE_UNITS, VERB
from .lexicon.context import RELATIVE_YEARS

_MORE = rx.compile(MORE)
_SIGNS = ("比", "较", "同比", "环比")


def add_changes(doc: Doc, report: Any) -> None:
    """Put each change told right after a level into the level's list, after it: the first
    change in %, points or the level's own unit, and a further one in % after a comma."""
    view = doc.view
    if not any(sign in view for sign in _SIGNS):
        return
    lists = every_list(report)
    found = [item for _, _, listed in lists for item in listed if _a_level(item)]
    if not found:
        return
    ends = {item.span[1] for _, _, listed in lists for item in listed if hasattr(item, "span")}
    changes: dict[int, list[Any]] = {}
    for item in found:
        match = _told_after(_unit_view(item.unit)).match(view, item.span[1])
        if match is None or match.end("unit") in ends \
                or doc.sentence_at(item.span[0]).end < match.end():
            continue
        told = [match]
        while (more := _MORE.match(view, told[-1].end())) is not None \
                and more.end("unit") not in ends:
            told.append(more)
        earlier = _earlier_level(doc, item, match, ends)
        changes[id(item)] = [*earlier, *(_change(doc, item, each, match) for each in told)]
    if changes:
        put_after(report, lists, changes)


def _a_level(item: Any) -> bool:
    """Whether a figure is a level a change can be of: a figure with a unit, no change or
    share itself."""
    return hasattr(item, "period") and isinstance(getattr(item, "unit", None), str) \
        and bool(item.unit) and getattr(item, "basis", None) not in ("change", "share")


@lru_cache(maxsize=256)  # (a level's units are the lexicon's: a few dozen, each made once)
def _told_after(unit: str) -> re.Pattern[str]:
    """A change told right after a level in ``unit`` (as the match view writes it)."""
    return rx.compile(COMPARED + VERB + NUMBER + rf"(?P<unit>{RELATIVE_UNITS}|{re.escape(unit)})"
                      + r"(?![\d.])")


def _unit_view(unit: str) -> str:
    """A level's unit as the match view writes it (simplified, half-width)."""
    from .areas import same_text

    return same_text(unit)


def _earlier_level(doc: Doc, level: Any, match: re.Match[str], ends: set[int]) -> list[Any]:
    """The earlier level a comparison names in brackets beside its time (比去年同期（40家）),
    as a level of ``level``'s own key and that earlier year: only in the level's own unit, a
    year the time names or counts back from the level's single year, no rule having read it."""
    was = "was_b"  # (the bracketed one only: 比上年的40家 has stayed words of the change)
    if match.group(was) is None or match.end(f"{was}_unit") in ends \
            or match.group(f"{was}_unit") != _unit_view(level.unit):
        return []
    year = _earlier_year(match.group("time"), getattr(level, "period", None))
    if year is None:
        return []
    return [replace(level, value=to_number(match.group(was)),
                    unit=doc.text[match.start(f"{was}_unit"):match.end(f"{was}_unit")],
                    label=doc.text[match.start("time"):match.start(was)].strip("(（ "),
                    span=(match.start(was), match.end(f"{was}_unit")), period=year)]


_YEAR_WRITTEN = rx.compile(r"(?P<y>\d{4})\s*年")
# What a comparison's time may add after its year word (去年同期, 上年度, 前年底): the word
# before it is the one the context's table of relative years reads.
_AFTER_YEAR_WORD = rx.compile(r"(?:度|同期|全年|底|末)$")


def _earlier_year(time: str | None, period: Any) -> str | None:
    """The year an earlier time stands for: written out (2020年), or counted back from the
    level's own single year by the word the context reads relative years with
    (:data:`.lexicon.context.RELATIVE_YEARS`: 去年, 上一年 → one before; 前年 → two); none for
    a word that table does not count back (上半年 is a part of a year, no year before), a
    quarter, a month or a bare 同期."""
    if time is None:
        return None
    written = _YEAR_WRITTEN.match(time)
    if written is not None:
        return written.group("y")
    shift = RELATIVE_YEARS.get(time, RELATIVE_YEARS.get(_AFTER_YEAR_WORD.sub("", time)))
    if shift is None or shift >= 0 or not (isinstance(period, str) and period.isdigit()):
        return None
    return str(int(period) + shift)


def _change(doc: Doc, level: Any, match: re.Match[str], first: re.Match[str]) -> Any:
    """The change ``match`` reads, as a figure of ``level``'s own key, labelled by the words
    of the first change from its comparison on."""
    start = first.start() + len(first.group(0)) - len(first.group(0).lstrip(" ，,"))
    new: dict[str, Any] = {
        "value": to_number(match.group("num")),
        "unit": doc.text[match.start("unit"):match.end("unit")],
        "basis": "change",
        "label": doc.text[start:first.start("num")].strip() or "比",
        "span": (start if match is first else match.start(), match.end("unit")),
    }
    if "firms" in {field.name for field in fields(level)}:
        new["firms"] = None  # (a brand count's firms are the count's, not its change's)
    return replace(level, **new)
