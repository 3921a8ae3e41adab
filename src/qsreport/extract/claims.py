"""One figure, one area: a figure an area of its own reads by a head named before, its own
sentence naming nothing of the area (截至10月20日，已检查使用单位14家 after a check of lifts),
is dropped from the area that read it in general (supervision's firms inspected); the claims
are rows of :mod:`.lexicon.claims`."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.claims import CLAIMS


@cache
def _subjects() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_fast(claim.subject) for claim in CLAIMS)


def settle_claims(doc: Doc, found: dict[str, Any]) -> None:
    """Drop from ``found`` (each area's model, by field name) the stats a claim gives up: those
    whose figure ends where a stat of the claiming area's metrics ends, in a sentence that
    names none of its subjects."""
    for claim, subject in zip(CLAIMS, _subjects(), strict=True):
        ends = set()
        for stat in found[claim.area].stats:
            if stat.metric in claim.metrics:
                sentence = doc.sentence_at(stat.span[1] - 1)
                if not subject.search(doc.view, sentence.start, sentence.end):
                    ends.add(stat.span[1])
        if not ends:
            continue
        model = found[claim.yields]
        model.stats = [stat for stat in model.stats
                       if stat.metric not in claim.yielding or stat.span[1] not in ends]
