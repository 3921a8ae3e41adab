"""Special equipment (schema 2): a lift emergency platform's figures (96333 and its kin) —
calls and requests taken (``emergency_calls``), trappings handled (``trappings``), people
freed (``people_freed``) and its rescuers' average times to the site and to free them
(``arrival_minutes``, ``rescue_minutes``), all of lifts, and the parts trappings are broken
into by cause or by level of rescue (the words are in :mod:`.lexicon.special_equipment_rescue`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import EquipmentStat
from ..numbers import to_number
from .common import Doc, told_again
from .lexicon.special_equipment_rescue import (
    LEVEL_PART,
    NOT_A_PART,
    PART,
    PART_BREAK,
    PARTS_AFTER,
    PARTS_BY_CAUSE,
    RESCUE,
    RESCUE_CHANGE,
    RESCUE_LIFTS,
    RESCUE_RATE,
    RESCUE_REPORT,
    RESCUE_SENTENCE,
)
from .rows import compiled_rows, rows_read

_LIFTS = rx.compile(RESCUE_LIFTS)
_REPORT = rx.compile(RESCUE_REPORT)
_SENTENCE = rx.compile(RESCUE_SENTENCE)
_CHANGE = rx.compile(RESCUE_CHANGE)
_RATE = rx.compile(RESCUE_RATE)
_BY_CAUSE = rx.compile(PARTS_BY_CAUSE)
_AFTER = rx.compile(PARTS_AFTER)
_PART = rx.compile(PART)
_LEVEL_PART = rx.compile(LEVEL_PART)
_NOT_A_PART = rx.compile(NOT_A_PART)
_BREAK = rx.compile(PART_BREAK)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(RESCUE)


def _stat(**fields: Any) -> EquipmentStat:
    return EquipmentStat(equipment="lift", **fields)


def rescues(doc: Doc) -> list[EquipmentStat]:
    """``全年共接警2300次``, ``解救被困人员580人``, ``平均到达现场时间为12.5分钟``: each in a
    report that speaks of lifts and of a rescue or a trapping, in a sentence of lifts,
    trappings or the platform."""
    if _REPORT.search(doc.view) is None or _LIFTS.search(doc.view) is None:
        return []
    found: list[EquipmentStat] = []
    for stat in rows_read(doc, _rows(), "共为是达约计", _stat):
        sentence = doc.sentence_at(stat.span[0])
        if _SENTENCE.search(doc.view, sentence.start, sentence.end) is None \
                or _RATE.search(doc.view, doc.clause_start(stat.span[0], sentence.start),
                                stat.span[1]) is not None:
            continue
        if any(told_again(doc, other.span[0], stat.span[0]) for other in found
               if (other.value, other.unit) == (stat.value, stat.unit)):
            continue  # (a headline's count told again in the body, read there by another row)
        if _CHANGE.search(stat.label):  # 平均到达时间比上年缩短1.2分钟: a change, no level
            stat.basis = "change"
        found.append(stat)
    return _with_parts(doc, found)


def _with_parts(doc: Doc, found: list[EquipmentStat]) -> list[EquipmentStat]:
    """``found`` with the parts of trappings broken down by cause or by level of rescue (see
    :data:`.lexicon.special_equipment_rescue.PARTS_BY_CAUSE`), in text order; the parts
    module ties each to its whole."""
    view = doc.view
    taken = {stat.span[1] for stat in found}
    parts: list[EquipmentStat] = []
    heads = [(match.end(), _PART) for match in _BY_CAUSE.finditer(view)]
    for stat in found:
        if stat.metric == "trappings":
            sentence = doc.sentence_at(stat.span[0])
            after = _AFTER.search(view, stat.span[1], sentence.end)
            if after is not None:
                heads.append((after.end(), _LEVEL_PART))
    for start, pattern in sorted(heads, key=lambda head: head[0]):
        sentence = doc.sentence_at(start)
        if _SENTENCE.search(view, sentence.start, sentence.end) is None:
            continue
        chunk = start
        for stop in [*(m.start() for m in _BREAK.finditer(view, start, sentence.end)), sentence.end]:
            part = pattern.fullmatch(view, chunk, stop)
            chunk = stop + 1
            if part is None or part.end("unit") in taken or _NOT_A_PART.search(part.group("label")):
                continue
            value = to_number(part.group("num"))
            if value is None:
                continue
            taken.add(part.end("unit"))
            parts.append(_stat(metric="trappings", label=doc.text[part.start("label"):part.end("label")],
                               value=value, unit=part.group("unit"),
                               span=(part.start("label"), part.end("unit")),
                               evidence=doc.evidence(sentence)))
    return sorted([*found, *parts], key=lambda stat: stat.span[1]) if parts else found
