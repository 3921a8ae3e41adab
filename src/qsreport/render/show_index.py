"""``qsreport show reports.db|reports.jsonl --out site/``: a static site for a batch.

``index.html`` lists every record of the dataset, failures and duplicates included, with the
reason, sortable and filterable in the page, above a chart of figures by region and year
(inline SVG); each report that was read links to its own page under ``reports/``, made from
its source file as ``qsreport show`` makes one (the file is read again: the page marks what
qsreport reads now).
"""

from __future__ import annotations

import html
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from .show_assets import csp

DATASET_SUFFIXES = (".jsonl", ".ndjson", ".db", ".sqlite", ".sqlite3")


def is_dataset(name: str) -> bool:
    """Whether ``name`` is a batch's output (JSONL or SQLite) rather than a report."""
    return name.lower().endswith(DATASET_SUFFIXES)


@dataclass
class Record:
    """One input of a batch, as its dataset records it."""

    path: str
    ok: bool
    error_kind: str | None = None
    error_message: str | None = None
    report: dict[str, Any] | None = None
    location: str | None = None
    duplicate_of: str | None = None
    page: str | None = None  # the report's page, relative to the site
    no_page: str | None = None  # why a report that was read has no page


def read_records(dataset: Path) -> Iterator[Record]:
    """Every record of a batch's JSONL or SQLite output, in its order."""
    if dataset.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl_records(dataset)
    else:
        yield from _sqlite_records(dataset)


def _jsonl_records(dataset: Path) -> Iterator[Record]:
    with dataset.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                error = row.get("error") or {}
                yield Record(str(row["path"]), bool(row.get("ok")), error.get("kind"),
                             error.get("message"), row.get("report"), row.get("location"),
                             row.get("duplicate_of"))
            except (ValueError, KeyError, TypeError, AttributeError) as problem:
                yield Record(f"{dataset.name}:{number}", False, "bad_record",
                             f"line {number} is not a batch record ({problem})")


def _sqlite_records(dataset: Path) -> Iterator[Record]:
    connection = sqlite3.connect(f"{dataset.resolve().as_uri()}?mode=ro", uri=True)
    try:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(reports)")}
        wanted = ["path", "ok", "error_kind", "error_message", "report", "location",
                  "duplicate_of"]
        chosen = ", ".join(c if c in columns else "NULL" for c in wanted)
        for path, ok, kind, message, report, location, duplicate in connection.execute(
                f"SELECT {chosen} FROM reports ORDER BY id"):
            yield Record(str(path), bool(ok), kind, message,
                         json.loads(report) if report else None, location, duplicate)
    finally:
        connection.close()


def _source_bytes(record: Record, max_bytes: int) -> tuple[bytes | None, str]:
    """The record's source file, by its path and then its location; or why it cannot be read."""
    from ..errors import QsreportError
    from ..inputs import read_source

    reason = "no source file named"
    for candidate in (record.path, record.location):
        if not candidate:
            continue
        try:
            return read_source(candidate, max_bytes)[0], ""
        except QsreportError as error:
            reason = f"source not read again: {error}"
    return None, reason


def write_site(dataset: Path, out: Path, max_bytes: int, workers: int = 1) -> list[Record]:
    """Write ``out/index.html`` and a page per report read (in ``workers`` processes); the
    records, each with its page or why it has none."""
    records = list(read_records(dataset))
    (out / "reports").mkdir(parents=True, exist_ok=True)
    tasks = [(number, record.path, record.location, str(out), max_bytes)
             for number, record in enumerate(records, 1) if record.ok]
    if workers > 1 and len(tasks) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            done = list(pool.map(_write_page, tasks, chunksize=8))
    else:
        done = [_write_page(task) for task in tasks]
    for number, page, reason in done:
        record = records[number - 1]
        record.page, record.no_page = page, reason
    (out / "index.html").write_text(render_index(records, dataset.name), encoding="utf-8")
    return records


