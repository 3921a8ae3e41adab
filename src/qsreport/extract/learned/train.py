"""Training the winners' tagger on report folders with answer keys.

    python -m qsreport.extract.learned.train --rounds DIR [DIR ...] --out FILE
        [--mean-with TABLE --share 0.8]

Each folder holds reports (``NNN.txt`` or ``.html``) beside their keys
(``NNN.expected.json``), as ``python -m qsreport.evaluate`` reads them. Each report is
cleaned and segmented as a parse does it; in each sentence the tagger reads (one naming an
honour's title, :func:`.winners.titled_sentences`) the characters of the key's winners
(``brands.honours[].name``, matched in the match view, quotation marks and blanks between
characters allowed) are labelled ``B``/``I``, the rest ``O``. python-crfsuite (the ``learn``
extra; imported here only) trains a linear-chain CRF on them; its weights, those of at
least ``--min-weight`` in size, are written as the weight table :mod:`.tagger` reads.

The table holds weights of short character features only (see the package's docstring):
no sentence and no name of the texts it was trained on.

The shipped ``data/winners.tsv`` (2026-12-06) is the weighted mean (:func:`mixed`,
``--mean-with``/``--share 0.8``) of 0.8 × the table trained on 2026-12-05 on the development
rounds 1–56 (2,433 sentences, whose texts are gone; 2,189 features) and 0.2 × one trained on
rounds 70–88 (/work/rounds/roundNN/docs: 747 sentences, 743 features), both with the defaults
below (c1 1.0, c2 0.01, 150 iterations, weights of 0.05 or more): 2,351 features, 45 KB; its
first lines say so. The kind was chosen validating on rounds 85–88 with tables trained on
70–84: the new rounds' table alone and the even mean scored higher there but lost phrasing
families the tests hold; this mean was the best of those that keep them (docs/learned.md,
"Retrained on newer reports")."""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import Any

from .tagger import LABELS, WeightTable, features, read_table, write_table


def training_sequences(folders: Iterable[Path]) -> Iterator[tuple[str, list[str]]]:
    """Each sentence the tagger reads in the keyed reports of ``folders``, with its labels."""
    from ...evaluate import reports_in
    from ...pipeline import document, prepare
    from .winners import titled_sentences

    for folder in folders:
        for report_path, key_path in reports_in(folder):
            key = json.loads(key_path.read_text(encoding="utf-8"))
            names = [h.get("name") or "" for h in (key.get("brands") or {}).get("honours") or []]
            doc = document(prepare(report_path.read_bytes(), None, str(report_path)))
            view = doc.view
            labels = name_labels(view, names)
            for sentence, _ in titled_sentences(doc):
                yield view[sentence.start:sentence.end], labels[sentence.start:sentence.end]


_BETWEEN = "[\"'“”‘’「」『』\\s]*"  # what may stand between a name's characters in a text


# A mark's product after the key's name: “某某”牌 and the product's words up to a list's
# joint or a clause's end (GUIDE: a product when the text names one).
_MARK_PRODUCT = re.compile(r"[\"'”」』]?牌(?:[^\W\d_]|[A-Za-z\d-]){1,12}?(?=等|和|及|与|、|[^\w]|$|被|荣获|获|产品|系列)")


def name_labels(view: str, names: Iterable[str]) -> list[str]:
    """``B``/``I`` on each place the view names one of ``names`` (longest first, none
    overlapping), ``O`` elsewhere. A key's bare mark followed by 牌 and a product in the
    text is labelled with the product: the keys name the whole 某某牌挂面 six times as
    often as the mark alone, and one convention teaches the tagger one boundary."""
    from ..areas import score_name

    labels = ["O"] * len(view)
    keys = sorted({score_name(n) for n in names} - {""}, key=len, reverse=True)
    for key in keys:
        pattern = re.compile(_BETWEEN.join(re.escape(c) for c in key))
        for match in pattern.finditer(view):
            start, end = match.span()
            if (product := _MARK_PRODUCT.match(view, end)) and "牌" not in key:
                end = product.end()  # 某某牌挂面 where the key has 某某: the product too
            if all(label == "O" for label in labels[start:end]):
                labels[start:end] = ["B"] + ["I"] * (end - start - 1)
    return labels


