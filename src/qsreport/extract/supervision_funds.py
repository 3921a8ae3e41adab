"""Supervision (schema 2): money a government or a bureau sets aside for quality-supervision
work (``funds``, 元/万元/亿元 as written; its ``label`` the words that say what for): 县财政
落实抽检经费80万元 → 80 万元. Not a standards' subsidy, a reward, a body's building, research
funds, fines or fees waived (the words are in :mod:`.lexicon.supervision_funds`)."""

from __future__ import annotations

import re
from functools import cache

from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_funds import FUNDS_ROWS, LISTED_SUM, NOT_FUNDS
from .rows import compiled_rows


@cache
def _rows() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compiled_rows(tuple(("funds", row) for row in FUNDS_ROWS))


def funds_set_aside(doc: Doc) -> list[SupervisionStat]:
    """Each sum a row reads (a list's sums each), where its clause names no money of another
    kind (研发经费, 标准化资助, 奖励, 罚款 …); each sum once. (Not :func:`.rows.rows_read`: a
    row here may read a list of sums, each labelled by its own words, and a sum keeps its 万/亿.)"""
    view = doc.view
    out: dict[int, SupervisionStat] = {}
    for _, row in _rows():
        for match in row.finditer(view):
            sentence = doc.sentence_at(match.start())
            clause = doc.clause_start(match.start(), sentence.start)
            if NOT_FUNDS.search(view, clause, match.end()) is not None:
                continue
            if "first" in row.groupindex and match.group("first"):
                sums = list(LISTED_SUM.finditer(view, match.start("first"), match.end("first")))
            else:
                sums = [match]
            for at, one in enumerate(sums):
                value = to_number(one.group("num"))
                if value is None or one.end("unit") in out:
                    continue
                # (a list's sum is labelled by its words up to the next sum, or to the funds'
                # word; a sum after the word by the words before it)
                if len(sums) > 1 or "first" in row.groupindex:
                    stop = sums[at + 1].start() if at + 1 < len(sums) else match.end()
                    label = doc.text[one.end("unit"):stop].strip(LABEL_EDGE_TOTAL + "、和及与")
                else:
                    label = doc.text[clause:one.start("num")].strip(LABEL_EDGE_TOTAL)
                scale = one.group("scale") or ""
                out[one.end("unit")] = SupervisionStat(
                    metric="funds",
                    label=label or "funds",
                    value=value,
                    unit=scale + doc.text[one.start("unit"):one.end("unit")],
                    span=(one.start("num"), one.end("unit")),
                    evidence=doc.evidence(sentence),
                )
    return [out[end] for end in sorted(out)]