def _write_page(task: tuple[int, str, str | None, str, int]) -> tuple[int, str | None, str | None]:
    """One report's page, from its source read again: its number, the page's name or why
    there is none."""
    from ..errors import QsreportError
    from ..pipeline import ParseOptions
    from .show import read_report, render_page

    number, path, location, out, max_bytes = task
    data, reason = _source_bytes(Record(path, True, location=location), max_bytes)
    if data is None:
        return number, None, reason
    try:
        shown = read_report(data, path, ParseOptions(max_bytes=max_bytes), name=path)
    except QsreportError as error:
        return number, None, f"its source no longer reads: {error}"
    name = f"reports/{number:05d}.html"
    page = render_page(replace(shown, index="../index.html"))
    Path(out, name).write_text(page, encoding="utf-8")
    return number, name, None


# --- the index --------------------------------------------------------------------------------

AREAS = ("brands", "standards", "supervision", "inspection")  # a column each


@cache
def area_names() -> tuple[str, ...]:
    """Every area of a report, from the area registry: the figures column counts them all
    (schema 2's metrology, special equipment and certification have no column of their own,
    so that the columns keep their places)."""
    from ..extract import areas

    return tuple(area.name for area in areas())


def _text(value: object) -> str:
    from ..errors import printable

    return html.escape(printable("" if value is None else str(value)), quote=False)


def _attribute(value: object) -> str:
    from ..errors import printable

    return html.escape(printable(str(value)), quote=True)


def _counts(report: dict[str, Any] | None) -> tuple[dict[str, int], int]:
    """Items per area, and how many of them are figures (items with a value)."""
    counts = dict.fromkeys(area_names(), 0)
    figures = 0
    for area in area_names():
        for items in ((report or {}).get(area) or {}).values():
            if isinstance(items, list):
                counts[area] += len(items)
                figures += sum(1 for item in items if isinstance(item, dict) and "value" in item)
    return counts, figures


def _status(record: Record) -> tuple[str, str]:
    """The row's status (ok, failed, duplicate, no page) and its reason."""
    if not record.ok:
        return "failed", f"{record.error_kind or 'failed'}: {record.error_message or ''}"
    if record.duplicate_of:
        return "duplicate", f"duplicate of {record.duplicate_of}"
    if record.no_page:
        return "no page", record.no_page
    return "ok", ""


def _row(record: Record) -> str:
    report = record.report or {}
    meta = report.get("meta") or {}
    source = report.get("source") or {}
    counts, figures = _counts(record.report)
    status, reason = _status(record)
    name = _text(record.path)
    link = f'<a href="{_attribute(record.page)}">{name}</a>' if record.page else name
    cells = [link, _text(meta.get("region") or ""), _text(meta.get("date") or ""),
             _text(meta.get("category") or ""), _text(source.get("format") or "")]
    row = "".join(f'<span role="cell">{cell}</span>' for cell in cells)
    row += "".join(f'<span role="cell" class="num">{counts[area]}</span>' for area in AREAS)
    row += (f'<span role="cell" class="num">{figures}</span><span role="cell">'
            f'<span class="st st-{status.replace(" ", "-")}">{status}</span> '
            f'<span class="why">{_text(reason)}</span></span>')
    return f'<div role="row" class="r" data-status="{status}">{row}</div>\n'


