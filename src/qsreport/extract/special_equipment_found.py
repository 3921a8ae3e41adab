"""Special equipment (schema 2): equipment a check found in use at the units it went through
(``found_in_use``) — a sweep's find, what a visited unit holds, the equipment of units found
using it — of the kind its words name (the words are in
:mod:`.lexicon.special_equipment_found`). Such a count is no register's stock."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import EquipmentStat
from ..numbers import to_number
from .common import Doc
from .lexicon.special_equipment import EQUIPMENT
from .lexicon.special_equipment_found import (
    EQUIPMENT_WORD,
    FAULT_AFTER,
    NEEDLES,
    OWN_KINDS,
    PART,
    ROWS,
    SWEEP,
)
from .rows import compiled_rows, kind_named, kind_names, rows_read

_NEEDLES = rx.compile(NEEDLES)
_KINDS = OWN_KINDS + EQUIPMENT
_NAMES = kind_names(_KINDS)
_PART = rx.compile(PART)
_SWEEP = rx.compile(SWEEP)
_FAULT_AFTER = rx.compile(FAULT_AFTER)
# The equipment named after a count that its unit holder's words lead to (该厂的2台…蒸汽炉).
_NAMED_AFTER = rx.compile(rf"[^，,；;。！？!?、]{{0,20}}?{EQUIPMENT_WORD}")


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(ROWS)


def _stat(**fields: Any) -> EquipmentStat:
    return EquipmentStat(equipment="any", **fields)


def _kind(doc: Doc, span: tuple[int, int], end: int) -> str:
    """The kind named nearest before the count in its match, else the first after it in its
    sentence (该厂的3台蒸汽锅炉), else ``any``."""
    return kind_named(_NAMES, _KINDS, doc.view, span[0], span[1], end) or "any"


def _part(doc: Doc, found: EquipmentStat) -> EquipmentStat | None:
    """The part of a find told right after it after 其中, of the find's kind unless it names
    its own."""
    match = _PART.match(doc.view, found.span[1])
    value = None if match is None else to_number(match.group("num"))
    if match is None or value is None or _FAULT_AFTER.match(doc.view, match.end("unit")):
        return None
    end = match.end("unit")
    kind = kind_named(_NAMES, _KINDS, doc.view, match.start(), end, end)
    return EquipmentStat(metric="found_in_use", equipment=kind or found.equipment,  # type: ignore[arg-type]
                         label=doc.text[match.start() + 1:match.start("num")].strip(),
                         value=value, unit=doc.text[match.start("unit"):end],
                         span=(match.start("num"), end), evidence=found.evidence)


def found_in_use(doc: Doc) -> list[EquipmentStat]:
    """``发现叉车共300台，其中已上牌的叉车210台`` → 300 台 and 210 台, ``该单位现有电梯25部`` → 25 部,
    ``…餐馆有80家，共使用气瓶260个`` → 260 个: equipment a check found in use, never a region's
    register nor equipment found at fault."""
    if _NEEDLES.search(doc.view) is None:
        return []
    found: list[EquipmentStat] = []
    for stat in rows_read(doc, _rows(), "共计有", _stat):
        sentence = doc.sentence_at(stat.span[0])
        if doc.view.startswith(("使用", "共使用"), stat.span[0]) \
                and _SWEEP.search(doc.view, sentence.start, stat.span[0]) is None:
            continue  # (units using equipment counted with no sweep told before them)
        if _FAULT_AFTER.match(doc.view, stat.span[1]):
            continue  # (发现锅炉3台未办理使用登记: found at fault, another metric's)
        stat.equipment = _kind(doc, stat.span, sentence.end)  # type: ignore[assignment]
        if stat.label.startswith("该") and (named := _NAMED_AFTER.match(doc.view, stat.span[1])):
            stat.label = doc.text[named.start():named.end()].strip()  # (该公司的: the boilers' words)
        found.append(stat)
        part = _part(doc, stat)
        if part is not None:
            found.append(part)
    return found
