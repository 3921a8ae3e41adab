"""A linear-chain tagger in plain Python: the features of a character sequence and Viterbi
decoding over a weight table (a weight per feature and label, a weight per pair of
labels). The table is trained elsewhere (:mod:`.train`, with python-crfsuite) and read
here with no library at all.

The labels are ``B`` (a name starts), ``I`` (it goes on) and ``O`` (no name)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

LABELS = ("B", "I", "O")

# Words whose nearness (within WINDOW characters, either side) tells a winner's name from
# other words: titles, award verbs and the status words that say nobody has won yet.
HONOUR_WORDS = ("名牌", "商标", "质量奖", "示范", "地理标志", "获", "评为", "授予", "公示",
                "申报", "拟")
WINDOW = 20


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
    seq = "".join(" " if c.isspace() else c for c in seq)
    n = len(seq)
    padded = "\x02\x02\x02" + seq + "\x03\x03\x03"
    classes = ["pun"] * 3 + [char_class(c) for c in seq] + ["pun"] * 3
    near_left: list[list[str]] = [[] for _ in range(n)]
    near_right: list[list[str]] = [[] for _ in range(n)]
    for word in HONOUR_WORDS:
        at = seq.find(word)
        while at >= 0:
            # the word lies in seq[i-WINDOW:i] for i in (at+len(word) .. at+WINDOW], and in
            # seq[i+1:i+1+WINDOW] for i in [at+len(word)-1-WINDOW .. at)
            for i in range(at + len(word), min(n, at + WINDOW + 1)):
                if word not in near_left[i]:
                    near_left[i].append(word)
            for i in range(max(0, at + len(word) - 1 - WINDOW), at):
                if word not in near_right[i]:
                    near_right[i].append(word)
            at = seq.find(word, at + 1)
    return padded, classes, near_left, near_right


def emissions(table: WeightTable, seq: str) -> list[tuple[float, float, float]]:
    """Each character's summed weights for B, I and O: what :func:`viterbi` adds up from
    :func:`features`, looked up by kind of feature without building its name, one kind at a
    time over the whole sequence (the tagger's hot path). The sums are made in the order
    :func:`features` lists the features, so they are :func:`viterbi`'s to the last bit."""
    padded, classes, near_left, near_right = _context(seq)
    kinds = table.kinds
    zero = (0.0, 0.0, 0.0)
    empty: dict[str, tuple[float, float, float]] = {}
    n = len(padded) - 6

    def column(kind: str, keys: Sequence[str]) -> list[tuple[float, float, float]]:
        return list(map(kinds.get(kind, empty).get, keys, repeat(zero, n)))

    pairs = [padded[i:i + 2] for i in range(n + 5)]  # pairs[j]: padded[j:j + 2]
    columns = (
        column("c", padded[3:n + 3]), column("t", classes[3:n + 3]),
        column("c-1", padded[2:n + 2]), column("c+1", padded[4:n + 4]),
        column("c-2", padded[1:n + 1]), column("c+2", padded[5:n + 5]),
        column("c-3", padded[:n]), column("c+3", padded[6:n + 6]),
        column("b-1", pairs[2:n + 2]), column("b+1", pairs[3:n + 3]),
        column("b-2", pairs[1:n + 1]), column("b+2", pairs[4:n + 4]),
        column("t-1", [classes[p - 1] + "|t+1=" + classes[p + 1] for p in range(3, n + 3)]),
    )
    left, right = kinds.get("L", empty).get, kinds.get("R", empty).get
    bias_b, bias_i, bias_o = kinds.get("b", empty).get("", zero)
    out = []
    for i, row in enumerate(zip(*columns, strict=True)):
        sb = si = so = 0.0
        sb += bias_b
        si += bias_i
        so += bias_o
        for wb, wi, wo in row:
            sb += wb
            si += wi
            so += wo
        for wb, wi, wo in [*(left(w, zero) for w in near_left[i]),
                           *(right(w, zero) for w in near_right[i])]:
            sb += wb
            si += wi
            so += wo
        out.append((sb, si, so))
    return out


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

    def __post_init__(self) -> None:
        kinds: dict[str, dict[str, tuple[float, float, float]]] = {}
        for name, weights in self.states.items():
            cut = min((at for at in (name.find("="), name.find(":")) if at >= 0),
                      default=len(name))
            kinds.setdefault(name[:cut], {})[name[cut + 1:]] = weights
        object.__setattr__(self, "kinds", kinds)


def read_table(path: Path) -> WeightTable:
    """A weight table from its file: ``# notes``, ``>A<TAB>wB<TAB>wI<TAB>wO`` (transitions
    from label A), and ``feature<TAB>wB<TAB>wI<TAB>wO`` (an empty weight is 0)."""
    states: dict[str, tuple[float, float, float]] = {}
    transitions: dict[str, tuple[float, float, float]] = {}
    notes = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                continue
            if line.startswith("#"):
                notes.append(line[1:].strip())
                continue
            name, b, i, o = line.split("\t")
            weights = (float(b or 0), float(i or 0), float(o or 0))
            if name.startswith(">") and name[1:] in LABELS:
                transitions[name[1:]] = weights
            else:
                states[name] = weights
    zero = (0.0, 0.0, 0.0)
    return WeightTable(states, tuple(transitions.get(a, zero) for a in LABELS), tuple(notes))


def write_table(table: WeightTable, path: Path) -> None:
    """The file :func:`read_table` reads (features sorted, weights to 3 decimals)."""

    def cell(w: float) -> str:
        return "" if w == 0 else f"{w:.3f}".rstrip("0").rstrip(".")

    with path.open("w", encoding="utf-8", newline="\n") as out:
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
    return best_labels(table, emissions(table, seq))


def best_labels(table: WeightTable, scores: Sequence[tuple[float, float, float]]
                ) -> list[str]:
    """The best labels given each position's summed weights (on a tie, the label that
    comes first in ``LABELS``). Written out for three labels: it runs on every sentence
    that names a title."""
    if not scores:
        return []
    (bb, bi, bo), (ib, ii, io), (ob, oi, oo) = table.transitions
    back: list[tuple[int, int, int]] = []
    to_b = to_i = to_o = 0.0
    for position, (sb, si, so) in enumerate(scores):
        if position == 0:
            to_b, to_i, to_o = sb, si, so
            continue
        b, i, o = to_b + bb, to_i + ib, to_o + ob
        new_b, from_b = (b, 0) if b >= i and b >= o else (i, 1) if i >= o else (o, 2)
        b, i, o = to_b + bi, to_i + ii, to_o + oi
        new_i, from_i = (b, 0) if b >= i and b >= o else (i, 1) if i >= o else (o, 2)
        b, i, o = to_b + bo, to_i + io, to_o + oo
        new_o, from_o = (b, 0) if b >= i and b >= o else (i, 1) if i >= o else (o, 2)
        back.append((from_b, from_i, from_o))
        to_b, to_i, to_o = new_b + sb, new_i + si, new_o + so
    last = 0 if to_b >= to_i and to_b >= to_o else 1 if to_i >= to_o else 2
    path = [last]
    for came_from in reversed(back):
        last = came_from[last]
        path.append(last)
    path.reverse()
    return [LABELS[k] for k in path]



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
