"""JSON: one report on stdout (what ``parse --format json`` prints) and JSONL batch records."""

from __future__ import annotations

import json

import click

from ..jsonable import json_default, to_jsonable
from ..models import ReportData


def print_report(report: ReportData) -> None:
    """``Report.model_dump(mode="json")`` of ``report``, indented, on stdout. (From the
    plain data: indented, json's encoder is Python's own, for which each dataclass it meets
    (``json_default``) is another layer of generators, slower than the copy.)"""
    click.echo(json.dumps(to_jsonable(report), ensure_ascii=False, indent=2))


def encode_record(path: str, report: ReportData | None, error: tuple[str, str] | None) -> bytes:
    """One JSON line, ``path`` first: ``{"path", "ok", "report"}`` or ``{..., "error"}``."""
    record: dict[str, object] = {"path": path, "ok": report is not None}
    if report is not None:
        record["report"] = report
        text = json.dumps(record, ensure_ascii=False, default=json_default(report))
    else:
        kind, message = error or ("error", "")
        record["error"] = {"kind": kind, "message": message}
        text = json.dumps(record, ensure_ascii=False)
    return (text + "\n").encode("utf-8", "backslashreplace")
