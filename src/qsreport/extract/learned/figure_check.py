"""A learned check of the rules' figures, measured and not shipped (docs/learned.md, "A figure
check"): each figure the rules return gets a probability that a careful reader keys it, from
short character features around it (:func:`features`, :func:`report_features`), and one
below a threshold would be dropped. No parse runs it: :mod:`.train_check` trains and measures
it on keyed rounds, and this module is what a run-time step would read.

A table holds one weight a feature, scored with no library at all: the probability is the
logistic function of the weights of a figure's features, added up. A feature is short by
design (the area and metric, the unit, a size class, 1–3 characters next to the figure, a
sentence's first characters, a status word present): no sentence and no name is in it."""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ... import regex_cache as rx
from ..common import Doc
from .tagger import table_lines

WINDOW = 8  # characters read before and after a figure, inside its clause
_BLANKS = rx.compile(r"\s")
# A number in a figure's span: digits, or else numerals in words.
_DIGITS = rx.compile(r"\d[\d.]*")
_NUMERALS = rx.compile(r"[零〇一二两三四五六七八九十百千]+")
# Where a clause and a sentence end, in the match view.
_CLAUSE_ENDS = frozenset("，,；;：:。！？!?\n")
_SENTENCE_ENDS = frozenset("。！？!?；;\n")
# Words that make a sentence a goal's, a plan's, a shortlist's or a comparison's: whether
# one stands in the figure's sentence before it, or after it, is a feature.
STATUS_WORDS = ("计划", "目标", "力争", "争取", "预计", "将", "拟", "要", "确保", "达到",
                "公示", "推荐", "申报", "候选", "入围", "同比", "累计", "其中", "共", "全年",
                "今年", "以来", "分别", "占", "以上", "超过", "不少于", "每")
# The fields that say what a figure is, by list: the first present of these (an area's own
# kind of thing counted comes after its metric).
_KIND_FIELDS = ("metric", "category", "level", "kind")
_ROLE_FIELDS = ("role", "basis", "target")


def _field(item: Any, name: str) -> Any:
    """A field of a figure, whether a model's item or its JSON (a dict)."""
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def size_class(value: Any, unit: str) -> str:
    """A figure's size: ``pct`` for a percentage, else the number of its whole digits, and
    ``f`` where it has a fraction."""
    if value is None:
        return "none"
    if unit in ("%", "％"):
        return "pct"
    number = float(value)
    digits = len(str(int(abs(number)))) if abs(number) >= 1 else 0
    return f"{min(digits, 7)}{'f' if number != int(number) else ''}"


@dataclass(frozen=True)
class Place:
    """Where a figure stands: its report's match view, the figure's span, the title line's."""

    view: str
    start: int
    end: int
    sentence_start: int
    title: tuple[int, int] | None


def place_of(doc: Doc, span: tuple[int, int]) -> Place:
    """The place of a figure of ``doc`` whose span is ``span``."""
    start, end = span
    title = doc.layout.header.title_line
    sentence = doc.sentence_at(start) if doc.layout.sentences else None
    sentence_start = sentence.start if sentence is not None and sentence.start <= start \
        else _back_to(doc.view, start, _SENTENCE_ENDS)
    return Place(doc.view, start, end, sentence_start,
                 (title.start, title.end) if title is not None else None)


def _back_to(view: str, pos: int, stops: frozenset[str], floor: int = 0) -> int:
    """Where the stretch before ``pos`` that holds none of ``stops`` begins (not before
    ``floor``)."""
    at = pos
    while at > floor and view[at - 1] not in stops:
        at -= 1
    return at


def _on_to(view: str, pos: int, stops: frozenset[str]) -> int:
    at, n = pos, len(view)
    while at < n and view[at] not in stops:
        at += 1
    return at


