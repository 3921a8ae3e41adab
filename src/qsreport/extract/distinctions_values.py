"""Distinctions (schema 2): a brand-value evaluation's figures — the value it assessed for a
brand or the brands it lists (``brand_value``), the brands or firms it lists
(``brands_valued``) and those it counts above a value (``brands_above_value``), of no other
distinction (``any``); the words are in
:mod:`.lexicon.distinctions_values`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import DistinctionStat
from ..numbers import to_number
from .common import Doc, told_again
from .distinctions_standards import any_distinction
from .lexicon.distinctions_values import (
    ABOVE_VALUE_ROWS,
    ANY_VALUE_LIST,
    APPLIED_ROWS,
    BRAND_VALUE_ROWS,
    LISTED_PART,
    LISTED_PARTS_INTRO,
    VALUES_RESPECTIVELY,
)
from .rows import compiled_rows, rows_read

_ANY = rx.compile(ANY_VALUE_LIST)
_RESPECTIVELY = rx.compile(VALUES_RESPECTIVELY)
_NUMBER = rx.compile(r"\d+(?:\.\d+)?")
_PARTS_INTRO = rx.compile(LISTED_PARTS_INTRO)
_PART = rx.compile(LISTED_PART)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(BRAND_VALUE_ROWS)


def brand_values(doc: Doc) -> list[DistinctionStat]:
    """Each figure of a brand-value list, once a figure (the first row that reads it decides)
    and once a value (a headline's figure told again in the body)."""
    if _ANY.search(doc.view) is None:
        return []
    applied = rows_read(doc, _applied_rows(), "近约为达到是", _applied)
    entered = {stat.span[1] for stat in applied}
    found = [stat for stat in rows_read(doc, _rows(), "近约为达到是", any_distinction)
             if stat.span[1] not in entered] + applied
    found += _respectively(doc, found)
    found += _parts(doc, found)
    read = {stat.span[1] for stat in found}
    found += [stat for stat in _above_value(doc) if stat.span[1] not in read]
    return sorted(found, key=lambda s: s.span)


def _respectively(doc: Doc, found: list[DistinctionStat]) -> list[DistinctionStat]:
    """Each value of a run told with 分别 (价值分别为3.2、1.5、1.05亿元), the unit the last one's;
    once a value, as the rows (a headline's run told again in the body)."""
    out: list[DistinctionStat] = []
    taken = {s.span[1] for s in found}
    for run in _RESPECTIVELY.finditer(doc.view):
        evidence = doc.evidence(doc.sentence_at(run.start()))
        unit = doc.text[run.start("unit"):run.end("unit")]
        for number in _NUMBER.finditer(doc.view, run.start("run"), run.end("run")):
            value = to_number(number.group())
            if value is None or number.end() in taken or any(
                    s.value == value and told_again(doc, s.span[0], number.start())
                    for s in found + out):
                continue
            out.append(any_distinction(metric="brand_value", label="品牌价值", value=value, unit=unit,
                                       span=(number.start(), number.end()), evidence=evidence))
    return out


def _parts(doc: Doc, found: list[DistinctionStat]) -> list[DistinctionStat]:
    """The kinds a list's count of brands is made of, told right after it (…44个品牌进入某榜单，
    其中有14个企业品牌、6个区域品牌): each a count of the list's brands."""
    view = doc.view
    out = []
    taken = {s.span[1] for s in found}
    for stat in found:
        if stat.metric != "brands_valued" or stat.status == "applied":
            continue
        sentence = doc.sentence_at(stat.span[1] - 1)
        clause_end = next((i for i in range(stat.span[1], sentence.end) if view[i] in "，,。；;"),
                          sentence.end)
        intro = _PARTS_INTRO.match(view, clause_end)
        if intro is None:
            continue
        cursor = intro.end()
        while (part := _PART.match(view, cursor, sentence.end)) is not None:
            if part.end("unit") not in taken:
                out.append(any_distinction(
                    metric="brands_valued", label=doc.text[part.end("unit"):part.end()],
                    value=int(part.group("num")), unit=part.group("unit"),
                    span=(part.start(), part.end("unit")), evidence=stat.evidence))
            if part.end() >= sentence.end or view[part.end()] != "、":
                break
            cursor = part.end() + 1
    return out


@cache
def _applied_rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(APPLIED_ROWS)


def _applied(**fields: Any) -> DistinctionStat:
    """A count of brands that applied for or entered an evaluation: ``applied``."""
    return DistinctionStat(distinction="any", status="applied", **fields)


@cache
def _above_rows() -> tuple[re.Pattern[str], ...]:
    return tuple(rx.compile(pattern) for pattern in ABOVE_VALUE_ROWS)


def _above_value(doc: Doc) -> list[DistinctionStat]:
    """Each count of brands above a value a list names, labelled by the threshold's words
    (品牌价值超过千亿元), once a figure."""
    taken: dict[int, DistinctionStat] = {}
    for pattern in _above_rows():
        for match in pattern.finditer(doc.view):
            end = match.end("unit")
            value = to_number(match.group("num"))
            if end in taken or value is None:
                continue
            taken[end] = any_distinction(
                metric="brands_above_value",
                label=doc.text[match.start("threshold"):match.end("threshold")],
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(match.start(), end),
                evidence=doc.evidence(doc.sentence_at(match.start("num"))),
            )
    return [taken[end] for end in sorted(taken)]
