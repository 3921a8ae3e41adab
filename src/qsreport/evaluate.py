"""Corpus scoring: precision, recall and F1 per area against hand-written answer keys; and
how far a decoding strays from the text it should give (:func:`changed_characters`).

    python -m qsreport.evaluate samples/corpus            # the table
    python -m qsreport.evaluate samples/corpus --json     # machine-readable, for the gate
    python -m qsreport.evaluate samples/corpus --misses   # what was missed or invented
    python -m qsreport.evaluate rounds/round1/docs --more-keys '{folder}/../typed/{stem}.json'

Each report ``NAME.txt``/``NAME.html`` has a key ``NAME.expected.json`` (format in
samples/corpus/README.md). A figure counts as found when every matched field agrees. Named winners are also counted a
second way, beside the strict score and never instead of it: a winner whose name holds the
key's, or is held in it, in the same category (甲公司 for 甲公司生产的乙牌大米, a zone's product
for the zone's full name) — how many misses are a matter of naming.

``--more-keys`` names, for each report, a second key file whose areas are added to (or
replace) the key's: keys typed later for areas added later, kept apart from the original.
An area added after keys were first written (metrology, special equipment, certification:
``Area.in_every_key`` false) is scored only on reports whose key names it; ``{}`` or an empty
list there says "nothing of this kind". So too a metric added to an area after its keys were
typed (``Area.late_metrics``: special equipment's accidents, deaths and injuries;
supervision's registered trademarks, products recalled, firms supervised, problems found and
put right) is scored only on reports whose key names that metric, each metric on its own —
or, for metrics stated together (``Area.late_as_one``: a toll's accidents, deaths and
injuries), whose key names one of them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from .evaluate_fields import (
    TITLE_OUTCOMES,
    Key,
    in_the_keys_metrics,
    score_context,
    score_title,
)
from .evaluate_fields import title_outcome as title_outcome  # read here by tests and scripts


def changed_characters(original: str, output: str) -> int:
    """Characters changed between two texts that differ in one place: the longer of the two
    differing middles, once the common beginning and end are set aside. The encoding
    benchmark and the decoding tests measure a damaged file's repair with it."""
    prefix = 0
    limit = min(len(original), len(output))
    while prefix < limit and original[prefix] == output[prefix]:
        prefix += 1
    suffix = 0
    while (suffix < limit - prefix
           and original[len(original) - 1 - suffix] == output[len(output) - 1 - suffix]):
        suffix += 1
    return max(len(original) - prefix - suffix, len(output) - prefix - suffix)


class ScoredList(NamedTuple):
    """A list the scorer compares: its name in the table, where it is in the report JSON,
    what an item is matched on, and whether only keys that name its area are scored on it."""

    name: str
    path: tuple[str, str]
    key: Callable[[dict[str, Any]], Key]
    keyed_only: bool


def scored_lists() -> list[ScoredList]:
    """Each scored list, from the area registry."""
    from .extract import areas

    return [ScoredList(item_list.score_name, (area.name, item_list.field), item_list.score_key,
                       not area.in_every_key)
            for area in areas() for item_list in area.lists]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    scores: dict[str, Score] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    documents: int = 0
    # Schema 2: of the matched figures whose key states it, how many have the field right.
    context: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, stated]
    # Named winners a strict match missed whose names hold one another (see the docstring).
    named_alike: int = 0
    # The report's title against the key's meta.title: one of TITLE_OUTCOMES -> how many.
    titles: Counter[str] = field(default_factory=Counter)

    def loose_names(self) -> Score | None:
        """The named winners' score with the pairs of :attr:`named_alike` counted as found."""
        strict = self.scores.get(_WINNERS)
        if strict is None:
            return None
        pairs = self.named_alike
        return Score(strict.tp + pairs, strict.fp - pairs, strict.fn - pairs)

    def micro(self) -> Score:
        """Every area's counts added up: the micro-averaged score."""
        total = Score()
        for score in self.scores.values():
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total


_WINNERS = "honours"


def _named_alike(got: Counter[Key], want: Counter[Key]) -> int:
    """How many unmatched winners pair with an unmatched key item whose name holds theirs or
    is held in it (two characters or more), the other fields equal; each item pairs once."""
    wanted = list(want.elements())
    pairs = 0
    for item in got.elements():
        name = item[0]
        for index, other in enumerate(wanted):
            if item[1:] == other[1:] and isinstance(name, str) and isinstance(other[0], str) \
                    and min(len(name), len(other[0])) >= 2 and (name in other[0] or other[0] in name):
                pairs += 1
                del wanted[index]
                break
    return pairs