def features(listed: str, item: Any, place: Place, around: list[str]) -> list[str]:
    """The features of a figure of list ``listed`` (``area.field``, as ``supervision.stats``),
    a model's item or its JSON, standing at ``place``, with ``around``: its features from the
    rest of its report (:func:`report_features`)."""
    view, start, end = place.view, place.start, place.end
    kind = next((str(v) for f in _KIND_FIELDS if (v := _field(item, f)) is not None), "")
    role = "|".join(str(_field(item, f)) for f in _ROLE_FIELDS if _field(item, f) is not None)
    unit = str(_field(item, "unit") or "")[:4]
    out = ["b", *around, "a=" + listed, "k=" + listed + ":" + kind, "r=" + listed + ":" + role,
           "u=" + unit, "ku=" + kind + ":" + unit,
           "v=" + size_class(_field(item, "value"), unit),
           "st=" + str(_field(item, "status") or ""),
           "place=" + ("own" if _field(item, "place") is None else "named"),
           "period=" + ("none" if _field(item, "period") is None else "given")]
    if place.title is not None and place.title[0] <= start < place.title[1]:
        out.append("title")
    clause_start = _back_to(view, start, _CLAUSE_ENDS, max(0, start - 60))
    clause_end = _on_to(view, end, _CLAUSE_ENDS)
    before = view[max(clause_start, start - WINDOW):start]
    after = view[end:min(clause_end, end + WINDOW)]
    out.append("p1=" + view[start - 1:start] if start else "p1=^")
    out.append("p2=" + view[max(0, start - 2):start])
    out.append("n1=" + (view[end:end + 1] or "$"))
    out.append("n2=" + view[end:end + 2])
    out.extend(_grams("l", before))
    out.extend(_grams("r", after))
    inside = view[start:end]
    numbers = list(_DIGITS.finditer(inside)) or list(_NUMERALS.finditer(inside))
    if numbers:
        number = numbers[-1]  # the characters around the number itself, the span's last
        at, stop = start + number.start(), start + number.end()
        floor = _back_to(view, at, _CLAUSE_ENDS, max(0, at - 60))
        out.append("q1=" + view[at - 1:at] if at else "q1=^")
        out.append("q2=" + view[max(0, at - 2):at])
        out.append("m1=" + (view[stop:stop + 1] or "$"))
        out.append("m2=" + view[stop:stop + 2])
        out.extend(_grams("x", view[max(floor, at - WINDOW):at]))
        out.extend(_grams("y", view[stop:min(_on_to(view, stop, _CLAUSE_ENDS), stop + WINDOW)]))
    out.append("i2=" + inside[:2])
    out.append("e2=" + inside[-2:])
    out.append("len=" + str(min(len(inside) // 4, 8)))
    sentence = view[place.sentence_start:start]
    out.append("s2=" + view[place.sentence_start:place.sentence_start + 2])
    out.append("clause=" + ("first" if clause_start <= place.sentence_start else "later"))
    rest = view[end:_on_to(view, end, _SENTENCE_ENDS)]
    out.extend("wb=" + w for w in STATUS_WORDS if w in sentence)
    out.extend("wa=" + w for w in STATUS_WORDS if w in rest)
    return [_BLANKS.sub("_", f) for f in out]  # a feature is one cell of a line: no blanks


def report_features(entries: list[tuple[str, Any]], kind: str | None, length: int
                    ) -> list[list[str]]:
    """The features each figure of ``entries`` (its list, the item) has from the rest of its
    report: how many figures its list holds, whether another list holds a figure of its value
    and unit or one whose span overlaps its own, whether its own list holds its value again;
    and the report's kind and size (its length in characters, by powers of two)."""
    whole = ["doc=" + str(kind), "size=" + str(max(0, length.bit_length() - 10))]
    sizes: dict[str, int] = {}
    values: dict[tuple[Any, str], set[str]] = {}
    for listed, item in entries:
        sizes[listed] = sizes.get(listed, 0) + 1
        value = _field(item, "value")
        if value is not None:
            values.setdefault((float(value), str(_field(item, "unit") or "")), set()).add(listed)
    spans = [(listed, _field(item, "span")) for listed, item in entries]
    out = []
    for listed, item in entries:
        feats = [*whole, "n=" + listed + ":" + str(min(sizes[listed], 12) // 3)]
        value = _field(item, "value")
        if value is not None:
            held = values[(float(value), str(_field(item, "unit") or ""))]
            if held - {listed}:
                feats.append("same=other")
        start, end = _field(item, "span")
        if any(other != listed and span[0] < end and start < span[1] for other, span in spans):
            feats.append("overlap")
        out.append(feats)
    return out


def _grams(side: str, text: str) -> Iterator[str]:
    """The 1–3-character n-grams of ``text``, once each, named by their side."""
    seen = set()
    for size in (1, 2, 3):
        for i in range(len(text) - size + 1):
            gram = text[i:i + size]
            if gram not in seen:
                seen.add(gram)
                yield f"{side}{size}={gram}"


@dataclass(frozen=True)
class CheckTable:
    """A trained check: a weight per feature, the threshold, the lists it checks."""

    weights: dict[str, float]
    threshold: float
    lists: frozenset[str]
    notes: tuple[str, ...] = ()

    def probability(self, feats: list[str]) -> float:
        get = self.weights.get
        total = math.fsum(get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def read_table(path: str) -> CheckTable:
    """A check's table from its file: ``# notes``, ``=threshold<TAB>0.3``, ``=lists<TAB>a.b
    c.d``, then ``feature<TAB>weight`` rows."""
    weights: dict[str, float] = {}
    threshold, lists = 0.0, frozenset[str]()
    notes, rows = table_lines(path)
    for name, value in rows:
        if name == "=threshold":
            threshold = float(value)
        elif name == "=lists":
            lists = frozenset(value.split())
        else:
            weights[name] = float(value)
    return CheckTable(weights, threshold, lists, notes)


def write_table(table: CheckTable, path: str) -> None:
    """The file :func:`read_table` reads (features sorted, weights to 3 decimals)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for note in table.notes:
            out.write(f"# {note}\n")
        out.write(f"=threshold\t{table.threshold:g}\n")
        out.write("=lists\t" + " ".join(sorted(table.lists)) + "\n")
        for name in sorted(table.weights):
            weight = f"{table.weights[name]:.3f}".rstrip("0").rstrip(".")
            if weight not in ("0", "-0"):
                out.write(f"{name}\t{weight}\n")
