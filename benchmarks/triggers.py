"""Where the extraction's time goes on the samples: each area's CPU time, and how much of it
is spent on sentences that hold none of the area's trigger words (issue 16: one combined
trigger scan per document, the rules run only where their words are).

    python benchmarks/triggers.py [--rounds 3] [--in-parse AREA,AREA,...]

For each sample report, and each area, the area is run on the document as it is (``whole``),
on a copy in which every sentence holding none of the area's trigger words is blanked (spaces
in place of its characters, line ends kept, so every offset stays: ``blanked``), on that copy
with those sentences also left out of the document's sentence list (``dropped``: what the
area would cost if it were handed only the sentences a trigger scan found), and on a copy
with every sentence blanked (``all blank``: the area's cost a document whatever it holds).
``whole`` less ``dropped`` is the most a trigger scan could save the area. The answers on the
two copies are compared with the whole document's: a document whose answer changes is
counted (there the area reads sentences without its words, a neighbour's for one). Each area
runs on a fresh document (nothing another area looked up is shared), so the times add up to
a little more than one parse's extraction.

``--in-parse`` tries the prefilter inside whole parses instead: the named areas are each
handed their ``dropped`` copy (built in the parse, its own lookups), the other areas the
document as it is, and the parse is timed round by round beside the unchanged one, the two
interleaved, with the JSON of every sample compared.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from dataclasses import replace
from importlib import import_module
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Each area's trigger words: a sentence holding none of them is blanked in its copy. Taken
# from the area's lexicon where it declares them (the tally areas' TallyWords.trigger), else
# the words its rules start from.
_BRAND_WORDS = (r"名牌|商标|质量奖|示范|地理标志|标志|品牌|奖|称号|荣誉|认定|命名|评为|授予|"
                r"获|入选|公示|申报|拟")
_AREA_WORDS = {
    "standards": r"标准|采标|规范|规程|ISO|GB|标龄",
    "supervision": (r"抽查|抽检|抽样|检查|监督|执法|案|查处|查获|查扣|扣押|整治|专项|行动|"
                    r"合格|批次|检测|检验|打假|假冒|伪劣|罚|没收|货值|取缔|责令|整改|巡查|"
                    r"投诉|举报|移送|排查|隐患|检定|活动|工程|市场|商场|门店|企业"),
    "inspection": r"中心|检验|检测|所|站|实验室|基地|质检|计量|院|平台|机构|验收|筹建|授权",
}


_NOTHING = re.compile(r"(?!)")  # no sentence holds it: every one is blanked
_NOT_LINE_END = re.compile(r"[^\n]")


def samples() -> list[bytes]:
    paths = sorted([*ROOT.glob("samples/**/*.txt"), *ROOT.glob("samples/**/*.html")])
    return [p.read_bytes() for p in paths]


def triggers() -> dict[str, re.Pattern[str]]:
    """Each area's trigger pattern, by the area's name."""
    from qsreport.extract import areas
    from qsreport.extract.lexicon.brands import BRAND_TERM

    found = {}
    for area in areas():
        words = _AREA_WORDS.get(area.name)
        if area.name == "brands":
            words = f"{_BRAND_WORDS}|{BRAND_TERM.pattern}"
        elif words is None:
            module = import_module(f"qsreport.extract.lexicon.{area.name}")
            words = next(value.trigger for value in vars(module).values()
                         if hasattr(value, "trigger") and hasattr(value, "metrics"))
        found[area.name] = re.compile(words)
    return found


def blanked(doc: Any, trigger: re.Pattern[str], drop: bool = False) -> tuple[Any, float]:
    """A copy of ``doc`` whose sentences without ``trigger`` are blanked (and with ``drop``,
    left out of its sentences too), and the share of the sentences' characters blanked."""
    from qsreport.extract import Doc

    text, view = [], []  # the pieces of each copy, cut at the blanked sentences
    gone = total = at = 0
    kept = [s for s in doc.layout.sentences if trigger.search(doc.view, s.start, s.end)]
    held = {id(s) for s in kept}
    for sentence in sorted(doc.layout.sentences, key=lambda s: s.start):
        total += sentence.end - sentence.start
        if id(sentence) in held:
            continue
        gone += sentence.end - sentence.start
        start = max(at, sentence.start)  # (sentences do not overlap; if one did)
        blank = _NOT_LINE_END.sub(" ", doc.view[start:sentence.end])
        text += [doc.text[at:start], blank]
        view += [doc.view[at:start], blank]
        at = max(at, sentence.end)
    text.append(doc.text[at:])
    view.append(doc.view[at:])
    layout = replace(doc.layout, sentences=kept) if drop else doc.layout
    return Doc("".join(text), "".join(view), layout), gone / max(total, 1)


