"""Supervision (schema 2): units a check found at fault (``units_at_fault``, in 家/户/个 as
written) in the phrasings :func:`.supervision_outcomes.firms_at_fault` leaves: their goods or
equipment counted before the fault, units in 个 named, the fault before the count (the words
are in :mod:`.lexicon.supervision_at_fault`)."""

from __future__ import annotations

import re
from functools import cache

from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..numbers import to_number
from ..regex_prefilter import compile_fast
from .common import Doc
from .lexicon.supervision_at_fault import AT_FAULT_ROWS


@cache
def _rows() -> tuple[re.Pattern[str], ...]:
    return tuple(compile_fast(row) for row in AT_FAULT_ROWS)


def units_at_fault(doc: Doc) -> list[SupervisionStat]:
    """``发现6家企业的9台叉车存在制动失灵问题`` → 6 家, ``发现问题3家`` → 3 家: each count once, its
    label the words of its match after the count."""
    view = doc.view
    out: dict[int, SupervisionStat] = {}
    for row in _rows():
        for match in row.finditer(view):
            value = to_number(match.group("num"))
            end = match.end("unit")
            if value is None or end in out:
                continue
            sentence = doc.sentence_at(match.start("num"))
            label = doc.text[end:match.end()].strip(LABEL_EDGE_TOTAL) \
                or doc.text[match.start():match.start("num")].strip(LABEL_EDGE_TOTAL)
            out[end] = SupervisionStat(
                metric="units_at_fault",
                label=label or "units_at_fault",
                value=value,
                unit=doc.text[match.start("unit"):end],
                span=(match.start("num"), end),
                evidence=doc.evidence(sentence),
            )
    return [out[end] for end in sorted(out)]
