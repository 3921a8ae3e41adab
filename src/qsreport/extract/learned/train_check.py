"""Training and measuring the figure check (:mod:`.figure_check`) on keyed report folders.

    python -m qsreport.extract.learned.train_check --train DIR [DIR ...] \\
        [--validate DIR [DIR ...]] [--more-keys TEMPLATE] [--out FILE] [--note TEXT]

Each report is parsed as ``python -m qsreport.evaluate`` parses it, and each figure it
returns is labelled by the scorer's own matching (:func:`qsreport.evaluate.item_outcomes`):
kept where it matches a key's figure, invented where it does not; figures the key does not
score (goals, lists the key says nothing of) are left out. python-crfsuite (the ``learn``
extra; imported here only) fits a logistic model on them (a CRF over one-item sequences);
each feature's weight is its weight for ``keep`` less its weight for ``drop``.

``--conjoin`` adds each character feature again joined to its list (``supervision.stats|p1=查``).
``--validate`` scores the validation folders before and after the check for a grid of
thresholds (micro over every area and the dates, as ``python -m qsreport.evaluate`` counts
it), then area by area at ``--threshold``, and what a perfect check (every invented figure
dropped, nothing else) would give. ``--out`` writes the table trained on the ``--train``
folders with the ``--threshold`` and ``--lists`` given (docs/learned.md: no table is
shipped; the check did not pay)."""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from ...evaluate import Result, item_outcomes, keyed_reports, score_document
from .figure_check import CheckTable, features, place_of, report_features, write_table

Row = tuple[str, int, bool, list[str]]  # list (area.field), index in it, kept, features


@dataclass
class Keyed:
    """A keyed report: its name, what the parse returned (JSON), its key, and its rows."""

    name: str
    found: dict[str, Any]
    expected: dict[str, Any]
    rows: list[Row]


def collect(folders: Iterable[Path], more_keys: str | None = None) -> list[Keyed]:
    """Every keyed report of ``folders``, parsed, its scored figures labelled."""
    from ...jsonable import to_jsonable
    from ...pipeline import document, parse_bytes, prepare

    out = []
    for report_path, data, expected in keyed_reports(folders, more_keys):
        found = to_jsonable(parse_bytes(data, str(report_path)))
        doc = document(prepare(data, None, str(report_path)))
        rows: list[Row] = []
        outcomes = item_outcomes(found, expected)
        entries = [(f"{area}.{name}", index, item)
                   for area, name in outcomes
                   for index, item in enumerate(found[area][name]) if item.get("span")]
        tags_of = {(f"{area}.{name}", index): tag
                   for (area, name), tags in outcomes.items()
                   for index, tag in enumerate(tags)}
        arounds = report_features([(listed, item) for listed, _, item in entries],
                                  (found.get("meta") or {}).get("document"), len(doc.text))
        for (listed, index, item), around in zip(entries, arounds, strict=True):
            tag = tags_of[(listed, index)]
            if tag is None:
                continue
            span = item["span"]
            feats = features(listed, item, place_of(doc, (span[0], span[1])), around)
            rows.append((listed, index, tag == "found", feats))
        out.append(Keyed(f"{report_path.parent.parent.name}/{report_path.name}", found, expected, rows))
    return out


