"""Page benchmark: qsreport against GNE and trafilatura on real saved Chinese news pages.

Scores, for every page in DIR that has an entry in the expected file, what each reader
returns for the header (title, publication date, region, source) and the body (the article
text), and how fast it does so:

    python benchmarks/pages.py DIR                       # markdown table
    python benchmarks/pages.py DIR --expected FILE       # expected file elsewhere
    python benchmarks/pages.py DIR --pages dev.txt       # only the pages named in a list
    python benchmarks/pages.py DIR --misses              # and every miss, page by page
    python benchmarks/pages.py DIR --json                # machine-readable summary + pages
    python benchmarks/pages.py DIR --tools qsreport      # only some readers

The pages are other people's text: gather them for a run (for example the test pages of
GeneralNewsExtractor, trafilatura and readability), keep them out of this repository.

Expected file
-------------
JSON object, one entry per page, keyed by the file name without ``.html``::

    {"gne_163_1": {"title": "...", "date": "2019-09-07",   # or a list of accepted dates, or null
                   "source": "...",                     # or a list of accepted names, or null
                   "region": "重庆",        # or a list of accepted names, or null
                   "must_have": ["sentence from the body", ...],
                   "furniture": ["navigation / footer / comment text", ...],
                   "note": "optional"}}

Readers (``benchmarks/page_readers.py``)
---------------------------------------
* qsreport: ``qsreport.parse(page_bytes)`` gives ``report.meta`` (title, date, region,
  source). The body is the cleaned text ``qsreport decode FILE`` prints:
  ``qsreport.pipeline.prepare(data).cleaned.text`` when that function exists, otherwise the
  installed ``qsreport`` console script is run in-process through click's CliRunner
  (``decode -`` with the bytes on stdin). The timing covers ``parse`` only, which does the
  decoding and cleaning as part of its work. To bench another checkout, put its ``src`` first
  on ``PYTHONPATH``; the header names the module path used.
* GNE (``gne``): ``GeneralNewsExtractor().extract(html)`` on text decoded the way a user
  would: the charset a ``<meta>`` names in the first 4 KiB, else UTF-8, with replacement
  characters for bytes that do not decode. Title, publish_time and content are scored; GNE
  has no source or region.
* trafilatura: ``trafilatura.bare_extraction(page_bytes, with_metadata=True)`` for title and
  body (it decodes bytes itself); the date is ``htmldate.find_date(page_bytes,
  original_date=True)`` when htmldate is installed, trafilatura's own date otherwise (its
  own date is reported in brackets as well).

A reader that cannot be imported is reported and left out; the others are scored.

Scores
------
* title exact: equal after NFKC and removing all white space; contained: the expected title
  is inside the returned one (exact counts as contained).
* date right / wrong / missing, over the pages whose expected date is not null.
* region right (qsreport only), over the pages whose expected region is not null; a name is
  right when, with a trailing 省/市/县/区/州 removed, it equals or contains an accepted name, or
  is contained in one (two characters at least). "given, none expected" counts pages where a
  region was returned although the expected one is null.
* body must-have: the mean, over pages, of the fraction of must-have fragments found in the
  body (NFKC, white space removed on both sides).
* furniture absent: the mean fraction of furniture fragments not in the body, over the pages
  where the reader returned a body of at least 50 characters (an empty body is not a clean
  one).
* decoded right: no U+FFFD in the returned title and body (beyond any the page's own bytes
  hold: U+FFFD written in them, or characters their bytes lost — a GBK character whose second
  byte is gone — counted in UTF-8 or GB18030, whichever reads them with fewer errors), and
  the page's text was
  recognisably read: a must-have or furniture fragment in the body, or the expected title in
  the returned title or body. (A reader that picks the wrong block still decoded the page
  right; one that returns mojibake matches none of these.)
* ms a page: CPU time of the reader's call (the process's, so a loaded machine's other work
  does not count), warm (every reader first runs over all pages
  once), in-process, averaged over ``--repeat`` timed passes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))  # page_readers beside this script
from page_readers import READERS, Reader, TrafilaturaReader
from page_scores import PageScore, own_date_counts, score_page, summarise

# --------------------------------------------------------------------------- running


def load_pages(directory: Path, expected: dict[str, Any], only: list[str] | None
               ) -> tuple[list[tuple[str, bytes]], list[str]]:
    files = sorted(p for p in directory.iterdir() if p.suffix.lower() in (".html", ".htm"))
    if not files and (directory / "pages").is_dir():  # a set laid out as DIR/pages + DIR/expected.json
        files = sorted(p for p in (directory / "pages").iterdir()
                       if p.suffix.lower() in (".html", ".htm"))
    pages, unlabelled = [], []
    for path in files:
        if only is not None and path.stem not in only:
            continue
        if path.stem not in expected:
            unlabelled.append(path.stem)
            continue
        pages.append((path.stem, path.read_bytes()))
    return pages, unlabelled


def run_reader(reader: Reader, pages: list[tuple[str, bytes]], expected: dict[str, Any],
               repeat: int) -> tuple[list[PageScore], float]:
    results = [reader.extract(data) for _, data in pages]  # also the warm-up pass
    elapsed = 0.0
    for _ in range(repeat):
        for _, data in pages:
            start = time.process_time()
            with contextlib.suppress(Exception):  # a page that raised was scored above
                reader.timed(data)
            elapsed += time.process_time() - start
    ms = elapsed * 1000 / max(1, len(pages) * repeat)
    scores = [score_page(name, data, expected[name], got, reader)
              for (name, data), got in zip(pages, results, strict=True)]
    return scores, ms


def table(summaries: list[dict[str, Any]]) -> str:
    head = "| | " + " | ".join(s["label"] for s in summaries) + " |"
    rule = "| --- |" + " --- |" * len(summaries)
    rows: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
        ("title exact (exact or contained)",
         lambda s: f"{s['title_exact']} ({s['title_contained']})"),
        ("date right / wrong / missing",
         lambda s: f"{s['date_right']} / {s['date_wrong']} / {s['date_missing']}"
         + (f" [own {s['own_date_counts'][0]} / {s['own_date_counts'][1]} / "
            f"{s['own_date_counts'][2]}]" if "own_date_counts" in s else "")),
        ("region right (of pages that name one; given when none)",
         lambda s: f"{s['region_right']} of {s['region_scored']}; {s['region_extra']}"
         if "region_right" in s else "–"),
        ("source right (of pages that name one)",
         lambda s: f"{s['source_right']} of {s['source_scored']}" if "source_right" in s else "–"),
        ("body: must-have fragments present", lambda s: f"{s['must_have']:.3f}"),
        ("furniture absent", lambda s: "–" if s["furniture_absent"] is None
         else f"{s['furniture_absent']:.3f}"),
        ("pages decoded right", lambda s: str(s["decoded_right"])),
        ("CPU ms a page (warm)", lambda s: f"{s['ms_per_page']:.1f}"),
    ]
    lines = [head, rule]
    for label, cell in rows:
        lines.append(f"| {label} | " + " | ".join(cell(s) for s in summaries) + " |")
    return "\n".join(lines)


def misses(reader: Reader, scores: list[PageScore], expected: dict[str, Any]) -> str:
    out = [f"\n## misses: {reader.label}"]
    for s in scores:
        e = expected[s.page]
        problems = []
        if s.got.get("error"):
            problems.append(f"error {s.got['error']}")
        if not s.title_exact:
            problems.append(f"title {s.got['title']!r} (want {e['title']!r})")
        if s.date in ("wrong", "missing"):
            problems.append(f"date {s.got['date']} (want {e['date']})")
        if s.region in ("wrong", "missing", "extra"):
            problems.append(f"region {s.got['region']!r} (want {e.get('region')!r})")
        if s.source in ("wrong", "missing"):
            problems.append(f"source {s.got['source']!r} (want {e.get('source')!r})")
        if s.missing_fragments:
            problems.append(f"body lacks {len(s.missing_fragments)}/{len(e['must_have'])}: "
                            + " | ".join(s.missing_fragments))
        if s.furniture_found:
            problems.append("furniture in body: " + " | ".join(s.furniture_found))
        if not s.decoded_right:
            problems.append("not decoded right")
        if problems:
            out.append(f"- {s.page}: " + "; ".join(problems))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", type=Path,
                        help="folder of saved pages (NAME.html), or one holding them in pages/")
    parser.add_argument("--expected", type=Path, default=None,
                        help="expected JSON (default: DIR/expected.json, else DIR/../expected.json)")
    parser.add_argument("--pages", type=Path, default=None,
                        help="score only the pages named in this file (one name a line)")
    parser.add_argument("--tools", default="qsreport,gne,trafilatura",
                        help="comma-separated readers to run (default: all importable)")
    parser.add_argument("--repeat", type=int, default=1, help="timed passes (default 1)")
    parser.add_argument("--misses", action="store_true", help="list each reader's misses")
    parser.add_argument("--json", action="store_true", help="print JSON instead of markdown")
    args = parser.parse_args(argv)

    expected_path = args.expected
    if expected_path is None:
        for candidate in (args.directory / "expected.json", args.directory.parent / "expected.json"):
            if candidate.exists():
                expected_path = candidate
                break
    if expected_path is None or not expected_path.exists():
        parser.error("no expected file: give --expected FILE")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    only = None
    if args.pages:
        only = [line.strip() for line in args.pages.read_text().splitlines() if line.strip()]
    pages, unlabelled = load_pages(args.directory, expected, only)
    if not pages:
        parser.error(f"no page in {args.directory} has an entry in {expected_path}")

    readers: list[Reader] = []
    skipped: list[str] = []
    for name in (n.strip() for n in args.tools.split(",") if n.strip()):
        if name not in READERS:
            parser.error(f"unknown reader {name!r} (known: {', '.join(READERS)})")
        try:
            readers.append(READERS[name]())
        except ImportError as error:
            skipped.append(f"{name}: not importable ({error}); scoring the others")
    for line in skipped:
        print(f"note: {line}", file=sys.stderr)
    if not readers:
        print("no reader could be imported", file=sys.stderr)
        return 1

    summaries, details = [], {}
    for reader in readers:
        scores, ms = run_reader(reader, pages, expected, args.repeat)
        summary = summarise(scores, ms, reader)
        if isinstance(reader, TrafilaturaReader) and reader.htmldate_version:
            summary["own_date_counts"] = own_date_counts(scores, expected)
        summaries.append(summary)
        details[reader.name] = (reader, scores)

    header = {
        "date": dt.date.today().isoformat(), "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()}",
        "pages": len(pages), "directory": str(args.directory), "expected": str(expected_path),
        "unlabelled_pages": unlabelled, "skipped": skipped,
    }
    if args.json:
        print(json.dumps({"run": header, "summary": summaries,
                          "pages": {name: [asdict(s) for s in scores]
                                    for name, (_, scores) in details.items()}},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{len(pages)} pages from {args.directory} ({expected_path}); {header['date']}, "
          f"Python {header['python']}, {header['machine']}")
    if unlabelled:
        print(f"{len(unlabelled)} page(s) without an expected entry left out")
    print()
    print(table(summaries))
    print()
    for s in summaries:
        print(f"- {s['label']}: {s['note']}" + (f"; {s['errors']} page(s) raised" if s["errors"] else ""))
    if args.misses:
        for reader, scores in details.values():
            print(misses(reader, scores, expected))
    return 0


if __name__ == "__main__":
    sys.exit(main())
