"""A linear-chain tagger in plain Python: the features of a character sequence and Viterbi
decoding over a weight table (a weight per feature and label, a weight per pair of
labels). The table is trained elsewhere (:mod:`.train`, with python-crfsuite) and read
here with no library at all.

The labels are ``B`` (a name starts), ``I`` (it goes on) and ``O`` (no name)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import InitVar, dataclass, field
from functools import cache
from itertools import repeat
from operator import add
from os import PathLike
from typing import Any

from ... import regex_cache as rx

LABELS = ("B", "I", "O")

# Words whose nearness (within WINDOW characters, either side) tells a winner's name from
# other words: titles, award verbs and the status words that say nobody has won yet.
HONOUR_WORDS = ("名牌", "商标", "质量奖", "示范", "地理标志", "获", "评为", "授予", "公示",
                "申报", "拟")
WINDOW = 20

_BLANK = rx.compile(r"\s")  # \s is what str.isspace() holds: every kind of whitespace
_KIND_END = rx.compile(r"[=:]")  # a feature's kind ends at its first = or :
_ZERO = (0.0, 0.0, 0.0)
_EMPTY: dict[str, tuple[float, float, float]] = {}


def char_class(char: str) -> str:
    """``han``, ``dig``, ``sp``, ``lat`` or ``pun``: the kind of a character."""
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "han"
    if char.isdigit():
        return "dig"
    if char.isspace():
        return "sp"
    if char.isalpha():
        return "lat"
    return "pun"


_class_of = cache(char_class)  # a few thousand characters at most: each told once


def features(seq: str) -> list[list[str]]:
    """The features of each character of ``seq`` (a sentence of the match view): itself,
    three neighbours each side, the pairs around it, its class and its neighbours', and the
    honour words near it. Whitespace is one character, a blank (a feature never holds a tab
    or a line end: the weight table is one feature a line)."""
    padded, classes, near_left, near_right = _context(seq)
    out = []
    for i in range(len(padded) - 6):
        p = i + 3
        c = padded[p]
        x = ["b", "c=" + c, "t=" + classes[p],
             "c-1=" + padded[p - 1], "c+1=" + padded[p + 1],
             "c-2=" + padded[p - 2], "c+2=" + padded[p + 2],
             "c-3=" + padded[p - 3], "c+3=" + padded[p + 3],
             "b-1=" + padded[p - 1] + c, "b+1=" + c + padded[p + 1],
             "b-2=" + padded[p - 2:p], "b+2=" + padded[p + 1:p + 3],
             "t-1=" + classes[p - 1] + "|t+1=" + classes[p + 1]]
        x.extend("L:" + w for w in near_left[i])
        x.extend("R:" + w for w in near_right[i])
        out.append(x)
    return out


def _context(seq: str) -> tuple[str, list[str], list[list[str]], list[list[str]]]:
    """What the features of ``seq`` are read from: the text padded three characters each
    side, each character's class (padded alike), and the honour words within WINDOW
    characters before and after each character."""
    seq = _BLANK.sub(" ", seq)
    n = len(seq)
    padded = "\x02\x02\x02" + seq + "\x03\x03\x03"
    classes = ["pun"] * 3 + list(map(_class_of, seq)) + ["pun"] * 3
    near_left: list[list[str]] = [[] for _ in range(n)]
    near_right: list[list[str]] = [[] for _ in range(n)]
    for word in HONOUR_WORDS:
        for low, high in _reach(seq, word, left=True):
            for i in range(low, high):
                near_left[i].append(word)
        for low, high in _reach(seq, word, left=False):
            for i in range(low, high):
                near_right[i].append(word)
    return padded, classes, near_left, near_right


def _reach(seq: str, word: str, left: bool) -> list[tuple[int, int]]:
    """The runs of positions of ``seq`` (start, end; in order, none overlapping) that have
    ``word`` within WINDOW characters before them (``left``) or after them."""
    n = len(seq)
    runs: list[tuple[int, int]] = []
    at = seq.find(word)
    while at >= 0:
        # the word lies in seq[i-WINDOW:i] for i in (at+len(word) .. at+WINDOW], and in
        # seq[i+1:i+1+WINDOW] for i in [at+len(word)-1-WINDOW .. at)
        if left:
            low, high = at + len(word), min(n, at + WINDOW + 1)
        else:
            low, high = max(0, at + len(word) - 1 - WINDOW), at
        if high > low:
            if runs and low <= runs[-1][1]:
                runs[-1] = (runs[-1][0], max(high, runs[-1][1]))
            else:
                runs.append((low, high))
        at = seq.find(word, at + 1)
    return runs


def emissions(table: WeightTable, seq: str) -> list[tuple[float, float, float]]:
    """Each character's summed weights for B, I and O: what :func:`viterbi` adds up from
    :func:`features`, to the last bit (see :func:`_sums`)."""
    return list(zip(*_sums(table, seq), strict=True))


def _sums(table: WeightTable, seq: str) -> tuple[list[float], list[float], list[float]]:
    """The summed weights of each character of ``seq`` for B, for I and for O: the tagger's
    hot path.

    Each character's weights are added in the order :func:`features` lists its features, so
    the sums are :func:`viterbi`'s to the last bit (floating-point addition is not
    associative). But a feature the table lacks weighs nothing, and adding nothing leaves a
    sum as it was (no sum is ever -0.0), so each kind of feature is looked up over the whole
    sequence at once and added only where the table holds it; and the first three (the bias,
    the character, its class) depend on the character alone: their sum is worked out once
    per character."""
    text = _BLANK.sub(" ", seq)
    n = len(text)
    if n == 0:
        return [], [], []
    firsts = table.firsts
    for char in set(text).difference(firsts):
        firsts[char] = _first_of(table, char)
    sum_b, sum_i, sum_o = map(list, zip(*map(firsts.__getitem__, text), strict=True))
    kinds = table.kinds
    # (lists of the characters and pairs, made once: the columns share their strings, whose
    # hashes each dict lookup then finds worked out, where a slice of a str made a new
    # string of each character for each column)
    padded = ["\x02"] * 3 + list(text) + ["\x03"] * 3
    pairs = list(map(add, padded[:n + 5], padded[1:n + 6]))  # pairs[j]: padded[j:j + 2]
    columns: tuple[tuple[str, Sequence[str]], ...] = (
        ("c-1", padded[2:n + 2]), ("c+1", padded[4:n + 4]), ("c-2", padded[1:n + 1]),
        ("c+2", padded[5:n + 5]), ("c-3", padded[:n]), ("c+3", padded[6:n + 6]),
        ("b-1", pairs[2:n + 2]), ("b+1", pairs[3:n + 3]), ("b-2", pairs[1:n + 1]),
        ("b+2", pairs[4:n + 4]))
    for kind, keys in columns:
        _add_where_held(kinds.get(kind), keys, sum_b, sum_i, sum_o)
    if "t-1" in kinds:
        classes = ["pun"] * 3 + list(map(_class_of, text)) + ["pun"] * 3
        around = map(add, map(add, classes[2:n + 2], repeat("|t+1=")), classes[4:n + 4])
        _add_where_held(kinds["t-1"], list(around), sum_b, sum_i, sum_o)
    # the honour words near each character: those before it, then those after it, each in
    # the order of HONOUR_WORDS (as :func:`features` lists them); a word's reach is runs of
    # characters, each added to at once
    for kind, left in (("L", True), ("R", False)):
        weights = kinds.get(kind, _EMPTY)
        for word in HONOUR_WORDS:
            if word not in weights or word not in text:
                continue
            for total, weight in zip((sum_b, sum_i, sum_o), weights[word], strict=True):
                if weight:
                    for low, high in _reach(text, word, left):
                        total[low:high] = map(add, total[low:high], repeat(weight))
    return sum_b, sum_i, sum_o


def _add_where_held(weights: dict[str, tuple[float, float, float]] | None,
                    keys: Sequence[str], sum_b: list[float], sum_i: list[float],
                    sum_o: list[float]) -> None:
    """Add the weights of ``keys[i]`` to each position ``i`` whose key ``weights`` holds.
    (A plain loop: a third of the keys at most are held, and building lists to pick them
    out cost more than it saved.)"""
    if not weights:
        return
    get = weights.get
    for i, key in enumerate(keys):
        found = get(key)
        if found is not None:
            wb, wi, wo = found
            sum_b[i] += wb
            sum_i[i] += wi
            sum_o[i] += wo


def _first_of(table: WeightTable, char: str) -> tuple[float, float, float]:
    """The bias, ``char``'s weights and its class's, added up as :func:`viterbi` adds them."""
    kinds = table.kinds
    sums = []
    for label in range(3):
        total = 0.0
        total += kinds.get("b", _EMPTY).get("", _ZERO)[label]
        total += kinds.get("c", _EMPTY).get(char, _ZERO)[label]
        total += kinds.get("t", _EMPTY).get(_class_of(char), _ZERO)[label]
        sums.append(total)
    return sums[0], sums[1], sums[2]


@dataclass(frozen=True)
class WeightTable:
    """A trained model: each feature's weights for B, I and O, and each pair of labels'
    (``transitions[a][b]``: label ``a`` followed by ``b``)."""

    states: dict[str, tuple[float, float, float]]
    transitions: tuple[tuple[float, float, float], ...]
    notes: tuple[str, ...] = ()
    # the states by kind of feature (``c-1=某``: kind ``c-1``, value ``某``)
    kinds: dict[str, dict[str, tuple[float, float, float]]] = field(
        init=False, repr=False, compare=False)
    # each character's first three weights added up (:func:`_first_of`), filled as met
    firsts: dict[str, tuple[float, float, float]] = field(
        init=False, repr=False, compare=False)
    # ``kinds`` as :func:`states_by_kind` made it from these states before (the start-up
    # cache keeps it: splitting the shipped table's names took ~2 ms of every start)
    known_kinds: InitVar[dict[str, dict[str, tuple[float, float, float]]] | None] = None

    def __post_init__(self, known_kinds: dict[str, dict[str, tuple[float, float, float]]] | None
                      ) -> None:
        kinds = known_kinds if known_kinds is not None else states_by_kind(self.states)
        object.__setattr__(self, "kinds", kinds)
        object.__setattr__(self, "firsts", {})


def states_by_kind(states: dict[str, tuple[float, float, float]]
                   ) -> dict[str, dict[str, tuple[float, float, float]]]:
    """The states by kind of feature, each under its value (``c-1=某``: ``c-1`` → ``某``)."""
    kinds: dict[str, dict[str, tuple[float, float, float]]] = {}
    for name, weights in states.items():
        end = _KIND_END.search(name)
        cut = end.start() if end is not None else len(name)
        kinds.setdefault(name[:cut], {})[name[cut + 1:]] = weights
    return kinds


def read_table(path: str | PathLike[str]) -> WeightTable:
    """A weight table from its file: ``# notes``, ``>A<TAB>wB<TAB>wI<TAB>wO`` (transitions
    from label A), and ``feature<TAB>wB<TAB>wI<TAB>wO`` (an empty weight is 0)."""
    return WeightTable(*_read_rows(path))


def read_kept_table(path: str) -> WeightTable:
    """:func:`read_table`, with what the file holds kept in the start-up cache (the shipped
    table, read by every start that tags: parsing its text cost ~5 ms). An edit of the
    file (its :func:`~qsreport.regex_cache.state_of`) has it read again."""
    status = os.stat(path)

    def work() -> tuple[Any, ...]:
        states, transitions, notes = _read_rows(path)
        return states, transitions, notes, states_by_kind(states)

    states, transitions, notes, kinds = rx.derived(
        "weights", f"{path}|{rx.state_of(status)}", 0, work, __file__)
    return WeightTable(states, transitions, notes, kinds)


def _read_rows(path: str | PathLike[str]) -> tuple[
        dict[str, tuple[float, float, float]], tuple[tuple[float, float, float], ...],
        tuple[str, ...]]:
    """The states, transitions and notes of a weight table's file."""
    states: dict[str, tuple[float, float, float]] = {}
    transitions: dict[str, tuple[float, float, float]] = {}
    notes, rows = table_lines(path)
    for name, b, i, o in rows:
        weights = (float(b or 0), float(i or 0), float(o or 0))
        if name.startswith(">") and name[1:] in LABELS:
            transitions[name[1:]] = weights
        else:
            states[name] = weights
    zero = (0.0, 0.0, 0.0)
    return states, tuple(transitions.get(a, zero) for a in LABELS), notes