def _items(report: dict[str, Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
    """The items of one list, each reading a field it leaves out as None (a hand-written key
    may omit one — a standards count with no level the text states — and then matches no
    reported item, which always has it)."""
    node: Any = report
    for part in path:
        node = node.get(part, {}) if isinstance(node, dict) else {}
    return [_Item(item) for item in node if isinstance(item, dict)] if isinstance(node, list) \
        else []


class _Item(dict[str, Any]):
    def __missing__(self, key: str) -> None:
        return None


_FIGURE_STATUSES = frozenset({"target", "shortlisted", "applied", "recommended"})


def _achieved(figure: dict[str, Any]) -> bool:
    """A key's figure that schema 1 reports: one the text says was achieved (a key may also
    hold targets, shortlists and applications, marked with their ``status``; a facility's
    ``status`` is its stage of building, which this leaves alone)."""
    return figure.get("status") not in _FIGURE_STATUSES or "target" in figure  # rates say it


_AT = "_scored_at"  # an item's place in its list, carried through in_the_keys_metrics


def item_outcomes(found: dict[str, Any], expected: dict[str, Any]
                  ) -> dict[tuple[str, str], list[str | None]]:
    """Each returned item's outcome as :func:`score_document` counts it, by list (area,
    field), in the list's order: ``"found"`` (it matches a key item), ``"invented"`` (it
    does not, or its key item was matched by an item before it), or None (not scored: a
    goal or shortlist, a metric the key was typed before). A list the key says nothing of
    is left out of the result.
    What a learned check of the rules' figures is trained on."""
    marked = {area: ({name: ([{**item, _AT: at} if isinstance(item, dict) else item
                               for at, item in enumerate(value)]
                              if isinstance(value, list) else value)
                      for name, value in model.items()} if isinstance(model, dict) else model)
              for area, model in found.items()}
    outcomes: dict[tuple[str, str], list[str | None]] = {}
    for scored, got_items, left, _ in _matched(in_the_keys_metrics(marked, expected), expected):
        path = scored.path
        listed = _items(marked, path)
        tags: list[str | None] = [None] * len(listed)
        for item, kept in zip(got_items, left, strict=True):
            tags[item[_AT]] = "found" if kept else "invented"
        outcomes[path] = tags
    return outcomes


def _matched(found: dict[str, Any], expected: dict[str, Any]) -> Iterable[
        tuple[ScoredList, list[dict[str, Any]], list[bool], Counter[Any]]]:
    """Each scored list's achieved items of ``found`` and, for each, whether it matches an
    item of the key's list not matched before it (the key's items of one key, in any order,
    are matched by the first returned items of that key); last, the key's achieved items
    counted by their key."""
    for scored in scored_lists():
        if scored.keyed_only and scored.path[0] not in expected:
            continue  # a key written before the area existed says nothing of it
        got_items = [f for f in _items(found, scored.path) if _achieved(f)]
        want = Counter(scored.key(f) for f in _items(expected, scored.path) if _achieved(f))
        left = want.copy()
        kept = []
        for item in got_items:
            kept.append(left[scored.key(item)] > 0)
            left[scored.key(item)] -= 1
        yield scored, got_items, kept, want


def score_document(name: str, found: dict[str, Any], expected: dict[str, Any],
                   result: Result) -> None:
    """Add one document's true/false positives and misses to ``result``."""
    result.documents += 1
    found = in_the_keys_metrics(found, expected)
    for scored, got_items, kept, want in _matched(found, expected):
        area, path, key_of = scored.name, scored.path, scored.key
        got = Counter(key_of(f) for f in got_items)
        score = result.scores.setdefault(area, Score())
        score_context(_items(found, path), _items(expected, path), key_of, result,
                       found.get("meta") or {}, name, expected.get("meta") or {})
        score.tp += sum(kept)
        score.fp += len(kept) - sum(kept)
        score.fn += sum(want.values()) - sum(kept)
        if area == _WINNERS:
            result.named_alike += _named_alike(got - want, want - got)
        result.misses += [f"{name}: {area}: missed {k}" for k in (want - got).elements()]
        result.misses += [f"{name}: {area}: invented {k}" for k in (got - want).elements()]
    dates = result.scores.setdefault("dates", Score())
    want_date = (expected.get("meta") or {}).get("date")
    got_date = (found.get("meta") or {}).get("date")
    if want_date == got_date:
        dates.tp += 1
    else:
        dates.fn += 1 if want_date else 0
        dates.fp += 1 if got_date else 0
        result.misses.append(f"{name}: dates: expected {want_date}, got {got_date}")
    score_title(name, found, expected, result)


def reports_in(folder: Path) -> Iterable[tuple[Path, Path]]:
    """Each report in ``folder`` with its answer key, sorted by name."""
    for key in sorted(folder.glob("*.expected.json")):
        stem = key.name[: -len(".expected.json")]
        candidates = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".json")]
        if candidates:
            yield candidates[0], key


