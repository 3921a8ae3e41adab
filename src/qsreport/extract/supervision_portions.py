"""Supervision (schema 2): shares of the firms or batches a spot check sampled, told with no
count before them (``enterprises_inspected`` or ``batches_sampled`` with ``basis: share``: 大、
中型企业各占受检企业总数4%、9%); the words are in :mod:`.lexicon.supervision_portions`."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_portions import PORTION_ROWS, RESULT_BEFORE

_RESULT_BEFORE = rx.compile(RESULT_BEFORE)
_ONE = rx.compile(r"(?P<num>\d+(?:\.\d+)?)\s*%")


@cache
def _rows() -> tuple[re.Pattern[str], ...]:
    return tuple(rx.compile(row) for row in PORTION_ROWS)


def sampled_shares(doc: Doc) -> list[SupervisionStat]:
    """Each share in a list after the whole a spot check sampled (its firms or its batches), the
    metric by the whole's noun; not where the clause before names a result."""
    view = doc.view
    if "占" not in view:
        return []
    out: list[SupervisionStat] = []
    taken: set[int] = set()
    for pattern in _rows():
        for match in pattern.finditer(view):
            sentence = doc.sentence_at(match.start())
            start = doc.clause_start(match.start(), sentence.start)
            if _RESULT_BEFORE.search(view, start, match.start("list")):
                continue
            metric = "enterprises_inspected" if match.group("firms") else "batches_sampled"
            for one in _ONE.finditer(view, match.start("list"), match.end("list")):
                value = to_number(one.group("num"))
                if value is None or one.end() in taken:
                    continue
                taken.add(one.end())
                out.append(SupervisionStat(
                    metric=metric,  # type: ignore[arg-type]
                    label=doc.text[start:match.start()].strip() or metric,
                    value=value, unit="%", basis="share",
                    span=(one.start(), one.end()), evidence=doc.evidence(sentence)))
    return out