def timed(extract: Callable[[Any], Any], docs: list[Any], fresh: Callable[[Any], Any],
          rounds: int) -> tuple[float, list[Any]]:
    """The best round's CPU seconds of ``extract`` over fresh copies of ``docs``, and the
    answers."""
    best, answers = float("inf"), []
    for _ in range(rounds):
        copies = [fresh(d) for d in docs]
        start = time.process_time()
        answers = [extract(d) for d in copies]
        best = min(best, time.process_time() - start)
    return best, answers


def in_parse(names: set[str], rounds: int) -> None:
    """Whole parses with the named areas run on their trigger sentences only, beside
    unchanged ones (interleaved), and how many samples' JSON changed."""
    import qsreport.extract as extract
    from qsreport import parse
    from qsreport.extract import areas

    plain, found = extract.extract_areas, triggers()

    def prefiltered(doc: Any) -> dict[str, Any]:  # (a report below BIG_TEXT: none forgets)
        return {area.name: area.extract(blanked(doc, found[area.name], drop=True)[0]
                                        if area.name in names else doc) for area in areas()}

    data = samples()
    times: dict[str, list[float]] = {"as it is": [], "prefiltered": []}
    outputs: dict[str, list[str]] = {}
    for _ in range(rounds + 1):  # the first round a warm-up
        for name, run in (("as it is", plain), ("prefiltered", prefiltered)):
            extract.extract_areas = run  # type: ignore[assignment]
            start = time.process_time()
            outputs[name] = [parse(one).model_dump_json() for one in data]
            times[name].append(time.process_time() - start)
    extract.extract_areas = plain
    per = 1000 / len(data)
    for name, spent in times.items():
        spent = spent[1:]
        print(f"{name:<12} mean {sum(spent) / len(spent) * per:.3f} ms a document, "
              f"best round {min(spent) * per:.3f}")
    changed = sum(a != b for a, b in zip(*outputs.values(), strict=True))
    print(f"{changed} of {len(data)} samples' JSON changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--in-parse", metavar="AREAS", default="")
    args = parser.parse_args()
    if args.in_parse:
        in_parse(set(args.in_parse.split(",")), args.rounds)
        return
    from qsreport import parse
    from qsreport.extract import Doc, areas
    from qsreport.pipeline import document, prepare

    data = samples()
    for one in data:
        parse(one)  # warm-up: imports, compiled patterns
    docs = [document(prepare(one)) for one in data]

    def fresh(doc: Any) -> Any:
        return Doc(doc.text, doc.view, doc.layout)

    print(f"{len(docs)} documents; ms a document, best of {args.rounds} rounds")
    print(f"{'area':<18} {'whole':>7} {'blanked':>8} {'dropped':>8} {'all blank':>10} "
          f"{'chars blanked':>14} {'answers changed':>16}")
    total_whole = total_blanked = total_dropped = total_empty = 0.0
    for area in areas():
        trigger = triggers()[area.name]
        pairs = [blanked(doc, trigger) for doc in docs]
        whole, answers = timed(area.extract, docs, fresh, args.rounds)
        cut, cut_answers = timed(area.extract, [p[0] for p in pairs], fresh, args.rounds)
        dropped, dropped_answers = timed(
            area.extract, [blanked(doc, trigger, drop=True)[0] for doc in docs], fresh,
            args.rounds)
        empty, _ = timed(area.extract, [blanked(doc, _NOTHING)[0] for doc in docs], fresh,
                         args.rounds)
        share = sum(p[1] for p in pairs) / len(pairs)
        changed = sum(a != b for a, b in zip(answers, cut_answers, strict=True))
        changed_too = sum(a != b for a, b in zip(answers, dropped_answers, strict=True))
        total_whole, total_blanked = total_whole + whole, total_blanked + cut
        total_empty, total_dropped = total_empty + empty, total_dropped + dropped
        per = 1000 / len(docs)
        print(f"{area.name:<18} {whole * per:7.3f} {cut * per:8.3f} {dropped * per:8.3f} "
              f"{empty * per:10.3f} {share:13.0%} {changed:6d} / {changed_too} docs")
    per = 1000 / len(docs)
    print(f"{'all areas':<18} {total_whole * per:7.3f} {total_blanked * per:8.3f} "
          f"{total_dropped * per:8.3f} {total_empty * per:10.3f}")


if __name__ == "__main__":
    main()