def chart(records: list[Record], regions: int = 12) -> str:
    """Figures by region and year as an SVG grid: a row per region (the most figures first,
    at most ``regions``), a column per year, each cell shaded by its figures and labelled."""
    cells: Counter[tuple[str, str]] = Counter()
    reports: Counter[tuple[str, str]] = Counter()
    for record in records:
        if not record.ok or record.duplicate_of or not record.report:
            continue
        meta = record.report.get("meta") or {}
        key = (meta.get("region") or "(none)", (meta.get("date") or "")[:4] or "(none)")
        cells[key] += _counts(record.report)[1]
        reports[key] += 1
    if not cells:
        return '<p class="muted">no figures to chart</p>\n'
    by_region: Counter[str] = Counter()
    for (region, _), figures in cells.items():
        by_region[region] += figures
    rows = [region for region, _ in by_region.most_common(regions)]
    years = sorted({year for _, year in cells})
    most = max(cells[(r, y)] for r in rows for y in years) or 1
    left, top, width, height = 120, 24, 46, 22
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-title" '
           f'width="{left + width * len(years) + 10}" height="{top + height * len(rows) + 10}" '
           f'font-size="11" font-family="system-ui, sans-serif">'
           '<title id="chart-title">Figures by region and year</title>']
    for column, year in enumerate(years):
        out.append(f'<text x="{left + column * width + width / 2}" y="{top - 8}" '
                   f'text-anchor="middle">{_text(year)}</text>')
    for line, region in enumerate(rows):
        y = top + line * height
        out.append(f'<text x="{left - 6}" y="{y + height / 2 + 4}" text-anchor="end">'
                   f"{_text(region[:10])}</text>")
        for column, year in enumerate(years):
            figures = cells.get((region, year), 0)
            x = left + column * width
            shade = 0.08 + 0.92 * figures / most if figures else 0
            out.append(f'<g><title>{_text(region)} {_text(year)}: {figures} figures in '
                       f'{reports.get((region, year), 0)} reports</title>'
                       f'<rect x="{x + 1}" y="{y + 1}" width="{width - 2}" height="{height - 2}" '
                       f'fill="#0b5cad" fill-opacity="{shade:.2f}" stroke="#d0d7de"/>')
            if figures:
                colour = "#fff" if shade > 0.55 else "#1f2328"
                out.append(f'<text x="{x + width / 2}" y="{y + height / 2 + 4}" '
                           f'text-anchor="middle" fill="{colour}">{figures}</text>')
            out.append("</g>")
    out.append("</svg>\n")
    if len(by_region) > regions:
        out.append(f'<p class="muted">the {regions} regions with the most figures, of '
                   f"{len(by_region)}</p>\n")
    return "".join(out)


INDEX_CSS = """
body{margin:0;padding:12px 20px;color:#1f2328;background:#fff;
 font:14px/1.5 system-ui,"Noto Sans CJK SC","Noto Sans CJK TC","Droid Sans Fallback",sans-serif}
h1{font-size:1.3em;margin:0 0 6px}
.muted,.why{color:#57606a;font-size:12px}
.tools{display:flex;gap:12px;align-items:center;margin:10px 0 0;position:sticky;top:0;
 background:#fff;padding:6px 0;z-index:2}
input,select,button{font:inherit}
.r{display:grid;grid-template-columns:minmax(14em,2fr) 7em 7em 6em 4.5em repeat(5,7em) minmax(10em,1fr);
 border-bottom:1px solid #eaeef2}
.r>span{padding:2px 6px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.r>.num{text-align:right}
#head{position:sticky;top:44px;background:#f6f8fa;font-weight:600;z-index:1}
#head button{border:0;background:none;padding:0;font-weight:600;cursor:pointer;width:100%;text-align:inherit}
#head [aria-sort=ascending] button::after{content:" \\25B2"}
#head [aria-sort=descending] button::after{content:" \\25BC"}
.c{content-visibility:auto;contain-intrinsic-size:auto 13000px}
.st{font-weight:600;padding:0 4px;border-radius:3px}
.st-ok{color:#1d6b35}.st-failed{color:#fff;background:#a3213d}.st-duplicate{color:#5b2a9e}.st-no-page{color:#8a4b00}
.r[hidden]{display:none}
"""

