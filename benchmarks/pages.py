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
                   "source": "...", "region": "重庆",        # or a list of accepted names, or null
                   "must_have": ["sentence from the body", ...],
                   "furniture": ["navigation / footer / comment text", ...],
                   "note": "optional"}}

Readers
-------
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
  hold), and the page's text was
  recognisably read: a must-have or furniture fragment in the body, or the expected title in
  the returned title or body. (A reader that picks the wrong block still decoded the page
  right; one that returns mojibake matches none of these.)
* ms a page: wall time of the reader's call, warm (every reader first runs over all pages
  once), in-process, averaged over ``--repeat`` timed passes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# --------------------------------------------------------------------------- results


@dataclass
class Extracted:
    """What one reader returned for one page (strings as returned; date normalised)."""

    title: str | None = None
    date: str | None = None
    source: str | None = None
    region: str | None = None
    body: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class PageScore:
    page: str
    title_exact: bool
    title_contained: bool
    date: str  # right | wrong | missing | n/a
    region: str  # right | wrong | missing | n/a | extra
    source: str  # right | wrong | missing | n/a
    must_have: float
    furniture_absent: float | None
    decoded_right: bool
    missing_fragments: list[str]
    furniture_found: list[str]
    got: dict[str, Any]


# --------------------------------------------------------------------------- helpers

_WS = re.compile(r"\s+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")
_PLACE_SUFFIX = re.compile(r"(特别行政区|自治区|自治州|地区|新区|省|市|县|区|州|镇|乡)$")


def norm(text: str | None) -> str:
    """NFKC and no white space at all: how fragments and titles are compared."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


def normalise_date(value: Any) -> str | None:
    """YYYY-MM-DD from a date, datetime or a string holding one; None when there is none."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    match = _DATE.search(str(value))
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def place_key(name: str) -> str:
    name = norm(name)
    stripped = _PLACE_SUFFIX.sub("", name)
    return stripped if len(stripped) >= 2 else name


def region_matches(got: str, accepted: list[str]) -> bool:
    g = place_key(got)
    for alt in accepted:
        a = place_key(alt)
        if g == a or (len(a) >= 2 and a in g) or (len(g) >= 2 and g in a):
            return True
    return False


def source_matches(got: str, expected: str) -> bool:
    g, e = norm(got), norm(expected)
    return bool(g) and (g == e or e in g or g in e)


def user_decode(data: bytes) -> tuple[str, str]:
    """Decode like a user without a detector: the <meta> charset, else UTF-8; replace errors."""
    match = _META_CHARSET.search(data[:4096])
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    try:
        return data.decode(encoding, errors="replace"), encoding
    except LookupError:
        return data.decode("utf-8", errors="replace"), "utf-8"


# --------------------------------------------------------------------------- readers


class Reader:
    """One page reader: ``extract(bytes) -> Extracted``; ``timed`` is the part that is timed."""

    name = "?"
    label = "?"
    has_region = False
    has_source = False

    def __init__(self) -> None:
        self.version = "?"
        self.note = ""

    def timed(self, data: bytes) -> Any:
        raise NotImplementedError

    def finish(self, data: bytes, raw: Any) -> Extracted:
        raise NotImplementedError

    def extract(self, data: bytes) -> Extracted:
        try:
            return self.finish(data, self.timed(data))
        except Exception as error:  # a reader that crashes on a page scores nothing on it
            return Extracted(error=f"{type(error).__name__}: {error}")


class QsreportReader(Reader):
    name = "qsreport"
    has_region = True
    has_source = True

    def __init__(self) -> None:
        super().__init__()
        import qsreport

        self._parse = qsreport.parse
        self.version = getattr(qsreport, "__version__", "?")
        self.note = f"module {Path(qsreport.__file__).parent}"
        self._body = self._find_body_function()
        self.label = f"qsreport {self.version}"

    def _find_body_function(self) -> Callable[[bytes], str]:
        """The text ``qsreport decode`` prints, in-process."""
        try:
            from qsreport.pipeline import prepare  # what the decode command calls

            self.note += "; body: qsreport.pipeline.prepare().cleaned.text"
            return lambda data: prepare(data).cleaned.text
        except ImportError:
            pass
        from importlib.metadata import entry_points

        from click.testing import CliRunner

        (script,) = [e for e in entry_points(group="console_scripts") if e.name == "qsreport"]
        command = script.load()
        runner = CliRunner()
        self.note += "; body: `qsreport decode -` through click's CliRunner"

        def body(data: bytes) -> str:
            result = runner.invoke(command, ["decode", "-"], input=data)
            if result.exit_code != 0:
                raise RuntimeError(result.output.strip() or f"exit {result.exit_code}")
            return result.stdout_bytes.decode("utf-8", errors="replace")

        return body

    def timed(self, data: bytes) -> Any:
        return self._parse(data)

    def finish(self, data: bytes, report: Any) -> Extracted:
        meta = report.meta
        return Extracted(
            title=meta.title, date=normalise_date(meta.date), source=meta.source,
            region=meta.region, body=self._body(data),
            extra={"encoding": report.source.encoding, "decoded_by": report.source.decoded_by})


