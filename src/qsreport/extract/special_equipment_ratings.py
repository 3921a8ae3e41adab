"""Special equipment (schema 2): equipment or the units that keep it placed in a grade by a
rating or a risk assessment — lifts by risk level, maintenance units by stars or a grade word
(``rated``, the grade in its label), of the equipment its sentence names (the words are in
:mod:`.lexicon.special_equipment_ratings`)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import EquipmentStat
from .common import Doc
from .lexicon.special_equipment import EQUIPMENT
from .lexicon.special_equipment_ratings import RATING_NEEDLES, RATING_SENTENCE, RATINGS
from .rows import compiled_rows, kind_named, kind_names, rows_read

_ANY = rx.compile(RATING_NEEDLES)
_SENTENCE = rx.compile(RATING_SENTENCE)
_NAMES = kind_names(EQUIPMENT)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(RATINGS)


def _stat(**fields: Any) -> EquipmentStat:
    return EquipmentStat(equipment="any", **fields)


def ratings(doc: Doc) -> list[EquipmentStat]:
    """``共评出五星级单位6家``, ``二级风险电梯350台``, ``12台电梯被评定为三级风险``: each in a
    sentence of special equipment, of the kind of equipment named nearest before it in its
    sentence, else the first after it, else ``any``."""
    if _ANY.search(doc.view) is None or _SENTENCE.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "共有为计达", _stat):
        sentence = doc.sentence_at(stat.span[0])
        if _SENTENCE.search(doc.view, sentence.start, sentence.end) is None:
            continue
        kind = kind_named(_NAMES, EQUIPMENT, doc.view, sentence.start, stat.span[1], sentence.end)
        if kind is not None:
            stat.equipment = kind  # type: ignore[assignment]
        found.append(stat)
    return found
