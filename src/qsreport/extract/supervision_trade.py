"""Supervision (schema 2): goods inspected at the border. An inspection and quarantine body's
imports and exports inspected (检验检疫进口商品3.2万批), those it found failing or refused
(检出不合格出口商品1260批, 截获不合格进口商品85起, 禁止入境的食品46批) and the value of each
(货值58.6亿美元): four metrics of their own, not the batches of a market's spot check
(抽查进口食品30批次 stays ``batches_sampled``). They replace the sentence rules' reading of the
same figure only where it was batches or ``other`` (:data:`TRADE_REPLACES`); a figure read as
cases, goods seized or their value keeps that reading. Version 1 reads none of them (they
are schema 2's alone) and keeps every figure the sentence rules read, as before."""

from __future__ import annotations

from ..chars import LABEL_EDGE_TOTAL
from ..models import SupervisionStat
from .common import Doc, figure_pattern, unit_as_written
from .lexicon.supervision_trade import (
    BORDER_ONLY,
    BORDER_WORK,
    COUNT_UNITS,
    DIRECTION,
    DIRECTION_GOODS,
    FAILED,
    LISTED_KIND,
    LISTED_NOT,
    MONEY_UNITS,
    SPOT_CHECK,
    VALUE,
)

_FIGURE = figure_pattern(f"{COUNT_UNITS}|{MONEY_UNITS}")
# The sentence rules' readings a border figure replaces (the others it leaves as they are).
TRADE_REPLACES = frozenset({"batches_sampled", "batches_failed", "other"})
_VALUE_OF = {"import_export_batches": "import_export_value",
             "import_export_failed": "import_export_failed_value"}


def trade_stats(doc: Doc) -> list[SupervisionStat]:
    """Each count of goods inspected or failing at the border, and the value told right after
    a count (货值…), in a sentence of border inspection."""
    view = doc.view
    if DIRECTION.search(view) is None:
        return []
    stats: list[SupervisionStat] = []
    for sentence, figures in zip(doc.layout.sentences, doc.figures_by_sentence(_FIGURE),
                                 strict=True):
        if not figures or BORDER_WORK.search(view, sentence.start, sentence.end) is None:
            continue
        # 检出 alone may be a market's check's finding: then no check of its before the figure
        found_only = BORDER_ONLY.search(view, sentence.start, sentence.end) is None
        previous: str | None = None
        previous_unit = ""
        floor = sentence.start
        for figure in figures:
            clause_start = doc.clause_start(figure.start, sentence.start)
            words = view[clause_start:figure.start]
            label_start, floor = max(clause_start, floor), figure.end
            unit = figure.unit
            metric: str | None = None
            if unit in ("美元", "欧元", "元"):
                if previous in _VALUE_OF and VALUE.search(words):
                    metric = _VALUE_OF[previous]
            elif DIRECTION_GOODS.search(words) and SPOT_CHECK.search(words) is None and not (
                    found_only and SPOT_CHECK.search(view, sentence.start, figure.start)):
                failed = FAILED.search(words) is not None
                if failed or unit != "起":
                    metric = "import_export_failed" if failed else "import_export_batches"
            elif previous in _VALUE_OF and unit == previous_unit \
                    and LISTED_KIND.fullmatch(words) and LISTED_NOT.search(words) is None:
                # …禁止入境的食品46批、化妆品7批; …，检出不合格商品600批 (failing, not inspected)
                metric = "import_export_failed" if FAILED.search(words) else previous
            if metric is None:
                previous = None
                continue
            if metric in _VALUE_OF:
                previous, previous_unit = metric, unit
            stats.append(SupervisionStat(
                metric=metric,  # type: ignore[arg-type]
                label=doc.text[label_start:figure.start].strip(LABEL_EDGE_TOTAL),
                value=figure.value,
                unit=unit_as_written(doc, figure),
                span=(label_start, figure.end),
                evidence=doc.evidence(sentence),
            ))
    return stats