class GneReader(Reader):
    name = "gne"
    label = "GNE"

    def __init__(self) -> None:
        super().__init__()
        from importlib.metadata import version

        from gne import GeneralNewsExtractor

        self._extractor = GeneralNewsExtractor()
        self.version = version("gne")
        self.label = f"GNE (gne {self.version})"
        self.note = "input decoded by <meta> charset, else UTF-8, errors replaced"

    def timed(self, data: bytes) -> Any:
        text, encoding = user_decode(data)
        return self._extractor.extract(text), encoding

    def finish(self, data: bytes, raw: Any) -> Extracted:
        result, encoding = raw
        return Extracted(title=result.get("title"), date=normalise_date(result.get("publish_time")),
                         body=result.get("content") or "",
                         extra={"encoding": encoding, "publish_time": result.get("publish_time")})


class TrafilaturaReader(Reader):
    name = "trafilatura"
    has_source = True

    def __init__(self) -> None:
        super().__init__()
        import trafilatura

        self._trafilatura = trafilatura
        self.version = trafilatura.__version__
        self._find_date: Callable[..., Any] | None
        self.htmldate_version: str | None
        try:
            import htmldate

            self._find_date = htmldate.find_date
            self.htmldate_version = htmldate.__version__
            self.label = f"trafilatura {self.version} (+htmldate {self.htmldate_version})"
            self.note = "date from htmldate.find_date(original_date=True); [trafilatura's own]"
        except ImportError:
            self._find_date = None
            self.htmldate_version = None
            self.label = f"trafilatura {self.version}"
            self.note = "date from trafilatura's own metadata (htmldate not installed)"

    def timed(self, data: bytes) -> Any:
        doc = self._trafilatura.bare_extraction(data, with_metadata=True)
        found = self._find_date(data, original_date=True) if self._find_date is not None else None
        return doc, found

    def finish(self, data: bytes, raw: Any) -> Extracted:
        doc, found = raw
        if doc is None:
            fields: dict[str, Any] = {}
        elif isinstance(doc, dict):
            fields = doc
        else:
            fields = doc.as_dict() if hasattr(doc, "as_dict") else vars(doc)
        own = normalise_date(fields.get("date"))
        date = normalise_date(found) if self._find_date is not None else own
        return Extracted(title=fields.get("title"), date=date, source=fields.get("sitename"),
                         body=fields.get("text") or fields.get("raw_text") or "",
                         extra={"own_date": own})


READERS: dict[str, type[Reader]] = {
    "qsreport": QsreportReader, "gne": GneReader, "trafilatura": TrafilaturaReader}


# --------------------------------------------------------------------------- scoring


