"""Standards counts whose level is the firms that made them public or filed them: 全市已有
120家企业自我声明公开了860项标准, 共有50家企业累计上报700项标准 — a firm's own standards,
enterprise ones, though no level word stands by the number."""

from __future__ import annotations

from ..models import StandardCount
from ..segmenting import Segment
from .common import Doc, Figure
from .lexicon.standards import FIRMS_DECLARED, FIRMS_DECLARED_AFTER
from .standards_rates import Goals
from .standards_values import count_unit, count_value


def declared_counts(doc: Doc, sentence: Segment, figures: list[Figure],
                    found: dict[int, StandardCount]) -> dict[int, StandardCount]:
    """The counts of ``sentence`` no level was read for (not in ``found``) whose number is
    followed by a bare 标准 and led, in its clause, by firms and a verb of making public,
    filing or reporting (:data:`.lexicon.standards.FIRMS_DECLARED`)."""
    view = doc.view
    out: dict[int, StandardCount] = {}
    goals = Goals(doc, sentence.start, sentence.end)
    for figure in figures:
        if figure.start in found or goals.reach(figure.start):
            continue
        after = FIRMS_DECLARED_AFTER.match(view, figure.end, sentence.end)
        if after is None:
            continue
        clause_start = doc.clause_start(figure.start, sentence.start)
        lead = FIRMS_DECLARED.search(view, clause_start, figure.start)
        if lead is None:
            continue
        out[figure.start] = StandardCount(
            level="enterprise", role="drafted",
            label=doc.text[lead.start("firms"):lead.end("firms")],
            value=count_value(figure), unit=count_unit(doc, figure),
            span=(lead.start(), after.end()), evidence=doc.evidence(sentence))
    return out
