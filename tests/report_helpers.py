"""What the extraction tests share: a text's report as the JSON data ``qsreport parse --format
json`` writes, and one area's list of items out of it. Each test file keeps its own header
and picks the fields it pins; only the parse is here."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes


def report_json(text: str, schema: str = "2") -> dict[str, Any]:
    """The report of ``text`` (as UTF-8 bytes) in schema ``schema``, as plain JSON data."""
    options = ParseOptions(schema=schema)  # type: ignore[arg-type]
    found: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None, options))
    return found


def area_items(text: str, area: str, kind: str, schema: str = "2") -> list[dict[str, Any]]:
    """The items of one list of one area (``"brands"``, ``"counts"``) of the report of ``text``."""
    items: list[dict[str, Any]] = report_json(text, schema)[area][kind]
    return items
