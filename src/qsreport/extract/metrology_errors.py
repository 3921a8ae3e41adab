"""Metrology (schema 2): the error a check measured in an instrument — a deviation in % or ‰,
or a quantity short of what the instrument showed (``measured_error``), of the instrument its
sentence names (the words are in :mod:`.lexicon.metrology_errors`)."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import MetrologyStat
from ..segmenting import Segment
from .common import Doc
from .lexicon.metrology import INSTRUMENTS
from .lexicon.metrology_errors import ERROR_NEEDLES, ERROR_SENTENCE, METROLOGY_ERRORS
from .metrology_comparisons import any_instrument
from .rows import compiled_rows, kind_named, kind_names, rows_read

_ANY = rx.compile(ERROR_NEEDLES)
_SENTENCE = rx.compile(ERROR_SENTENCE)
_NAMES = kind_names(INSTRUMENTS)


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(METROLOGY_ERRORS)


def measured_errors(doc: Doc) -> list[MetrologyStat]:
    """``负偏差最高达27.1%``, ``实际值与显示值相差22.7%``, ``每100升少加油0.83升``: each in a
    sentence of instruments, of the instrument named nearest before it in its sentence, else
    the first after it, else ``any``."""
    if _ANY.search(doc.view) is None:
        return []
    found = []
    for stat in rows_read(doc, _rows(), "约为达到是有", any_instrument):
        sentence = doc.sentence_at(stat.span[0])
        if _SENTENCE.search(doc.view, sentence.start, sentence.end) is None:
            continue
        if not stat.unit:  # (a share in words: 千分之6, 百分之六)
            stat.unit = "‰" if "千分之" in doc.view[stat.span[0]:stat.span[1]] else "%"
        stat.instrument = instrument_named(doc.view, sentence, stat.span[0]) or "any"  # type: ignore[assignment]
        found.append(stat)
    return found


def instrument_named(view: str, sentence: Segment, at: int) -> str | None:
    """The instrument named nearest before ``at`` in its sentence, else the first after it;
    None where the sentence names none (shared with :mod:`.metrology_sealed`)."""
    return kind_named(_NAMES, INSTRUMENTS, view, sentence.start, at, sentence.end)
