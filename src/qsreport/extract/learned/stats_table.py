"""The weight table of the supervision stats' classifier (:mod:`.stats`): its labels, each
feature's weights, the probability a metric must reach, and its file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class StatsTable:
    """A trained model: its labels (``none`` first), each feature's weights for them, the
    probability a metric must reach, and the table's notes."""

    labels: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    notes: tuple[str, ...] = ()
    # each feature's weights that are not 0, with their label's index: an L1-trained row
    # holds one or two of them, and a candidate's score adds only those
    nonzero: dict[str, tuple[tuple[int, float], ...]] = field(
        init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nonzero", {
            name: tuple((index, w) for index, w in enumerate(row) if w)
            for name, row in self.weights.items()})


def read_table(path: str | os.PathLike[str]) -> StatsTable:
    """A table from its file: ``# notes``, ``>labels<TAB>none<TAB>…``, ``>threshold<TAB>p``,
    then ``feature<TAB>w…`` in the labels' order (an empty weight is 0)."""
    labels: tuple[str, ...] = ()
    threshold = 1.0
    weights: dict[str, tuple[float, ...]] = {}
    notes = []
    with open(path, encoding="utf-8") as file:
        for line in file.read().split("\n"):
            if not line:
                continue
            if line.startswith("#"):
                notes.append(line[1:].strip())
                continue
            name, *cells = line.split("\t")
            if name == ">labels":
                labels = tuple(cells)
            elif name == ">threshold":
                threshold = float(cells[0])
            else:
                weights[name] = tuple(float(c or 0) for c in cells)
    return StatsTable(labels, weights, threshold, tuple(notes))


def write_table(table: StatsTable, path: str | os.PathLike[str]) -> None:
    """The file :func:`read_table` reads (features sorted, weights to 3 decimals)."""

    def cell(w: float) -> str:
        return "" if w == 0 else f"{w:.3f}".rstrip("0").rstrip(".")

    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for note in table.notes:
            out.write(f"# {note}\n")
        out.write(">labels\t" + "\t".join(table.labels) + "\n")
        out.write(f">threshold\t{table.threshold}\n")
        for name in sorted(table.weights):
            out.write(name + "\t" + "\t".join(map(cell, table.weights[name])) + "\n")