def evaluate(folders: Iterable[Path], more_keys: str | None = None) -> Result:
    """Parse every keyed report under ``folders`` and score it; ``more_keys``: a template
    (``{folder}``, ``{stem}``) naming each report's second key file, if any."""
    from .jsonable import to_jsonable
    from .pipeline import parse_bytes

    result = Result()
    for report_path, data, expected in keyed_reports(folders, more_keys):
        found = to_jsonable(parse_bytes(data, str(report_path)))
        score_document(report_path.name, found, expected, result)
    return result


def keyed_reports(folders: Iterable[Path], more_keys: str | None = None
                  ) -> Iterator[tuple[Path, bytes, dict[str, Any]]]:
    """Each keyed report under ``folders``: its path, its bytes and its key, with the second
    key file ``more_keys`` names (``{folder}``, ``{stem}``) laid over it where there is one."""
    for folder in folders:
        for report_path, key_path in reports_in(folder):
            expected = json.loads(key_path.read_text(encoding="utf-8"))
            if more_keys is not None:
                stem = key_path.name[: -len(".expected.json")]
                more = Path(more_keys.format(folder=folder, stem=stem))
                if more.is_file():
                    expected.update(json.loads(more.read_text(encoding="utf-8")))
            yield report_path, report_path.read_bytes(), expected


def format_table(result: Result) -> str:
    lines = [f"{'area':<20} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for area, s in result.scores.items():
        lines.append(f"{area:<20} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
                     f"{s.tp:5d} {s.fp:5d} {s.fn:5d}")
    micro = result.micro()
    lines.append(f"{'all (micro)':<20} {micro.precision:6.3f} {micro.recall:6.3f} {micro.f1:6.3f} "
                 f"{micro.tp:5d} {micro.fp:5d} {micro.fn:5d}")
    lines.append(f"({result.documents} documents)")
    loose = result.loose_names()
    if loose is not None and result.named_alike:
        lines.append(f"honours, names holding one another counted as one (beside the strict "
                     f"score): P {loose.precision:.3f} R {loose.recall:.3f} F1 {loose.f1:.3f} "
                     f"({result.named_alike} pairs)")
    if result.context:
        lines.append("schema 2, of matched figures whose key states it: " + ", ".join(
            f"{name} {right}/{stated} ({right / stated:.3f})"
            for name, (right, stated) in result.context.items() if stated))
    if result.titles:
        lines.append(format_titles(result.titles))
    return "\n".join(lines)


def format_titles(titles: Counter[str]) -> str:
    """The titles line: exact / contained / wrong / missing / given when the key has none."""
    return "titles: " + " / ".join(f"{label} {titles[outcome]}"
                                   for outcome, label in TITLE_OUTCOMES.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qsreport.evaluate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print scores as JSON")
    parser.add_argument("--misses", action="store_true", help="list every miss and invention")
    parser.add_argument("--more-keys", metavar="TEMPLATE",
                        help="each report's second key file, e.g. '{folder}/../typed/{stem}.json'")
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"qsreport.evaluate: error: not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    result = evaluate(args.folders, args.more_keys)
    if args.json:
        print(json.dumps({a: {"precision": s.precision, "recall": s.recall, "f1": s.f1,
                              "tp": s.tp, "fp": s.fp, "fn": s.fn}
                          for a, s in result.scores.items()}, indent=2))
    else:
        print(format_table(result))
    if args.misses:
        print("\n".join(result.misses))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.stderr.close()
        sys.exit(0)