def score_page(page: str, data: bytes, expected: dict[str, Any], got: Extracted,
               reader: Reader) -> PageScore:
    body, title = norm(got.body), norm(got.title)
    want_title = norm(expected["title"])
    musts = expected.get("must_have", [])
    furniture = expected.get("furniture", [])
    missing = [m for m in musts if norm(m) not in body]
    found_furniture = [f for f in furniture if norm(f) in body]

    dates = [d for d in as_list(expected.get("date")) if d]
    if not dates:
        date = "n/a"
    elif got.date is None:
        date = "missing"
    else:
        date = "right" if got.date in dates else "wrong"

    regions = as_list(expected.get("region"))
    if not reader.has_region:
        region = "n/a"
    elif not regions:
        region = "extra" if got.region else "n/a"
    elif not got.region:
        region = "missing"
    else:
        region = "right" if region_matches(got.region, regions) else "wrong"

    want_source = expected.get("source")
    if not reader.has_source or not want_source:
        source = "n/a"
    elif not got.source:
        source = "missing"
    else:
        source = "right" if source_matches(got.source, want_source) else "wrong"

    # a replacement character the page itself holds is not a decoding error
    in_page = data.count(b"\xef\xbf\xbd")
    replaced = (got.body or "").count("\ufffd") + (got.title or "").count("\ufffd") > in_page
    # Read right, even if the wrong block was chosen: some text of the page comes back intact.
    recognised = (len(missing) < len(musts) or bool(found_furniture)
                  or (bool(want_title) and (want_title in title or want_title in body)))
    return PageScore(
        page=page,
        title_exact=bool(title) and title == want_title,
        title_contained=bool(title) and want_title in title,
        date=date, region=region, source=source,
        must_have=(len(musts) - len(missing)) / len(musts) if musts else 1.0,
        furniture_absent=(1 - len(found_furniture) / len(furniture))
        if furniture and len(body) >= 50 else None,
        decoded_right=not replaced and recognised and got.error is None,
        missing_fragments=missing, furniture_found=found_furniture,
        got={"title": got.title, "date": got.date, "source": got.source, "region": got.region,
             "body_chars": len(got.body or ""), "error": got.error, **got.extra})


def summarise(scores: list[PageScore], ms: float, reader: Reader) -> dict[str, Any]:
    def count(attr: str, value: str) -> int:
        return sum(1 for s in scores if getattr(s, attr) == value)

    furniture = [s.furniture_absent for s in scores if s.furniture_absent is not None]
    summary: dict[str, Any] = {
        "reader": reader.name, "label": reader.label, "version": reader.version,
        "note": reader.note, "pages": len(scores),
        "title_exact": sum(s.title_exact for s in scores),
        "title_contained": sum(s.title_contained for s in scores),
        "date_right": count("date", "right"), "date_wrong": count("date", "wrong"),
        "date_missing": count("date", "missing"),
        "date_scored": sum(1 for s in scores if s.date != "n/a"),
        "must_have": round(statistics.fmean(s.must_have for s in scores), 3) if scores else 0,
        "furniture_absent": round(statistics.fmean(furniture), 3) if furniture else None,
        "furniture_pages": len(furniture),
        "decoded_right": sum(s.decoded_right for s in scores),
        "errors": sum(1 for s in scores if s.got.get("error")),
        "ms_per_page": round(ms, 2),
    }
    if reader.has_region:
        summary.update(region_right=count("region", "right"), region_wrong=count("region", "wrong"),
                       region_missing=count("region", "missing"),
                       region_scored=sum(1 for s in scores if s.region in
                                         ("right", "wrong", "missing")),
                       region_extra=count("region", "extra"))
    if reader.has_source:
        summary.update(source_right=count("source", "right"), source_wrong=count("source", "wrong"),
                       source_missing=count("source", "missing"),
                       source_scored=sum(1 for s in scores if s.source != "n/a"))
    return summary


# --------------------------------------------------------------------------- running


def load_pages(directory: Path, expected: dict[str, Any], only: list[str] | None
               ) -> tuple[list[tuple[str, bytes]], list[str]]:
    files = sorted(p for p in directory.iterdir() if p.suffix.lower() in (".html", ".htm"))
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
            start = time.perf_counter()
            with contextlib.suppress(Exception):  # a page that raised was scored above
                reader.timed(data)
            elapsed += time.perf_counter() - start
    ms = elapsed * 1000 / max(1, len(pages) * repeat)
    scores = [score_page(name, data, expected[name], got, reader)
              for (name, data), got in zip(pages, results, strict=True)]
    return scores, ms


def own_date_counts(scores: list[PageScore], expected: dict[str, Any]) -> tuple[int, int, int]:
    right = wrong = missing = 0
    for s in scores:
        dates = [d for d in as_list(expected[s.page].get("date")) if d]
        if not dates:
            continue
        own = s.got.get("own_date")
        if own is None:
            missing += 1
        elif own in dates:
            right += 1
        else:
            wrong += 1
    return right, wrong, missing


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
        ("ms a page (warm)", lambda s: f"{s['ms_per_page']:.1f}"),
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
    parser.add_argument("directory", type=Path, help="folder of saved pages (NAME.html)")
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