def train(folders: Iterable[Path], c1: float = 1.0, c2: float = 0.01, iterations: int = 150,
          min_weight: float = 0.05, notes: tuple[str, ...] = ()) -> WeightTable:
    """A weight table trained on the keyed reports of ``folders``."""
    crfsuite = import_module("pycrfsuite")  # python-crfsuite: the ``learn`` extra

    trainer = crfsuite.Trainer(verbose=False)
    count = 0
    for seq, labels in training_sequences(folders):
        trainer.append(features(seq), labels)
        count += 1
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "model.crfsuite")
        trainer.train(path)
        tagger = crfsuite.Tagger()
        tagger.open(path)
        info: Any = tagger.info()
        tagger.close()
    states: dict[str, list[float]] = {}
    for (name, label), weight in info.state_features.items():
        if abs(weight) >= min_weight:
            states.setdefault(name, [0.0, 0.0, 0.0])[LABELS.index(label)] = round(weight, 3)
    transitions = [[0.0] * 3 for _ in LABELS]
    for (a, b), weight in info.transitions.items():
        transitions[LABELS.index(a)][LABELS.index(b)] = round(weight, 3)
    notes = (*notes, f"c1={c1} c2={c2} iterations={iterations} min_weight={min_weight}",
             f"sentences={count} features={len(states)}")
    return WeightTable({k: (v[0], v[1], v[2]) for k, v in states.items()},
                       tuple((r[0], r[1], r[2]) for r in transitions), notes)


def mixed(first: WeightTable, second: WeightTable, share: float = 0.5,
          min_weight: float = 0.05, notes: tuple[str, ...] = ()) -> WeightTable:
    """The weighted mean of two tables: ``share`` of ``first``'s weights and the rest of
    ``second``'s, a feature one table lacks weighing 0 there; weights of less than
    ``min_weight`` in size are left out, as :func:`train` leaves them out."""

    def mean(a: tuple[float, float, float], b: tuple[float, float, float]
             ) -> tuple[float, float, float]:
        w = [round(share * x + (1 - share) * y, 3) for x, y in zip(a, b, strict=True)]
        return w[0], w[1], w[2]

    zero = (0.0, 0.0, 0.0)
    states = {}
    for name in first.states.keys() | second.states.keys():
        weights = mean(first.states.get(name, zero), second.states.get(name, zero))
        weights = (weights[0] if abs(weights[0]) >= min_weight else 0.0,
                   weights[1] if abs(weights[1]) >= min_weight else 0.0,
                   weights[2] if abs(weights[2]) >= min_weight else 0.0)
        if any(weights):
            states[name] = weights
    transitions = tuple(mean(a, b) for a, b in
                        zip(first.transitions, second.transitions, strict=True))
    notes = (*notes, f"mean: {share} x table 1 + {round(1 - share, 3)} x table 2, "
             f"min_weight={min_weight}", f"features={len(states)}",
             *(f"table 1: {n}" for n in first.notes), *(f"table 2: {n}" for n in second.notes))
    return WeightTable(states, transitions, notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m qsreport.extract.learned.train",
        description="Train the winners' tagger on keyed report folders.")
    parser.add_argument("--rounds", nargs="+", type=Path, required=True,
                        help="folders of NNN.txt beside NNN.expected.json")
    parser.add_argument("--out", type=Path, required=True, help="the weight table to write")
    parser.add_argument("--c1", type=float, default=1.0, help="L1 regularisation")
    parser.add_argument("--c2", type=float, default=0.01, help="L2 regularisation")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--min-weight", type=float, default=0.05,
                        help="weights smaller than this are left out of the table")
    parser.add_argument("--note", action="append", default=[],
                        help="a line for the table's head (what it was trained on, when)")
    parser.add_argument("--mean-with", type=Path, default=None,
                        help="a table to average the trained one with (train.mixed)")
    parser.add_argument("--share", type=float, default=0.5,
                        help="the share of --mean-with's weights in the mean")
    args = parser.parse_args(argv)
    if args.mean_with is None:
        table = train(args.rounds, args.c1, args.c2, args.iterations, args.min_weight,
                      tuple(args.note))
    else:
        trained = train(args.rounds, args.c1, args.c2, args.iterations, args.min_weight,
                        (f"trained on {', '.join(_folder_name(f) for f in args.rounds)}",))
        table = mixed(read_table(args.mean_with), trained, args.share, args.min_weight,
                      tuple(args.note))
    write_table(table, args.out)
    print(f"{args.out}: {len(table.states)} features, {args.out.stat().st_size} bytes")
    return 0


def _folder_name(folder: Path) -> str:
    """A training folder as the table's head names it: its last two parts (round70/docs), not
    the machine's path to it."""
    return "/".join(folder.parts[-2:])


if __name__ == "__main__":
    raise SystemExit(main())