def table_lines(path: str | PathLike[str]) -> tuple[tuple[str, ...], list[list[str]]]:
    """A weight table file's ``# notes`` and its other lines split at tabs (blank lines
    skipped): what every learned step's table file is made of."""
    notes: list[str] = []
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as file:
        for line in file.read().split("\n"):
            if not line:
                continue
            if line.startswith("#"):
                notes.append(line[1:].strip())
            else:
                rows.append(line.split("\t"))
    return tuple(notes), rows


def write_table(table: WeightTable, path: str | PathLike[str]) -> None:
    """The file :func:`read_table` reads (features sorted, weights to 3 decimals)."""

    def cell(w: float) -> str:
        return "" if w == 0 else f"{w:.3f}".rstrip("0").rstrip(".")

    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for note in table.notes:
            out.write(f"# {note}\n")
        for label, row in zip(LABELS, table.transitions, strict=True):
            out.write(f">{label}\t" + "\t".join(map(cell, row)) + "\n")
        for name in sorted(table.states):
            out.write(name + "\t" + "\t".join(map(cell, table.states[name])) + "\n")


def viterbi(table: WeightTable, feats: Sequence[Sequence[str]]) -> list[str]:
    """The best labels for a sequence's features under ``table``."""
    get = table.states.get
    zero = (0.0, 0.0, 0.0)
    scores = []
    for x in feats:
        sb = si = so = 0.0
        for name in x:
            wb, wi, wo = get(name, zero)
            sb += wb
            si += wi
            so += wo
        scores.append((sb, si, so))
    return best_labels(table, scores)


