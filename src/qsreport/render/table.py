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
    from ..extract import areas, items

    for area in areas():
        for item_list in area.lists:
            found = items(report, area, item_list)
            if found:
                t = table(item_list.title, *item_list.columns)
                for item in found:
                    t.add_row(*(safe(cell) for cell in item_list.row(item)))
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
