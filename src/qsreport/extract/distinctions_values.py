"""Distinctions (schema 2): a brand-value evaluation's figures — the value it assessed for a
brand or the brands it lists (``brand_value``), and the brands or firms it lists
(``brands_valued``), of no other distinction (``any``); the words are in
:mod:`.lexicon.distinctions_values`."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import DistinctionStat
from ..numbers import to_number
from .common import Doc, told_again
from .lexicon.distinctions_values import ANY_VALUE_LIST, BRAND_VALUE_ROWS

_ANY = rx.compile(ANY_VALUE_LIST)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((metric, rx.compile(pattern)) for metric, pattern in BRAND_VALUE_ROWS)


def brand_values(doc: Doc) -> list[DistinctionStat]:
    """Each figure of a brand-value list, once a figure (the first row that reads it decides)
    and once a value (a headline's figure told again in the body)."""
    view = doc.view
    if _ANY.search(view) is None:
        return []
    taken: dict[int, DistinctionStat] = {}
    said: dict[tuple[str, float], list[int]] = {}
    for metric, pattern in _rows():
        for match in pattern.finditer(view):
            end = match.end("unit")
            value = to_number(match.group("num"))
            if end in taken or value is None or any(
                    told_again(doc, at, match.start("num")) for at in said.get((metric, value), ())):
                continue
            said.setdefault((metric, value), []).append(match.start("num"))
            sentence = doc.sentence_at(match.start("num"))
            label = doc.text[match.start():match.start("num")].strip(" ，,、近约为达到是")
            if len(label) < 2:  # (the count before the list: its words after it)
                label = doc.text[end:match.end()].strip(" ，,、")
            taken[end] = DistinctionStat(
                metric=metric,  # type: ignore[arg-type]
                distinction="any",
                label=label,
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(match.start(), end),
                evidence=doc.evidence(sentence),
            )
    return [taken[end] for end in sorted(taken)]
