"""Training the supervision stats' classifier (:mod:`.stats`) on report folders with keys.

    python -m qsreport.extract.learned.train_stats --rounds DIR [DIR ...] --out FILE

Each folder holds reports (``NNN.txt`` or ``.html``) beside their keys (``NNN.expected.json``),
as ``python -m qsreport.evaluate`` reads them. Each report is cleaned and segmented as a parse
does it; every candidate :func:`.stats.candidates` finds is labelled with the metric of the
key's achieved supervision stat of the same value and unit (compared as ``evaluate`` compares
them), else ``none`` (a figure the key keeps only among its untyped ``other`` figures is
``none`` too). python-crfsuite (the ``learn`` extra; imported here only) trains a maximum-
entropy model on them: each candidate a sequence of one item, so the CRF is a multinomial
logistic regression with L1 and L2 penalties. The weights of at least ``--min-weight`` in
size go into the table, with the probability a metric must reach (``--threshold``).

The table holds weights of short features only (a unit, a size, a character or a pair of
characters near a figure, a word of the module's list): no sentence of the texts.

The settings were chosen training on the development rounds 1–50 and validating on 51–53
(docs/learned.md, "Stats"): a window of 10 characters, c1 0.5, c2 0.01, 200 iterations and a
threshold of 0.9, at which every figure the model added to the rules' on 51–53 was right."""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

from .stats import NONE, StatsTable, candidates, features, with_neighbours, write_table

_NOT_ACHIEVED = frozenset({"target", "shortlisted", "applied", "recommended"})


def key_metrics(key: dict[str, Any]) -> dict[tuple[float, str], str]:
    """The key's achieved supervision stats: (value, unit) as scored → metric (the first,
    when a key gives one figure two metrics)."""
    from ..areas import score_number, score_unit

    found: dict[tuple[float, str], str] = {}
    for stat in (key.get("supervision") or {}).get("stats") or []:
        if isinstance(stat, dict) and stat.get("status") not in _NOT_ACHIEVED:
            figure = (score_number(stat.get("value") or 0), score_unit(stat.get("unit")))
            found.setdefault(figure, str(stat.get("metric")))
    return found


def training_items(folders: Iterable[Path]) -> Iterator[tuple[list[str], str]]:
    """Each candidate of the keyed reports of ``folders``: its features and its label."""
    from ...evaluate import reports_in
    from ...pipeline import document, prepare
    from ..areas import score_number, score_unit

    for folder in folders:
        for report_path, key_path in reports_in(folder):
            wanted = key_metrics(json.loads(key_path.read_text(encoding="utf-8")))
            doc = document(prepare(report_path.read_bytes(), None, str(report_path)))
            for candidate, before, after in with_neighbours(list(candidates(doc))):
                figure = (score_number(candidate.value), score_unit(candidate.unit))
                yield features(doc, candidate, before, after), wanted.get(figure, NONE)


def train(folders: Iterable[Path], c1: float = 0.5, c2: float = 0.01, iterations: int = 200,
          threshold: float = 0.9, min_weight: float = 0.01, notes: tuple[str, ...] = ()
          ) -> StatsTable:
    """A weight table trained on the keyed reports of ``folders``."""
    crfsuite = import_module("pycrfsuite")  # python-crfsuite: the ``learn`` extra

    trainer = crfsuite.Trainer(verbose=False)
    # crfsuite's model dump is parsed by pycrfsuite line by line: a feature holding a blank
    # or a colon breaks it, so the trainer sees each feature by a number of its own.
    ids: dict[str, str] = {}
    count = 0
    for names, label in training_items(folders):
        trainer.append([[ids.setdefault(n, f"f{len(ids)}") for n in names]], [label])
        count += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations})
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = crfsuite.Tagger()
        tagger.open(path)
        info: Any = tagger.info()
        tagger.close()
    by_id = {number: name for name, number in ids.items()}
    metrics = sorted({label for _, label in info.state_features} - {NONE})
    labels = (NONE, *metrics)
    weights: dict[str, list[float]] = {}
    for (number, label), weight in info.state_features.items():
        if abs(weight) >= min_weight:
            row = weights.setdefault(by_id[number], [0.0] * len(labels))
            row[labels.index(label)] = round(weight, 3)
    notes = (*notes, f"c1={c1} c2={c2} iterations={iterations} min_weight={min_weight} "
             f"threshold={threshold}", f"candidates={count} features={len(weights)}")
    return StatsTable(labels, {k: tuple(v) for k, v in weights.items()}, threshold, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m qsreport.extract.learned.train_stats",
        description="Train the supervision stats' classifier on keyed report folders.")
    parser.add_argument("--rounds", nargs="+", type=Path, required=True,
                        help="folders of NNN.txt beside NNN.expected.json")
    parser.add_argument("--out", type=Path, required=True, help="the weight table to write")
    parser.add_argument("--c1", type=float, default=0.5, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--threshold", type=float, default=0.9,
                        help="the probability a metric must reach to be reported")
    parser.add_argument("--min-weight", type=float, default=0.01,
                        help="weights smaller than this are left out of the table")
    parser.add_argument("--note", action="append", default=[],
                        help="a line for the table's head (what it was trained on, when)")
    args = parser.parse_args(argv)
    table = train(args.rounds, args.c1, args.c2, args.iterations, args.threshold,
                  args.min_weight, tuple(args.note))
    write_table(table, args.out)
    print(f"{args.out}: {len(table.weights)} features, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
