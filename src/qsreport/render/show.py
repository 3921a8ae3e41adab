"""``qsreport show``: one report as a self-contained HTML page.

The page shows what was read and what was passed over: the header and where each field came
from, how the bytes were decoded and cleaned, the warnings; then the cleaned text (what
``qsreport decode`` prints, the text every span indexes) with each extracted item marked by
area, and every number that no item covers marked faintly, a reviewer's list of possible
misses. A side list groups the items by area and leads to each mark.

:func:`read_report` runs the pipeline and keeps what the page needs; :func:`render_page` is
pure and linear in the text and the items: the page is built as a list of pieces joined once.
Document text reaches the page only through :func:`html.escape`, after the characters that
could reorder or hide it (bidi controls, other controls, lone surrogates) are replaced.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any, NamedTuple

from ..errors import printable
from ..models import ReportData
from ..pipeline import ParseOptions
from .show_assets import PAGE_CSS, PAGE_JS, csp
from .show_text import find_numbers, neutral_text, other_scripts, passed_over

# --- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """What a page shows of one report."""

    report: ReportData
    text: str  # the cleaned text, as the spans index it
    name: str  # the input, as the page names it
    cleaning: dict[str, int] = field(default_factory=dict)  # cleaning step → edits made
    index: str | None = None  # in a batch's site: the link back to its index


def read_report(data: bytes, path: str | None, options: ParseOptions | None = None,
                name: str = "-") -> Shown:
    """Read a report for its page: the report (schema 2, whatever ``options`` say: schema 1
    leaves figures out) and its cleaned text, through the same steps as ``qsreport parse``."""
    from ..pipeline import parse_bytes, prepare

    options = replace(options or ParseOptions(), schema="2")
    prepared = prepare(data, options, path)
    report = parse_bytes(data, path, options)
    return Shown(report, prepared.cleaned.text, name, dict(prepared.cleaned.counts))


# --- the page ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    """One extracted item, numbered in page order: where it is and what it says."""

    number: int
    area: int  # the area's index, for its colour
    area_name: str
    list_title: str  # brands.counts
    heading: str  # Brand counts
    item: Any
    summary: str  # the item's terminal row, joined
    span: tuple[int, int] | None  # None when the span is not inside the text


def facts_of(report: ReportData, length: int) -> list[Fact]:
    """Every item of every area's lists, in the registry's order."""
    from ..extract import areas, items

    found: list[Fact] = []
    for area_index, area in enumerate(areas()):
        for item_list in area.lists:
            for item in items(report, area, item_list):
                start, end = item.span
                span = (start, end) if 0 <= start < end <= length else None
                summary = " · ".join(str(cell) for cell in item_list.row(item) if cell != "")
                found.append(Fact(len(found), area_index, area.name,
                                  f"{area.name}.{item_list.field}", item_list.title, item, summary,
                                  span))
    return found


def item_table(facts: list[Fact]) -> dict[str, Any]:
    """What the tooltips show, as the page's JSON: each list's name and field names (all but
    span and evidence) once, then each item as ``[list, start, end, value...]`` (start and end
    null when its span is not inside the text)."""
    lists: dict[str, int] = {}
    names: list[list[Any]] = []
    rows: list[list[Any]] = []
    for fact in facts:
        index = lists.get(fact.list_title)
        if index is None:
            index = lists[fact.list_title] = len(names)
            names.append([fact.list_title, [f.name for f in fields(fact.item)
                                            if f.name not in ("span", "evidence")]])
        start, end = fact.span or (None, None)
        rows.append([index, start, end, *(getattr(fact.item, name) for name in names[index][1])])
    return {"lists": names, "items": rows}


def _attribute(value: object) -> str:
    return html.escape(str(value), quote=True)


def _text(value: object) -> str:
    """Text from a document for one line of the page: hidden characters as escapes."""
    return html.escape(printable("" if value is None else str(value)), quote=False)


class _Element(NamedTuple):
    start: int
    end: int
    opening: str
    again: str  # the opening of its continuation, when a crossing item closed it early
    closing: str


# The text and the side list are cut into blocks the browser lays out only when they are on
# screen (content-visibility in the style): a page of 100,000 marks then loads in seconds, where
# one block grows and is laid out again and again while the page is parsed. Text blocks end
# after a line break, at least CHUNK characters apart, never inside an element.
CHUNK = 2000
_CUT = '</div><div class="c">'
ENTRIES_PER_BLOCK = 200


def _marked(text: str, elements: list[_Element]) -> str:
    """``text`` escaped, with every element's tags around its span, in blocks (``CHUNK``).
    Elements nest (a longer one outside a shorter one starting at the same place); one that
    crosses another's end is closed there and continued after it, so the tags always
    balance."""
    starts: dict[int, list[_Element]] = {}
    ends: Counter[int] = Counter()
    for element in elements:
        starts.setdefault(element.start, []).append(element)
        ends[element.end] += 1
    for opening in starts.values():
        opening.sort(key=lambda e: -e.end)
    escape = html.escape
    out: list[str] = ['<div class="c">']
    stack: list[_Element] = []
    block = 0  # where the open block started

    def piece(start: int, end: int) -> None:
        nonlocal block
        while not stack and end - block > CHUNK:
            cut = text.find("\n", max(start, block + CHUNK), end)
            if cut < 0:
                break
            out.append(escape(text[start:cut + 1], quote=False))
            out.append(_CUT)
            start = block = cut + 1
        if end > start:
            out.append(escape(text[start:end], quote=False))

    cursor = 0
    for position in sorted(starts.keys() | ends.keys()):
        if position > cursor:
            piece(cursor, position)
            cursor = position
        closing = ends.get(position, 0)
        again: list[_Element] = []
        while closing:
            element = stack.pop()
            out.append(element.closing)
            if element.end == position:
                closing -= 1
            else:
                again.append(element)
        for element in reversed(again):
            out.append(element.again)
            stack.append(element)
        for element in starts.get(position, ()):
            out.append(element.opening)
            stack.append(element)
    piece(cursor, len(text))
    out.append("</div>")
    return "".join(out)


def _mark_elements(facts: list[Fact]) -> list[_Element]:
    elements = []
    for fact in facts:
        if fact.span is None:
            continue
        k = fact.number
        opening = f'<mark id="f{k}" class="f a{fact.area}" data-k="{k}" tabindex="0">'
        again = f'<mark class="f a{fact.area} more" data-k="{k}">'
        elements.append(_Element(fact.span[0], fact.span[1], opening, again, "</mark>"))
    return elements


_NUMBER_TAGS = {kind: f'<span class="n n-{kind[:3]}">' for kind in ("figure", "date", "ordinal")}


def render_page(shown: Shown) -> str:
    """The page, as one string of HTML."""
    from ..cleaning import match_view

    report = shown.report
    text = neutral_text(shown.text)
    facts = facts_of(report, len(text))
    numbers = passed_over(find_numbers(match_view(text)),
                          (fact.span for fact in facts if fact.span))
    elements = _mark_elements(facts)
    elements += [_Element(n.start, n.end, _NUMBER_TAGS[n.kind], "", "</span>") for n in numbers]
    script = report.source.script
    scripts = other_scripts(text, script)
    kinds = Counter(n.kind for n in numbers)
    title = report.meta.title or shown.name
    style = PAGE_CSS + area_labels()
    out = [
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{_attribute(csp((style,)))}">\n',
        '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="qsreport show">\n',
        f"<title>{_text(title)} · qsreport show</title>\n<style>{style}</style>\n</head>\n<body>\n",
        '<header class="top">\n', _back(shown.index), f"<h1>{_text(title)}</h1>\n",
        '<div class="panels">\n', _header_panel(report), _source_panel(report, shown),
        _cleaning_panel(report, shown.cleaning), _warnings_panel(report), "</div>\n</header>\n",
        '<div class="layout">\n<main class="reading">\n<div class="tools">\n',
        _legend(facts), _numbers_tool(kinds), _script_tool(script, scripts), "</div>\n",
        f'<div id="text" lang="{_LANGS[script]}">', _marked(text, elements), "</div>\n</main>\n",
        _facts_panel(facts), "</div>\n",
    ]
    out.append(f'<div id="tip" role="tooltip" hidden></div>\n'
               f'<script type="application/json" id="items">{_json(item_table(facts))}</script>\n')
    if scripts:
        out.append(f'<script type="application/json" id="scripts">{_json(scripts)}</script>\n')
    out.append(f"<script>{PAGE_JS}</script>\n</body>\n</html>\n")
    return "".join(out)


def _back(index: str | None) -> str:
    if index is None:
        return ""
    return f'<p class="muted"><a href="{_attribute(index)}">\u2190 all reports</a></p>\n'


_LANGS = {"simplified": "zh-Hans", "traditional": "zh-Hant", "mixed": "zh"}


def _json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<`` to close it, no ``&``; hidden
    characters (bidi controls, ...) as U+FFFD."""
    return neutral_text(json.dumps(value, ensure_ascii=False)
                        .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


def area_labels() -> str:
    """The style rules that write each area's name before its marks (a label that needs no
    colour, and no bytes in each mark)."""
    from ..extract import areas

    return "".join(f'mark.f.a{i}::before{{content:"{area.name}"}}\n'
                   for i, area in enumerate(areas()))


def _table(rows: Iterable[tuple[str, object, object]]) -> str:
    """A two- or three-column table; the cells are document text, escaped here."""
    body = "".join(f"<tr><th>{_text(name)}</th><td>{_text(value)}</td>"
                   f'<td class="where">{_text(where)}</td></tr>\n' for name, value, where in rows)
    return f'<table class="kv">\n{body}</table>\n'


def _header_panel(report: ReportData) -> str:
    meta = report.meta
    rows = [(name, getattr(meta, name) or "–", meta.found.get(name, ""))
            for name in ("title", "date", "source", "region", "category")]
    return f'<section id="header-read"><h2>Header read</h2>\n{_table(rows)}</section>\n'


def _source_panel(report: ReportData, shown: Shown) -> str:
    source = report.source
    rows: list[tuple[str, object, object]] = [
        ("input", shown.name, ""),
        ("format", source.format, source.reader),
        ("encoding", source.encoding,
         f"confidence {source.confidence:g}" + (", BOM" if source.bom else "")
         + (f", by {source.decoded_by}" if source.decoded_by else "")),
        ("bytes replaced", source.replaced, ""),
        ("script", source.script, ""),
        ("size", f"{source.size_bytes:,} bytes", ""),
    ]
    rows += [(f"dropped: {what}", count, "") for what, count in source.dropped.items()]
    return f'<section id="source"><h2>Encoding</h2>\n{_table(rows)}</section>\n'


def _cleaning_panel(report: ReportData, counts: dict[str, int]) -> str:
    rows: list[tuple[str, object, object]] = [(step.replace("_", " "), edits, "edits")
                                              for step, edits in counts.items()]
    if not rows:
        rows = [("pinyin removed", report.source.pinyin_removed, "")]
    return f'<section id="cleaning"><h2>Cleaning</h2>\n{_table(rows)}</section>\n'


def _warnings_panel(report: ReportData) -> str:
    if not report.warnings:
        return '<section id="warnings"><h2>Warnings</h2><p class="muted">none</p></section>\n'
    items = "".join(f"<li>{_text(w)}</li>" for w in report.warnings)
    return f'<section id="warnings"><h2>Warnings</h2><ul class="warnings">{items}</ul></section>\n'


def _legend(facts: list[Fact]) -> str:
    from ..extract import areas

    counts = Counter(fact.area for fact in facts)
    swatches = "".join(f'<li><span class="sw a{i}">{_text(area.name)}</span> {counts[i]}</li>'
                       for i, area in enumerate(areas()))
    return f'<ul class="legend" aria-label="areas">{swatches}</ul>\n'


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def _numbers_tool(kinds: Counter[str]) -> str:
    figures = kinds["figure"]
    others = kinds["date"] + kinds["ordinal"]
    button = ' <button type="button" id="next-number">next</button>' if figures else ""
    return (f'<span id="unused"><span class="n n-fig" id="unused-count" data-count="{figures}">'
            f'{_plural(figures, "number", "numbers")} not used</span>{button}</span>\n'
            f'<label><input type="checkbox" id="show-dates" checked> '
            f'<span id="dates-count" data-count="{others}">'
            f'{_plural(others, "date or ordinal", "dates and ordinals")}</span> not used</label>\n')


def _script_tool(script: str, scripts: dict[str, str]) -> str:
    if not scripts:
        return f'<span class="muted">script: {_text(script)}</span>\n'
    options = [f'<option value="" data-lang="{_LANGS[script]}">{_text(script)} (as written)</option>']
    options += [f'<option value="{name}" data-lang="{_LANGS[name]}">{name}</option>'
                for name in scripts]
    return f'<label>script <select id="script">{"".join(options)}</select></label>\n'


def _facts_panel(facts: list[Fact]) -> str:
    out = [f'<aside aria-label="facts"><h2>Facts ({len(facts):,})</h2>\n<nav id="facts">\n']
    sizes = Counter((fact.area, fact.list_title) for fact in facts)
    group: tuple[int, str] | None = None
    entry = 0  # the entry's number in its group
    for fact in facts:
        if group != (fact.area, fact.list_title):
            if group is not None:
                out.append("</ol></section>\n")
            group, entry = (fact.area, fact.list_title), 0
            blocks = ' class="c"' if sizes[group] > ENTRIES_PER_BLOCK else ""
            out.append(f'<section><h3><span class="sw a{fact.area}">{_text(fact.area_name)}</span> '
                       f"{_text(fact.heading)} · {sizes[group]}</h3><ol{blocks}>\n")
        elif entry % ENTRIES_PER_BLOCK == 0:
            out.append(f'</ol><ol class="c" start="{entry + 1}">\n')
        entry += 1
        if fact.span is None:
            out.append(f'<li class="muted">{_text(fact.summary)} (span outside the text)</li>\n')
        else:
            out.append(f'<li><a href="#f{fact.number}">{_text(fact.summary)}</a></li>\n')
    if group is not None:
        out.append("</ol></section>\n")
    if not facts:
        out.append('<p class="muted">no facts were read</p>\n')
    out.append("</nav>\n</aside>\n")
    return "".join(out)
