"""One named winner of the title a match names: the honour every winners' reader gives."""

from __future__ import annotations

import re

from ..models import BrandHonour
from ..segmenting import Segment
from .common import Doc
from .lexicon.brands import brand_category


def honour_won(doc: Doc, start: int, stop: int, term: re.Match[str],
               sentence: Segment | None = None, category: str | None = None) -> BrandHonour:
    """The winner written at text[start:stop] of the title ``term`` matched: its evidence is
    ``sentence`` (else the sentence the name stands in), its category the title's unless
    ``category`` says otherwise."""
    return BrandHonour(
        name=doc.text[start:stop],
        honour=doc.text[term.start():term.end()],
        category=category or brand_category(term),  # type: ignore[arg-type]
        span=(start, stop),
        evidence=doc.evidence(sentence if sentence is not None else doc.sentence_at(start)),
    )