def fit(rows: Sequence[Row], c1: float = 0.0, c2: float = 1.0, iterations: int = 200,
        min_weight: float = 0.01) -> dict[str, float]:
    """Each feature's weight for keeping a figure (its ``keep`` weight less its ``drop``
    weight), those of at least ``min_weight`` in size."""
    crfsuite = import_module("pycrfsuite")  # python-crfsuite: the ``learn`` extra

    trainer = crfsuite.Trainer(verbose=False)
    for _, _, kept, feats in rows:
        trainer.append([feats], ["keep" if kept else "drop"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_states": True})
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "check.crfsuite")
        trainer.train(path)
        tagger = crfsuite.Tagger()
        tagger.open(path)
        state = tagger.info().state_features
        tagger.close()
    weights: dict[str, float] = {}
    for (name, label), weight in state.items():
        weights[name] = weights.get(name, 0.0) + (weight if label == "keep" else -weight)
    return {name: w for name, w in weights.items() if abs(w) >= min_weight}


def dropped(keyed: Keyed, table: CheckTable) -> dict[str, set[int]]:
    """The figures of ``keyed`` the check drops, by list: their indices."""
    out: dict[str, set[int]] = {}
    for listed, index, _, feats in keyed.rows:
        if listed in table.lists and table.probability(feats) < table.threshold:
            out.setdefault(listed, set()).add(index)
    return out


def without(found: dict[str, Any], drop: dict[str, set[int]]) -> dict[str, Any]:
    """``found`` without the figures ``drop`` names."""
    if not drop:
        return found
    out = dict(found)
    for listed, indices in drop.items():
        area, name = listed.split(".")
        out[area] = {**out[area], name: [item for index, item in enumerate(out[area][name])
                                         if index not in indices]}
    return out


def measure(docs: Iterable[Keyed], drop_of: Any = None) -> Result:
    """The scores of ``docs``, each without the figures ``drop_of(keyed)`` names."""
    result = Result()
    for keyed in docs:
        found = without(keyed.found, drop_of(keyed)) if drop_of else keyed.found
        score_document(keyed.name, found, keyed.expected, result)
    return result


def perfect(keyed: Keyed) -> dict[str, set[int]]:
    """What a perfect check drops: every invented figure."""
    out: dict[str, set[int]] = {}
    for listed, index, kept, _ in keyed.rows:
        if not kept:
            out.setdefault(listed, set()).add(index)
    return out


# The features joined to their list by --conjoin: the characters and words around a figure.
_CONJOINED = frozenset({"p1", "p2", "n1", "n2", "l1", "l2", "r1", "r2", "s2", "wb", "wa", "u",
                        "v"})


def conjoined(row: Row) -> Row:
    """``row`` with its character features added again, joined to its list."""
    listed, index, kept, feats = row
    return listed, index, kept, feats + [f"{listed}|{f}" for f in feats
                                         if f.split("=")[0] in _CONJOINED]


def table_line(result: Result) -> str:
    micro = result.micro()
    return f"{micro.precision:.3f} / {micro.recall:.3f} / {micro.f1:.3f} " \
           f"({micro.tp} / {micro.fp} / {micro.fn})"


def by_area(before: Result, after: Result) -> str:
    lines = []
    for area, score in before.scores.items():
        if area == "dates":
            continue
        other = after.scores[area]
        lines.append(f"| {area} | {score.precision:.3f} / {score.recall:.3f} / {score.f1:.3f} "
                     f"({score.tp} / {score.fp} / {score.fn}) | {other.precision:.3f} / "
                     f"{other.recall:.3f} / {other.f1:.3f} ({other.tp} / {other.fp} / "
                     f"{other.fn}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qsreport.extract.learned.train_check",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", nargs="+", type=Path, required=True)
    parser.add_argument("--validate", nargs="*", type=Path, default=[])
    parser.add_argument("--more-keys", metavar="TEMPLATE")
    parser.add_argument("--c2", type=float, default=1.0, help="L2 regularisation")
    parser.add_argument("--c1", type=float, default=0.0, help="L1 regularisation")
    parser.add_argument("--conjoin", action="store_true",
                        help="character features joined to their list as well")
    parser.add_argument("--threshold", type=float, default=0.3)
    parser.add_argument("--lists", nargs="*", default=[])
    parser.add_argument("--out")
    parser.add_argument("--note", action="append", default=[])
    args = parser.parse_args(argv)
    train = collect(args.train, args.more_keys)
    if args.conjoin:
        for keyed in train:
            keyed.rows = [conjoined(row) for row in keyed.rows]
    rows = [row for keyed in train for row in keyed.rows]
    weights = fit(rows, args.c1, args.c2)
    lists = frozenset(args.lists or {row[0] for row in rows})
    print(f"trained on {len(train)} reports, {len(rows)} figures "
          f"({sum(1 for r in rows if not r[2])} invented), {len(weights)} features")
    if args.validate:
        valid = collect(args.validate, args.more_keys)
        if args.conjoin:
            for keyed in valid:
                keyed.rows = [conjoined(row) for row in keyed.rows]
        before = measure(valid)
        print("before:", table_line(before))
        for threshold in (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6):
            table = CheckTable(weights, threshold, lists)
            after = measure(valid, lambda k, t=table: dropped(k, t))
            print(f"threshold {threshold}:", table_line(after))
        table = CheckTable(weights, args.threshold, lists)
        after = measure(valid, lambda k: dropped(k, table))
        print(f"area by area at threshold {args.threshold} (before | after):")
        print(by_area(before, after))
        print("a perfect check (before | after):")
        print(by_area(before, measure(valid, perfect)))
    if args.out:
        write_table(CheckTable(weights, args.threshold, lists, tuple(args.note)), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
