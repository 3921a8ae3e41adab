"""Supervision (schema 2): the money a case's offending goods sold for (``goods_sold_value``,
元 or 万元 as written): 当事人共销售该批插座240个，销售金额3360元 → 3360 元. Not the value of
the goods involved (货值: ``goods_value``), nor a firm's turnover. The words are in
:mod:`.lexicon.supervision_sold`."""

from __future__ import annotations

from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from ..numbers import to_number
from .common import Doc
from .lexicon.supervision_sold import CASE, NOT_CASE, SOLD


def goods_sold(doc: Doc) -> list[SupervisionStat]:
    """Each sum after a sales' name (销售金额, 销售总额, 含税销售额) in a sentence that tells a
    case before it, and no firm's turnover or plan in its clause."""
    view = doc.view
    out: list[SupervisionStat] = []
    for match in SOLD.finditer(view):
        value = to_number(match.group("num"))
        sentence = doc.sentence_at(match.start())
        start = doc.clause_start(match.start(), sentence.start)
        if value is None or CASE.search(view, sentence.start, match.start()) is None \
                or NOT_CASE.search(view, start, match.start("num")) is not None:
            continue
        scale = doc.text[match.start("scale"):match.end("scale")] if match.group("scale") else ""
        out.append(SupervisionStat(
            metric="goods_sold_value",
            label=doc.text[start:match.start("num")].strip(LABEL_EDGE_TOTAL + "合") or "goods_sold_value",
            value=value,
            unit=scale + doc.text[match.start("unit"):match.end("unit")],
            span=(start, match.end("unit")),
            evidence=doc.evidence(sentence),
        ))
    return out
