"""The accuracy gate: extraction F1 per area on the keyed corpora may not drop below baseline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qsreport.evaluate import evaluate, reports_in

from .conftest import CORPUS

BASELINE = json.loads((Path(__file__).parent / "accuracy_baseline.json").read_text("utf-8"))
CORPORA = {name: CORPUS.parent / name for name in BASELINE}


@pytest.mark.parametrize("corpus", sorted(BASELINE))
def test_f1_stays_at_or_above_the_pinned_baseline(corpus: str) -> None:
    """Each area's F1 on the corpus is at least the baseline recorded when it was last raised."""
    result = evaluate([CORPORA[corpus]])
    floors = dict(BASELINE[corpus])
    context_floors = floors.pop("context", {})
    dropped = {area: (round(result.scores[area].f1, 4), floor)
               for area, floor in floors.items()
               if result.scores[area].f1 < floor - 1e-9}
    assert not dropped, f"F1 below baseline (got, baseline): {dropped}\n" + \
        "\n".join(result.misses)
    # Schema 2: the share of matched figures whose status, place and period are right.
    shares = {name: right / stated for name, (right, stated) in result.context.items()}
    worse = {name: (round(shares.get(name, 0.0), 4), floor)
             for name, floor in context_floors.items() if shares.get(name, 0.0) < floor - 1e-9}
    assert not worse, f"context below baseline (got, baseline): {worse}\n" + \
        "\n".join(result.misses)


def test_the_issue_targets_hold_on_the_development_corpus() -> None:
    """Issue 3's bar: brand and standards counts F1 ≥ 0.97, supervision stats ≥ 0.95."""
    scores = evaluate([CORPUS]).scores
    assert scores["brand counts"].f1 >= 0.97
    assert scores["standards counts"].f1 >= 0.97
    assert scores["supervision stats"].f1 >= 0.95


def test_every_corpus_report_has_a_key_and_vice_versa() -> None:
    """No report is silently left out of scoring: 36+ reports, each paired with its key."""
    pairs = list(reports_in(CORPUS))
    reports = [p for p in CORPUS.iterdir() if p.suffix in {".txt", ".html"}]
    assert len(pairs) == len(reports) >= 30
