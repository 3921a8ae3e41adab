"""Metrology (schema 2): instruments fitted with seals or anti-cheating devices, or whose
anti-cheating function was switched on (``instruments_sealed``), of the instrument its sentence
names (the words are in :mod:`.lexicon.metrology_sealed`)."""

from __future__ import annotations

import re
from functools import cache

from ..models import MetrologyStat
from .common import Doc
from .lexicon.metrology_sealed import NOT_FITTED, SEALED_ROWS, SITE_INSTRUMENTS
from .metrology_comparisons import any_instrument
from .metrology_errors import instrument_named
from .rows import compiled_rows, kind_named, kind_names, rows_read

_SITES = kind_names(SITE_INSTRUMENTS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(SEALED_ROWS)


def instruments_sealed(doc: Doc) -> list[MetrologyStat]:
    """``60台加油机安装了铅封`` → 60 台 fuel_dispenser, ``加铅封10组`` → 10 组: each
    count once, of the instrument named nearest before it in its sentence, else the first
    after it, else the instrument of the sites it names (加油站: fuel dispensers), else ``any``; none in a sentence of seals broken or sealed up (查封, 私拆)."""
    found = []
    for stat in rows_read(doc, _rows(), "共计约为达到是有", any_instrument):
        sentence = doc.sentence_at(stat.span[0])
        if NOT_FITTED.search(doc.view, sentence.start, sentence.end) is not None:
            continue
        stat.instrument = instrument_named(doc.view, sentence, stat.span[0]) or kind_named(  # type: ignore[assignment]
            _SITES, SITE_INSTRUMENTS, doc.view, sentence.start, stat.span[0], sentence.end) or "any"
        found.append(stat)
    return found
