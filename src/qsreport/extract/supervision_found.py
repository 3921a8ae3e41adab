"""Supervision (schema 2): offending goods a raid or check found on the spot where no seizure of
them is told (``goods_found``, in the goods' units as written): 在其仓库内发现标有某商标的电水壶
36台 → 36 台. Goods found and seized are ``goods_seized``. The words are in
:mod:`.lexicon.supervision_found`."""

from __future__ import annotations

import re

from ..chars import LABEL_EDGE
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_found import ALSO, FOUND, MARKED, NOT_GOODS, SEIZED


def goods_found(doc: Doc) -> list[SupervisionStat]:
    """Each count of goods after 发现 in its clause that bear a mark or a quoted name (before
    the count, or right after it up to the clause's end), in a clause that seizes nothing and
    finds no hazard, problem or failure; and each count of the same unit joined to it by 和 or
    、 later in its sentence, where the sentence seizes nothing either."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in FOUND.finditer(view):
        value = to_number(match.group("num"))
        sentence = doc.sentence_at(match.start())
        start, end = doc.clause_around(match.start(), match.end(), sentence)
        after = view[match.end():end]
        if value is None or NOT_GOODS.search(match.group("words") + after) \
                or SEIZED.search(view, start, end) is not None \
                or not (MARKED.search(match.group("words")) or MARKED.search(after)):
            continue
        label = (doc.text[match.start("words"):match.start("num")]
                 + doc.text[match.end():end]).strip(LABEL_EDGE + "的共计有") or "goods_found"
        out.append(_stat(doc, match, match.start(), value, label))
        if SEIZED.search(view, end, sentence.end) is None:
            for also in ALSO.finditer(view, match.end(), sentence.end):
                if also.group("unit") == match.group("unit") \
                        and (number := to_number(also.group("num"))) is not None:
                    out.append(_stat(doc, also, also.start("num"), number, label))
    return out


def _stat(doc: Doc, match: re.Match[str], start: int, value: int | float,
          label: str) -> SupervisionStat:
    return SupervisionStat(
        metric="goods_found",
        label=label,
        value=value,
        unit=doc.text[match.start("unit"):match.end("unit")],
        span=(start, match.end("unit")),
        evidence=doc.evidence(doc.sentence_at(start)),
    )
