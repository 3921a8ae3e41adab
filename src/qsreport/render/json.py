"""JSON: one report on stdout (what ``parse --format json`` prints) and JSONL batch records."""

from __future__ import annotations

import json

import click

from ..jsonable import to_jsonable
from ..models import ReportData


def print_report(report: ReportData) -> None:
    """``Report.model_dump(mode="json")`` of ``report``, indented, on stdout."""
    click.echo(json.dumps(to_jsonable(report), ensure_ascii=False, indent=2))


def encode_record(path: str, report: ReportData | None, error: tuple[str, str] | None) -> bytes:
    """One JSON line, ``path`` first: ``{"path", "ok", "report"}`` or ``{..., "error"}``."""
    record: dict[str, object] = {"path": path, "ok": report is not None}
    if report is not None:
        record["report"] = to_jsonable(report)
    else:
        kind, message = error or ("error", "")
        record["error"] = {"kind": kind, "message": message}
    return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8", "backslashreplace")