def tag(table: WeightTable, seq: str) -> list[str]:
    """The best labels for the characters of ``seq``: ``viterbi(table, features(seq))``."""
    return _best(table.transitions, *_sums(table, seq))


def best_labels(table: WeightTable, scores: Sequence[tuple[float, float, float]]
                ) -> list[str]:
    """The best labels given each position's summed weights (on a tie, the label that
    comes first in ``LABELS``)."""
    if not scores:
        return []
    sum_b, sum_i, sum_o = map(list, zip(*scores, strict=True))
    return _best(table.transitions, sum_b, sum_i, sum_o)


def _best(transitions: tuple[tuple[float, float, float], ...], sum_b: list[float],
          sum_i: list[float], sum_o: list[float]) -> list[str]:
    """Viterbi over each position's summed weights for B, I and O, written out for three
    labels (it runs on every sentence that names a title): each label's best way in, the
    label before it (0, 1, 2) kept in a byte, ties to the label that comes first."""
    n = len(sum_b)
    if n == 0:
        return []
    (bb, bi, bo), (ib, ii, io), (ob, oi, oo) = transitions
    from_b, from_i, from_o = bytearray(n), bytearray(n), bytearray(n)
    to_b, to_i, to_o = sum_b[0], sum_i[0], sum_o[0]
    for position in range(1, n):
        b, i, o = to_b + bb, to_i + ib, to_o + ob
        if b >= i and b >= o:
            new_b = b
        elif i >= o:
            new_b, from_b[position] = i, 1
        else:
            new_b, from_b[position] = o, 2
        b, i, o = to_b + bi, to_i + ii, to_o + oi
        if b >= i and b >= o:
            new_i = b
        elif i >= o:
            new_i, from_i[position] = i, 1
        else:
            new_i, from_i[position] = o, 2
        b, i, o = to_b + bo, to_i + io, to_o + oo
        if b >= i and b >= o:
            new_o = b
        elif i >= o:
            new_o, from_o[position] = i, 1
        else:
            new_o, from_o[position] = o, 2
        to_b, to_i, to_o = new_b + sum_b[position], new_i + sum_i[position], \
            new_o + sum_o[position]
    last = 0 if to_b >= to_i and to_b >= to_o else 1 if to_i >= to_o else 2
    back = (from_b, from_i, from_o)
    path = [LABELS[last]] * n
    for position in range(n - 1, 0, -1):
        last = back[last][position]
        path[position - 1] = LABELS[last]
    return path


def spans(labels: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The (start, end) of each name in a label sequence (an ``I`` after ``O`` starts one)."""
    i, n = 0, len(labels)
    while i < n:
        if labels[i] == "O":
            i += 1
            continue
        j = i + 1
        while j < n and labels[j] == "I":
            j += 1
        yield i, j
        i = j
