"""Rich tables for the terminal, one per area, readable at 80 columns.

Document text is printed as data: rich markup in it is escaped, emoji codes (``:smile:``) are
left as written, and control characters (the start of every escape sequence: ESC, CSI, OSC's
BEL), invisible marks and bidi overrides become spaces.
"""

from __future__ import annotations

import re
from typing import Any

from ..models import ReportData

_CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def safe(text: object) -> str:
    """Document text made safe for a terminal: no escapes, no rich markup."""
    from rich.markup import escape

    string = "" if text is None else str(text)
    # Undecodable bytes of a file name as \\udcNN, the form every other output uses.
    string = string.encode("utf-8", "backslashreplace").decode("utf-8")
    return escape(_CONTROL.sub(" ", string))


def _span(span: tuple[int, int]) -> str:
    return f"{span[0]}–{span[1]}"


def print_report(report: ReportData, console: Any = None) -> None:
    """Print a report as rich tables on stdout."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console(emoji=False)
    src, meta = report.source, report.meta
    console.print(f"[bold]{safe(meta.title or src.path or 'report')}[/]")
    console.print(
        f"{safe(meta.region or '?')} · {safe(meta.date or 'no date')} · {safe(meta.source or '')}"
        f" · {src.encoding} ({src.format}, {src.script}, {src.pinyin_removed} pinyin removed)"
    )

    def table(title: str, *columns: str) -> Table:
        t = Table(title=title, title_justify="left", title_style="bold", expand=False)
        for column in columns:
            t.add_column(column, overflow="fold")
        return t

    if report.sections:
        t = table("Sections", "heading", "span")
        for s in report.sections:
            t.add_row(safe(s.heading), _span(s.span))
        console.print(t)
    if report.brands.counts:
        t = table("Brand counts", "category", "label", "value", "basis")
        for c in report.brands.counts:
            t.add_row(c.category, safe(c.label), f"{c.value} {safe(c.unit)}", c.basis or "")
        console.print(t)
    if report.brands.honours:
        t = table("Brand honours", "name", "honour", "category")
        for h in report.brands.honours:
            t.add_row(safe(h.name), safe(h.honour), h.category)
        console.print(t)
    if report.standards.counts:
        t = table("Standards", "level", "role", "label", "value")
        for sc in report.standards.counts:
            t.add_row(sc.level, sc.role, safe(sc.label), f"{sc.value} {safe(sc.unit)}")
        console.print(t)
    if report.standards.rates:
        t = table("Standards rates", "label", "value", "target", "scope")
        for r in report.standards.rates:
            t.add_row(safe(r.label), f"{r.value}%", "target" if r.target else "achieved",
                      safe("、".join(r.scope)))
        console.print(t)
    if report.supervision.actions:
        t = table("Supervision actions", "kind", "title", "targets")
        for a in report.supervision.actions:
            t.add_row(a.kind, safe(a.title), safe("、".join(a.targets)))
        console.print(t)
    if report.supervision.stats:
        t = table("Supervision statistics", "metric", "label", "value")
        for st in report.supervision.stats:
            t.add_row(st.metric, safe(st.label), f"{st.value} {safe(st.unit)}")
        console.print(t)
    if report.inspection.facilities:
        t = table("Inspection facilities", "name", "status")
        for f in report.inspection.facilities:
            t.add_row(safe(f.name), f.status)
        console.print(t)
    for warning in report.warnings:
        console.print(f"[yellow]warning:[/] {safe(warning)}")


def print_detect(rows: list[dict[str, Any]]) -> None:
    """The `detect` table."""
    from rich.console import Console
    from rich.table import Table

    t = Table("path", "encoding", "confidence", "BOM", "replaced", "from")
    for row in rows:
        t.add_row(safe(row["path"]), row["encoding"], f"{row['confidence']:.2f}",
                  "yes" if row["bom"] else "", str(row["replaced"]), row["source"])
    Console(emoji=False).print(t)