# Sorting and filtering move rows between the table's blocks (500 rows each, laid out only
# when on screen: content-visibility, which table rows cannot have, hence a grid of rows in
# ARIA table roles); each row's search text is read once.
INDEX_JS = """
(function () {
  "use strict";
  var table = document.getElementById("reports"), head = document.getElementById("head");
  var rows = Array.prototype.slice.call(table.querySelectorAll(".r[data-status]"));
  var blocks = Array.prototype.slice.call(table.querySelectorAll(".c"));
  var search = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var filter = document.getElementById("filter"), status = document.getElementById("status");
  var shown = document.getElementById("shown");
  function apply() {
    var words = filter.value.toLowerCase().trim(), wanted = status.value, count = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = (!words || search[i].indexOf(words) >= 0) &&
        (!wanted || rows[i].getAttribute("data-status") === wanted);
      rows[i].hidden = !match;
      if (match) { count += 1; }
    }
    shown.textContent = count.toLocaleString("en-US") + " of " +
      rows.length.toLocaleString("en-US") + " shown";
  }
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);
  head.addEventListener("click", function (event) {
    var cell = event.target.closest("[role=columnheader]");
    if (!cell) { return; }
    var column = Array.prototype.indexOf.call(head.children, cell);
    var numeric = cell.classList.contains("num");
    var descending = cell.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(head.children, function (c) { c.removeAttribute("aria-sort"); });
    cell.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var keyed = rows.map(function (row, i) {
      var text = row.children[column].textContent;
      return {row: row, text: search[i], key: numeric ? Number(text) : text};
    });
    keyed.sort(function (a, b) {
      var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      return descending ? -order : order;
    });
    rows = keyed.map(function (k) { return k.row; });
    search = keyed.map(function (k) { return k.text; });
    for (var b = 0; b < blocks.length; b++) {
      var part = document.createDocumentFragment();
      rows.slice(b * 500, (b + 1) * 500).forEach(function (row) { part.appendChild(row); });
      blocks[b].appendChild(part);
    }
  });
})();
"""


def render_index(records: list[Record], dataset: str) -> str:
    """The batch's index page."""
    statuses = Counter(_status(record)[0] for record in records)
    failures = Counter(record.error_kind or "failed" for record in records if not record.ok)
    summary = ", ".join(f"{count:,} {status}" for status, count in statuses.most_common())
    if failures:
        summary += " (" + ", ".join(f"{kind}: {count:,}" for kind, count in
                                    failures.most_common()) + ")"
    heads = ["path", "region", "date", "kind", "format", *AREAS, "figures", "status"]
    numeric = {*AREAS, "figures"}
    head = "".join(f'<span role="columnheader"{" class=num" if name in numeric else ""}>'
                   f'<button type="button">{name}</button></span>' for name in heads)
    bodies = []
    for start in range(0, len(records), 500):
        bodies.append('<div role="rowgroup" class="c">'
                      + "".join(_row(r) for r in records[start:start + 500]) + "</div>\n")
    options = "".join(f'<option value="{s}">{s} ({statuses[s]:,})</option>' for s in statuses)
    return "".join([
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="'
        f'{_attribute(csp((INDEX_CSS,), (INDEX_JS,)))}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        f"<title>{_text(dataset)} · qsreport show</title>\n<style>{INDEX_CSS}</style>\n",
        "</head>\n<body>\n",
        f"<h1>{_text(dataset)}: {len(records):,} reports</h1>\n",
        f'<p id="summary">{_text(summary)}</p>\n',
        f'<figure id="chart">{chart(records)}<figcaption class="muted">figures read, by the '
        "report's region and year (duplicates and failures left out)</figcaption></figure>\n",
        '<div class="tools"><input type="search" id="filter" placeholder="filter rows" '
        'aria-label="filter rows"> <select id="status" aria-label="status">'
        f'<option value="">every status</option>{options}</select> '
        f'<span id="shown" class="muted">{len(records):,} of {len(records):,} shown</span></div>\n',
        f'<div id="reports" role="table" aria-label="reports" aria-rowcount="{len(records) + 1}">'
        f'<div role="rowgroup"><div role="row" class="r" id="head">{head}</div></div>\n',
        *bodies, "</div>\n",
        f"<script>{INDEX_JS}</script>\n</body>\n</html>\n",
    ])
