"""Metrology (schema 2): measurement comparisons and proficiency tests — the comparisons a
region's metrology bodies ran or joined, the bodies taking part and the items whose results
were satisfactory — read from a table of rows (:mod:`.lexicon.metrology_comparisons`), of no
one instrument (``any``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import regex_cache as rx
from ..models import MetrologyStat
from .common import Doc
from .lexicon.metrology_comparisons import (
    COMPARED_WITH,
    METROLOGY_COMPARISONS,
    METROLOGY_SENTENCE,
)
from .rows import compiled_rows, rows_read

_ANY = rx.compile(r"比对|能力验证|测量审核")
_METROLOGY = rx.compile(METROLOGY_SENTENCE)
_COMPARED_WITH = rx.compile(COMPARED_WITH)
_CLAUSE_BREAK = rx.compile(r"[，,；;]")


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(METROLOGY_COMPARISONS)


def any_instrument(**fields: Any) -> MetrologyStat:
    """A metrology figure of no one instrument (``any``), as :func:`.rows.rows_read` builds
    it: a comparison's, and the one the errors' and the seals' rows start from."""
    return MetrologyStat(instrument="any", **fields)


def comparisons(doc: Doc) -> list[MetrologyStat]:
    """``组织开展计量比对12项``, ``组织30家计量技术机构参加…比对``, ``结果满意的有9项``."""
    if _ANY.search(doc.view) is None:
        return []
    return [stat for stat in rows_read(doc, _rows(), "近约为达到是有共", any_instrument)
            if _of_metrology(doc, stat.span[0])]


def _of_metrology(doc: Doc, at: int) -> bool:
    """Whether the figure at ``at`` stands in a sentence of metrology's work and in no clause
    comparing one thing with another."""
    sentence = doc.sentence_at(at)
    if _METROLOGY.search(doc.view, sentence.start, sentence.end) is None:
        return False
    start = max((found.end() for found in _CLAUSE_BREAK.finditer(doc.view, sentence.start, at)),
                default=sentence.start)
    found = _CLAUSE_BREAK.search(doc.view, at, sentence.end)
    return _COMPARED_WITH.search(doc.view, start, found.start() if found else sentence.end) is None
