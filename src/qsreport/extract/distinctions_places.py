"""Distinctions (schema 2): the places a demonstration zone, a list of zones or a region's
protected geographical-indication products spans (``zone_places``: 分布在全省11个市州; 覆盖
中部8个省份; 涉及5个乡镇63个村), each level's count in the unit written — counts of unlike
levels are not to be added (the words are in :mod:`.lexicon.distinctions_places`)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import DistinctionStat
from .common import Doc
from .lexicon.distinctions_places import NOT_A_ZONE, PLACE_ROWS, ZONE_KINDS, ZONE_WORDS
from .rows import compiled_rows, rows_read

_ZONE = rx.compile(ZONE_WORDS)
_NOT_A_ZONE = rx.compile(NOT_A_ZONE)
_KINDS = tuple((rx.compile(pattern), kind) for pattern, kind in ZONE_KINDS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(PLACE_ROWS)


def zone_places(doc: Doc) -> list[DistinctionStat]:
    """``分布在全省11个市州``, ``涉及5个乡镇63个村``: each count of places whose sentence
    speaks of a zone or of protected products and of no check."""
    if _ZONE.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "共全", _plain):
        sentence = doc.sentence_at(stat.span[0])
        if _ZONE.search(doc.view, sentence.start, sentence.end) is None \
                or _NOT_A_ZONE.search(doc.view, sentence.start, sentence.end) is not None:
            continue
        # (of the one kind of zone the report names up to its sentence, else ``any``)
        kinds = {kind for pattern, kind in _KINDS
                 if pattern.search(doc.view, 0, sentence.end) is not None}
        found.append(replace(stat, distinction=kinds.pop()) if len(kinds) == 1 else stat)
    return found


def _plain(**fields: Any) -> DistinctionStat:
    """A place count of no kind of zone yet (``any``)."""
    return DistinctionStat(distinction="any", **fields)

