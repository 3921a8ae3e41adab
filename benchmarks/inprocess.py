"""In-process parse time: the mean CPU time of one parse over the samples, beside chardet.

    python benchmarks/inprocess.py [--rounds 5] [--profile [N]] [--by-stage]

Every report of samples/ (texts and pages, the holdouts and the corpus included) is read into
memory once; each round parses all of them (``parse`` from the bytes, the Report validated, as
the library's users get it), after one warm-up round that pays the imports and compiled
patterns. We print the mean and best round's milliseconds a document, beside
``chardet.detect`` alone on the same bytes (the encoding guess and nothing more). The goal
(issue 16): a mean parse of 0.35 ms or less. ``--profile`` runs one more round under cProfile
and prints the ``N`` functions (30 by default) that take the most time of their own;
``--by-stage`` times decode+clean, segmenting, extraction and the rest of one round apart.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def samples() -> list[tuple[str, bytes]]:
    """Every sample report's path and bytes, in a fixed order."""
    paths = sorted([*ROOT.glob("samples/**/*.txt"), *ROOT.glob("samples/**/*.html")])
    return [(str(p), p.read_bytes()) for p in paths]


def parse_round(files: list[tuple[str, bytes]]) -> float:
    """CPU seconds of one parse of every file."""
    from qsreport import parse

    start = time.process_time()
    for _, data in files:
        parse(data)
    return time.process_time() - start


def chardet_round(files: list[tuple[str, bytes]]) -> float:
    import chardet

    start = time.process_time()
    for _, data in files:
        chardet.detect(data)
    return time.process_time() - start


def by_stage(files: list[tuple[str, bytes]]) -> dict[str, float]:
    """Milliseconds a document in each stage of one round (one parse's stages, run apart)."""
    from qsreport.cleaning import match_view
    from qsreport.extract import Doc, extract_areas
    from qsreport.pipeline import ParseOptions, parse_bytes, prepare
    from qsreport.segmenting import segment

    spent = dict.fromkeys(("prepare", "view+segment", "extract", "whole parse"), 0.0)
    for _, data in files:
        t0 = time.process_time()
        prepared = prepare(data, ParseOptions())
        t1 = time.process_time()
        text = prepared.cleaned.text
        view = match_view(text)
        layout = segment(text, view, prepared.page)
        t2 = time.process_time()
        extract_areas(Doc(text, view, layout))
        t3 = time.process_time()
        parse_bytes(data, None)
        t4 = time.process_time()
        for stage, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[stage] += took
    return {stage: took * 1000 / len(files) for stage, took in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", type=int, nargs="?", const=30, default=0)
    parser.add_argument("--by-stage", action="store_true")
    args = parser.parse_args()

    files = samples()
    parse_round(files)  # warm-up: imports, compiled patterns, lazily built tables
    chardet_round(files)
    parses = [parse_round(files) for _ in range(args.rounds)]
    detects = [chardet_round(files) for _ in range(args.rounds)]
    per_doc = 1000 / len(files)
    mean, best = sum(parses) / len(parses) * per_doc, min(parses) * per_doc
    print(f"{len(files)} documents, {args.rounds} rounds")
    print(f"parse:          mean {mean:.3f} ms/doc, best round {best:.3f} ms/doc (goal <= 0.35)")
    print(f"chardet.detect: mean {sum(detects) / len(detects) * per_doc:.3f} ms/doc, "
          f"best round {min(detects) * per_doc:.3f} ms/doc")
    if args.by_stage:
        for stage, took in by_stage(files).items():
            print(f"  {stage:<14} {took:.3f} ms/doc")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(parse_round, files)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
